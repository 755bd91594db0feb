// Recovery page enhancements: copy buttons for the drafted messages and the live number beside
// the intensity slider. Everything works without this file (select the text, read the scale).
"use strict";

(function () {
  function showCopyButtons(root) {
    if (!navigator.clipboard) return;
    root.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
      button.hidden = false;
    });
  }

  document.addEventListener("click", function (event) {
    const button = event.target instanceof Element ? event.target.closest("button.copy[data-copy]") : null;
    if (!button) return;
    const source = document.getElementById(button.dataset.copy);
    if (!source) return;
    navigator.clipboard.writeText(source.value).then(function () {
      const label = button.textContent;
      button.textContent = button.dataset.copied || label;
      setTimeout(function () { button.textContent = label; }, 2000);
    });
  });

  // The slider says which <output> shows its value through data-shows.
  document.addEventListener("input", function (event) {
    const slider = event.target;
    if (!(slider instanceof HTMLInputElement) || !slider.dataset.shows) return;
    const output = document.getElementById(slider.dataset.shows);
    if (output) output.textContent = slider.value;
  });

  document.addEventListener("DOMContentLoaded", function () { showCopyButtons(document); });
  // The ritual panel is swapped by htmx: new copy buttons need showing too.
  document.addEventListener("htmx:afterSettle", function () { showCopyButtons(document); });
})();
