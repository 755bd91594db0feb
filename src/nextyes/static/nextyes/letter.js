// The unsent letter: "Let it go" is a reset button, so the words never leave the browser. This
// only says so out loud and puts the cursor back, ready for the next one.
"use strict";

(function () {
  const form = document.querySelector("[data-letter]");
  if (!form) return;
  const status = form.querySelector("[data-letter-status]");
  const text = form.querySelector("[data-letter-text]");
  form.addEventListener("reset", function () {
    status.textContent = status.dataset.gone;
    window.setTimeout(function () {
      text.focus();
    }, 0);
  });
  // Enter in a textarea never submits, but a stray submit is stopped too: nothing goes anywhere.
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    form.reset();
  });
})();
