"""The tables, notes and themes of a workshop in its export file (workshop/exchange.py), and the
notes as a spreadsheet (notes_csv) for facilitators.

Registered in GroupsConfig.ready. Tables are keyed by number, notes by client id. A restore keeps
the tables' links and codes and the notes' client ids; a copy gets new ones, so that it can sit on
the same server as the original.
"""

from __future__ import annotations

import datetime
import uuid
from typing import Any

from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import F, Prefetch
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from groups.models import (
    NOTE_MAX_LENGTH,
    Note,
    NoteChange,
    RevokedAccess,
    Table,
    Theme,
    free_join_codes,
    is_access_token,
    is_join_code,
    new_access_token,
)
from workshop.access import facilitated_workshop
from workshop.downloads import csv_response
from workshop.exchange import COPY, ExchangePart, ImportContext, ImportRefused, read_time, refusal, required_time
from workshop.models import Workshop
from workshop.text import in_norwegian_order, without_bidi_controls

NOTE_BATCH = 1000


def export_tables(workshop: Workshop, keys: dict[str, Any]) -> list[dict[str, Any]]:
    tables = workshop.tables.order_by("number").prefetch_related(  # type: ignore[attr-defined]
        "organisations", Prefetch("revoked_accesses", queryset=RevokedAccess.objects.order_by("revoked_at", "pk"))
    )
    return [
        {
            "number": table.number, "name": table.name, "access_token": table.access_token,
            "join_code": table.join_code,
            "organisations": sorted(organisation.name for organisation in table.organisations.all()),
            # So that a restore keeps them replaced: a link replaced because it leaked stays refused.
            "replaced_links": [
                {"access_token": revoked.access_token, "join_code": revoked.join_code,
                 "replaced_at": revoked.revoked_at.isoformat()}
                for revoked in table.revoked_accesses.all()
            ],
        }
        for table in tables
    ]


def export_notes(workshop: Workshop, keys: dict[str, Any]) -> list[dict[str, Any]]:
    """Every note that is not deleted, in a fixed order, with its history if asked for."""
    notes = (
        Note.objects.filter(workshop=workshop)
        .select_related("table", "round", "organisation")
        .prefetch_related("highlighted_on")
        .order_by("round__number", "table__number", "programme_item__starts_at", "programme_item", "position",
                  "client_id")
    )
    if keys["history"]:
        notes = notes.prefetch_related("changes__table")
    questions = keys["questions"]
    exported = []
    for note in notes:
        row: dict[str, Any] = {
            "client_id": str(note.client_id),
            "table": note.table.number if note.table else None,
            "round": note.round.number if note.round else None,
            "question": questions[note.question_id][1] if note.question_id else None,
            "programme_item": keys["programme_items"].get(note.programme_item_id) if note.programme_item_id else None,
            "organisation": note.organisation.name if note.organisation else None,
            "kind": note.kind, "text": note.text, "position": note.position,
            "shared_in_plenum": note.shared_in_plenum, "version": note.version,
            # When it was written and last changed: a restore on another server keeps the day's times.
            "created_at": note.created_at.isoformat(), "updated_at": note.updated_at.isoformat(),
            "highlighted_on": sorted(questions[question.pk][1] for question in note.highlighted_on.all()),
        }
        if keys["history"]:
            row["history"] = [
                {
                    "action": change.action, "at": change.at.isoformat(),
                    "table": change.table.number if change.table else None, "join_code": change.join_code,
                    "text": change.text, "version": change.version,
                }
                for change in note.changes.all()
            ]
        exported.append(row)
    return exported


def export_themes(workshop: Workshop, keys: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "name": theme.name, "description": theme.description,
            "notes": sorted(str(note.client_id) for note in theme.notes.all() if note.deleted_at is None),
        }
        for theme in Theme.objects.filter(workshop=workshop).order_by("name").prefetch_related("notes")
    ]


def check_link_made_here(token: Any, code: Any, where: str) -> None:
    """Refused unless a link and code are of the kind Bordnotat makes: a short link could be guessed, one
    with "/" in it breaks the QR sheet."""
    if not (is_access_token(token) and is_join_code(code)):
        raise ImportRefused([_("%(where)s: its link or code is not one Bordnotat makes. Import a copy instead.")
                             % {"where": where}])


def link_taken(where: str) -> ImportRefused:
    return ImportRefused([_("%(where)s: its link or code belongs to a table already on this server. "
                            "Import a copy instead.") % {"where": where}])


