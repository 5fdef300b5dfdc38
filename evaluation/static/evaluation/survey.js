// Evaluation survey: a question asked only after a given answer waits, hidden and disabled, until
// that answer is chosen. Without JavaScript it stays visible, marked "Only if you answered …",
// and the server refuses answers to it either way.
(function () {
  "use strict";
  function updateSurvey(form) {
    form.querySelectorAll("[data-show-if]").forEach(function (question) {
      const chosen = form.querySelector('input[name="' + question.dataset.showIf + '"]:checked:not(:disabled)');
      const shown = Boolean(chosen) && chosen.value === question.dataset.showIfValue;
      question.hidden = !shown;
      question.querySelectorAll("input, textarea").forEach(function (input) { input.disabled = !shown; });
    });
  }
  document.addEventListener("change", function (event) {
    const form = event.target.closest && event.target.closest("form.survey-form");
    if (form) updateSurvey(form);
  });
  // Enter on an answer is the browser's "send the form": a half-answered survey would be saved, and this
  // device could never add the rest. Only the "Send" button sends. (Without JavaScript, Enter still sends.)
  document.addEventListener("keydown", function (event) {
    const input = event.target;
    if (event.key === "Enter" && input instanceof HTMLInputElement && input.type === "radio"
        && input.form && input.form.matches("form.survey-form")) {
      event.preventDefault();
    }
  });
  // Changing the language reloads the page, which came back empty: the answers chosen so far are kept in this
  // tab's own storage from the switch until the page is back, then put back and removed (never sent anywhere).
  const DRAFT = "bordnotat.survey-draft";
  document.addEventListener("submit", function (event) {
    const form = document.querySelector("form.survey-form");
    if (!form || !event.target.matches || !event.target.matches("form.language")) return;
    const answers = {};
    form.querySelectorAll("input[type=radio]:checked, textarea").forEach(function (input) {
      if (!input.disabled && input.value) answers[input.name] = input.value;
    });
    try {
      sessionStorage.setItem(DRAFT, JSON.stringify({ action: form.action, answers: answers }));
    } catch (error) { /* storage turned off: the page comes back empty, as without JavaScript */ }
  });
  function restoreDraft(form) {
    let draft = null;
    try {
      draft = JSON.parse(sessionStorage.getItem(DRAFT) || "null");
      sessionStorage.removeItem(DRAFT);
    } catch (error) { return; }
    if (!draft || draft.action !== form.action || !draft.answers) return;
    Object.keys(draft.answers).forEach(function (name) {
      const field = /^q\d+$/.test(name) && form.elements.namedItem(name);
      const value = String(draft.answers[name]);
      if (field instanceof RadioNodeList || field instanceof HTMLTextAreaElement) {
        field.value = value;  // a group of radio buttons chooses the one with that value
      } else if (field instanceof HTMLInputElement && field.type === "radio") {
        field.checked = field.value === value;  // a question with a single option
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form.survey-form").forEach(function (form) {
      restoreDraft(form);
      updateSurvey(form);
    });
  });
})();
