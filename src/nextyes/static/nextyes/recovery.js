// Recovery page enhancements: copy buttons for the drafted messages, and the email link following
// what the person typed in them. Everything works without this file (select the text and copy it;
// the email link then opens the draft as it was first written).
"use strict";

(function () {
  function showCopyButtons(root) {
    if (!navigator.clipboard) return;
    root.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
      button.hidden = false;
    });
  }

  document.addEventListener("click", function (event) {
    const target = event.target instanceof Element ? event.target : null;
    const button = target ? target.closest("button.copy[data-copy]") : null;
    if (button) {
      const source = document.getElementById(button.dataset.copy);
      if (!source) return;
      navigator.clipboard.writeText(source.value).then(function () {
        const label = button.textContent;
        button.textContent = button.dataset.copied || label;
        setTimeout(function () { button.textContent = label; }, 2000);
      });
      return;
    }
    // The email link carries the edited subject and message, not the first draft.
    const link = target ? target.closest("a[data-mailto]") : null;
    const draft = link ? link.closest("[data-draft]") : null;
    if (!draft) return;
    const subject = draft.querySelector("[data-draft-subject]");
    const body = draft.querySelector("[data-draft-body]");
    if (!subject || !body) return;
    link.href = "mailto:" + encodeURIComponent(draft.dataset.to || "").replace("%40", "@") +
      "?subject=" + encodeURIComponent(subject.value) + "&body=" + encodeURIComponent(body.value);
  });

  document.addEventListener("DOMContentLoaded", function () { showCopyButtons(document); });
  // The ritual panel is swapped by htmx: new copy buttons need showing too.
  document.addEventListener("htmx:afterSettle", function () { showCopyButtons(document); });
})();
