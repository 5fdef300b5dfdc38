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

  document.addEventListener("htmx:afterSwap", tick);

  tick();
  window.setInterval(tick, 250);
})();
