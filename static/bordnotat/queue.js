// Bordnotat's offline queue for a board. Every change is kept in localStorage until the server has
// confirmed it, sent in order, retried with backoff, and carries an id made here, so that a retry
// whose answer was lost is applied once. Without JavaScript the same forms post as usual.
(function () {
  "use strict";

  // Looked up each time: moving to the next round replaces the board without a reload.
  const board = () => document.getElementById("board") || document.body;
  if (!document.getElementById("board")) return;
  const boardUrl = board().dataset.boardUrl;
  const storeKey = "bordnotat:queue:" + boardUrl;
  const draftKey = "bordnotat:draft:" + boardUrl;
  const placeKey = draftKey + ":place";
  // The compose form's choices, kept for the round they were made in.
  const choicesKey = "bordnotat:choices:" + boardUrl;
  // A note being edited, with the version it was opened at: a reload reopens the editor.
  const editKey = "bordnotat:edit:" + boardUrl;
  const text = document.getElementById("board").dataset;
  const TIMEOUT_MS = Number(text.queueTimeoutMs) || 15000;
  const MAX_BACKOFF_MS = 30000;

  let busy = false;
  let retryTimer = null;
  let backoff = 1000;

  // Private mode or a full device: every form posts as without JavaScript, and the page says so.
  const canKeep = (function () {
    try {
      localStorage.setItem(storeKey + ":probe", "1");
      localStorage.removeItem(storeKey + ":probe");
      return true;
    } catch (error) {
      return false;
    }
  })();

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    // Venue networks often serve plain http, where randomUUID is missing.
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  // What this page keeps under `key`, or `empty` when nothing (or nothing readable) is there.
  function stored(key, empty) {
    try {
      return JSON.parse(localStorage.getItem(key)) || empty;
    } catch (error) {
      return empty;
    }
  }

  function load() {
    return stored(storeKey, []);
  }

  function save(queue) {
    localStorage.setItem(storeKey, JSON.stringify(queue));
  }

  function update(id, changes) {
    const queue = load();
    const op = queue.find((item) => item.id === id);
    if (op) Object.assign(op, changes);
    save(queue);
  }

  function remove(id) {
    save(load().filter((item) => item.id !== id));
  }

  function csrfToken() {
    try {
      return JSON.parse(document.body.getAttribute("hx-headers"))["x-csrftoken"];
    } catch (error) {
      return "";
    }
  }

  function field(fields, suffix) {
    const entry = fields.find(([name]) => name === suffix || name.endsWith("-" + suffix));
    return entry ? entry[1] : "";
  }

  // ---- Taking changes in

  document.addEventListener("submit", function (event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.queue || !document.getElementById("board-main").contains(form)) {
      return;
    }
    if (!canKeep) return; // posted as a plain form
    const kind = form.dataset.queue;
    if (kind === "create") composed = true;
    const fields = Array.from(new FormData(form).entries()).filter(([name]) => name !== "csrfmiddlewaretoken");
    const refusal = kind === "create" || kind === "edit" ? refuse(form, field(fields, "text").trim()) : "";
    if (refusal) {
      // Refused where the host is typing, the text left as it is.
      event.preventDefault();
      showRefusal(form, refusal);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    const li = form.closest("li[data-note-id]");
    const op = {
      id: uuid(),
      kind: kind,
      action: form.getAttribute("action"),
      noteId: li && kind !== "create" ? li.dataset.noteId : null,
      text: field(fields, "text") || (li ? noteText(li) : ""),
      state: "waiting",
      error: "",
      tries: 0,
    };
    // An edit was made from when its editor opened: one begun before the day ended is still taken.
    op.madeAt = Number(form.dataset.begun) || Date.now();
    if (kind === "create") {
      op.id = field(fields, "client_id") || op.id;
    } else {
      // The server applies a request id once, whatever happens to its answer.
      const others = fields.filter(([name]) => !name.endsWith("request_id"));
      others.push([fieldName(fields, "request_id"), op.id]);
      op.fields = others;
    }
    op.fields = (op.fields || fields).concat([[fieldName(fields, "made_at"), String(op.madeAt)]]);
    const queue = load();
    queue.push(op);
    try {
      save(queue);
    } catch (error) {
      // The store filled up since the page opened: send this one as a plain form.
      form.submit();
      return;
    }
    const resolved = li && li.classList.contains("conflict") ? li.dataset.noteId : null;
    if (resolved) save(load().filter((item) => !(item.state === "conflict" && item.noteId === resolved)));
    if (form.id === "compose") resetCompose(form);
    if (kind === "edit") forgetEdit();
    showOptimistic(op, form, li);
    render();
    pump();
  }, true);

  // An edit form's fields carry the note's prefix ("note-12-text"); the others have none.
  function fieldName(fields, name) {
    const prefixed = fields.find(([field]) => field.endsWith("-version"));
    return prefixed ? prefixed[0].replace(/-version$/, "-" + name) : name;
  }

  function noteText(li) {
    const source = li.querySelector("textarea.source");
    return source ? source.value : li.textContent.trim();
  }

  function refuse(form, value) {
    const textarea = form.querySelector("textarea");
    const max = textarea ? Number(textarea.dataset.maxLength) : 0;
    const count = Array.from(value).length; // characters, as the server counts them
    if (!value && (form.dataset.queue === "create" || form.dataset.queue === "edit")) return text.labelEmpty;
    if (max && count > max) return text.labelTooLong.replace("%(max)s", max).replace("%(count)s", count);
    return "";
  }

  function showRefusal(form, message) {
    const textarea = form.querySelector("textarea");
    form.querySelectorAll(".empty-note").forEach((alert) => alert.remove());
    const alert = document.createElement("div");
    alert.className = "empty-note errorlist";
    alert.setAttribute("role", "alert");
    alert.textContent = message;
    if (textarea) {
      textarea.before(alert);
      if (!textarea.value.trim()) textarea.value = "";
      textarea.focus();
    }
  }

  function resetCompose(form) {
    leaveEarlierPlace(form);
    // The next note is often said by the same organisation, to the same question: the choices stay.
    const choices = Array.from(form.querySelectorAll("select")).map((select) => [select, select.value]);
    form.reset();
    choices.forEach(([select, value]) => { select.value = value; });
    keepChoices(form);
    const textarea = form.querySelector("textarea");
    if (textarea) textarea.value = "";
    try {
      localStorage.removeItem(draftKey);
      localStorage.removeItem(placeKey);
    } catch (error) {
      // Nothing kept, nothing to clear.
    }
    const clientId = form.querySelector("input[name=client_id]");
    if (clientId) clientId.value = uuid();
    form.querySelectorAll("[role=alert]").forEach((alert) => alert.remove());
    if (textarea) textarea.focus();
  }

  function showOptimistic(op, form, li) {
    if (!li) return;
    keepFocus();
    if (li.classList.contains("conflict")) {
      // Chosen: the list from the server shows the outcome once it is saved, and the focus goes back to it.
      li.remove();
      focusNoteWhenBack(li.dataset.noteId);
    } else if (li.classList.contains("editing")) {
      // Back to the note as it was, with the new text waiting on it.
      li.replaceWith(li.original || placeholder(li.dataset.noteId));
    } else if (op.kind === "move") {
      moveInPlace(li, Number(field(op.fields, "position")));
    }
    restoreFocus();
  }

  // A move shows at once, the arrows renumbered: a second ↑ before the first is saved moves it further.
  function moveInPlace(li, position) {
    const list = li.parentElement;
    const notes = () => Array.from(list.children).filter((item) => item.dataset.noteId);
    const others = notes().filter((item) => item !== li);
    const index = Math.min(Math.max(position, 1), others.length + 1) - 1;
    if (index < others.length) others[index].before(li);
    else if (others.length) others[others.length - 1].after(li);
    const shown = notes();
    shown.forEach((item, at) => {
      item.querySelectorAll("form[data-queue=move]").forEach((form) => {
        const input = form.querySelector("input[name=position]");
        const target = form.textContent.trim().charAt(0) === "↑" ? at : at + 2;
        if (input) input.value = String(target);
        form.hidden = target < 1 || target > shown.length;
      });
    });
  }

  function placeholder(noteId) {
    const li = document.createElement("li");
    li.id = "note-" + noteId;
    li.className = "note";
    li.dataset.noteId = noteId;
    li.innerHTML = '<p class="note-text"><span class="text"></span></p><p class="meta"><span class="state"></span></p>';
    return li;
  }

  // ---- Keyboard focus stays with the note acted on
  // The list is redrawn after every change. Focus goes back to the same control of the same note (↑
  // and ↓ told apart by their arrows), else to the note's Edit, or its Undo.

  let focused = null;

  function keepFocus() {
    const active = document.activeElement;
    const li = active && active.closest ? active.closest("#notes li[data-note-id], #deleted li") : null;
    const form = li && active.closest("form[data-queue]");
    if (!li && focused && Date.now() <= focused.until) return; // still waiting for a note to come back
    focused = li && {
      noteId: li.dataset.noteId || li.id.replace(/^deleted-/, ""),
      queue: form ? form.dataset.queue : "",
      label: active.textContent.trim().charAt(0),
      until: Date.now() + 10000,
    };
  }

  function restoreFocus() {
    const was = focused;
    const active = document.activeElement;
    if (!was || Date.now() > was.until || (active && active !== document.body && active.isConnected)) {
      focused = null;
      return;
    }
    const li = document.getElementById("note-" + was.noteId);
    const same = li && Array.from(li.querySelectorAll("form[data-queue=\"" + was.queue + "\"]:not([hidden]) button"))
      .find((button) => button.textContent.trim().charAt(0) === was.label);
    const undo = document.querySelector("#deleted-" + was.noteId + " button");
    const control = same || (li && li.querySelector("a.edit-link")) || undo;
    // Not there yet (a conflict chosen: the note comes back with the list from the server): the next
    // redraw looks again, for a few seconds.
    if (control) {
      control.focus();
      focused = null;
    }
  }

  // The note whose control had focus is gone from the page until the list comes back (a conflict
  // resolved): focus returns to it then.
  function focusNoteWhenBack(noteId) {
    focused = { noteId: noteId, queue: "", label: "", until: Date.now() + 10000 };
  }

  // ---- Showing what waits

  let composed = false; // a note was saved from this page: its status shows under the text too

  function render() {
    const queue = load();
    const pending = document.getElementById("pending");
    const status = document.getElementById("sync-status");
    if (!pending || !status) return;
    // A failed change's Try again / Discard had the focus: the same button gets it back after the redraw,
    // else the change's item, else the status that says what happened.
    const active = document.activeElement;
    const activeItem = active && active.closest ? active.closest("#pending li[data-op]") : null;
    const keep = activeItem && { op: activeItem.dataset.op, label: active.textContent.trim() };
    pending.replaceChildren();
    document.querySelectorAll("#notes li[data-note-id]").forEach((li) => {
      li.classList.remove("pending-change", "pending-delete");
      const state = li.querySelector(".state");
      if (state) {
        state.textContent = state.dataset.saved || state.textContent;
        state.className = "state saved";
      }
      // The text as saved, until a change still on its way is shown on it again below: a refused or
      // discarded edit must not stay on the note, marked saved.
      const shown = li.querySelector(".note-text .text");
      if (shown && shown.dataset.savedHtml !== undefined) {
        shown.innerHTML = shown.dataset.savedHtml;
        delete shown.dataset.savedHtml;
      }
    });
    for (const op of queue) {
      const label = op.state === "failed"
        ? text.stateFailed + ": " + op.error
        : op.state === "conflict" ? text.labelChoose
        : op.state === "sending" ? text.labelSending : text.labelWaiting;
      const li = op.noteId ? document.getElementById("note-" + op.noteId) : null;
      if (li && op.state !== "failed" && op.state !== "conflict") {
        li.classList.add(op.kind === "delete" ? "pending-delete" : "pending-change");
        const state = li.querySelector(".state");
        if (state) {
          state.dataset.saved = state.dataset.saved || state.textContent;
          state.textContent = (text["label" + capital(op.kind)] || "") + ": " + label;
          state.className = "state waiting";
        }
        if (op.kind === "edit") {
          const shown = li.querySelector(".note-text .text");
          if (shown) {
            if (shown.dataset.savedHtml === undefined) shown.dataset.savedHtml = shown.innerHTML;
            shown.textContent = op.text;
          }
        }
      }
      const item = document.createElement("li");
      item.className = "note pending " + op.state;
      item.dataset.op = op.id;
      const body = document.createElement("p");
      body.className = "note-text";
      body.textContent = op.text;
      const meta = document.createElement("p");
      meta.className = "meta";
      const state = document.createElement("span");
      state.className = "state " + op.state;
      state.textContent = (text["label" + capital(op.kind)] || "") + " · " + label;
      meta.append(state);
      item.append(body, meta);
      if (op.state === "failed") {
        const actions = document.createElement("div");
        actions.className = "actions";
        actions.append(button(text.labelRetry, () => { update(op.id, { state: "waiting", error: "" }); render(); pump(); }));
        actions.append(button(text.labelDiscard, () => { remove(op.id); render(); refresh(); }, "danger"));
        item.append(actions);
      }
      pending.append(item);
    }
    pending.hidden = queue.length === 0;
    if (keep) {
      const item = pending.querySelector("li[data-op=\"" + keep.op + "\"]");
      const same = item && Array.from(item.querySelectorAll("button")).find((b) => b.textContent.trim() === keep.label);
      const target = same || item || status;
      if (!same) target.tabIndex = -1;
      target.focus();
    }
    const failed = queue.filter((op) => op.state === "failed").length;
    const choosing = queue.filter((op) => op.state === "conflict").length;
    const waiting = queue.length - failed - choosing;
    status.classList.toggle("waiting", waiting > 0 || choosing > 0);
    status.classList.toggle("failed", failed > 0);
    if (!canKeep) {
      status.textContent = text.stateDirect;
    } else if (choosing > 0) {
      status.textContent = text.stateChoose;
    } else if (queue.length === 0) {
      status.textContent = text.stateSaved;
    } else if (waiting > 0 && queue.some((op) => op.state === "sending") && navigator.onLine) {
      status.textContent = text.stateSending;
    } else if (waiting > 0) {
      status.textContent = text.stateWaiting.replace("%(count)s", String(waiting));
    } else {
      // The reason too: it was only in the list, where a screen reader does not hear it.
      const first = queue.find((op) => op.state === "failed");
      status.textContent = text.stateFailed + " (" + failed + ")" + (first && first.error ? ": " + first.error : "");
    }
    // Repeated under the note's text, where the cursor goes back: on a phone the status above the list
    // is out of sight. Hidden from screen readers, which hear the status itself.
    const echo = document.getElementById("compose-status");
    if (echo && composed) {
      echo.textContent = status.textContent;
      echo.className = "compose-status " + status.className.replace("sync-status", "").trim();
      echo.hidden = false;
    }
  }

  function capital(word) {
    return word.charAt(0).toUpperCase() + word.slice(1);
  }

  function button(label, onClick, extraClass) {
    const element = document.createElement("button");
    element.type = "button";
    element.className = "secondary" + (extraClass ? " " + extraClass : "");
    element.textContent = label;
    element.addEventListener("click", onClick);
    return element;
  }

  // ---- Sending

  async function pump() {
    if (busy) return;
    busy = true;
    clearTimeout(retryTimer);
    let sentAny = false;
    try {
      for (;;) {
        const op = load().find((item) => item.state !== "failed" && item.state !== "conflict");
        if (!op) break;
        update(op.id, { state: "sending" });
        render();
        const outcome = await send(op);
        if (outcome === "retry") {
          update(op.id, { state: "waiting", tries: op.tries + 1 });
          render();
          retryTimer = setTimeout(pump, backoff + Math.random() * 500);
          backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
          return;
        }
        backoff = 1000;
        sentAny = true;
      }
    } finally {
      busy = false;
      render();
    }
    if (sentAny) refresh();
  }

  async function send(op) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    let response;
    try {
      response = await fetch(op.action, {
        method: "POST",
        body: new URLSearchParams(op.fields),
        headers: { "X-CSRFToken": csrfToken(), [text.queueHeader]: "1" },
        credentials: "same-origin",
        signal: controller.signal,
      });
    } catch (error) {
      return "retry"; // offline, refused, or timed out
    } finally {
      clearTimeout(timer);
    }
    if (response.ok) {
      let answer = null;
      try {
        answer = await response.json();
      } catch (error) {
        return "retry"; // cut off mid-answer: the retry is applied once
      }
      remove(op.id);
      if (op.kind === "edit" && answer && answer.version) carryVersion(op, answer.version);
      // A note begun before the day moved on went to its own round, which the list does not show.
      const elsewhere = document.getElementById("saved-elsewhere");
      if (elsewhere && op.kind === "create") {
        elsewhere.textContent = (answer && answer.elsewhere) || "";
        elsewhere.hidden = !elsewhere.textContent;
      }
      return "done";
    }
    const body = await response.text();
    if (response.status >= 500 || response.status === 429) return "retry";
    if (response.status === 409 && op.kind === "edit") {
      // Someone else changed the note: show both texts and let the host choose. The change
      // stays kept (not sent) until the host has chosen, a reload included.
      update(op.id, { state: "conflict", conflict: body });
      showConflict(body);
      return "done";
    }
    update(op.id, { state: "failed", error: reason(body, response.status) });
    return "failed";
  }

  function reason(body, status) {
    const doc = new DOMParser().parseFromString(body, "text/html");
    const errors = Array.from(doc.querySelectorAll(".errorlist li")).map((li) => li.textContent.trim());
    const message = errors.length ? errors.join(" ") : ((doc.querySelector("main p") || doc.body || {}).textContent || "").trim();
    return (message || text.stateFailed) + " (" + status + ")";
  }

  // The host's next edits of a note were made on top of this one: they go from its new version.
  function carryVersion(op, version) {
    const sentVersion = field(op.fields, "version");
    const queue = load();
    for (const later of queue) {
      if (later.kind !== "edit" || later.noteId !== op.noteId) continue;
      later.fields = later.fields.map(([name, value]) =>
        name.endsWith("-version") && value === sentVersion ? [name, String(version)] : [name, value]);
    }
    save(queue);
  }

  function showConflict(body) {
    const template = document.createElement("template");
    template.innerHTML = body.trim();
    const conflict = template.content.firstElementChild;
    if (!conflict) return;
    const current = document.getElementById(conflict.id);
    const hadFocus = current && current.contains(document.activeElement);
    if (current) current.replaceWith(conflict);
    else document.getElementById("notes").prepend(conflict);
    htmx.process(conflict);
    // The editor that had the focus is gone: the choice takes it, its words read first.
    const active = document.activeElement;
    const title = conflict.querySelector(".conflict-title");
    if (title && (hadFocus || !active || active === document.body || !active.isConnected)) {
      title.tabIndex = -1;
      title.focus();
    }
  }

  // ---- The list from the server

  // The list catches up through the poll. One that cannot reach the server says nothing.
  function refresh() {
    const poll = document.getElementById("board-poll");
    if (!poll || document.querySelector("#notes li.editing, #notes li.conflict")) return;
    htmx.trigger(poll, "refresh");
    rememberPage();
  }

  // Polls never replace a note being edited or a conflict being resolved.
  document.addEventListener("htmx:beforeRequest", function (event) {
    const elt = event.detail.elt;
    if (elt && elt.id === "board-poll") {
      if (document.querySelector("#notes li.editing, #notes li.conflict") || busy) event.preventDefault();
    }
  });

  // Nor does a poll already on its way when an editor opened, or a cut-off answer.
  document.addEventListener("htmx:beforeSwap", function (event) {
    const elt = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (!elt || elt.id !== "board-poll") return;
    if (document.querySelector("#notes li.editing, #notes li.conflict")) {
      event.detail.shouldSwap = false;
      return;
    }
    const target = event.detail.target;
    const body = event.detail.serverResponse || "";
    const expected = target && target.id === "board-main" ? 'id="board-main"' : 'id="notes-panel"';
    if (!body.includes(expected) || !body.trim().endsWith(">")) event.detail.shouldSwap = false;
    else keepFocus();
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "notes-panel") render();
    // At once, not after the settle: a key pressed in between would land on the page, and be lost.
    restoreFocus();
  });
  document.addEventListener("htmx:afterSettle", function () {
    render();
    restoreFocus();
  });

  // ---- Editing in place (also offline)

  document.addEventListener("click", function (event) {
    const link = event.target.closest && event.target.closest("a.edit-link");
    if (link && board().contains(link)) {
      event.preventDefault();
      openEditor(link.closest("li[data-note-id]"), link.getAttribute("href"));
      return;
    }
    const cancel = event.target.closest && event.target.closest("a.cancel-edit, a.keep-theirs");
    if (cancel && board().contains(cancel)) {
      const li = cancel.closest("li");
      event.preventDefault();
      forgetEdit();
      if (cancel.classList.contains("keep-theirs") && li) {
        save(load().filter((item) => !(item.state === "conflict" && item.noteId === li.dataset.noteId)));
        render();
      }
      if (li && li.original) {
        li.replaceWith(li.original);
        // Back on the note's Edit, where the host was before opening it.
        const edit = li.original.querySelector("a.edit-link");
        if (edit) edit.focus();
      } else if (li) {
        li.remove();
        focusNoteWhenBack(li.dataset.noteId);
      }
      refresh();
    }
  });

  // Ctrl+Enter (⌘+Enter) in a note's text saves it; Escape closes the editor without saving, as Cancel does.
  document.addEventListener("keydown", function (event) {
    const save = event.key === "Enter" && (event.ctrlKey || event.metaKey) && event.target.form;
    if (save && event.target.tagName === "TEXTAREA") {
      event.preventDefault();
      save.querySelector("[type=submit]").click();
    }
    if (event.key !== "Escape" || !event.target.closest) return;
    const li = event.target.closest("#notes li.editing");
    const cancel = li && li.querySelector("a.cancel-edit");
    if (cancel) {
      event.preventDefault();
      cancel.click();
    }
  });

  function openEditor(li, action) {
    const template = document.getElementById("edit-template");
    if (!li || !template) {
      window.location.href = action;
      return;
    }
    const id = li.dataset.noteId;
    const placeholder = template.dataset.placeholder;
    const form = template.content.firstElementChild.cloneNode(true);
    form.setAttribute("action", action);
    form.dataset.begun = Date.now();
    form.querySelectorAll("[name], [id], label[for]").forEach((element) => {
      for (const attribute of ["name", "id", "for", "aria-describedby"]) {
        const value = element.getAttribute(attribute);
        if (value) element.setAttribute(attribute, value.split(placeholder).join(id));
      }
    });
    // The field names' prefix is the server's (EditNoteForm.prefix_for), given on the form.
    const prefix = form.dataset.prefix.split(placeholder).join(id);
    const set = (suffix, value) => {
      const input = form.querySelector(`[name="${prefix}-${suffix}"]`);
      if (input) input.value = value;
    };
    set("text", noteText(li));
    set("version", li.dataset.version);
    set("question", li.dataset.question || "");
    // Who said it stays, even if no longer seated at the table (the template offers those seated).
    const organisation = form.querySelector(`select[name="${prefix}-organisation"]`);
    if (organisation && li.dataset.organisation && !organisation.querySelector(`option[value="${li.dataset.organisation}"]`)) {
      organisation.append(new Option(li.dataset.organisationName || li.dataset.organisation, li.dataset.organisation));
    }
    set("organisation", li.dataset.organisation || "");
    set("kind", li.dataset.kind || "note");
    // A change still waiting for this note is where the host goes on from.
    const waiting = load().filter((op) => op.kind === "edit" && op.noteId === id).pop();
    if (waiting) set("text", waiting.text);
    const editor = document.createElement("li");
    editor.id = li.id;
    editor.className = "note editing";
    editor.dataset.noteId = id;
    editor.original = li;
    editor.append(form);
    li.replaceWith(editor);
    const textarea = editor.querySelector("textarea");
    if (textarea) textarea.focus();
  }

  // An edit is kept as it is typed, with the version it was opened at: a change made elsewhere
  // meanwhile still shows both texts on save.
  document.addEventListener("input", function (event) {
    const li = event.target.closest && event.target.closest("#notes li.editing");
    if (!li || !canKeep || event.target.tagName !== "TEXTAREA") return;
    const version = li.querySelector("input[name$='-version']");
    try {
      localStorage.setItem(editKey, JSON.stringify({
        noteId: li.dataset.noteId, text: event.target.value, version: version ? version.value : "",
      }));
    } catch (error) {
      // A full store loses only the edit being typed, which is still on screen.
    }
  });

  function forgetEdit() {
    try {
      localStorage.removeItem(editKey);
    } catch (error) {
      // Nothing kept, nothing to forget.
    }
  }

  function reopenEdit() {
    const kept = stored(editKey, null);
    const li = kept && document.getElementById("note-" + kept.noteId);
    if (!li) return;
    if (!li.classList.contains("editing")) {
      const link = li.querySelector("a.edit-link");
      if (!link) return;
      openEditor(li, link.getAttribute("href"));
    }
    const editor = document.getElementById("note-" + kept.noteId);
    const textarea = editor.querySelector("textarea");
    const version = editor.querySelector("input[name$='-version']");
    if (textarea) textarea.value = kept.text;
    if (version && kept.version) version.value = kept.version;
  }

  // ---- Drafts, the page for offline reloads, and the network coming back

  function currentRound() {
    const round = document.querySelector("[data-round]");
    return round ? round.dataset.round : "";
  }

  function keepChoices(form) {
    const values = {};
    form.querySelectorAll("select").forEach((select) => { values[select.name] = select.value; });
    try {
      localStorage.setItem(choicesKey, JSON.stringify({ round: currentRound(), values: values }));
    } catch (error) {
      // Without storage the choices still stay on this page; only a reload forgets them.
    }
  }

  function restoreChoices(form) {
    // After a reload the choices come back, unless the round has changed since they were made.
    const kept = stored(choicesKey, null);
    if (!kept || kept.round !== currentRound() || !kept.values) return;
    form.querySelectorAll("select").forEach((select) => {
      const value = kept.values[select.name];
      if (value !== undefined && Array.from(select.options).some((option) => option.value === value)) select.value = value;
    });
  }

  // A note begun before the facilitator moved the day on is saved in its round, to its question, while
  // its text stays: the last point of a round is often typed as the next begins.
  function rememberPlace(form) {
    const round = form.querySelector("input[name=round]");
    if (!round) return;
    const earlier = round.value !== currentRound() && stored(placeKey, null);
    const values = Array.from(form.querySelectorAll("select"), (select) => [select.name, select.value, select.selectedOptions[0].text]);
    const title = earlier ? earlier.title : document.getElementById("round-title").textContent;
    localStorage.setItem(placeKey, JSON.stringify({ round: round.value, title: title, values: values }));
  }

  function takeEarlierPlace(form, place) {
    const notice = document.getElementById("compose-earlier");
    if (!notice || !place || !place.values || place.round === currentRound()) return;
    form.querySelector("input[name=round]").value = place.round;
    let label = place.title;
    place.values.forEach(([name, value, text]) => {
      const select = form.querySelector("select[name=" + name + "]");
      if (select && name === "question" && value) {
        select.prepend(Object.assign(new Option(text, value), { className: "earlier" }));
        label += " – " + text;
      }
      if (select && Array.from(select.options).some((option) => option.value === value)) select.value = value;
    });
    notice.querySelector("strong").textContent = label;
    notice.hidden = false;
  }

  function leaveEarlierPlace(form) {
    const notice = document.getElementById("compose-earlier");
    if (!notice || notice.hidden) return;
    form.querySelector("input[name=round]").value = currentRound();
    form.querySelectorAll("option.earlier").forEach((option) => {
      const select = option.parentElement;
      const chosen = option.selected;
      option.remove();
      if (chosen) select.value = (Array.from(select.options).find((other) => other.defaultSelected) || select.options[0]).value;
    });
    notice.hidden = true;
  }

  // Without storage, the text being typed is kept here while a poll swaps the board (the next round).
  let typed = "";
  const draft = () => (canKeep ? localStorage.getItem(draftKey) : typed);

  function prepareCompose() {
    const compose = document.getElementById("compose");
    // The day ended while a note was being typed: the form is gone, its text is shown to copy.
    const unsaved = document.getElementById("unsaved-draft");
    if (unsaved && draft()) {
      unsaved.querySelector("blockquote").textContent = draft();
      unsaved.hidden = false;
    }
    if (!compose) return;
    if (canKeep && !new URLSearchParams(window.location.search).has("kind")) restoreChoices(compose);
    compose.querySelectorAll("select").forEach((select) => select.addEventListener("change", () => {
      if (select.name === "question" && select.selectedOptions[0].className !== "earlier") leaveEarlierPlace(compose);
      if (!canKeep) return;
      keepChoices(compose);
      rememberPlace(compose);
    }));
    const textarea = compose.querySelector("textarea");
    const clientId = compose.querySelector("input[name=client_id]");
    // A page from the cache may carry a client id that was used already.
    if (clientId) clientId.value = uuid();
    if (textarea && !textarea.value && draft()) textarea.value = draft();
    if (!canKeep) return;
    if (textarea && textarea.value) takeEarlierPlace(compose, stored(placeKey, null));
    if (textarea) {
      textarea.addEventListener("input", () => {
        if (!textarea.value) leaveEarlierPlace(compose);
        try {
          localStorage.setItem(draftKey, textarea.value);
          rememberPlace(compose);
        } catch (error) {
          // A full store loses only the draft of what is being typed, which is still on screen.
        }
      });
    }
  }
  prepareCompose();

  // A poll brings set-up changes into the form's choices: what was chosen stays while offered.
  document.addEventListener("htmx:oobBeforeSwap", function (event) {
    const target = event.detail.target;
    if (target && target.tagName === "SELECT") target.kept = target.selectedOptions[0];
  });
  document.addEventListener("htmx:oobAfterSwap", function (event) {
    const target = event.detail.target;
    const kept = target && target.kept;
    if (!kept) return;
    target.kept = null;
    // An organisation unseated meanwhile, and the question of a note begun in the round before, stay
    // chosen (the server takes them): the note is not given to another.
    const offered = Array.from(target.options).some((option) => option.value === kept.value);
    if (!offered && (kept.className === "earlier" || target.name === "organisation")) target.prepend(kept);
    if (offered || kept.parentElement) target.value = kept.value;
  });

  document.addEventListener("htmx:beforeSwap", function (event) {
    const textarea = document.querySelector("#compose textarea");
    if (!canKeep && textarea && event.detail.target && event.detail.target.id === "board-main") typed = textarea.value;
  });
  // The next round swapped the board in place: what was being typed comes back from the draft, and the
  // copy for offline reloads shows the new round.
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "board-main") {
      prepareCompose();
      render();
      rememberPage();
    }
  });

  function rememberPage() {
    // The service worker answers a reload from this copy when the network is gone.
    if (!("caches" in window) || !navigator.onLine) return;
    caches.open("bordnotat-pages").then((cache) => cache.add(boardUrl)).catch(() => {});
  }

  if ("serviceWorker" in navigator && window.isSecureContext) {
    navigator.serviceWorker.register("/sw.js").then(() => navigator.serviceWorker.ready).then(rememberPage).catch(() => {});
  }

  window.addEventListener("online", () => { backoff = 1000; pump(); });
  window.addEventListener("offline", render);
  document.addEventListener("visibilitychange", () => { if (!document.hidden) pump(); });

  // What was left before a reload is sent; a conflict waiting for the host's choice is shown again.
  if (canKeep) {
    save(load().map((op) => (op.state === "sending" ? Object.assign(op, { state: "waiting" }) : op)));
    load().filter((op) => op.state === "conflict" && op.conflict).forEach((op) => showConflict(op.conflict));
    reopenEdit();
  }
  render();
  pump();
  takeOverEarlierLinks();

  // ---- A table's link replaced while changes waited under it
  // The old link is refused, so what waits under it is sent from the new one, once the server says
  // the old link was this table's.

  async function takeOverEarlierLinks() {
    const url = board().dataset.earlierUrl;
    if (!url || !canKeep) return;
    const queuePrefix = "bordnotat:queue:";
    const tablesPath = boardUrl.replace(/[^/]+\/$/, "");
    const earlier = [];
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index);
      if (key && key !== storeKey && key.startsWith(queuePrefix + tablesPath) && key.endsWith("/")) earlier.push(key);
    }
    for (const key of earlier) {
      const oldUrl = key.slice(queuePrefix.length);
      const kept = stored(key, []);
      if (!kept.length || !(await wasThisTables(url, oldUrl.slice(tablesPath.length, -1)))) continue;
      const queue = load();
      for (const op of kept) {
        if (queue.some((item) => item.id === op.id)) continue;
        op.action = op.action.split(oldUrl).join(boardUrl);
        if (op.conflict) op.conflict = op.conflict.split(oldUrl).join(boardUrl);
        if (op.state !== "conflict") Object.assign(op, { state: "waiting", error: "" });
        queue.push(op);
      }
      save(queue);
      localStorage.removeItem(key);
      kept.filter((op) => op.state === "conflict" && op.conflict).forEach((op) => showConflict(op.conflict));
      const draft = localStorage.getItem("bordnotat:draft:" + oldUrl);
      const textarea = document.querySelector("#compose textarea");
      if (draft && textarea && !textarea.value) {
        textarea.value = draft;
        localStorage.setItem(draftKey, draft);
      }
      localStorage.removeItem("bordnotat:draft:" + oldUrl);
      render();
      pump();
    }
  }

  async function wasThisTables(url, token) {
    try {
      const response = await fetch(url, {
        method: "POST",
        body: new URLSearchParams({ token: token }),
        headers: { "X-CSRFToken": csrfToken() },
        credentials: "same-origin",
      });
      return response.ok && (await response.json()).earlier === true;
    } catch (error) {
      return false; // offline: asked again on the next load
    }
  }
})();
