"""A host's requests in plain SQL: the table found by its token, and a new note written with its history.

Every tablet at every table sends these all day, and most of their cost was the ORM building SQL,
not the database running it (issue 9's bench, save against a bare INSERT): compiling the table's
query with its workshop and round took 0.8 ms of a 1.1 ms lookup, and a note's position, INSERT and
history row 2 ms of Python around three short statements. Here the statements are written from the
models' own fields (the table's query once per database), and rows become model instances as the ORM would make them:
the same columns, the database's converters, the pre_save and post_save signals. Everything else
about notes stays in the ORM.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

from django.db import connection, models, transaction
from django.db.models import Field
from django.db.models.expressions import Col
from django.db.models.signals import post_save, pre_save

from groups.models import Note, NoteChange, Table
from workshop.models import Round, Workshop

M = TypeVar("M", bound=models.Model)


def quote(name: str) -> str:
    return connection.ops.quote_name(name)


@cache
def readers(model: type[models.Model], vendor: str) -> list[tuple[Col, list[Callable[..., Any]]]]:
    """Per column of `model`, what the ORM does to a value the database returned (SQLite's dates, UUIDs)."""
    found = []
    for field in model._meta.concrete_fields:
        column = field.get_col(model._meta.db_table)
        found.append((column, [*connection.ops.get_db_converters(column), *column.get_db_converters(connection)]))
    return found


def from_row(model: type[M], values: Sequence[Any]) -> M:
    """A model instance from its columns in field order, as the ORM loads it."""
    converted = []
    for value, (column, converters) in zip(values, readers(model, connection.vendor), strict=True):
        for convert in converters:
            value = convert(value, column, connection)
        converted.append(value)
    return model.from_db(connection.alias, None, converted)  # type: ignore[arg-type]


def columns(model: type[models.Model], alias: str) -> str:
    return ", ".join(f"{quote(alias)}.{quote(field.column)}" for field in model._meta.concrete_fields)


@cache
def table_query(vendor: str) -> str:
    table, workshop, round_ = Table._meta, Workshop._meta, Round._meta
    return (
        f"SELECT {columns(Table, 't')}, {columns(Workshop, 'w')}, {columns(Round, 'r')} "
        f"FROM {quote(table.db_table)} t "
        f"JOIN {quote(workshop.db_table)} w ON w.{column(Workshop, 'id')} = t.{column(Table, 'workshop')} "
        f"LEFT JOIN {quote(round_.db_table)} r ON r.{column(Round, 'id')} = w.{column(Workshop, 'current_round')} "
        f"WHERE t.{column(Table, 'access_token')} = %s"
    )


def column(model: type[models.Model], name: str) -> str:
    field = model._meta.get_field(name)
    assert isinstance(field, Field) and field.column
    return quote(field.column)


def table_with_day(token: str) -> Table:
    """The table with this access token, its workshop and the workshop's current round, in one query.

    What `Table.objects.select_related("workshop", "workshop__current_round").get(access_token=token)`
    returns, without compiling that query on every request.
    """
    with connection.cursor() as cursor:
        cursor.execute(table_query(connection.vendor), [token])
        row = cursor.fetchone()
    if row is None:
        raise Table.DoesNotExist
    workshop_starts = len(Table._meta.concrete_fields)
    round_starts = workshop_starts + len(Workshop._meta.concrete_fields)
    table = from_row(Table, row[:workshop_starts])
    table.workshop = from_row(Workshop, row[workshop_starts:round_starts])
    # The LEFT JOIN's columns are all NULL when the workshop has no current round.
    has_round = table.workshop.current_round_id is not None
    table.workshop.current_round = from_row(Round, row[round_starts:]) if has_round else None
    return table


@dataclass
class NewRow:
    """One instance's INSERT, prepared as save(force_insert=True) prepares it (its pre_save signal sent)."""

    instance: models.Model
    columns: list[str]
    values: list[str]  # SQL: a placeholder, or an expression
    params: list[Any]
    returning: list[Field[Any, Any]]

    def sql(self, source: str = "") -> str:
        meta = self.instance._meta
        return (
            f"INSERT INTO {quote(meta.db_table)} ({', '.join(self.columns)}) SELECT {', '.join(self.values)}"
            f"{f' FROM {source}' if source else ''} RETURNING {', '.join(quote(f.column) for f in self.returning)}"
        )

    def saved(self, values: Sequence[object]) -> None:
        """The instance as save() leaves it: its returned columns set, and post_save sent."""
        instance = self.instance
        for field, value in zip(self.returning, values, strict=True):
            setattr(instance, field.attname, value)
        instance._state.adding = False
        instance._state.db = connection.alias
        post_save.send(
            sender=type(instance), instance=instance, created=True, update_fields=None, raw=False,
            using=connection.alias,
        )


def new_row(instance: models.Model, *, last: str = "", given: dict[str, str] | None = None) -> NewRow:
    """`last` names an integer field numbered after the highest of the note's siblings by the INSERT
    itself; `given` the fields whose value is an SQL expression (another row's id)."""
    model, meta, given = type(instance), instance._meta, given or {}
    pre_save.send(sender=model, instance=instance, raw=False, using=connection.alias, update_fields=None)
    assert isinstance(meta.pk, Field)
    row = NewRow(instance, [], [], [], [meta.pk])
    for field in meta.concrete_fields:
        if field.primary_key or field.name == last:
            continue
        row.columns.append(quote(field.column))
        if field.name in given:
            row.values.append(given[field.name])
        else:
            row.values.append("%s")
            row.params.append(field.get_db_prep_save(field.pre_save(instance, True), connection))
    if last:
        assert isinstance(instance, Note)
        position = meta.get_field(last)
        assert isinstance(position, Field)
        numbered = quote(position.column)
        where, params = sibling_filter(instance)
        row.columns.append(numbered)
        row.values.append(
            f"COALESCE((SELECT {numbered} FROM {quote(meta.db_table)} WHERE {where} ORDER BY {numbered} DESC LIMIT 1),"
            " 0) + 1"
        )
        row.params += params
        row.returning.append(position)
    return row


def sibling_filter(note: Note) -> tuple[str, list[Any]]:
    """Note.siblings() as SQL: the same place (None is a place too) among the notes not deleted."""
    conditions, params = [f"{quote('deleted_at')} IS NULL"], []
    for name in Note.PLACE:
        value = getattr(note, name)
        if value is None:
            conditions.append(f"{quote(name)} IS NULL")
        else:
            conditions.append(f"{quote(name)} = %s")
            params.append(value)
    return " AND ".join(conditions), params


def insert_note(note: Note, history: NoteChange) -> None:
    """A new note at the end of its siblings with its history row: both, or neither (IntegrityError).

    The note is checked as Note.save() checks it, and numbered by its INSERT.
    """
    note.refuse_other_workshops()
    new_note = new_row(note, last="" if note.position else "position")
    if connection.vendor != "postgresql":
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(new_note.sql(), new_note.params)
            new_note.saved(cursor.fetchone())
            history.note = note  # its id, now that the note has one
            new_history = new_row(history)
            cursor.execute(new_history.sql(), new_history.params)
            new_history.saved(cursor.fetchone())
        return
    # PostgreSQL writes both in one statement, atomic by itself: no BEGIN and COMMIT around it.
    new_history = new_row(history, given={"note": f"new_note.{quote(Note._meta.pk.column)}"})
    returned = ", ".join(f"new_note.{quote(f.column)}" for f in new_note.returning)
    statement = (
        f"WITH new_note AS ({new_note.sql()}), new_history AS ({new_history.sql('new_note')}) "
        f"SELECT {returned}, new_history.{quote(NoteChange._meta.pk.column)} FROM new_note, new_history"
    )
    # Inside a caller's transaction (a test's), a refused note must not spoil it: a savepoint takes the error.
    with transaction.atomic() if connection.in_atomic_block else nullcontext(), connection.cursor() as cursor:
        cursor.execute(statement, new_note.params + new_history.params)
        row = cursor.fetchone()
    new_note.saved(row[:-1])
    history.note = note
    new_history.saved(row[-1:])
