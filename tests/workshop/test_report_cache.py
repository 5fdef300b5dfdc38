"""The published report comes from the cache, and any change to what it shows is there at once."""

from __future__ import annotations

import uuid

import pytest
from django.contrib.auth.models import User
from django.test import Client

from groups.models import Actor, Note, Theme
from tests.evaluation.factories import respond
from tests.evaluation.test_report import published_with_survey
from workshop.models import Question

pytestmark = pytest.mark.django_db


def report(client: Client, slug: str) -> str:
    return client.get(f"/rapport/{slug}/").content.decode()


def test_a_change_to_a_note_a_summary_a_theme_or_the_survey_shows_in_the_cached_report_at_once(
    client: Client, facilitator: User
) -> None:
    survey = published_with_survey("bufret", responses=6)
    workshop = survey.workshop
    workshop.report_shows_themes = True
    workshop.save()
    slug = workshop.slug
    first = report(client, slug)
    assert "Oppsummering av svarene fra 6 deltakere" in first

    note = Note.objects.filter(workshop=workshop, table__isnull=False).first()
    note.edit({"text": "Rettet etter at rapporten ble publisert"}, version=note.version, by=Actor(user=facilitator))
    assert "Rettet etter at rapporten ble publisert" in report(client, slug)

    question = Question.objects.filter(round__workshop=workshop).first()
    question.summary = "Bordene var enige om samarbeid."
    question.save()
    assert "Bordene var enige om samarbeid." in report(client, slug)

    workshop.summary = "Et nytt sammendrag."
    workshop.save()
    assert "Et nytt sammendrag." in report(client, slug)

    Theme.objects.tag(workshop, "Samarbeid", [note])
    assert "Samarbeid" in report(client, slug).split('id="themes"', 1)[-1]

    respond(survey, q1="fylkeskommune", q2="yes", q3="nyttig", q4="enig", q5="")
    assert "Oppsummering av svarene fra 7 deltakere" in report(client, slug)

    # A new note is written in plain SQL (groups/rows.py), past the ORM's save().
    facilitators = Client()
    facilitators.force_login(facilitator)
    saved = facilitators.post(
        f"/fasilitator/{slug}/plenum/{question.round.number}/notater/",
        {"client_id": str(uuid.uuid4()), "text": "Lagt til fra plenum etterpå", "kind": "note"},
        headers={"Bordnotat-Queue": "1"},
    )
    assert saved.status_code == 200
    assert "Lagt til fra plenum etterpå" in report(client, slug)

    note.delete_softly(by=Actor(user=facilitator))
    assert "Rettet etter at rapporten ble publisert" not in report(client, slug)
