// Inbox proposals: "Choose all" ticks every proposal's box (the boxes belong to the bulk form).
(function () {
  "use strict";
  function boxes() {
    return document.querySelectorAll('input[name="ids"][form="proposals-selected"]');
  }
  document.addEventListener("DOMContentLoaded", function () {
    var all = document.querySelector("[data-select-all]");
    var label = document.querySelector("[data-select-all-label]");
    if (!all || !label) return;
    label.hidden = false; // only useful with JavaScript, so only shown with it
    all.addEventListener("change", function () {
      boxes().forEach(function (box) { box.checked = all.checked; });
    });
  });
})();