def load_tables(rows: Any, context: ImportContext) -> None:
    if rows is None:
        return
    codes = free_join_codes(len(rows)) if context.mode == COPY else []
    tables: dict[int, Table] = {}
    for index, row in enumerate(rows):
        where = _("Table %(n)s") % {"n": row["number"]}
        if row["number"] in tables:
            raise ImportRefused([_("Two tables have the number %(n)s.") % {"n": row["number"]}])
        table = Table(workshop=context.workshop, number=row["number"], name=row["name"])
        if context.mode == COPY:
            table.access_token, table.join_code = new_access_token(), codes[index]
        else:
            table.access_token, table.join_code = row["access_token"], row["join_code"]
            check_link_made_here(table.access_token, table.join_code, where)
            taken = Table.objects.filter(access_token=table.access_token) | Table.objects.filter(
                join_code=table.join_code
            )
            if taken.exists():
                raise link_taken(where)
            if RevokedAccess.objects.filter(access_token=table.access_token).exists():
                # Replaced after the file was made (a restore over the workshop keeps what it replaced).
                raise ImportRefused([_("%(where)s: its link was replaced after this file was made, and a replaced "
                                       "link is not opened again. Restore a newer export, or import a copy.")
                                     % {"where": where}])
        table.full_clean(exclude=["access_token", "join_code"], validate_unique=False, validate_constraints=False)
        table.save()
        if context.mode != COPY:
            load_replaced_links(row.get("replaced_links", []), table, where)
        seated = [context.organisation(name, where) for name in row["organisations"]]
        table.organisations.set([organisation for organisation in seated if organisation is not None])
        tables[table.number] = table
    context.extra["tables"] = tables
    context.made["tables"] += len(tables)


def load_replaced_links(rows: Any, table: Table, where: str) -> None:
    """A restored table's replaced links, kept refused: those still on this server (the workshop
    the restore replaces left them) are the table's again, the others are made."""
    for row in rows:
        token, code = row["access_token"], row["join_code"]
        check_link_made_here(token, code, where)
        revoked = RevokedAccess.objects.filter(access_token=token).first()
        if revoked is None:
            revoked = RevokedAccess.objects.create(table=table, access_token=token, join_code=code)
        elif revoked.table_id is not None and revoked.table_id != table.pk:
            raise link_taken(where)
        revoked.table, revoked.join_code = table, code
        revoked.revoked_at = read_time(row["replaced_at"]) or revoked.revoked_at
        revoked.save(update_fields=["table", "join_code", "revoked_at"])


def load_notes(rows: Any, context: ImportContext) -> None:
    if rows is None:
        return
    tables: dict[int, Table] = context.extra.get("tables", {})
    seen: set[str] = set()
    notes: list[Note] = []
    highlights: list[tuple[Note, list[Any]]] = []
    histories: list[tuple[Note, list[dict[str, Any]]]] = []
    times: list[tuple[datetime.datetime | None, datetime.datetime | None]] = []
    for index, row in enumerate(rows):
        where = _("Note %(n)s") % {"n": index + 1}
        client_id = row["client_id"]
        if client_id in seen:
            raise ImportRefused([_("%(where)s has the same client id as another note.") % {"where": where}])
        seen.add(client_id)
        table = None
        if row["table"] is not None:
            table = tables.get(row["table"])
            if table is None:
                raise ImportRefused([_("%(where)s points at a table that is not there.") % {"where": where}])
        round_ = context.round(row["round"], where)
        note = Note(
            workshop=context.workshop, table=table, round=round_,
            question=context.question(row["round"], row["question"], where),
            programme_item=context.programme_item(row["programme_item"], where),
            organisation=context.organisation(row["organisation"], where),
            kind=row["kind"], text=without_bidi_controls(row["text"]), position=row["position"],
            shared_in_plenum=row["shared_in_plenum"], version=row["version"],
            client_id=uuid.uuid4() if context.mode == COPY else uuid.UUID(client_id),
        )
        try:
            note.clean_fields(exclude=["workshop", "table", "round", "question", "programme_item", "organisation"])
        except ValidationError as error:
            raise refusal(error, where) from None
        # A text field's max_length is a form's to check, not the model's.
        if len(note.text) > NOTE_MAX_LENGTH:
            raise ImportRefused([_("%(where)s is longer than %(max)s characters.")
                                 % {"where": where, "max": NOTE_MAX_LENGTH}])
        note.refuse_other_workshops()  # a question of another round, an organisation of another workshop
        times.append((read_time(row.get("created_at")), read_time(row.get("updated_at"))))
        notes.append(note)
        highlights.append((note, [context.question(row["round"], i, where) for i in row["highlighted_on"]]))
        if "history" in row:
            histories.append((note, row["history"]))
    if context.mode != COPY:
        wanted = [note.client_id for note in notes]
        for start in range(0, len(wanted), NOTE_BATCH):
            if Note.everything.filter(client_id__in=wanted[start:start + NOTE_BATCH]).exists():
                raise ImportRefused([_("Some notes in the file are already on this server. Import a copy instead.")])
    # In batches of plain INSERTs: a 10,000-note workshop is imported in seconds, not minutes.
    Note.objects.bulk_create(notes, batch_size=NOTE_BATCH)
    # The times the file gives, which bulk_create sets to now (auto_now_add, auto_now); a file without them
    # (the demo, an older export) keeps now.
    timed = []
    for note, (created, updated) in zip(notes, times, strict=True):
        if created is not None:
            note.created_at, note.updated_at = created, updated or created
            timed.append(note)
    set_times(timed)
    Highlight = Note.highlighted_on.through
    Highlight.objects.bulk_create([
        Highlight(note_id=note.pk, question_id=question.pk)
        for note, questions in highlights for question in questions if question is not None
    ], batch_size=NOTE_BATCH)
    NoteChange.objects.bulk_create([
        NoteChange(
            note=note, action=change["action"], at=required_time(change["at"]),
            table=tables.get(change["table"]) if change["table"] is not None else None,
            join_code=change["join_code"], text=change["text"], version=change["version"],
        )
        for note, changes in histories for change in changes
    ], batch_size=NOTE_BATCH)
    context.extra["notes"] = {row["client_id"]: note for row, note in zip(rows, notes, strict=True)}
    context.made["notes"] += len(notes)


