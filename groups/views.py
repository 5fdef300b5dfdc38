"""Tables' and facilitators' pages: writing notes, following the room, moving the day on."""

from __future__ import annotations

import uuid

import segno
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import (
    condition,
    require_GET,
    require_http_methods,
    require_POST,
)
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import retarget

from groups.boards import Board, board_for
from groups.forms import (
    JoinForm,
    MoveNoteForm,
    NewNoteForm,
    NextRoundForm,
    NoteForm,
    ShareNoteForm,
)
from groups.models import Note, Table
from workshop.access import HtmxHttpRequest, facilitated_workshop, is_facilitator
from workshop.models import ProgrammeItem, Workshop

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


@require_http_methods(["GET", "POST"])
def join(request: HtmxHttpRequest) -> HttpResponse:
    form = JoinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        table = Table.objects.filter(join_code=form.cleaned_data["code"]).first()
        if table is not None:
            return redirect(table)
        form.add_error(
            "code", _("No table has that code. Check the code on the sheet and try again.")
        )
    return render(request, "groups/join.html", {"form": form}, status=422 if form.errors else 200)


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


def live_etag(request: HtmxHttpRequest, slug: str) -> str:
    """Changes whenever a note, the current round or the workshop changes: one query."""
    if not is_facilitator(request):
        raise PermissionDenied
    workshop = get_object_or_404(
        Workshop.objects.annotate(note_count=Count("notes"), latest=Max("notes__updated_at")),
        slug=slug,
    )
    latest = workshop.latest.timestamp() if workshop.latest else 0  # type: ignore[attr-defined]
    return "-".join(
        str(part) for part in (
            "fragment" if request.htmx else "page", workshop.updated_at.timestamp(),
            workshop.current_round_id, workshop.note_count, latest,  # type: ignore[attr-defined]
        )
    )


@require_GET
@vary_on_headers("HX-Request")
@condition(etag_func=live_etag)
def live(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    current = workshop.current_round
    round_notes = Note.objects.filter(round=current).select_related("question", "organisation")
    tables = workshop.tables.prefetch_related(
        "organisations", Prefetch("notes", queryset=round_notes, to_attr="round_notes")
    )
    context = {
        "workshop": workshop,
        "current": current,
        "questions": list(current.questions.all()) if current else [],
        "tables": tables,
        "rounds": workshop.rounds.all(),
        "talks": workshop.programme.filter(kind__in=ProgrammeItem.SPOKEN),
        "poll_seconds": settings.LIVE_POLL_SECONDS,
    }
    template = "groups/live.html#tables" if request.htmx else "groups/live.html"
    return render(request, template, context)


@require_POST
def next_round(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    form = NextRoundForm(request.POST, workshop=workshop)
    if not form.is_valid():
        return HttpResponse(_("That round is not part of this workshop."), status=400)
    seen = form.cleaned_data["from_round"]
    current = workshop.advance_round(seen.pk if seen else None)
    if current is not None:
        messages.success(request, _("The day has moved to round %(number)s.") % {"number": current.number})
    return redirect("groups:live", slug=workshop.slug)


@require_GET
def qr_sheet(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    join_url = request.build_absolute_uri(reverse("groups:join"))
    sheets = []
    for table in workshop.tables.all():
        url = request.build_absolute_uri(table.get_absolute_url())
        # segno writes the SVG itself from the address; nothing a user typed goes into it.
        svg = segno.make(url, error="m").svg_inline(scale=5)
        sheets.append({"table": table, "url": url, "qr": mark_safe(svg)})
    context = {"workshop": workshop, "sheets": sheets, "join_url": join_url}
    return render(request, "groups/qr_sheet.html", context)
