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
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form.survey-form").forEach(updateSurvey);
  });
})();
