"""The boards: a table's page (and the facilitator's plenum and talk pages) and the changes to their notes."""

from __future__ import annotations

import datetime
import uuid
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.db.models import Count, Max, Q
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import condition, require_http_methods, require_POST, require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import reswap, retarget

from groups.boards import Board, board_for, table_board
from groups.forms import (
    ChangeForm,
    EarlierLinkForm,
    EditNoteForm,
    MoveNoteForm,
    NewNoteForm,
    NoteForm,
    ShareNoteForm,
)
from groups.models import Note, Table
from groups.room import page_etag
from workshop.access import HtmxHttpRequest

BOARD = "groups/board.html"
# The table page's queue (static/bordnotat/queue.js) names its requests with this header, and
# gets the saved change back as a few bytes of JSON; the list catches up through the poll.
QUEUE_HEADER = "Bordnotat-Queue"
# The note id in the page's edit form template; the page puts a note's id in its place.
NOTE_PLACEHOLDER = "__id__"


def from_queue(request: HtmxHttpRequest) -> bool:
    return request.headers.get(QUEUE_HEADER) == "1"


def saved(note: Note, elsewhere: str = "") -> JsonResponse:
    """What the queue learns of a saved change: the note's id, its version and its place, and what to
    tell the host when the note went to a round the list does not show (`saved_in`)."""
    answer: dict[str, object] = {
        "note": note.pk, "version": note.version, "position": note.position, "deleted": note.deleted_at is not None,
    }
    if elsewhere:
        answer["elsewhere"] = elsewhere
    return JsonResponse(answer)


def saved_in(board: Board, note: Note) -> str:
    """What to tell the host of a new note saved in an earlier round (begun before the day moved on):
    the list shows the round now, so without a word the note would seem lost. Empty when it shows."""
    if board.round is None or note.round is None or note.round_id == board.round.pk:
        return ""
    return _(
        "The note is saved in round %(number)s, “%(title)s”, where it was begun. This list shows the round now."
    ) % {"number": note.round.number, "title": note.round.title}


def render_board(
    request: HtmxHttpRequest, board: Board, *, part: str, status: int = 200,
    form: NoteForm | None = None, note: Note | None = None, edit_form: NoteForm | None = None,
    extra: dict[str, object] | None = None,
) -> HttpResponse:
    """The board page, or only `part` of it for htmx (the poll, the next round) and the queue.

    Without JavaScript every action ends on the whole page, with the note being edited open.
    """
    context = {
        "board": board,
        "form": form or NewNoteForm.blank(board),
        "note": note,
        "editing": note.pk if note is not None and edit_form is not None else None,
        "edit_form": edit_form,
        "queue_header": QUEUE_HEADER,
        **(extra or {}),
    }
    fragment = request.htmx or from_queue(request)
    if not fragment or part in ("notes", "poll", "board-main"):
        context["notes"] = board.notes()
        context["deleted"] = board.deleted_notes()
        context["timer"] = board.workshop.timer_state() if board.round else None
    if not fragment or part == "board-main":
        context["blank_edit_form"] = EditNoteForm(board=board, prefix=EditNoteForm.prefix_for(NOTE_PLACEHOLDER))
        context["note_placeholder"] = NOTE_PLACEHOLDER
        context["poll_seconds"] = settings.TABLE_POLL_SECONDS
        context["queue_timeout_ms"] = settings.QUEUE_TIMEOUT_SECONDS * 1000
    if not fragment:
        return render(request, BOARD, context, status=status)
    return render(request, f"{BOARD}#{part}", context, status=status)


def deleted_meanwhile(request: HtmxHttpRequest, board: Board) -> HttpResponse:
    """A change to a note deleted since the page showed it (on the table's other device, say): why,
    and how to get it back. The queue keeps the change, so the host can send it again after undoing."""
    message = _(
        "This note has been deleted, perhaps on another device. Undo the delete under “Recently deleted” first."
    )
    if from_queue(request) or request.htmx:
        return HttpResponse(message, status=410)
    messages.error(request, message)
    return redirect(f"{board.url}#notes")


def back_to(request: HtmxHttpRequest, board: Board, message: str, query: dict[str, str] | None = None) -> HttpResponse:
    messages.success(request, message)
    return redirect(f"{board.url}?{urlencode(query)}#notes" if query else f"{board.url}#notes")


