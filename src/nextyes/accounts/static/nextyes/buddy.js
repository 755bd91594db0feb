// The buddy page. A new link is shown once, on the answer to the form that made it. Reloading
// that answer must not send the form again (and make a second link), so the address becomes the
// plain page: a reload then shows the list, without the secret.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  if (document.getElementById("new-link") && window.history.replaceState) {
    window.history.replaceState(null, "", window.location.pathname);
  }
});
