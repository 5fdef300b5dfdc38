"""Boards: the places notes are written.

A table's host writes on their table's board for the current round; a facilitator writes on a
round's plenum board and on the board of a talk or pitch. All three are the same page and the same
actions, so the views take a Board and never need to know which kind it is.
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass, field, replace
from functools import cached_property

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from groups import rows
from groups.models import Actor, Note, NoteChange, NoteQuerySet, RevokedAccess, Table, device_time
from workshop.access import facilitated_workshop
from workshop.models import Organisation, ProgrammeItem, Question, Round, Workshop

# An id no note has, reversed in a note's place: its last occurrence in an address is the id's place.
NOTE_ID_STAND_IN = 918273645546372819
# How far past the end of the day a late change's device clock may say it was made (Board.takes_late_change).
LATE_NOTE_CLOCK_SLACK = datetime.timedelta(minutes=2)


@dataclass(frozen=True)
class Board:
    workshop: Workshop
    # The board's URL pattern (groups/urls.py, board_patterns) and its arguments: every address of
    # the board and its notes comes from these, through `url` and `note_url`.
    url_name: str
    url_kwargs: dict[str, object]
    table: Table | None = None
    round: Round | None = None
    programme_item: ProgrammeItem | None = None
    actor: Actor = field(default_factory=Actor)

    @cached_property
    def url(self) -> str:
        return reverse(f"groups:{self.url_name}", kwargs=self.url_kwargs)

    @cached_property
    def add_url(self) -> str:
        return reverse(f"groups:{self.url_name}-add", kwargs=self.url_kwargs)

    def note_url(self, note_id: int | str, action: str) -> str:
        """A note's action on this board: "edit", "delete", "restore", "move" or "share"."""
        # Reversed once per board and action, not per note: reverse() for each note and each of
        # its actions was about a sixth of the time a table's 50 notes took to render.
        if action not in self._note_urls:
            url = reverse(f"groups:{self.url_name}-{action}", kwargs={**self.url_kwargs, "note_id": NOTE_ID_STAND_IN})
            before, after = url.rsplit(str(NOTE_ID_STAND_IN), 1)
            self._note_urls[action] = (before, after)
        before, after = self._note_urls[action]
        return f"{before}{int(note_id)}{after}"

    @cached_property
    def _note_urls(self) -> dict[str, tuple[str, str]]:
        """Each note action's address, before and after the note's id (note_url fills it)."""
        return {}

    @property
    def by_facilitator(self) -> bool:
        return self.actor.user is not None

    @property
    def title(self) -> str:
        if self.table is not None:
            return self.table.label
        if self.programme_item is not None:
            return self.programme_item.title
        assert self.round is not None
        return _("Plenum: %(round)s") % {"round": self.round.title}

    @property
    def is_table(self) -> bool:
        return self.table is not None

    @property
    def writable(self) -> bool:
        """Hosts write only while the day runs; facilitators may always complete the record."""
        if self.by_facilitator:
            return True
        return self.workshop.accepts_notes and self.round is not None

    def check_writable(self, *, made_at: int | None = None) -> None:
        """Refused unless writable; a table's change made at `made_at` may be a late one."""
        if not (self.writable or self.takes_late_change(made_at)):
            raise PermissionDenied(_("This workshop is closed: notes can no longer be changed."))

    def takes_late_change(self, made_at: int | None) -> bool:
        """Whether a table's change (a new note, an edit, a delete or undo, a move, a plenum mark),
        made on its device at `made_at` (ms, the device's clock), is one made before the day was
        ended and sent after it, when the tablet came back online.

        Such a change is taken until the report is published: ending the day must not lose what a
        table wrote, nor keep in the report a note the table had deleted. The device's clock can be
        a little off, hence the slack.
        """
        workshop = self.workshop
        made = device_time(made_at)
        return (
            self.table is not None and workshop.status == Workshop.Status.CLOSED
            and workshop.closed_at is not None and made is not None
            and made <= workshop.closed_at + LATE_NOTE_CLOCK_SLACK
        )

    def reachable_notes(self, *, deleted_too: bool = False) -> NoteQuerySet:
        """The notes this board's caller may change: a host all of their table's notes."""
        notes = Note.everything.all() if deleted_too else Note.objects.all()
        if self.table is not None:
            return notes.filter(table=self.table)
        if self.programme_item is not None:
            return notes.filter(programme_item=self.programme_item)
        return notes.plenum().filter(round=self.round)

    def notes(self) -> NoteQuerySet:
        """The notes shown on the board: this round's, or this talk's."""
        notes = self.reachable_notes()
        if self.table is not None:
            notes = notes.filter(round=self.round)
        return notes.select_related("question", "organisation").order_by("position", "pk")

    def restorable_notes(self) -> NoteQuerySet:
        """Notes deleted here that can still be brought back: by a host for a while, by a facilitator always.
        Whatever the round: an Undo sent as the facilitator moved the day on is still an undo."""
        notes = self.reachable_notes(deleted_too=True).filter(deleted_at__isnull=False)
        if not self.by_facilitator:
            notes = notes.recently_deleted()
        return notes

    def deleted_notes(self) -> NoteQuerySet:
        """The restorable notes the board shows: a table's, of the round it shows."""
        notes = self.restorable_notes()
        if self.table is not None:
            notes = notes.filter(round=self.round)
        return notes.order_by("-deleted_at")

    def check_restorable(self, note: Note) -> None:
        if note.deleted_at is not None and not self.restorable_notes().filter(pk=note.pk).exists():
            raise PermissionDenied(_("It is too late to undo this here. The facilitator can still restore the note."))

    def questions(self) -> QuerySet[Question]:
        if self.round is None:
            return Question.objects.none()
        return self.round.questions.all()

    @cached_property
    def question_list(self) -> list[Question]:
        """The round's questions, read once for the page that lists them."""
        return list(self.questions())

    def organisations(self) -> QuerySet[Organisation]:
        if self.table is not None:
            return self.table.organisations.all()
        return self.workshop.organisations.all()

    def place(self) -> dict[str, object]:
        """Where a new note on this board belongs."""
        return {
            "workshop": self.workshop, "table": self.table, "round": self.round,
            "programme_item": self.programme_item,
        }

    def add_note(self, client_id: uuid.UUID, fields: dict[str, object], by: Actor | None = None) -> tuple[Note, bool]:
        """Save a new note once, however often the same client id arrives.

        Returns the note and whether it belongs here; a client id already used on another
        board is not taken over.
        """
        # The note and its history are written together or not at all: a connection lost between the
        # two (a database restart) would otherwise keep the note without its "created" row, and the retry
        # would find the note and never write it. The note is inserted straight away, without looking first:
        # a retry is the rare case, and the client id's unique index refuses its second copy (a copy
        # arriving while the first is being saved waits for it, then is refused).
        try:
            # The fields may name the note's round: one written before the day moved on.
            note = Note(**{**self.place(), **fields}, client_id=client_id)
            rows.insert_note(note, note.change(NoteChange.Action.CREATE, by or self.actor))
            return note, True
        except IntegrityError:
            # Deleted notes count too: a retry arriving after the note was deleted must not bring it back.
            saved = Note.everything.filter(client_id=client_id).first()
            if saved is None:
                raise  # another constraint: not a retry
        return saved, self.reachable_notes(deleted_too=True).filter(pk=saved.pk).exists()

    def actor_at(self, made_at: int | None) -> Actor:
        """This board's actor, with when the change was made on the device (see device_time)."""
        return replace(self.actor, at=device_time(made_at))

    def note(self, note_id: int, *, deleted_too: bool = False) -> Note:
        """One of this board's notes, for a change; anything else is not found."""
        return get_object_or_404(self.reachable_notes(deleted_too=deleted_too), pk=note_id)