def table_etag(request: HtmxHttpRequest, **kwargs: object) -> str | None:
    """A table's state in one query: its notes, the round and the timer. Polls with no news get 304.

    Whatever else the page shows (questions, method minutes, the organisations seated, the
    programme) moves the workshop's `updated_at` when it changes (PartOfWorkshop). The count of
    notes that can still be brought back changes when an undo window closes, so the Undo button
    goes with it.
    """
    if "token" not in kwargs:
        return None
    undo_since = timezone.now() - datetime.timedelta(minutes=settings.NOTE_UNDO_MINUTES)
    rows = list(
        Table.objects.filter(access_token=str(kwargs["token"]))
        .values("workshop__updated_at", "workshop__current_round_id")
        .annotate(
            note_count=Count("notes"), latest=Max("notes__updated_at"),
            undoable=Count("notes", filter=Q(notes__deleted_at__gte=undo_since)),
        )
    )
    if not rows:
        return None
    state = rows[0]
    latest = state["latest"].timestamp() if state["latest"] else 0
    return page_etag(
        request, state["workshop__updated_at"].timestamp(), state["workshop__current_round_id"],
        state["note_count"], latest, state["undoable"],
    )


@require_safe
@vary_on_headers("HX-Request")
@condition(etag_func=table_etag)
def board(request: HtmxHttpRequest, **kwargs: object) -> HttpResponse:
    board = board_for(request, **kwargs)
    shown_round, shown_open = request.GET.get("round"), request.GET.get("open")
    current_round = str(board.round.pk) if board.round else ""
    moved_on = shown_round is not None and shown_round != current_round
    # The day was ended (or opened again): the form to write a note goes, or comes back.
    ended = shown_open is not None and shown_open != ("1" if board.writable else "0")
    if request.htmx and (moved_on or ended):
        # The facilitator moved the day on: the round, the form and the list change in place
        # (what the host was typing is kept by the browser as a draft).
        return reswap(retarget(render_board(request, board, part="board-main"), "#board-main"), "outerHTML")
    if request.htmx:
        return render_board(request, board, part="poll")
    kept = NewNoteForm.kept_choices(board, request.GET)
    form = NewNoteForm(board=board, initial={"client_id": uuid.uuid4(), **kept}) if kept else None
    return render_board(request, board, part="notes", form=form)


def valid_and_writable(board: Board, form: forms.Form) -> bool:
    """Whether a change's form is valid, once the board takes changes (else 403). A closed day still
    takes a table's change made before it ended, sent late by an offline tablet (Board.takes_late_change)."""
    valid = form.is_valid()
    board.check_writable(made_at=form.cleaned_data.get("made_at") if valid else None)
    return valid


@require_POST
@vary_on_headers(QUEUE_HEADER)
def add_note(request: HtmxHttpRequest, **kwargs: object) -> HttpResponse:
    board = board_for(request, **kwargs)
    form = NewNoteForm(request.POST, board=board)
    valid = valid_and_writable(board, form)
    if not valid:
        return render_board(request, board, part="compose", form=form, status=422)
    note, belongs_here = board.add_note(
        form.cleaned_data["client_id"], form.note_fields(), by=board.actor_at(form.cleaned_data["made_at"])
    )
    if not belongs_here:
        form.add_error(None, _("This note belongs somewhere else and was not saved here."))
        return render_board(request, board, part="compose", form=form, status=409)
    elsewhere = saved_in(board, note)
    if from_queue(request):
        return saved(note, elsewhere)
    return back_to(request, board, elsewhere or _("The note is saved."), form.chosen())


@require_http_methods(["GET", "HEAD", "POST"])
@vary_on_headers(QUEUE_HEADER)
def edit_note(request: HtmxHttpRequest, note_id: int, **kwargs: object) -> HttpResponse:
    board = board_for(request, **kwargs)
    note = board.note(note_id, deleted_too=True)
    form = EditNoteForm.for_note(note, board, request.POST or None)
    valid = valid_and_writable(board, form)  # a GET's form is unbound: not valid
    if note.deleted_at is not None:
        return deleted_meanwhile(request, board)
    if not valid:
        # Without JavaScript: the page with this note's form open (the queue edits in place).
        status = 422 if form.errors else 200
        return render_board(request, board, part="notes", note=note, edit_form=form, status=status)
    applied = note.edit(
        form.note_fields(), version=form.cleaned_data["version"], by=board.actor_at(form.cleaned_data["made_at"]),
        request_id=form.cleaned_data["request_id"],
    )
    if not applied:
        # Someone else changed the note since this host opened it: show both, let them choose.
        note.refresh_from_db()
        mine = form.cleaned_data
        keep_mine = EditNoteForm.for_note(
            note, board, text=mine["text"], question=mine.get("question"), organisation=mine["organisation"],
            kind=mine["kind"],
        )
        extra = {"mine": mine, "keep_mine": keep_mine, "both_client_id": uuid.uuid4(), "conflicting": note.pk}
        return render_board(request, board, part="note-conflict", note=note, extra=extra, status=409)
    if from_queue(request):
        return saved(note)
    return back_to(request, board, _("The note is changed."))


