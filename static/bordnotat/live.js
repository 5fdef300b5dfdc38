// The live overview (groups/live.html): a poll that brings news replaces every table's card, and the
// focus with them. On a busy day that is nearly every poll, so a keyboard user would be sent back to the
// top before reaching a card's button: the focus goes back to the same control in the new cards.
(function () {
  "use strict";

  // The same control in the new cards: its form's address (one per table) or its link, and its words.
  function key(element) {
    const where = element.form ? element.form.getAttribute("action") : element.getAttribute("href");
    return where === null ? null : where + "\u001f" + element.textContent.trim();
  }

  let held = null;
  document.addEventListener("htmx:beforeSwap", function (event) {
    const target = event.detail.target;
    if (!target || target.id !== "live-tables" || !event.detail.shouldSwap) return;
    const active = document.activeElement;
    held = active && target.contains(active) ? key(active) : null;
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    const target = event.detail.target;
    if (!held || !target || target.id !== "live-tables") return;
    const wanted = held;
    held = null;
    if (document.activeElement !== document.body) return;
    const same = Array.from(target.querySelectorAll("a[href], button")).find((element) => key(element) === wanted);
    // A card that is gone (its table removed meanwhile): the region itself, so the
    // next Tab goes on from the tables rather than from the top of the page.
    if (same) {
      same.focus();
    } else {
      target.setAttribute("tabindex", "-1");
      target.focus();
    }
  });
})();
