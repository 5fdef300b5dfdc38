// A printed report shows the numbers behind every chart, not only the ones opened on screen.
window.addEventListener("beforeprint", function () {
  document.querySelectorAll("details").forEach(function (details) {
    details.dataset.wasOpen = details.open ? "1" : "";
    details.open = true;
  });
});
window.addEventListener("afterprint", function () {
  document.querySelectorAll("details[data-was-open]").forEach(function (details) {
    details.open = details.dataset.wasOpen === "1";
    delete details.dataset.wasOpen;
  });
});
