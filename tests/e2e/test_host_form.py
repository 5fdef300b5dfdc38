"""The host's note form in Chromium: choices stay between notes, and set-up changes reach it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect
from pytest_django import Settings
from pytest_django.live_server_helper import LiveServer

from groups.models import Note
from tests.e2e.test_core_loop import add_note
from tests.e2e.waits import holds
from tests.factories import build_workshop
from workshop.models import Organisation, Question

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_hosts_choices_stay_put_between_notes_and_a_seated_organisation_arrives_by_poll(
    page: Page, live_server: LiveServer, settings: Settings
) -> None:
    settings.TABLE_POLL_SECONDS = 1
    workshop = build_workshop(slug="skjema", tables=1)
    table = workshop.tables.get()
    page.goto(live_server.url + table.get_absolute_url())
    form = page.locator("#compose")

    add_note(page, "Første notat", question="Spørsmål 1.2", organisation="Fylke 1B", kind="Godt råd")
    expect(form.locator("select[name=question] option:checked")).to_have_text("Spørsmål 1.2")
    expect(form.locator("select[name=organisation] option:checked")).to_have_text("Fylke 1B")
    expect(form.locator("select[name=kind] option:checked")).to_have_text("Godt råd")

    add_note(page, "Andre notat")
    expect(form.locator("select[name=organisation] option:checked")).to_have_text("Fylke 1B")

    # The facilitator seats another organisation at the table, in the admin.
    table.organisations.add(Organisation.objects.create(workshop=workshop, name="Statsforvalteren"))
    expect(form.locator("select[name=organisation] option", has_text="Statsforvalteren")).to_have_count(1)
    expect(page.locator("#seated")).to_contain_text("Statsforvalteren")
    expect(form.locator("select[name=organisation] option:checked")).to_have_text("Fylke 1B")


def test_an_organisation_unseated_while_its_note_is_typed_stays_the_notes(
    page: Page, live_server: LiveServer, settings: Settings
) -> None:
    # The poll took the organisation out of the list, and the browser chose another: the note was saved
    # as said by an organisation that never said it.
    settings.TABLE_POLL_SECONDS = 1
    workshop = build_workshop(slug="avsetet", tables=1)
    table = workshop.tables.get()
    page.goto(live_server.url + table.get_absolute_url())
    form = page.locator("#compose")
    form.locator("select[name=organisation]").select_option(label="Fylke 1A")
    form.locator("textarea").fill("Sagt av Fylke 1A")

    table.organisations.remove(Organisation.objects.get(name="Fylke 1A"))
    expect(page.locator("#seated")).not_to_contain_text("Fylke 1A")
    expect(form.locator("select[name=organisation] option:checked")).to_have_text("Fylke 1A")
    form.locator("button[type=submit]").click()
    expect(page.locator("#sync-status")).to_have_text("Alle notatene er lagret.")
    assert Note.objects.get().organisation.name == "Fylke 1A"  # type: ignore[union-attr]


PHONE_VIEWPORT = {"width": 390, "height": 844}


def page_is_wider_than_the_screen(page: Page) -> bool:
    """Asked until the page fits (its layout can still be settling after a click or a swap)."""
    return not holds(page, "() => document.documentElement.scrollWidth <= window.innerWidth")


def test_the_table_page_fits_a_phone_with_a_long_question_and_an_unbroken_word(
    another_page: Any, live_server: LiveServer
) -> None:
    workshop = build_workshop(slug="telefon", tables=1)
    question = Question.objects.filter(round=workshop.current_round).order_by("order").first()
    assert question is not None
    question.text = (
        "Hvordan kan kommunene, fylkeskommunen og de statlige aktørene samordne arbeidet med kvalifisering "
        "av nyankomne flyktninger slik at flere kommer raskt i arbeid?"
    )
    question.save()
    table = workshop.tables.get()
    Note.objects.create(
        workshop=workshop, table=table, round=workshop.current_round, text="Se https://" + "langadresse" * 12
    )
    phone = another_page(viewport=PHONE_VIEWPORT)
    phone.goto(live_server.url + table.get_absolute_url())
    expect(phone.locator("#notes li.note")).to_have_count(1)

    # The list's status is out of sight under the form: what happened shows under the text too.
    phone.locator("#compose textarea").fill("Et notat fra telefonen")
    phone.locator("#compose button[type=submit]").click()
    expect(phone.locator("#compose-status")).to_have_text("Alle notatene er lagret.")
    expect(phone.locator("#compose-status")).to_be_in_viewport()
    expect(phone.locator("#notes li.note")).to_have_count(2)

    assert not page_is_wider_than_the_screen(phone)
    phone.locator("#notes li.note .edit-link").first.click()
    expect(phone.locator("#notes li.note textarea:not(.source)")).to_be_visible()
    assert not page_is_wider_than_the_screen(phone)


def test_on_a_phone_the_note_box_shows_on_the_first_screen_under_a_round_as_long_as_the_demos(
    another_page: Any, live_server: LiveServer
) -> None:
    """The seed's first round: a long title, its method in words and three questions."""
    workshop = build_workshop(slug="forste-skjerm", tables=1)
    workshop.title = "Arbeidsverksted om fylkeskommunens arbeid med inkludering"
    workshop.save()
    round_ = workshop.current_round
    assert round_ is not None
    round_.title = "Hvordan ser vi vårt arbeid opp mot regionen sitt behov for folk og arbeidskraft?"
    round_.method = "Erfaringsdeling. Runde rundt bordet. 3 min per person. Etterfulgt av refleksjon og spørsmål."
    round_.save()
    texts = [
        "Hva gjør vi for at innvandrere i større grad får brukt sine ressurser?",
        "Har vi oppmerksomheten på innvandrere generelt eller kun nyankomne flyktninger?",
        "Hvordan samarbeider vi? (internt og eksternt)",
    ]
    for question, text in zip(round_.questions.order_by("order"), texts, strict=False):
        question.text = text
        question.save()
    Question.objects.create(round=round_, order=3, text=texts[2])
    phone = another_page(viewport=PHONE_VIEWPORT)
    phone.goto(live_server.url + workshop.tables.get().get_absolute_url())

    box = phone.locator("#compose textarea").bounding_box()
    assert box is not None and box["y"] + 40 <= PHONE_VIEWPORT["height"], box


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_every_public_page_fits_a_phone_in_every_language(
    another_page: Any, live_server: LiveServer, language: str
) -> None:
    workshop = build_workshop(slug="sprak", tables=1)
    phone = another_page(viewport=PHONE_VIEWPORT)
    phone.context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
    for address in ("/", "/bord/", workshop.tables.get().get_absolute_url()):
        phone.goto(live_server.url + address)
        expect(phone.locator("html")).to_have_attribute("lang", language)
        assert not page_is_wider_than_the_screen(phone), address


def test_editing_a_note_keeps_who_said_it_after_they_left_the_table(page: Page, live_server: LiveServer) -> None:
    # The editor offered only those seated: its select showed nothing, and saving dropped "Said by" unseen.
    workshop = build_workshop(slug="flyttet", tables=1)
    seated = workshop.tables.get()
    said_by = seated.organisations.order_by("name").first()
    assert said_by is not None
    note = Note.objects.create(
        workshop=workshop, table=seated, round=workshop.current_round, organisation=said_by, text="Før endringen",
    )
    seated.organisations.remove(said_by)

    page.goto(live_server.url + seated.get_absolute_url())
    item = page.locator(f"#note-{note.pk}")
    item.get_by_role("link", name=re.compile("Endre")).click()
    editor = page.locator("#notes li.editing")
    expect(editor.locator("select[name$='-organisation'] option:checked")).to_have_text(said_by.name)
    editor.locator("textarea").fill("Etter endringen")
    editor.locator("button[type=submit]").click()
    expect(page.locator("#sync-status")).to_have_text("Alle notatene er lagret.")
    note.refresh_from_db()
    assert (note.text, note.organisation) == ("Etter endringen", said_by)
