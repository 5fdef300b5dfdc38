// "Add another question" copies one row, and its order with it: five new rows all had the same number.
// Each new row gets the number after the highest on the page (evaluation/admin.py, QuestionFormSet).
document.addEventListener("formset:added", function (event) {
  if (!event.detail || event.detail.formsetName !== "questions") return;
  const input = event.target.querySelector("input[name$='-order']");
  if (!input) return;
  const others = Array.from(document.querySelectorAll("input[name^='questions-'][name$='-order']"))
    .filter((other) => other !== input && !other.name.includes("__prefix__"))
    .map((other) => parseInt(other.value, 10))
    .filter((order) => !Number.isNaN(order));
  input.value = String(Math.max(0, ...others) + 1);
});
