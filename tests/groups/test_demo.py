"""`make demo` loads the real workshop from the seeds, published, plus an empty one to try."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

from groups.models import Note
from workshop.models import Workshop

pytestmark = pytest.mark.django_db


@pytest.fixture
def output() -> str:
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_demo_workshop_is_the_seed_workshop_published(output: str) -> None:
    demo = Workshop.objects.get(slug="inkludering-2025")
    assert demo.title == "Arbeidsverksted om fylkeskommunens arbeid med inkludering"
    assert demo.is_published
    assert demo.tables.count() == 8
    assert demo.rounds.count() >= 4
    assert demo.organisations.filter(kind="county").count() == 15
    table_notes = Note.objects.filter(workshop=demo, table__isnull=False)
    assert table_notes.count() >= 150
    for round_ in demo.rounds.all():
        assert table_notes.filter(round=round_).values("table").distinct().count() >= 6, round_
    assert Note.objects.filter(workshop=demo, programme_item__isnull=False).exists()
    assert Note.objects.plenum().filter(workshop=demo).exists()
    assert table_notes.filter(kind="action", organisation__isnull=False).exists()
    assert table_notes.filter(organisation__isnull=False).count() > 30


def test_demo_notes_are_in_proper_norwegian(output: str) -> None:
    texts = " ".join(Note.objects.values_list("text", flat=True))
    assert "ø" in texts and "å" in texts and "æ" in texts
    for broken in (" pa ", " ogsa ", " ma ", " na ", " bade ", "gnsk", " sma "):
        assert broken not in f" {texts} ", broken


def test_attributed_organisations_sit_at_the_table(output: str) -> None:
    for note in Note.objects.filter(table__isnull=False, organisation__isnull=False).select_related("table"):
        assert note.organisation in note.table.organisations.all(), note.text


def test_demo_prints_where_to_log_in_and_how_to_open_a_table(output: str, client: Client) -> None:
    assert "/admin/" in output and "fasilitator" in output
    trial = Workshop.objects.get(slug="provebord")
    table = trial.tables.get(number=1)
    assert table.get_absolute_url() in output and table.join_code in output
    assert client.get(table.get_absolute_url()).status_code == 200
    assert trial.accepts_notes and not trial.notes.exists()
    assert client.get("/rapport/inkludering-2025/").status_code == 200
    assert client.get("/rapport/provebord/").status_code == 404


def test_loading_twice_replaces_rather_than_doubles(output: str) -> None:
    before = Note.objects.count()
    call_command("load_demo", stdout=StringIO())
    assert Note.objects.count() == before
    assert Workshop.objects.count() == 2