def set_times(notes: list[Note]) -> None:
    """Write the notes' `created_at` and `updated_at` as they are on the objects, a batch a statement.

    Not bulk_update: its CASE expressions made importing 10,000 notes three times slower (some 8 s
    of Python building them). UPDATE … FROM (VALUES …), whose columns both PostgreSQL and SQLite name
    column1, column2, …
    """
    table = connection.ops.quote_name(Note._meta.db_table)
    adapt = connection.ops.adapt_datetimefield_value
    per_batch = min(NOTE_BATCH, (connection.features.max_query_params or 999) // 3)
    with connection.cursor() as cursor:
        for start in range(0, len(notes), per_batch):
            batch = notes[start:start + per_batch]
            values = ", ".join(["(%s, %s, %s)"] * len(batch))
            cursor.execute(
                f"UPDATE {table} SET created_at = times.column2, updated_at = times.column3 "
                f"FROM (VALUES {values}) AS times WHERE {table}.id = times.column1",
                [value for note in batch for value in (note.pk, adapt(note.created_at), adapt(note.updated_at))],
            )


def load_themes(rows: Any, context: ImportContext) -> None:
    if rows is None:
        return
    notes: dict[str, Note] = context.extra.get("notes", {})
    for row in rows:
        where = _("Theme “%(name)s”") % {"name": row["name"]}
        theme = Theme(workshop=context.workshop, name=row["name"], description=row["description"])
        theme.full_clean(exclude=["workshop"], validate_unique=False, validate_constraints=False)
        theme.save()
        missing = [client_id for client_id in row["notes"] if client_id not in notes]
        if missing:
            raise ImportRefused([_("%(where)s names a note that is not in the file.") % {"where": where}])
        theme.notes.set([notes[client_id] for client_id in row["notes"]])
        context.made["themes"] += 1


PARTS = [
    ExchangePart("tables", export_tables, load_tables),
    ExchangePart("notes", export_notes, load_notes),
    ExchangePart("themes", export_themes, load_themes),
]


# The notes as a spreadsheet ----------------------------------------------------------------------


def notes_rows(workshop: Workshop) -> list[list[object]]:
    """Every note of the day, as the report orders them: round by round, question by question,
    table by table, then the plenum's and the talks'. Deleted notes are left out."""
    notes = (
        Note.objects.filter(workshop=workshop)
        .select_related("round", "question", "table", "organisation", "programme_item")
        .prefetch_related(Prefetch("themes", Theme.objects.order_by(in_norwegian_order("name"), "pk")))
        .order_by(
            F("round__number").asc(nulls_last=True), F("question__order").asc(nulls_last=True),
            F("table__number").asc(nulls_last=True), "position", "pk",
        )
    )
    rows: list[list[object]] = [[
        _("Round"), _("Question"), _("Table"), _("Said by"), _("Kind"), _("Note"), _("Shared in plenum"),
        _("Themes"), _("Written"),
    ]]
    for note in notes:
        if note.round is not None:
            part = f"{note.round.number}. {note.round.title}"
            question = note.question.text if note.question else _("The round as a whole")
            place = note.table.label if note.table else _("Plenum")
        else:
            # A talk's or a pitch's note: written by the facilitator at no table, and not in the plenum.
            part = note.programme_item.title if note.programme_item else ""
            question = place = ""
        rows.append([
            part, question, place,
            note.organisation.name if note.organisation else "", note.get_kind_display(), note.text,
            _("Yes") if note.shared_in_plenum else "", ", ".join(theme.name for theme in note.themes.all()),
            timezone.localtime(note.created_at).strftime("%Y-%m-%d %H:%M"),
        ])
    return rows


def notes_filename(workshop: Workshop) -> str:
    return f"notater-{slugify(workshop.slug)}.csv"


@require_safe
def notes_csv(request: HttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    return csv_response(notes_filename(workshop), notes_rows(workshop))


def csv_files(request: HttpRequest, workshop: Workshop) -> dict[str, bytes]:
    """The notes' CSV for a facilitator's "Download everything" (workshop/downloads.py)."""
    return {notes_filename(workshop): csv_response(notes_filename(workshop), notes_rows(workshop)).content}
