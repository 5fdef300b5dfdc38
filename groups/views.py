"""Tables' and facilitators' pages: writing notes, following the room, moving the day on."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import (
    require_GET,
    require_http_methods,
    require_POST,
)
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import retarget

from groups.boards import Board, board_for
from groups.forms import (
    MoveNoteForm,
    NewNoteForm,
    NoteForm,
    ShareNoteForm,
)
from groups.models import Note
from workshop.access import HtmxHttpRequest

BOARD = "groups/board.html"


def render_board(
    request: HtmxHttpRequest, board: Board, *, part: str, status: int = 200,
    form: NoteForm | None = None, note: Note | None = None, edit_form: NoteForm | None = None,
) -> HttpResponse:
    """The board page, or for htmx only `part` of it.

    Every change answers with the whole list, so each note's move buttons know its place.
    Without JavaScript every action ends on the whole page, with the note being edited open.
    """
    context = {
        "board": board,
        "form": form or NewNoteForm(board=board, initial={"client_id": uuid.uuid4()}),
        "note": note,
        "editing": note.pk if note is not None and edit_form is not None else None,
        "edit_form": edit_form,
    }
    if not request.htmx:
        return render(request, BOARD, {**context, "notes": board.notes()}, status=status)
    if part in ("notes", "after-add"):
        context["notes"] = board.notes()
    return render(request, f"{BOARD}#{part}", context, status=status)


def back_to(request: HtmxHttpRequest, board: Board, message: str) -> HttpResponse:
    messages.success(request, message)
    return redirect(f"{board.url}#notes")


@require_GET
@vary_on_headers("HX-Request")
def board(request: HtmxHttpRequest, **kwargs: object) -> HttpResponse:
    board = board_for(request, **kwargs)
    return render_board(request, board, part="notes")


@require_POST
@vary_on_headers("HX-Request")
def add_note(request: HtmxHttpRequest, **kwargs: object) -> HttpResponse:
    board = board_for(request, **kwargs)
    board.check_writable()
    form = NewNoteForm(request.POST, board=board)
    if not form.is_valid():
        return render_board(request, board, part="compose", form=form, status=422)
    _note, belongs_here = board.add_note(form.cleaned_data["client_id"], form.note_fields())
    if not belongs_here:
        form.add_error(None, _("This note belongs somewhere else and was not saved here."))
        return render_board(request, board, part="compose", form=form, status=409)
    if not request.htmx:
        return back_to(request, board, _("The note is saved."))
    return render_board(request, board, part="after-add")


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def edit_note(request: HtmxHttpRequest, note_id: int, **kwargs: object) -> HttpResponse:
    board = board_for(request, **kwargs)
    board.check_writable()
    note = board.note(note_id)
    form = NoteForm.for_note(note, board, request.POST or None)
    if request.method == "GET" or not form.is_valid():
        status = 422 if form.errors else 200
        return render_board(request, board, part="note-edit", note=note, edit_form=form, status=status)
    for field, value in form.note_fields().items():
        setattr(note, field, value)
    note.save()
    if not request.htmx:
        return back_to(request, board, _("The note is changed."))
    return retarget(render_board(request, board, part="notes"), "#notes")


@require_POST
@vary_on_headers("HX-Request")
def delete_note(request: HtmxHttpRequest, note_id: int, **kwargs: object) -> HttpResponse:
    board = board_for(request, **kwargs)
    board.check_writable()
    note = board.note(note_id)
    note.delete()
    if not request.htmx:
        return back_to(request, board, _("The note is deleted."))
    return render_board(request, board, part="notes")


@require_POST
@vary_on_headers("HX-Request")
def move_note(request: HtmxHttpRequest, note_id: int, **kwargs: object) -> HttpResponse:
    board = board_for(request, **kwargs)
    board.check_writable()
    note = board.note(note_id)
    form = MoveNoteForm(request.POST)
    if not form.is_valid():
        return HttpResponse(_("That is not a place in the list."), status=400)
    note.move_to(form.cleaned_data["position"])
    if not request.htmx:
        return back_to(request, board, _("The note is moved."))
    return render_board(request, board, part="notes")


@require_POST
@vary_on_headers("HX-Request")
def share_note(request: HtmxHttpRequest, note_id: int, **kwargs: object) -> HttpResponse:
    board = board_for(request, **kwargs)
    board.check_writable()
    note = board.note(note_id)
    form = ShareNoteForm(request.POST)
    if not form.is_valid():
        return HttpResponse(_("Say whether the note was shared in plenum."), status=400)
    note.share_in_plenum(form.cleaned_data["shared"])
    if not request.htmx:
        return back_to(request, board, _("The note is marked."))
    return render_board(request, board, part="notes")
