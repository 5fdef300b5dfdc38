"""groups/rows.py: the host's table and new notes in plain SQL, the same as the ORM reads and writes them."""

from __future__ import annotations

import datetime
import uuid

import pytest
from django.db import IntegrityError, models
from django.utils import timezone
from pytest_django import DjangoAssertNumQueries

from groups import rows
from groups.models import Actor, Note, NoteChange, Table
from tests.factories import table
from workshop.models import Workshop

pytestmark = pytest.mark.django_db


def columns(instance: models.Model) -> dict[str, object]:
    return {field.attname: getattr(instance, field.attname) for field in instance._meta.concrete_fields}


def test_a_table_is_read_with_its_workshop_and_round_as_the_orm_reads_them(
    workshop: Workshop, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    workshop.summary = "Sammendrag med æøå"
    workshop.save()
    token = table(workshop).access_token
    expected = Table.objects.select_related("workshop", "workshop__current_round").get(access_token=token)

    with django_assert_num_queries(1):
        found = rows.table_with_day(token)
        day = found.workshop.current_round

    assert columns(found) == columns(expected)
    assert columns(found.workshop) == columns(expected.workshop)
    assert day is not None and expected.workshop.current_round is not None
    assert columns(day) == columns(expected.workshop.current_round)
    assert isinstance(found.workshop.updated_at, datetime.datetime) and timezone.is_aware(found.workshop.updated_at)


def test_a_workshop_between_rounds_has_no_round_and_asks_for_none(
    workshop: Workshop, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    Workshop.objects.filter(pk=workshop.pk).update(current_round=None)
    token = table(workshop).access_token

    with django_assert_num_queries(1):
        found = rows.table_with_day(token)
        assert found.workshop.current_round is None


def test_an_unknown_token_is_no_table(db: None) -> None:
    with pytest.raises(Table.DoesNotExist):
        rows.table_with_day("ikke-et-bord")


def new_note(workshop: Workshop, text: str = "Mer samarbeid") -> tuple[Note, NoteChange]:
    host = table(workshop)
    note = Note(workshop=workshop, table=host, round=workshop.current_round, text=text, client_id=uuid.uuid4())
    return note, note.change(NoteChange.Action.CREATE, Actor(table=host))


def test_a_new_note_comes_after_its_tables_last_note_in_the_round_deleted_ones_aside(workshop: Workshop) -> None:
    first, history = new_note(workshop)
    rows.insert_note(first, history)
    second, history = new_note(workshop)
    rows.insert_note(second, history)
    Note.objects.filter(pk=second.pk).update(deleted_at=timezone.now())
    other_table = Note(workshop=workshop, table=table(workshop, 2), round=workshop.current_round, text="Annet bord")
    other_table.save()

    third, history = new_note(workshop)
    rows.insert_note(third, history)

    assert (first.position, second.position, third.position, other_table.position) == (1, 2, 2, 1)
    assert Note.objects.get(pk=third.pk).position == 2


def test_a_new_note_and_its_history_are_saved_as_the_orm_saves_them(workshop: Workshop) -> None:
    note, history = new_note(workshop, text="Bedre kollektivtilbud \u202eisolert")

    rows.insert_note(note, history)

    saved = Note.objects.get()
    assert columns(saved) == columns(note)
    assert saved.text == "Bedre kollektivtilbud isolert"  # the pre_save signal removed the bidi control
    assert saved.version == 1 and timezone.is_aware(saved.created_at) and saved.updated_at >= saved.created_at
    change = NoteChange.objects.get()
    assert columns(change) == columns(history)
    assert (change.note_id, change.action, change.table_id, change.join_code, change.text) == (
        saved.pk, "create", table(workshop).pk, table(workshop).join_code, saved.text
    )


def test_a_note_whose_client_id_is_taken_is_refused_and_nothing_is_written(workshop: Workshop) -> None:
    note, history = new_note(workshop)
    rows.insert_note(note, history)
    again, history = new_note(workshop, text="En annen tekst")
    again.client_id = note.client_id

    with pytest.raises(IntegrityError):
        rows.insert_note(again, history)

    assert list(Note.objects.values_list("text", flat=True)) == ["Mer samarbeid"]
    assert NoteChange.objects.count() == 1
