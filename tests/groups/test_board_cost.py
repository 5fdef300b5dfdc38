"""What a table's page costs: the same queries at 3 notes as at 60, and a save answered in a few bytes."""

from __future__ import annotations

import uuid

import pytest
from django.test import Client
from pytest_django import DjangoAssertNumQueries

from groups.models import Note
from tests.factories import build_workshop, table
from workshop.models import Workshop

pytestmark = pytest.mark.django_db

QUEUE = {"Bordnotat-Queue": "1"}
POLL = {"HX-Request": "true"}
PAGE_QUERIES = 11  # with the ETag's query: the same at 3 notes as at 60
SAVE_QUERIES = 6  # the table, SAVEPOINT, the next position, the note, its history, RELEASE (tests run in a transaction)
EDIT_QUERIES = 9
POLL_QUERIES = 11  # a poll with news: as many as the page
QUIET_POLL_QUERIES = 1  # a poll with nothing new: the ETag's query, then 304


def busy_table(notes: int) -> Workshop:
    workshop = build_workshop(slug=f"bord-{notes}", tables=2)
    for n in range(notes):
        Note.objects.create(
            workshop=workshop, table=table(workshop), round=workshop.current_round, text=f"Notat nummer {n}"
        )
    return workshop


@pytest.mark.parametrize("notes", [3, 60])
def test_the_table_page_costs_the_same_at_3_notes_and_at_60(
    client: Client, notes: int, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    workshop = busy_table(notes)
    url = table(workshop).get_absolute_url()
    note = Note.objects.filter(table=table(workshop)).first()

    with django_assert_num_queries(PAGE_QUERIES):
        page = client.get(url)
    with django_assert_num_queries(SAVE_QUERIES):
        new = {"client_id": str(uuid.uuid4()), "text": "Ny", "kind": "note"}
        save = client.post(f"{url}notater/", new, headers=QUEUE)
    with django_assert_num_queries(EDIT_QUERIES):
        edit = client.post(
            f"{url}notater/{note.pk}/endre/",
            {f"note-{note.pk}-text": "Endret", f"note-{note.pk}-kind": "note", f"note-{note.pk}-version": 1,
             f"note-{note.pk}-request_id": str(uuid.uuid4())},
            headers=QUEUE,
        )
    poll_url = f"{url}?round={workshop.current_round_id}"
    with django_assert_num_queries(POLL_QUERIES):
        poll = client.get(poll_url, headers={**POLL, "If-None-Match": page["ETag"]})
    with django_assert_num_queries(QUIET_POLL_QUERIES):
        quiet = client.get(poll_url, headers={**POLL, "If-None-Match": poll["ETag"]})

    assert (page.status_code, save.status_code, edit.status_code, poll.status_code, quiet.status_code) == (
        200, 200, 200, 200, 304
    )
    # The answer to a save is the saved change, not the list: a few bytes however long the list.
    assert len(save.content) < 2000 and len(edit.content) < 2000
