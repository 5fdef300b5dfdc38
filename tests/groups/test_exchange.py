"""The notes as a spreadsheet, for facilitators: every note with where it was written."""

from __future__ import annotations

import pytest
from django.test import Client
from pytest_django import DjangoAssertNumQueries

from groups.models import Note, Theme
from tests.factories import build_workshop, read_csv, table
from workshop.models import Workshop

pytestmark = pytest.mark.django_db


def notes_csv_url(workshop: Workshop) -> str:
    return f"/fasilitator/{workshop.slug}/notater.csv"


def test_a_facilitator_gets_every_note_in_report_order_with_where_it_was_written(
    facilitator_client: Client, workshop: Workshop
) -> None:
    round_one = workshop.rounds.get(number=1)
    question = round_one.questions.get(order=2)
    later = Note.objects.create(
        workshop=workshop, table=table(workshop, 2), round=round_one, question=question, text="Bord 2 svarer",
        organisation=table(workshop, 2).organisations.first(), kind=Note.Kind.ACTION,
    )
    Note.objects.create(workshop=workshop, table=table(workshop, 1), round=round_one, question=question,
                        text="Bord 1 svarer", shared_in_plenum=True)
    Note.objects.create(workshop=workshop, table=table(workshop, 1), round=round_one, text="Runden som helhet")
    Note.objects.create(workshop=workshop, round=round_one, question=question, text="Fra plenum")
    talk = workshop.programme.get(kind="talk")
    Note.objects.create(workshop=workshop, programme_item=talk, text="Fra foredraget")
    deleted = Note.objects.create(workshop=workshop, table=table(workshop, 1), round=round_one, text="Slettet")
    Note.everything.filter(pk=deleted.pk).update(deleted_at=deleted.created_at)
    Theme.objects.create(workshop=workshop, name="Økonomi").notes.add(later)
    Theme.objects.create(workshop=workshop, name="Arbeid").notes.add(later)

    response = facilitator_client.get(notes_csv_url(workshop))

    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="notater-{workshop.slug}.csv"'
    rows = read_csv(response.content)
    assert rows[0] == ["Runde", "Spørsmål", "Bord", "Sagt av", "Type", "Notat", "Delt i plenum", "Temaer", "Skrevet"]
    assert [row[:8] for row in rows[1:]] == [
        ["1. Runde 1", "Spørsmål 1.2", "Gruppe 1", "", "Notat", "Bord 1 svarer", "Ja", ""],
        ["1. Runde 1", "Spørsmål 1.2", "Gruppe 2", "Fylke 2A", "Det vi gjør når vi kommer hjem", "Bord 2 svarer", "",
         "Arbeid, Økonomi"],
        ["1. Runde 1", "Spørsmål 1.2", "Plenum", "", "Notat", "Fra plenum", "", ""],
        ["1. Runde 1", "Runden som helhet", "Gruppe 1", "", "Notat", "Runden som helhet", "", ""],
        ["IMDi", "", "", "", "Notat", "Fra foredraget", "", ""],  # a talk's note is at no table, nor the plenum
    ]


def test_a_note_that_starts_like_a_formula_is_text_in_the_spreadsheet(
    facilitator_client: Client, workshop: Workshop
) -> None:
    Note.objects.create(workshop=workshop, table=table(workshop, 1), round=workshop.current_round,
                        text='=HYPERLINK("http://evil.example")')
    rows = read_csv(facilitator_client.get(notes_csv_url(workshop)).content)
    assert rows[1][5] == '\'=HYPERLINK("http://evil.example")'


def test_only_facilitators_get_the_notes(client: Client, participant: object, workshop: Workshop) -> None:
    assert client.get(notes_csv_url(workshop)).status_code == 403
    client.force_login(participant)  # type: ignore[arg-type]
    assert client.get(notes_csv_url(workshop)).status_code == 403
    assert client.post(notes_csv_url(workshop)).status_code in (403, 405)


def test_the_notes_csv_runs_the_same_queries_at_2_and_at_40_tables(
    facilitator_client: Client, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    for tables in (2, 40):
        workshop = build_workshop(slug=f"csv-{tables}", tables=tables, notes_per_table=5)
        # Facilitator: session, user, workshop; then the notes with their places, and their themes.
        with django_assert_num_queries(5):
            facilitator_client.get(notes_csv_url(workshop))
