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
  // A summary's form is replaced by its answer, and the focus (on its Save button) with it: it comes
  // back to what the answer says, the errors at the top of the form or its Save button.
  let focusedForm = null;
  document.addEventListener("htmx:beforeSwap", function () {
    const active = document.activeElement;
    focusedForm = active && active.form && active.form.id ? active.form.id : null;
  });
  document.addEventListener("htmx:afterSettle", function () {
    const form = focusedForm && document.getElementById(focusedForm);
    focusedForm = null;
    if (!form || (document.activeElement && document.activeElement !== document.body)) return;
    const errors = form.querySelector("[role=alert]");
    if (errors) {
      errors.tabIndex = -1;
      errors.focus();
    } else {
      const save = form.querySelector("button[type=submit]");
      if (save) save.focus();
    }
  });
  window.addEventListener("beforeunload", function (event) {
    if (unsaved && !saving) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
