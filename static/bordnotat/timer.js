// The phase timer's countdown, in the browser: the server says when the phase ends, the page ticks.
//
// Every element with data-timer-ends-at (epoch seconds, empty while paused) or data-timer-remaining
// (seconds) shows mm:ss in its [data-timer-clock] descendant, and the text of its data-timer-done-text
// at zero; one without a clock shown (the round's phases done, a round without phase times) is left
// as it is. Polls replace these elements; each tick reads them afresh.
(function () {
  "use strict";

  function format(seconds) {
    const whole = Math.max(0, Math.ceil(seconds));
    const minutes = Math.floor(whole / 60);
    const rest = whole % 60;
    return String(minutes).padStart(2, "0") + ":" + String(rest).padStart(2, "0");
  }

  function remaining(element) {
    const endsAt = parseFloat(element.dataset.timerEndsAt || "");
    if (element.dataset.timerRunning === "true" && !isNaN(endsAt)) {
      return endsAt - Date.now() / 1000;
    }
    const seconds = parseFloat(element.dataset.timerRemaining || "");
    return isNaN(seconds) ? null : seconds;
  }

  function tick() {
    document.querySelectorAll("[data-timer-ends-at], [data-timer-remaining]").forEach(function (element) {
      const seconds = remaining(element);
      if (seconds === null) return;
      const clock = element.querySelector("[data-timer-clock]");
      if (!clock) return;
      const done = seconds <= 0 && element.dataset.timerDoneText;
      const text = done ? element.dataset.timerDoneText : format(seconds);
      if (clock.textContent !== text) clock.textContent = text;
      element.classList.toggle("timer-done", Boolean(done));
    });
  }

  // A swap replaces the timer's buttons, and the focus with them: after a button was pressed, or a
  // poll came while a button had the focus, it goes back to the same action's button if it is still
  // there ("Next phase" pressed twice moves on twice, not pauses), else to the first.
  let focusedAction = null;
  document.addEventListener("htmx:beforeSwap", function (event) {
    const target = event.detail.target;
    if (!target || target.id !== "timer") return;
    const config = event.detail.requestConfig || {};
    const active = document.activeElement;
    const held = active && active.form && target.contains(active) ? active.form.getAttribute("action") : null;
    focusedAction = config.verb === "post" ? config.path : held;
  });
  // The projector's phase and whether it runs, said once each time they change (a press here, or on
  // another screen): the ticking clock is not said (WCAG 4.1.3).
  function timerState() {
    const timer = document.getElementById("timer");
    if (!timer) return "";
    return ["#timer-phase", ".timer-status"].map(function (selector) {
      const element = timer.querySelector(selector);
      return element ? element.textContent.trim() : "";
    }).filter(Boolean).join(". ");
  }
  let announced = timerState();

  document.addEventListener("htmx:afterSwap", function (event) {
    tick();
    const target = event.detail.target;
    const announce = document.getElementById("timer-announce");
    if (announce && target && target.id === "timer" && timerState() !== announced) {
      announced = timerState();
      announce.textContent = announced;
    }
    if (!focusedAction || !target || target.id !== "timer") return;
    const action = focusedAction;
    focusedAction = null;
    if (document.activeElement !== document.body) return;
    const same = Array.from(target.querySelectorAll(".timer-controls form"))
      .find((form) => form.getAttribute("action") === action);
    const button = same ? same.querySelector("button") : target.querySelector(".timer-controls button");
    if (button) button.focus();
  });

  tick();
  window.setInterval(tick, 250);
})();
