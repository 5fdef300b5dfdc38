"""The core loop in real Chromium: a host writes, the facilitator follows and compiles, a reader reads."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from groups.models import Note
from tests.factories import build_workshop
from workshop.models import Workshop

pytestmark = pytest.mark.django_db(transaction=True)


def join_table(page: Page, base: str, code: str) -> None:
    page.goto(f"{base}/bord/")
    page.locator("#id_code").fill(code.lower())
    page.locator("form.join button[type=submit]").click()
    expect(page.locator("h1")).to_have_text("Gruppe 1")


SAVED = "Alle notatene er lagret."


def add_note(page: Page, text: str, *, question: str = "", organisation: str = "", kind: str = "") -> None:
    form = page.locator("#compose")
    form.locator("textarea").fill(text)
    if question:
        form.locator("select[name=question]").select_option(label=question)
    if organisation:
        form.locator("select[name=organisation]").select_option(label=organisation)
    if kind:
        form.locator("select[name=kind]").select_option(label=kind)
    form.locator("button[type=submit]").click()
    expect(page.locator("#notes")).to_contain_text(text)
    # The form is fresh and empty for the next note.
    expect(page.locator("#compose textarea")).to_have_value("")
    # The list shows a note as soon as it is queued; the status says when the server has it.
    expect(page.locator("#sync-status")).to_have_text(SAVED)


def log_in(page: Page, base: str, next_url: str) -> None:
    page.goto(f"{base}/admin/login/?next={next_url}")
    page.locator("#id_username").fill("fasilitator")
    page.locator("#id_password").fill("hemmelig-passord")
    page.locator("input[type=submit], button[type=submit]").last.click()
    # Until the page asked for has loaded, its stylesheet too: a test measuring its layout straight after
    # measured it unstyled on a busy machine (3089 px wide instead of 1280).
    page.wait_for_url(lambda url: "/admin/login/" not in url)


def test_host_notes_reach_the_facilitator_and_the_published_report(
    page: Page, another_page: Any, live_server: LiveServer, settings: Any
) -> None:
    settings.LIVE_POLL_SECONDS = 1
    workshop = build_workshop(slug="e2e", tables=2)
    User.objects.create_user("fasilitator", password="hemmelig-passord", is_staff=True, is_superuser=True)
    table = workshop.tables.get(number=1)
    base = live_server.url

    # The host joins by code and writes, all without a page load.
    join_table(page, base, table.join_code)
    page.evaluate("window.__sameDocument = true")
    add_note(page, "Vi må samarbeide bedre på tvers", question="Spørsmål 1.1",
             organisation="Fylke 1A", kind="Godt råd")
    # The choices stay for the next note: this one answers the round as a whole.
    add_note(page, "Et notat om hele runden", question="Runden som helhet", organisation="Ikke oppgitt", kind="Notat")
    add_note(page, "Skrivefeil her")
    add_note(page, "Dette skal bort")

    note = page.locator("#notes li", has_text="Skrivefeil her")
    note.get_by_role("link", name=re.compile("Endre")).click()
    editing = page.locator("#notes li.editing")
    editing.locator("textarea").fill("Rettet skrivefeil")
    editing.locator("button[type=submit]").click()
    expect(page.locator("#notes")).to_contain_text("Rettet skrivefeil")
    expect(page.locator("#notes")).not_to_contain_text("Skrivefeil her")

    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("#notes li", has_text="Dette skal bort").get_by_role(
        "button", name=re.compile("^Slett")
    ).click()
    expect(page.locator("#notes")).not_to_contain_text("Dette skal bort")
    assert page.evaluate("window.__sameDocument") is True
    expect(page.locator("#sync-status")).to_have_text(SAVED)

    saved = Note.objects.get(text="Vi må samarbeide bedre på tvers")
    assert (saved.question.text, saved.organisation.name, saved.kind) == ("Spørsmål 1.1", "Fylke 1A", "advice")
    assert Note.objects.get(text="Et notat om hele runden").question is None
    assert set(Note.objects.values_list("text", flat=True)) == {
        "Vi må samarbeide bedre på tvers", "Et notat om hele runden", "Rettet skrivefeil",
    }

    # The facilitator sees them live, and a new one arrives without a reload.
    facilitator = another_page(viewport={"width": 1280, "height": 900})
    log_in(facilitator, base, f"/fasilitator/{workshop.slug}/")
    tables = facilitator.locator("#live-tables")
    expect(tables).to_contain_text("Vi må samarbeide bedre på tvers")
    add_note(page, "Kom inn mens fasilitator så på")
    expect(tables).to_contain_text("Kom inn mens fasilitator så på", timeout=10_000)

    compile_and_publish(facilitator, base, workshop)

    # An anonymous reader finds the notes in the report, under their question and table.
    reader = another_page()
    reader.goto(f"{base}/rapport/{workshop.slug}/")
    question = reader.locator("section.question", has_text="Spørsmål 1.1")
    expect(question).to_contain_text("Bordene ønsker tettere samarbeid.")
    expect(question).to_contain_text("Gruppe 1")
    expect(question).to_contain_text("Fylke 1A: Vi må samarbeide bedre på tvers")


def compile_and_publish(page: Page, base: str, workshop: Workshop) -> None:
    question = workshop.rounds.get(number=1).questions.get(order=1)
    page.goto(f"{base}/fasilitator/{workshop.slug}/sammenstill/sporsmal/{question.pk}/")
    expect(page.locator("body")).to_contain_text("Vi må samarbeide bedre på tvers")
    page.locator("textarea[name=summary]").fill("Bordene ønsker tettere samarbeid.")
    page.locator("#compile-form button[type=submit]").first.click()
    # Saved with htmx: the page says so before the next address is opened (a goto cancels a save on its way).
    saved = page.locator("#compile-form .actions [role=status]")
    expect(saved).to_have_text("Sammendraget og høydepunktene er lagret.")
    expect(page.locator("textarea[name=summary]")).to_have_value("Bordene ønsker tettere samarbeid.")
    page.goto(f"{base}/fasilitator/{workshop.slug}/sammenstill/")
    page.locator("form[action$='/publiser/'] button[type=submit]").click()
    # The day is still running and summaries are missing: the page asks first.
    expect(page.locator("h1")).to_have_text("Publisere rapporten?")
    page.get_by_role("button", name="Ja, avslutt dagen og publiser").click()
    expect(page.locator("body")).to_contain_text("Rapporten er publisert")
    workshop.refresh_from_db()
    assert workshop.status == Workshop.Status.PUBLISHED


def test_host_page_works_without_javascript(another_page: Any, live_server: LiveServer) -> None:
    workshop = build_workshop(slug="uten-js", tables=1)
    page = another_page(java_script_enabled=False)
    join_table(page, live_server.url, workshop.tables.get().join_code)

    for text in ("Første notat", "Andre notat"):
        page.locator("#compose textarea").fill(text)
        page.locator("#compose button[type=submit]").click()
        expect(page.locator(".messages")).to_contain_text("Notatet er lagret.")
    page.locator("#notes li", has_text="Andre notat").get_by_role("button", name=re.compile("Flytt opp")).click()
    expect(page.locator("#notes li").first).to_contain_text("Andre notat")

    page.locator("#notes li", has_text="Første notat").get_by_role("link", name=re.compile("Endre")).click()
    page.locator("#notes li.editing textarea").fill("Første notat, endret")
    page.locator("#notes li.editing button[type=submit]").click()
    expect(page.locator("#notes")).to_contain_text("Første notat, endret")

    page.locator("#notes li", has_text="Andre notat").get_by_role("button", name="Delt i plenum").click()
    page.locator("#notes li", has_text="Første notat").get_by_role("button", name=re.compile("^Slett")).click()
    expect(page.locator("#notes")).not_to_contain_text("Første notat")
    expect(page.locator("#sync-status")).to_have_text(SAVED)
    assert list(Note.objects.values_list("text", "shared_in_plenum")) == [("Andre notat", True)]


def test_keyboard_focus_stays_with_the_note_a_host_moves_and_deletes(page: Page, live_server: LiveServer) -> None:
    workshop = build_workshop(slug="tastatur", tables=1)
    page.goto(live_server.url + workshop.tables.get().get_absolute_url())
    for text in ("Første notat", "Andre notat", "Tredje notat"):
        add_note(page, text)
    third = Note.objects.get(text="Tredje notat")
    notes = page.locator("#notes li.note")
    note = page.locator(f"#note-{third.pk}")
    up = note.get_by_role("button", name=re.compile("^Flytt opp"))
    edit = note.get_by_role("link", name=re.compile("^Endre"))

    up.focus()
    page.keyboard.press("Enter")
    expect(notes.nth(1)).to_contain_text("Tredje notat")
    expect(up).to_be_focused()  # press again to move it further

    page.keyboard.press("Enter")
    expect(notes.first).to_contain_text("Tredje notat")
    # The first note has no ↑: focus stays on the note, not back at the start of the page.
    expect(edit).to_be_focused()

    page.once("dialog", lambda dialog: dialog.accept())
    note.get_by_role("button", name=re.compile("^Slett")).focus()
    page.keyboard.press("Enter")
    expect(page.locator(f"#deleted-{third.pk}").get_by_role("button", name=re.compile("^Angre"))).to_be_focused()
    page.keyboard.press("Enter")
    expect(notes.first).to_contain_text("Tredje notat")
    expect(edit).to_be_focused()


def test_escape_closes_a_notes_editor_unsaved_and_focus_returns_to_its_edit(
    page: Page, live_server: LiveServer
) -> None:
    workshop = build_workshop(slug="escape", tables=1)
    page.goto(live_server.url + workshop.tables.get().get_absolute_url())
    add_note(page, "Slik det står")
    note = Note.objects.get(text="Slik det står")

    edit = page.locator(f"#note-{note.pk}").get_by_role("link", name=re.compile("^Endre"))
    hint = page.locator(".paused-hint")
    expect(hint).to_be_hidden()
    edit.click()
    editor = page.locator("#notes li.editing textarea")
    expect(editor).to_be_focused()
    # The list stops taking the other devices' notes while a note is open: the page says so.
    expect(hint).to_be_visible()
    expect(hint).to_have_text("Mens du endrer et notat, venter listen med å vise nye notater fra andre enheter.")
    editor.fill("Noe annet")
    page.keyboard.press("Escape")

    expect(page.locator("#notes li.editing")).to_have_count(0)
    expect(hint).to_be_hidden()
    expect(page.locator(f"#note-{note.pk}")).to_contain_text("Slik det står")
    expect(edit).to_be_focused()
    page.wait_for_timeout(300)
    assert Note.objects.get(pk=note.pk).text == "Slik det står"


def test_ctrl_enter_saves_a_new_note_and_a_changed_one_from_the_keyboard(page: Page, live_server: LiveServer) -> None:
    workshop = build_workshop(slug="tastatur", tables=1)
    page.goto(live_server.url + workshop.tables.get().get_absolute_url())
    compose = page.locator("#compose textarea")
    compose.fill("Skrevet uten mus")
    compose.press("Control+Enter")

    expect(page.locator("#notes")).to_contain_text("Skrevet uten mus")
    expect(compose).to_have_value("")
    expect(compose).to_be_focused()
    # The list shows a note as soon as it is queued; the status says when the server has it.
    expect(page.locator("#sync-status")).to_have_text(SAVED)
    note = Note.objects.get(text="Skrevet uten mus")
    page.locator(f"#note-{note.pk}").get_by_role("link", name=re.compile("^Endre")).click()
    editor = page.locator("#notes li.editing textarea")
    editor.fill("Endret uten mus")
    editor.press("Control+Enter")

    expect(page.locator(f"#note-{note.pk}")).to_contain_text("Endret uten mus")
    expect(page.locator("#notes li.editing")).to_have_count(0)
    expect(page.locator("#sync-status")).to_have_text(SAVED)
    assert list(Note.objects.values_list("text", flat=True)) == ["Endret uten mus"]


def test_an_editor_the_server_opened_saves_through_the_queue_without_a_script_error(
    page: Page, live_server: LiveServer
) -> None:
    """The edit address opens the page with the note's form already open (a link followed, a reload):
    saved from there, the note waits in a placeholder of its own until the list catches up."""
    workshop = build_workshop(slug="apen-redigering", tables=1)
    board = workshop.tables.get().get_absolute_url()
    page.goto(live_server.url + board)
    add_note(page, "Før endringen")
    note = Note.objects.get(text="Før endringen")
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(f"{live_server.url}{board}notater/{note.pk}/endre/")
    editor = page.locator("#notes li.editing textarea")
    editor.fill("Etter endringen")
    page.locator("#notes li.editing button[type=submit]").click()

    expect(page.locator(f"#note-{note.pk}")).to_contain_text("Etter endringen")
    expect(page.locator("#sync-status")).to_have_text(SAVED)
    assert Note.objects.get(pk=note.pk).text == "Etter endringen"
    assert errors == []
