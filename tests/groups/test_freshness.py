"""Whatever a table's page shows changes its ETag: a change in the set-up or the clock is never
answered with 304, and the poll brings it to the page."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.test import Client
from django.utils import timezone
from pytest_django import Settings

from groups.models import Actor, Note
from tests.factories import table
from workshop.models import Organisation, Question, Workshop

pytestmark = pytest.mark.django_db

POLL = {"HX-Request": "true"}


def board_url(workshop: Workshop) -> str:
    return table(workshop).get_absolute_url()


def poll_url(workshop: Workshop) -> str:
    return f"{board_url(workshop)}?round={workshop.current_round_id}"


def reword_question(workshop: Workshop) -> str:
    question = Question.objects.filter(round=workshop.current_round).first()
    question.text = "Hva bør fylkeskommunen gjøre først?"
    question.save()
    return "Hva bør fylkeskommunen gjøre først?"


def change_method_minutes(workshop: Workshop) -> str:
    round_ = workshop.current_round
    round_.group_minutes = 45
    round_.save()
    return "G: 45 min"


def seat_an_organisation(workshop: Workshop) -> str:
    table(workshop).organisations.add(Organisation.objects.create(workshop=workshop, name="Statsforvalteren"))
    return "Statsforvalteren"


def rename_an_organisation(workshop: Workshop) -> str:
    organisation = table(workshop).organisations.order_by("name").first()
    organisation.name = "Agder fylkeskommune"
    organisation.save()
    return "Agder fylkeskommune"


def start_the_timer(workshop: Workshop) -> str:
    workshop.start_timer()
    return 'data-timer-ends-at="1'


CHANGES: list[Callable[[Workshop], str]] = [
    reword_question, change_method_minutes, seat_an_organisation, rename_an_organisation, start_the_timer,
]


@pytest.mark.parametrize("change", CHANGES, ids=lambda change: change.__name__)
def test_a_change_the_page_shows_is_never_answered_304(
    client: Client, workshop: Workshop, change: Callable[[Workshop], str]
) -> None:
    page = client.get(board_url(workshop))
    poll = client.get(poll_url(workshop), headers=POLL)

    shown = change(workshop)

    again = client.get(board_url(workshop), headers={"If-None-Match": page["ETag"]})
    assert again.status_code == 200
    assert shown in again.content.decode()
    polled = client.get(poll_url(workshop), headers={**POLL, "If-None-Match": poll["ETag"]})
    assert polled.status_code == 200
    assert shown in polled.content.decode()


def test_the_poll_offers_a_newly_seated_organisation_in_the_form(client: Client, workshop: Workshop) -> None:
    etag = client.get(poll_url(workshop), headers=POLL)["ETag"]

    seat_an_organisation(workshop)

    html = client.get(poll_url(workshop), headers={**POLL, "If-None-Match": etag}).content.decode()
    options = html.split('hx-swap-oob="innerHTML:#compose [name=organisation]"', 1)[1].split("</select>", 1)[0]
    assert "Statsforvalteren" in options


def test_the_undo_button_goes_when_the_undo_window_closes(
    client: Client, workshop: Workshop, settings: Settings
) -> None:
    settings.NOTE_UNDO_MINUTES = 10
    note = Note.objects.create(workshop=workshop, table=table(workshop), round=workshop.current_round, text="Borte")
    note.delete_softly(by=Actor(table=table(workshop)))
    page = client.get(board_url(workshop))
    assert f"notater/{note.pk}/angre/" in page.content.decode()

    # Eleven minutes later: nothing in the database changed but the clock.
    Note.everything.filter(pk=note.pk).update(deleted_at=timezone.now() - datetime.timedelta(minutes=11))

    again = client.get(board_url(workshop), headers={"If-None-Match": page["ETag"]})
    assert again.status_code == 200
    assert f"notater/{note.pk}/angre/" not in again.content.decode()
