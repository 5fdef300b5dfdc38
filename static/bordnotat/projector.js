// The projector's timer page (groups/timer.html): where the focus goes after a swap, and what is said.
(function () {
  "use strict";

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
})();
