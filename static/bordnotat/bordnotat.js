// Bordnotat's own behaviour next to htmx: focus, confirmations, errors, and quiet polling.
(function () {
  "use strict";

  const errorBox = () => document.getElementById("request-error");

  function showError(message) {
    const box = errorBox();
    if (!box) return;
    box.textContent = message;
    box.hidden = false;
  }

  document.addEventListener("htmx:beforeRequest", function () {
    const box = errorBox();
    if (box) box.hidden = true;
  });

  // Ask before deleting; forms carry their question in data-confirm so no inline script is needed.
  document.addEventListener("submit", function (event) {
    const form = event.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // A poll answered 304 reaches htmx as the cached 200: skip the swap so focus and reading place stay.
  document.addEventListener("htmx:beforeSwap", function (event) {
    const xhr = event.detail.xhr;
    const etag = xhr && xhr.getResponseHeader("ETag");
    const target = event.detail.target;
    if (!etag || !target) return;
    if (target.dataset.etag === etag) {
      event.detail.shouldSwap = false;
    } else {
      target.dataset.etag = etag;
    }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    const target = event.detail.target;
    // After saving a note the form is new: put the cursor back in it for the next one.
    if (target && target.id === "compose") {
      const text = document.querySelector("#compose textarea");
      if (text && !document.querySelector("#compose [role=alert]")) text.focus();
    }
    const editing = document.querySelector("li.note.editing textarea");
    if (editing && target && target.classList && target.classList.contains("editing")) editing.focus();
  });

  document.addEventListener("htmx:responseError", function (event) {
    const status = event.detail.xhr.status;
    const text = event.detail.xhr.responseText || "";
    const doc = new DOMParser().parseFromString(text, "text/html");
    const message = (doc.querySelector("main p") || doc.body || {}).textContent || "";
    showError((message.trim() || document.body.dataset.errorMessage) + " (" + status + ")");
  });
  document.addEventListener("htmx:sendError", function () {
    showError(document.body.dataset.offlineMessage || "No connection. Try again.");
  });
  document.addEventListener("htmx:timeout", function () {
    showError(document.body.dataset.offlineMessage || "No connection. Try again.");
  });
})();
