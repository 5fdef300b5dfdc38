"""Notes that survive the venue, in real Chromium: offline, reloads, two devices, undo."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import BrowserContext, Page, expect
from pytest_django.live_server_helper import LiveServer

from groups.models import Note, NoteChange
from tests.e2e.network import Network
from tests.e2e.test_accessibility import serious_violations
from tests.factories import build_workshop
from workshop.models import Question, Workshop

pytestmark = pytest.mark.django_db(transaction=True)

SAVED = "Alle notatene er lagret."


def write(page: Page, text: str) -> None:
    page.locator("#compose textarea").fill(text)
    page.locator("#compose button[type=submit]").click()


def saved_note(page: Page, text: str) -> None:
    write(page, text)
    expect(page.locator("#notes")).to_contain_text(text)
    expect(page.locator("#sync-status")).to_have_text(SAVED)


@pytest.fixture
def network(live_server: LiveServer) -> Any:
    network = Network(live_server.url)
    yield network
    network.close()


def wait_for_cached_copy_with(page: Page, text: str) -> None:
    read_copy = """() => caches.open('bordnotat-pages')
        .then((cache) => cache.match(location.pathname))
        .then((copy) => (copy ? copy.text() : ''))"""
    for _ in range(100):
        if text in page.evaluate(read_copy):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"the service worker's copy of the page never had {text!r}")


def test_offline_changes_survive_a_reload_and_reach_the_server_once_in_order(
    page: Page, context: BrowserContext, network: Network
) -> None:
    table = build_workshop(slug="offline", tables=1).tables.get()
    page.goto(network.url + table.get_absolute_url())
    saved_note(page, "Skrevet før nettet falt")
    # The service worker keeps a copy of the page for a reload without network.
    page.wait_for_function("navigator.serviceWorker && navigator.serviceWorker.controller !== null")
    # The copy is refreshed after each save: wait for the one that has the note in it.
    wait_for_cached_copy_with(page, "Skrevet før nettet falt")

    # The venue's Wi-Fi goes: the tablet knows it (offline), and nothing gets through (the cut).
    network.cut()
    context.set_offline(True)
    for text in ("Offline én", "Offline to", "Offline tre"):
        write(page, text)
        expect(page.locator("#pending")).to_contain_text(text)
    older = page.locator("#notes li", has_text="Skrevet før nettet falt")
    older.get_by_role("link", name=re.compile("Endre")).click()
    page.locator("#notes li.editing textarea").fill("Skrevet før nettet falt, endret offline")
    page.locator("#notes li.editing button[type=submit]").click()
    expect(page.locator("#sync-status")).to_contain_text("Venter på nett: 4")
    assert list(Note.objects.values_list("text", flat=True)) == ["Skrevet før nettet falt"]

    page.reload()
    expect(page.locator("#pending li")).to_have_count(4)
    expect(page.locator("#notes")).to_contain_text("endret offline")
    expect(page.locator("#sync-status")).to_contain_text("Venter på nett: 4")
    assert serious_violations(page) == []
    assert Note.objects.count() == 1

    network.restore()
    context.set_offline(False)
    expect(page.locator("#sync-status")).to_have_text(SAVED, timeout=20_000)
    expect(page.locator("#pending li")).to_have_count(0)
    expect(page.locator("#notes")).to_contain_text("Offline tre")

    assert Note.everything.count() == 4
    assert sorted(Note.objects.values_list("text", flat=True)) == sorted([
        "Skrevet før nettet falt, endret offline", "Offline én", "Offline to", "Offline tre",
    ])
    changes = list(NoteChange.objects.order_by("at", "pk").values_list("action", "text"))
    assert changes == [
        ("create", "Skrevet før nettet falt"),
        ("create", "Offline én"),
        ("create", "Offline to"),
        ("create", "Offline tre"),
        ("edit", "Skrevet før nettet falt, endret offline"),
    ]


def test_two_devices_at_one_table_see_each_other_and_never_overwrite(
    page: Page, another_page: Any, live_server: LiveServer, settings: Any
) -> None:
    settings.TABLE_POLL_SECONDS = 1
    table = build_workshop(slug="to-enheter", tables=1).tables.get()
    url = live_server.url + table.get_absolute_url()
    first = page
    second = another_page()
    first.goto(url)
    second.goto(url)

    saved_note(first, "Skrevet på nettbrett A")
    expect(second.locator("#notes")).to_contain_text("Skrevet på nettbrett A", timeout=10_000)

    for device in (first, second):
        device.locator("#notes li", has_text="Skrevet på nettbrett A").get_by_role(
            "link", name=re.compile("Endre")
        ).click()
    first.locator("#notes li.editing textarea").fill("A sin versjon")
    first.locator("#notes li.editing button[type=submit]").click()
    expect(first.locator("#sync-status")).to_have_text(SAVED)
    expect(first.locator("#notes")).to_contain_text("A sin versjon")

    second.locator("#notes li.editing textarea").fill("B sin versjon")
    second.locator("#notes li.editing button[type=submit]").click()
    conflict = second.locator("#notes li.conflict")
    expect(conflict).to_contain_text("Noen andre endret dette notatet")
    expect(conflict.locator(".mine")).to_have_text("B sin versjon")
    expect(conflict.locator(".theirs")).to_have_text("A sin versjon")
    assert serious_violations(second) == []
    assert Note.objects.get().text == "A sin versjon"

    conflict.get_by_role("button", name="Behold begge").click()
    expect(second.locator("#sync-status")).to_have_text(SAVED)
    expect(second.locator("#notes")).to_contain_text("A sin versjon")
    expect(second.locator("#notes")).to_contain_text("B sin versjon")
    assert sorted(Note.objects.values_list("text", flat=True)) == ["A sin versjon", "B sin versjon"]
    expect(first.locator("#notes")).to_contain_text("B sin versjon", timeout=10_000)


def test_a_deleted_note_is_undone(page: Page, live_server: LiveServer) -> None:
    table = build_workshop(slug="angre", tables=1).tables.get()
    page.goto(live_server.url + table.get_absolute_url())
    saved_note(page, "Slettet ved et uhell")
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("#notes li", has_text="Slettet ved et uhell").get_by_role("button", name=re.compile("^Slett")).click()
    expect(page.locator("#notes")).not_to_contain_text("Slettet ved et uhell")
    deleted = page.locator("#deleted li", has_text="Slettet ved et uhell")
    expect(deleted).to_be_visible()
    deleted.get_by_role("button", name=re.compile("Angre")).click()
    expect(page.locator("#notes")).to_contain_text("Slettet ved et uhell")
    expect(page.locator("#deleted")).to_have_count(0)
    expect(page.locator("#sync-status")).to_have_text(SAVED)
    assert Note.objects.get().text == "Slettet ved et uhell"
    assert list(NoteChange.objects.values_list("action", flat=True)) == ["create", "delete", "restore"]


def test_the_next_round_and_the_timer_reach_the_table_without_a_reload(
    page: Page, live_server: LiveServer, settings: Any
) -> None:
    settings.TABLE_POLL_SECONDS = 1
    workshop = build_workshop(slug="ny-runde", tables=1)
    page.goto(live_server.url + workshop.tables.get().get_absolute_url())
    page.evaluate("window.__sameDocument = true")
    page.locator("#compose textarea").fill("Halvferdig tanke")

    workshop.start_timer("")
    expect(page.locator("#phase")).to_contain_text("Individuelt", timeout=10_000)
    workshop.advance_round(workshop.current_round_id)
    expect(page.locator("#round-title")).to_contain_text("Runde 2", timeout=10_000)
    expect(page.locator("#compose select[name=question]")).to_contain_text("Spørsmål 2.1")
    expect(page.locator("#compose textarea")).to_have_value("Halvferdig tanke")
    assert page.evaluate("window.__sameDocument") is True
    # The copy for a reload without network is the new round's (it was round 1's until the next save).
    wait_for_cached_copy_with(page, "Runde 2: Runde 2")
    # Begun in round 1, it is saved there; emptied, the note box is round 2's.
    expect(page.locator("#compose-earlier")).to_contain_text("Runde 1")
    page.locator("#compose textarea").fill("")
    expect(page.locator("#compose-earlier")).to_be_hidden()
    write(page, "Skrevet i runde 2")
    expect(page.locator("#sync-status")).to_have_text(SAVED)
    assert Note.objects.get().round.number == 2


def test_a_note_begun_before_the_next_round_started_is_saved_in_its_own_round_and_question(
    page: Page, live_server: LiveServer, settings: Any
) -> None:
    # Before, the half-written note came back in round 2's form and was saved in round 2, as an
    # answer to the round as a whole: the last point of round 1, typed as round 2 began, was mis-filed.
    settings.TABLE_POLL_SECONDS = 1
    workshop = build_workshop(slug="ny-runde", tables=1)
    first = workshop.current_round
    page.goto(live_server.url + workshop.tables.get().get_absolute_url())
    page.locator("#compose select[name=question]").select_option(label="Spørsmål 1.2")
    page.locator("#compose select[name=organisation]").select_option(label="Fylke 1B")
    page.locator("#compose textarea").fill("Siste poeng fra runde 1")

    workshop.advance_round(first.pk)
    expect(page.locator("#round-title")).to_contain_text("Runde 2", timeout=10_000)
    expect(page.locator("#compose textarea")).to_have_value("Siste poeng fra runde 1")
    expect(page.locator("#compose-earlier")).to_have_text(
        "Påbegynt før runden skiftet, og lagres der: Runde 1: Runde 1 \N{EN DASH} Spørsmål 1.2"
    )
    chosen = page.locator("#compose select[name=question] option:checked")
    expect(chosen).to_have_text("Spørsmål 1.2")
    # A poll that brings the round's choices again (here: the timer started) keeps the note's question.
    workshop.start_timer("")
    expect(page.locator("#phase")).to_contain_text("Individuelt", timeout=10_000)
    page.wait_for_timeout(1500)
    expect(chosen).to_have_text("Spørsmål 1.2")
    page.locator("#compose button[type=submit]").click()
    expect(page.locator("#sync-status")).to_have_text(SAVED)
    expect(page.locator("#compose-earlier")).to_be_hidden()
    # The list shows round 2: the host is told where the note went, as it does not appear.
    expect(page.locator("#saved-elsewhere")).to_have_text(
        "Notatet er lagret i runde 1, «Runde 1», der det ble påbegynt. Denne lista viser runden nå."
    )
    # The next note is round 2's.
    write(page, "Første poeng i runde 2")
    expect(page.locator("#sync-status")).to_have_text(SAVED)
    expect(page.locator("#saved-elsewhere")).to_be_hidden()
    assert [(note.text, note.round.number, note.question.text if note.question else None, str(note.organisation))
            for note in Note.objects.select_related("round", "question", "organisation").order_by("pk")] == [
        ("Siste poeng fra runde 1", 1, "Spørsmål 1.2", "Fylke 1B"),
        ("Første poeng i runde 2", 2, None, "Fylke 1B"),
    ]
    assert serious_violations(page) == []


def test_a_note_begun_before_the_round_changed_keeps_a_new_organisation_over_a_reload_and_the_next_note_is_the_rounds(
    page: Page, live_server: LiveServer, settings: Any
) -> None:
    # The organisation chosen after the round changed went back to the one chosen before, after a reload;
    # and the next note in a one-question round went to the round as a whole, not its question.
    settings.TABLE_POLL_SECONDS = 1
    workshop = build_workshop(slug="ny-runde", tables=1)
    Question.objects.filter(round__number=2, order=2).delete()
    page.goto(live_server.url + workshop.tables.get().get_absolute_url())
    compose = page.locator("#compose")
    compose.locator("select[name=question]").select_option(label="Spørsmål 1.1")
    compose.locator("select[name=organisation]").select_option(label="Fylke 1A")
    compose.locator("textarea").fill("Begynt i runde 1")
    workshop.advance_round(workshop.current_round_id)
    expect(page.locator("#compose-earlier")).to_be_visible(timeout=10_000)
    compose.locator("select[name=organisation]").select_option(label="Fylke 1B")
    page.reload()
    expect(page.locator("#compose-earlier")).to_be_visible()
    expect(compose.locator("select[name=organisation] option:checked")).to_have_text("Fylke 1B")
    compose.locator("button[type=submit]").click()
    expect(page.locator("#sync-status")).to_have_text(SAVED)
    page.wait_for_timeout(1500)  # a poll sends the round's choices again
    write(page, "Svar i runde 2")
    expect(page.locator("#sync-status")).to_have_text(SAVED)
    assert [(note.text, note.round.number, note.question.text if note.question else None, str(note.organisation))
            for note in Note.objects.select_related("round", "question", "organisation").order_by("pk")] == [
        ("Begynt i runde 1", 1, "Spørsmål 1.1", "Fylke 1B"),
        ("Svar i runde 2", 2, "Spørsmål 2.1", "Fylke 1B"),
    ]


def test_in_private_mode_the_text_being_typed_stays_when_the_round_changes(
    page: Page, live_server: LiveServer, settings: Any
) -> None:
    # Without storage the text lived only in the form, which the next round replaced.
    settings.TABLE_POLL_SECONDS = 1
    page.add_init_script("Storage.prototype.setItem = () => { throw new Error('private mode'); }")
    workshop = build_workshop(slug="privat", tables=1)
    page.goto(live_server.url + workshop.tables.get().get_absolute_url())
    page.locator("#compose textarea").fill("Skrevet i privat modus")
    workshop.advance_round(workshop.current_round_id)
    expect(page.locator("#round-title")).to_contain_text("Runde 2", timeout=10_000)
    expect(page.locator("#compose textarea")).to_have_value("Skrevet i privat modus")
    assert workshop.end_day()
    expect(page.locator("#unsaved-draft blockquote")).to_have_text("Skrevet i privat modus", timeout=10_000)


def test_a_note_being_typed_when_the_day_ends_is_shown_to_copy_not_lost_from_sight(
    page: Page, live_server: LiveServer, settings: Any
) -> None:
    # Before, the form went at the next poll and the typed text with it, under "All notes are saved."
    settings.TABLE_POLL_SECONDS = 1
    workshop = build_workshop(slug="slutt", tables=1)
    page.goto(live_server.url + workshop.tables.get().get_absolute_url())
    page.locator("#compose textarea").fill("Viktigste: en felles handlingsplan\nmed frister")

    assert workshop.end_day()
    expect(page.locator("#compose")).to_have_count(0, timeout=10_000)
    unsaved = page.locator("#unsaved-draft")
    expect(unsaved).to_contain_text("Dette notatet ble ikke lagret før dagen ble avsluttet.")
    expect(unsaved.locator("blockquote")).to_have_text("Viktigste: en felles handlingsplan\nmed frister")
    assert serious_violations(page) == []


def test_an_edit_begun_before_the_day_ended_is_saved_when_it_is_finished_after(
    page: Page, live_server: LiveServer
) -> None:
    # The edit counted as made when it was saved: ended minutes before, the day refused it (403), and
    # "Try again" could never succeed.
    workshop = build_workshop(slug="sen-endring", tables=1)
    table = workshop.tables.get()
    note = Note.objects.create(workshop=workshop, table=table, round=workshop.current_round, text="Før slutt")
    # The tablet's clock is ten minutes behind the server's, and runs.
    page.clock.install(time=timezone.now() - datetime.timedelta(minutes=10))
    page.goto(live_server.url + table.get_absolute_url())
    page.locator(f"#note-{note.pk}").get_by_role("link", name=re.compile("^Endre")).click()
    page.locator("#notes li.editing textarea").fill("Endret før slutt, lagret etter")

    assert workshop.end_day()
    ended = timezone.now() - datetime.timedelta(minutes=5)  # five minutes ago, by the server's clock
    Workshop.objects.filter(pk=workshop.pk).update(closed_at=ended)
    page.clock.fast_forward("08:00")  # the host types on for eight minutes
    page.locator("#notes li.editing button[type=submit]").click()

    expect(page.locator("#sync-status")).to_have_text(SAVED)
    assert Note.objects.get(pk=note.pk).text == "Endret før slutt, lagret etter"


def test_a_note_written_offline_reaches_its_own_round_after_the_day_moved_on(
    page: Page, context: BrowserContext, network: Network
) -> None:
    # Before, the note tied to a question was refused for good once it arrived in the next round
    # (422, "not one of the available choices"), and one for the round as a whole went to round 2.
    workshop = build_workshop(slug="offline-runde", tables=1)
    first = workshop.current_round
    page.goto(network.url + workshop.tables.get().get_absolute_url())
    saved_note(page, "Før nettet falt")

    network.cut()
    context.set_offline(True)
    page.locator("#compose select[name=question]").select_option(label="Spørsmål 1.2")
    write(page, "Svar på 1.2, skrevet offline")
    page.locator("#compose select[name=question]").select_option(label="Runden som helhet")
    write(page, "Om hele runden, skrevet offline")
    expect(page.locator("#sync-status")).to_contain_text("Venter på nett: 2")
    assert workshop.advance_round(first.pk)

    network.restore()
    context.set_offline(False)
    expect(page.locator("#sync-status")).to_have_text(SAVED, timeout=20_000)
    assert {(note.text, note.round_id, note.question.text if note.question else None)
            for note in Note.objects.select_related("question")} == {
        ("Før nettet falt", first.pk, None),
        ("Svar på 1.2, skrevet offline", first.pk, "Spørsmål 1.2"),
        ("Om hele runden, skrevet offline", first.pk, None),
    }


def test_a_note_written_offline_before_the_day_ended_is_saved_when_the_tablet_comes_back(
    page: Page, context: BrowserContext, network: Network
) -> None:
    # It was refused (403) once it arrived: "Try again" failed for ever, and the host could only discard it.
    workshop = build_workshop(slug="offline-slutt", tables=1)
    page.goto(network.url + workshop.tables.get().get_absolute_url())
    saved_note(page, "Før nettet falt")

    network.cut()
    context.set_offline(True)
    write(page, "Siste notat, skrevet offline")
    expect(page.locator("#sync-status")).to_contain_text("Venter på nett: 1")
    assert workshop.end_day()

    network.restore()
    context.set_offline(False)
    expect(page.locator("#sync-status")).to_have_text(SAVED, timeout=20_000)
    assert sorted(Note.objects.values_list("text", flat=True)) == ["Før nettet falt", "Siste notat, skrevet offline"]


def test_an_edit_the_server_refuses_leaves_the_note_as_saved_not_its_refused_text(
    page: Page, live_server: LiveServer
) -> None:
    # The note showed the refused text marked "Saved", after the refusal and after discarding it, until a reload.
    table = build_workshop(slug="avvist-endring", tables=1).tables.get()
    page.goto(live_server.url + table.get_absolute_url())
    saved_note(page, "Opprinnelig tekst")
    note = page.locator("#notes li", has_text="Opprinnelig tekst")
    note_id = note.get_attribute("data-note-id")

    # Spaces only: refused where the host types, as a new note's are.
    note.get_by_role("link", name=re.compile("Endre")).click()
    page.locator("#notes li.editing textarea").fill("   ")
    page.locator("#notes li.editing button[type=submit]").click()
    expect(page.locator("#notes li.editing [role=alert]")).to_be_visible()
    expect(page.locator("#pending li")).to_have_count(0)

    # Zero-width spaces look like text to the page; the server refuses them.
    page.locator("#notes li.editing textarea").fill("\u200b\u200b")
    page.locator("#notes li.editing button[type=submit]").click()
    expect(page.locator("#pending li.failed")).to_have_count(1)
    shown = page.locator(f"#note-{note_id} .note-text")
    expect(shown).to_have_text("Opprinnelig tekst")
    page.locator("#pending li.failed").get_by_role("button", name="Forkast").click()
    expect(page.locator("#sync-status")).to_have_text(SAVED)
    expect(shown).to_have_text("Opprinnelig tekst")
    assert Note.objects.get().text == "Opprinnelig tekst"
