// Inbox upload: show how far the upload is (XMLHttpRequest upload progress), then that the mail
// is being read. Without JavaScript the form posts as usual and the page reloads when done.
(function () {
  "use strict";

  var form = document.querySelector("[data-inbox-upload]");
  if (!form || !window.XMLHttpRequest || !window.FormData) {
    return;
  }
  var box = form.querySelector("[data-inbox-progress]");
  var bar = box.querySelector("progress");
  var label = box.querySelector("[data-inbox-progress-label]");
  var text = box.querySelector("[data-inbox-progress-text]");
  var error = box.querySelector("[data-inbox-progress-error]");
  var button = form.querySelector("button[type=submit]");

  function size(bytes) {
    if (bytes >= 1048576) {
      return (bytes / 1048576).toFixed(1) + " MB";
    }
    return Math.max(1, Math.round(bytes / 1024)) + " kB";
  }

  function fail(message) {
    error.textContent = message || form.dataset.textFailed;
    error.hidden = false;
    button.disabled = false;
  }

  form.addEventListener("submit", function (event) {
    var input = form.querySelector("input[type=file]");
    // No file chosen: let the plain form post, so the server explains what is missing.
    if (!input || !input.files || !input.files.length) {
      return;
    }
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.setRequestHeader("Accept", "application/json");
    box.hidden = false;
    error.hidden = true;
    button.disabled = true;
    bar.value = 0;

    request.upload.addEventListener("progress", function (progress) {
      if (!progress.lengthComputable) {
        return;
      }
      var percent = Math.round((progress.loaded / progress.total) * 100);
      bar.value = percent;
      text.textContent = size(progress.loaded) + " / " + size(progress.total) + " (" + percent + "%)";
    });
    request.upload.addEventListener("load", function () {
      bar.removeAttribute("value"); // indeterminate while the server reads the mail
      label.textContent = form.dataset.textReading;
      text.textContent = "";
    });
    request.addEventListener("load", function () {
      var data = null;
      try {
        data = JSON.parse(request.responseText);
      } catch (ignored) {
        data = null;
      }
      if (request.status < 400 && data && data.redirect) {
        window.location.assign(data.redirect);
        return;
      }
      fail(data && data.errors ? data.errors.join(" ") : "");
    });
    request.addEventListener("error", function () {
      fail("");
    });
    request.send(new FormData(form));
  });
})();