def table_board(request: HttpRequest, token: str) -> Board:
    try:
        table = rows.table_with_day(token)
    except Table.DoesNotExist:
        if RevokedAccess.objects.filter(access_token=token).exists():
            raise PermissionDenied(
                _(
                    "This link has been replaced. Ask the facilitator for your table's new code: notes not yet "
                    "saved on this device are sent when you open the table with it."
                )
            ) from None
        raise Http404 from None
    workshop = table.workshop
    return Board(
        workshop=workshop, table=table, round=workshop.current_round, actor=Actor(table=table),
        url_name="table", url_kwargs={"token": token},
    )


def plenum_board(request: HttpRequest, slug: str, round_number: int) -> Board:
    workshop = facilitated_workshop(request, slug)
    round_ = get_object_or_404(workshop.rounds, number=round_number)
    return Board(
        workshop=workshop, round=round_, actor=Actor(user=request.user),  # type: ignore[arg-type]
        url_name="plenum", url_kwargs={"slug": slug, "round_number": round_number},
    )


def programme_board(request: HttpRequest, slug: str, item_id: int) -> Board:
    workshop = facilitated_workshop(request, slug)
    item = get_object_or_404(
        workshop.programme.filter(kind__in=ProgrammeItem.SPOKEN),
        pk=item_id,
    )
    return Board(
        workshop=workshop, programme_item=item, actor=Actor(user=request.user),  # type: ignore[arg-type]
        url_name="programme", url_kwargs={"slug": slug, "item_id": item_id},
    )


def board_for(request: HttpRequest, **kwargs: object) -> Board:
    """The board named by the address: a table's token, a round's plenum, or a talk."""
    if "token" in kwargs:
        return table_board(request, str(kwargs["token"]))
    if "round_number" in kwargs:
        return plenum_board(request, str(kwargs["slug"]), int(str(kwargs["round_number"])))
    return programme_board(request, str(kwargs["slug"]), int(str(kwargs["item_id"])))
