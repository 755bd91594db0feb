// Box breathing: walks the four phases (in, hold, out, hold) and says each one in an aria-live
// region, so it works by sight, by screen reader and with sound off. The moving dot is CSS only
// and stops under prefers-reduced-motion; the text cues and the count keep going.
"use strict";

(function () {
  const root = document.querySelector("[data-breath]");
  if (!root) return;
  const cue = root.querySelector("[data-breath-cue]");
  const count = root.querySelector("[data-breath-count]");
  const toggle = root.querySelector("[data-breath-toggle]");
  const seconds = parseInt(root.dataset.seconds, 10) || 4;
  const phases = [root.dataset.cueIn, root.dataset.cueHold, root.dataset.cueOut, root.dataset.cueRest];
  let timer = null;
  let tick = 0;

  function show() {
    const phase = Math.floor(tick / seconds) % phases.length;
    const left = seconds - (tick % seconds);
    if (tick % seconds === 0) {
      cue.textContent = phases[phase];
      root.dataset.phase = String(phase);
    }
    count.textContent = String(left);
  }

  function start() {
    tick = 0;
    // Restart the CSS animation from the top-left corner so the dot matches the words.
    root.classList.remove("is-running");
    void root.offsetWidth;
    root.classList.add("is-running");
    show();
    timer = window.setInterval(function () {
      tick += 1;
      show();
    }, 1000);
    toggle.textContent = root.dataset.labelStop;
    toggle.setAttribute("aria-pressed", "true");
  }

  function stop() {
    window.clearInterval(timer);
    timer = null;
    root.classList.remove("is-running");
    delete root.dataset.phase;
    cue.textContent = root.dataset.cueStopped;
    count.textContent = "";
    toggle.textContent = root.dataset.labelStart;
    toggle.setAttribute("aria-pressed", "false");
  }

  toggle.hidden = false;
  toggle.setAttribute("aria-pressed", "false");
  toggle.addEventListener("click", function () {
    if (timer === null) start();
    else stop();
  });
})();
