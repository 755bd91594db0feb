// Thought records: live numbers beside the sliders, ticking a feeling when its slider moves,
// and "Add to my evidence" filling the textarea in place. Without this file the same buttons
// post the page and the server adds the fact; the sliders still work.
"use strict";

(function () {
  document.addEventListener("input", function (event) {
    const slider = event.target;
    if (!(slider instanceof HTMLInputElement) || slider.type !== "range") return;
    if (slider.dataset.shows) {
      const output = document.getElementById(slider.dataset.shows);
      if (output) output.textContent = slider.value;
    }
    if (slider.dataset.ticks) {
      const box = document.getElementById(slider.dataset.ticks);
      if (box instanceof HTMLInputElement) box.checked = true;
    }
  });

  document.addEventListener("click", function (event) {
    const button = event.target instanceof Element ? event.target.closest("button[data-add-fact]") : null;
    if (!(button instanceof HTMLButtonElement)) return;
    const area = document.getElementById(button.dataset.target || "");
    if (!(area instanceof HTMLTextAreaElement)) return;  // no textarea here: let the form post
    event.preventDefault();
    const fact = button.dataset.addFact || "";
    const lines = area.value.split("\n").map(function (line) { return line.trim(); });
    if (fact && lines.indexOf(fact) === -1) {
      area.value = area.value.trim() ? area.value.replace(/\s+$/, "") + "\n" + fact : fact;
    }
    const added = document.createElement("span");
    added.className = "fact-added";
    added.textContent = button.dataset.added || "Added";
    button.replaceWith(added);
    area.focus();
  });
})();
