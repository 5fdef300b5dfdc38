// Compile pages: a summary typed, or added to with "Use in the summary", and not yet saved is not
// lost by leaving the page (a link, a reload, another form such as "Make it a theme") without the
// browser asking first.
(function () {
  "use strict";
  let unsaved = false;
  let saving = null;
  const isSummary = (element) => element && element.name === "summary" && element.closest("#summary-field");

  document.addEventListener("input", function (event) {
    if (isSummary(event.target)) unsaved = true;
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    const target = event.detail.target;
    if (target && target.id === "summary-field" && target.querySelector("[role=status]")) unsaved = true;
  });
  // The summary's own form saves it: as a page (nothing to ask) or with htmx (saved when it succeeds).
  document.addEventListener("submit", function (event) {
    const form = event.target;
    if (form instanceof HTMLFormElement && Array.from(form.elements).some(isSummary)) saving = form;
  }, true);
  document.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.elt !== saving) return;
    if (event.detail.successful) unsaved = false;
    saving = null;
  });
  // An htmx answer replaces the form that had the focus (a summary's form), or the section around it
  // (the set-up page's steps), and the focus fell to the start of the page. It goes to what the
  // answer says: the errors; else, in a section, what is marked to take it (the preview's heading)
  // or the status message; else the form's Save button.
  let lost = null;
  document.addEventListener("htmx:beforeSwap", function (event) {
    const active = document.activeElement;
    const target = event.detail.target;
    const form = active && (active.form || (active.closest && active.closest("form")));
    lost = {
      form: form && form.id ? form.id : null,
      // Only a swap that takes the focused element away moves the focus (not a poll elsewhere).
      region: target && target.id && active && active !== document.body && target.contains(active) ? target.id : null,
    };
  });
  function focusOn(element) {
    if (!element.matches("a[href], button, input, select, textarea, [tabindex]")) element.tabIndex = -1;
    element.focus();
  }
  document.addEventListener("htmx:afterSettle", function () {
    const was = lost;
    lost = null;
    if (!was || (document.activeElement && document.activeElement !== document.body)) return;
    const form = was.form && document.getElementById(was.form);
    const region = was.region && document.getElementById(was.region);
    const place = form || region;
    if (!place) return;
    const errors = place.querySelector("[role=alert]:not([hidden])");
    const marked = region && region.querySelector("[data-focus-after-swap], [role=status]");
    const save = form && form.querySelector("button[type=submit]");
    const next = errors || (form ? save : marked);
    if (next) focusOn(next);
  });
  window.addEventListener("beforeunload", function (event) {
    if (unsaved && !saving) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
