// NextYes progressive enhancements. Everything works without this file; it only makes things smoother.
"use strict";

(function () {
  // --- Board: drag a card onto another column. Dropping fills in the card's own move form (in its
  // folded "Move" menu) and submits it, so the server does exactly what the menu's button does
  // (htmx swaps the board). Keyboard and screen-reader users open that menu directly.
  const CARD = "article.card[data-application-id]";
  const COLUMN = "section.column[data-stage]";
  let draggedId = null;
  let movedId = null;

  function cardById(id) {
    return document.querySelector(CARD + '[data-application-id="' + CSS.escape(id) + '"]');
  }

  function clearDropTargets() {
    document.querySelectorAll(COLUMN + ".drop-target").forEach(function (column) {
      column.classList.remove("drop-target");
    });
  }

  document.addEventListener("dragstart", function (event) {
    const card = event.target instanceof Element ? event.target.closest(CARD) : null;
    if (!card) return;
    draggedId = card.dataset.applicationId;
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", draggedId);
    card.classList.add("dragging");
  });

  document.addEventListener("dragend", function () {
    const card = draggedId ? cardById(draggedId) : null;
    if (card) card.classList.remove("dragging");
    draggedId = null;
    clearDropTargets();
  });

  document.addEventListener("dragover", function (event) {
    if (!draggedId || !(event.target instanceof Element)) return;
    const column = event.target.closest(COLUMN);
    if (!column) return;
    event.preventDefault(); // allows the drop
    event.dataTransfer.dropEffect = "move";
    if (!column.classList.contains("drop-target")) {
      clearDropTargets();
      column.classList.add("drop-target");
    }
  });

  document.addEventListener("drop", function (event) {
    if (!(event.target instanceof Element)) return;
    const column = event.target.closest(COLUMN);
    const id = draggedId || (event.dataTransfer && event.dataTransfer.getData("text/plain"));
    clearDropTargets();
    if (!column || !id) return;
    event.preventDefault();
    const card = cardById(id);
    if (!card || card.closest(COLUMN) === column) return;
    const form = card.querySelector("form.move-form");
    const select = form && form.querySelector('select[name="stage"]');
    if (!select) return;
    select.value = column.dataset.stage;
    if (typeof form.requestSubmit === "function") {
      form.requestSubmit(); // fires "submit", which htmx turns into its hx-post
    } else {
      form.submit();
    }
  });

  // --- After htmx swaps the board, put focus back on the moved card's menu so keyboard users
  // keep their place (the card now sits in its new column).
  document.addEventListener("htmx:beforeRequest", function (event) {
    const source = event.detail && event.detail.elt;
    if (source instanceof Element && source.matches("form.move-form")) {
      const card = source.closest(CARD);
      movedId = card ? card.dataset.applicationId : null;
    }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    if (!movedId || !(event.target instanceof Element) || event.target.id !== "board-columns") {
      return;
    }
    const card = cardById(movedId);
    movedId = null;
    const summary = card && card.querySelector(".card-move > summary");
    if (summary) summary.focus();
    markStageTab();
  });

  // --- Board on a phone: the stage tabs are plain links to the columns (CSS shows the chosen
  // one); this only marks the chosen tab for screen readers and the eye.
  function markStageTab() {
    const tabs = document.querySelectorAll(".stage-tabs a");
    if (!tabs.length) return;
    const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    const column = target ? target.closest("section.column, details.closed-drawer") : null;
    const id = column ? column.id : null;
    tabs.forEach(function (tab) {
      const current = id ? tab.getAttribute("href") === "#" + id : tab.hasAttribute("data-first");
      if (current) tab.setAttribute("aria-current", "true");
      else tab.removeAttribute("aria-current");
    });
  }
  window.addEventListener("hashchange", markStageTab);
  document.addEventListener("DOMContentLoaded", markStageTab);
})();

// --- Installable: the service worker keeps the app shell and shows a kind page when offline.
// It never stores pages with someone's data (see templates/install/sw.js).
(function () {
  const link = document.querySelector("link[rel=manifest][data-service-worker]");
  if (!link || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", function () {
    navigator.serviceWorker.register(link.dataset.serviceWorker, { scope: "/" }).catch(function () {
      // Not offered (plain http on another host, private mode): the site works the same without.
    });
  });
})();