@require_POST
@vary_on_headers(QUEUE_HEADER)
def delete_note(request: HtmxHttpRequest, note_id: int, **kwargs: object) -> HttpResponse:
    board = board_for(request, **kwargs)
    note = board.note(note_id, deleted_too=True)
    form = ChangeForm(request.POST)
    valid = valid_and_writable(board, form)
    if not valid:
        return HttpResponse(_("The request was not understood. Reload the page and try again."), status=400)
    note.delete_softly(by=board.actor_at(form.cleaned_data["made_at"]), request_id=form.cleaned_data["request_id"])
    if from_queue(request):
        return saved(note)
    return back_to(request, board, _("The note is deleted. You can undo it for a while."))


@require_POST
@vary_on_headers(QUEUE_HEADER)
def restore_note(request: HtmxHttpRequest, note_id: int, **kwargs: object) -> HttpResponse:
    board = board_for(request, **kwargs)
    note = board.note(note_id, deleted_too=True)
    form = ChangeForm(request.POST)
    valid = valid_and_writable(board, form)
    if not valid:
        return HttpResponse(_("The request was not understood. Reload the page and try again."), status=400)
    board.check_restorable(note)
    note.restore(by=board.actor_at(form.cleaned_data["made_at"]), request_id=form.cleaned_data["request_id"])
    if from_queue(request):
        return saved(note)
    return back_to(request, board, _("The note is back."))


@require_POST
@vary_on_headers(QUEUE_HEADER)
def move_note(request: HtmxHttpRequest, note_id: int, **kwargs: object) -> HttpResponse:
    board = board_for(request, **kwargs)
    note = board.note(note_id, deleted_too=True)
    form = MoveNoteForm(request.POST)
    valid = valid_and_writable(board, form)
    if note.deleted_at is not None:
        return deleted_meanwhile(request, board)
    if not valid:
        return HttpResponse(_("That is not a place in the list."), status=400)
    by = board.actor_at(form.cleaned_data["made_at"])
    note.move(form.cleaned_data["position"], by=by, request_id=form.cleaned_data["request_id"])
    if from_queue(request):
        return saved(note)
    return back_to(request, board, _("The note is moved."))


@require_POST
@vary_on_headers(QUEUE_HEADER)
def share_note(request: HtmxHttpRequest, note_id: int, **kwargs: object) -> HttpResponse:
    board = board_for(request, **kwargs)
    note = board.note(note_id, deleted_too=True)
    form = ShareNoteForm(request.POST)
    valid = valid_and_writable(board, form)
    if note.deleted_at is not None:
        return deleted_meanwhile(request, board)
    if not valid:
        return HttpResponse(_("Say whether the note was shared in plenum."), status=400)
    by = board.actor_at(form.cleaned_data["made_at"])
    note.share(form.cleaned_data["shared"], by=by, request_id=form.cleaned_data["request_id"])
    if from_queue(request):
        return saved(note)
    return back_to(request, board, _("The note is marked."))


@require_safe
def service_worker(request: HtmxHttpRequest) -> HttpResponse:
    response = render(request, "groups/sw.js", content_type="text/javascript")
    response["Cache-Control"] = "no-cache"
    return response


@require_POST
def earlier_link(request: HtmxHttpRequest, token: str) -> HttpResponse:
    """Whether a link was this table's before the facilitator replaced it.

    Changes a device kept under the old link (offline, or refused once it was replaced) are taken
    over by the table's page under the new one (queue.js), so a replaced link loses nothing. Only
    the holder of the current link may ask, and only about this table.
    """
    board = table_board(request, token)
    form = EarlierLinkForm(request.POST)
    if not form.is_valid() or board.table is None:
        return HttpResponse(_("The request was not understood. Reload the page and try again."), status=400)
    return JsonResponse({"earlier": board.table.had_access_token(form.cleaned_data["token"])})
