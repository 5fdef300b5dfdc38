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
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form.survey-form").forEach(updateSurvey);
  });
})();
