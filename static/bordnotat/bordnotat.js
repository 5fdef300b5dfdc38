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

  // A poll asks "changed since?" itself, with the ETag of what it shows: the browser would not, for
  // the facilitators' pages, which it must never store (Cache-Control: no-store).
  document.addEventListener("htmx:configRequest", function (event) {
    const elt = event.detail.elt;
    if (elt && elt.hasAttribute && elt.hasAttribute("data-poll") && elt.dataset.etag) {
      event.detail.headers["If-None-Match"] = elt.dataset.etag;
    }
  });

  // A poll answered 304 (or, from the browser's cache, as the cached 200) changes nothing: skip the
  // swap so focus and reading place stay.
  document.addEventListener("htmx:beforeSwap", function (event) {
    const xhr = event.detail.xhr;
    if (xhr && xhr.status === 304) {
      event.detail.shouldSwap = false;
      return;
    }
    const etag = xhr && xhr.getResponseHeader("ETag");
    // Kept on the polling element: the target itself may be replaced by the swap.
    const holder = (event.detail.requestConfig && event.detail.requestConfig.elt) || event.detail.target;
    if (!etag || !holder) return;
    if (holder.dataset.etag === etag) {
      event.detail.shouldSwap = false;
    } else {
      holder.dataset.etag = etag;
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
  // A poll that cannot reach the server says nothing: the page's own status tells about the network.
  function isPoll(event) {
    const elt = event.detail.elt || (event.detail.requestConfig && event.detail.requestConfig.elt);
    return elt && elt.hasAttribute && elt.hasAttribute("data-poll");
  }
  document.addEventListener("htmx:sendError", function (event) {
    if (!isPoll(event)) showError(document.body.dataset.offlineMessage);
  });
  document.addEventListener("htmx:timeout", function (event) {
    if (!isPoll(event)) showError(document.body.dataset.offlineMessage);
  });
})();
