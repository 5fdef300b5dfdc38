"""The table page's promise under faults, in real Chromium: each case an outside test found.

The network is cut with Playwright's request routing (service workers blocked, so that every
request passes it): answers are refused, emptied or cut at chosen moments.
"""

from __future__ import annotations

import datetime
import re
import time
from typing import Any

import pytest
from django.db import transaction
from django.utils import timezone
from playwright.sync_api import Page, Route, expect
from pytest_django.live_server_helper import LiveServer

from groups.models import Actor, Note, NoteChange
from tests.e2e.test_offline import SAVED, saved_note
from tests.factories import build_workshop

pytestmark = pytest.mark.django_db(transaction=True)

NOTHING_SAVED = "Ingenting ble lagret"


@pytest.fixture
def host(another_page: Any, live_server: LiveServer) -> Page:
    table = build_workshop(slug="feil", tables=1).tables.get()
    page: Page = another_page(service_workers="block")
    page.goto(live_server.url + table.get_absolute_url())
    return page


def posts_refused(route: Route) -> None:
    if route.request.method == "POST":
        route.abort("internetdisconnected")
    else:
        route.continue_()


def back_online(page: Page) -> None:
    page.unroute("**/*")
    page.evaluate("window.dispatchEvent(new Event('online'))")


def edit(page: Page, old: str, new: str) -> None:
    page.locator("#notes li", has_text=old).get_by_role("link", name=re.compile("Endre")).click()
    page.locator("#notes li.editing textarea").fill(new)
    page.locator("#notes li.editing button[type=submit]").click()


def conflict_with_tablet_b(host: Page) -> None:
    """The host edits a note offline while tablet B saves its own edit of it; back online, a conflict."""
    saved_note(host, "Slik det var")
    host.route("**/*", posts_refused)
    edit(host, "Slik det var", "Min tekst fra nettbrett A")
    note = Note.objects.get()
    note.edit({"text": "Teksten fra nettbrett B"}, version=1, by=Actor(table=note.table))
    back_online(host)
    expect(host.locator("#notes li.conflict .mine")).to_have_text("Min tekst fra nettbrett A")


def test_a_conflict_waits_for_the_hosts_choice_through_a_reload(host: Page) -> None:
    conflict_with_tablet_b(host)
    host.reload()

    conflict = host.locator("#notes li.conflict")
    expect(conflict.locator(".mine")).to_have_text("Min tekst fra nettbrett A")
    expect(host.locator("#sync-status")).not_to_have_text(SAVED)
    conflict.get_by_role("button", name="Behold min tekst").click()
    expect(host.locator("#sync-status")).to_have_text(SAVED)
    assert Note.objects.get().text == "Min tekst fra nettbrett A"


def test_two_edits_of_one_note_made_offline_are_no_conflict_with_each_other(host: Page) -> None:
    saved_note(host, "Første utkast")
    host.route("**/*", posts_refused)
    edit(host, "Første utkast", "Andre utkast")
    edit(host, "Andre utkast", "Tredje utkast")

    back_online(host)

    expect(host.locator("#sync-status")).to_have_text(SAVED)
    expect(host.locator("#notes li.conflict")).to_have_count(0)
    note = Note.objects.get()
    assert (note.text, note.version) == ("Tredje utkast", 3)
    assert NoteChange.objects.filter(action="edit").count() == 2


def test_a_failed_list_refresh_after_a_save_never_says_nothing_was_saved(host: Page) -> None:
    def list_refused(route: Route) -> None:
        if route.request.method == "GET" and "round=" in route.request.url:
            route.abort("connectionreset")
        else:
            route.continue_()

    host.route("**/*", list_refused)
    host.locator("#compose textarea").fill("Lagret, selv om lista ikke kom")
    host.locator("#compose button[type=submit]").click()

    expect(host.locator("#sync-status")).to_have_text(SAVED)
    host.wait_for_timeout(1000)
    expect(host.get_by_text(NOTHING_SAVED)).to_have_count(0)
    assert Note.objects.get().text == "Lagret, selv om lista ikke kom"


def test_an_empty_answer_never_wipes_the_list(another_page: Any, live_server: LiveServer, settings: Any) -> None:
    settings.TABLE_POLL_SECONDS = 1
    table = build_workshop(slug="tomt-svar", tables=1).tables.get()
    page: Page = another_page(service_workers="block")
    page.goto(live_server.url + table.get_absolute_url())
    saved_note(page, "Et notat som skal bli stående")
    polls = re.compile(r".*\?round=.*")
    page.route(polls, lambda route: route.fulfill(status=200, body=""))
    note = Note.objects.get()
    Note.objects.create(workshop=note.workshop, table=note.table, round=note.round, text="Fra nettbrett B")

    page.wait_for_timeout(2500)  # two polls, both answered with nothing
    expect(page.locator("#notes")).to_contain_text("Et notat som skal bli stående")

    page.unroute(polls)
    expect(page.locator("#notes")).to_contain_text("Fra nettbrett B")


def test_with_no_storage_on_the_device_a_note_is_posted_as_a_plain_form_and_the_page_says_so(
    another_page: Any, live_server: LiveServer
) -> None:
    table = build_workshop(slug="privat", tables=1).tables.get()
    page: Page = another_page(service_workers="block")
    page.add_init_script("Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };")
    page.goto(live_server.url + table.get_absolute_url())
    expect(page.locator("#sync-status")).to_contain_text("kan ikke ta vare på endringer")

    page.locator("#compose textarea").fill("Skrevet i privat modus")
    page.locator("#compose button[type=submit]").click()

    expect(page.locator("#notes")).to_contain_text("Skrevet i privat modus")
    assert Note.objects.get().text == "Skrevet i privat modus"


def test_a_whitespace_note_is_refused_where_it_was_typed(host: Page) -> None:
    url = host.url
    host.locator("#compose textarea").fill("   ")
    host.locator("#compose button[type=submit]").click()

    expect(host.locator("#compose [role=alert]")).to_contain_text("Skriv noe i notatet")
    assert host.url == url
    assert Note.objects.count() == 0


def test_thirty_notes_typed_fast_arrive_once_each_in_order_on_the_second_device(
    another_page: Any, live_server: LiveServer, settings: Any
) -> None:
    settings.TABLE_POLL_SECONDS = 1
    table = build_workshop(slug="tretti", tables=1).tables.get()
    url = live_server.url + table.get_absolute_url()
    first: Page = another_page(service_workers="block")
    second: Page = another_page(service_workers="block")
    first.goto(url)
    second.goto(url)
    texts = [f"Notat {number:02d} fra en travel bordvert" for number in range(1, 31)]

    for text in texts:
        first.locator("#compose textarea").fill(text)
        first.locator("#compose button[type=submit]").click()

    expect(first.locator("#sync-status")).to_have_text(SAVED, timeout=30_000)
    expect(second.locator("#notes li[data-note-id]")).to_have_count(30, timeout=15_000)
    shown = [line.strip() for line in second.locator("#notes li[data-note-id] .note-text").all_inner_texts()]
    assert shown == texts
    assert list(Note.objects.order_by("position").values_list("text", flat=True)) == texts


def test_a_slow_edit_that_is_sent_again_is_applied_once_and_is_no_conflict(
    another_page: Any, live_server: LiveServer, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server takes longer than the page waits: the page resends while the first copy is
    still in its transaction. Both copies carry one request id; the resent one must wait for the
    first and find it done, not be refused as a conflict with itself."""
    settings.QUEUE_TIMEOUT_SECONDS = 1
    table = build_workshop(slug="treg", tables=1).tables.get()
    page: Page = another_page(service_workers="block")
    page.goto(live_server.url + table.get_absolute_url())
    saved_note(page, "Før den trege lagringen")
    original_edit = Note.edit
    slowed: list[bool] = []

    def slow_edit(self: Note, *args: Any, **kwargs: Any) -> bool:
        with transaction.atomic():
            applied = original_edit(self, *args, **kwargs)
            if not slowed:
                slowed.append(True)
                time.sleep(3)  # the first copy holds its transaction open: the page resends meanwhile
            return applied

    monkeypatch.setattr(Note, "edit", slow_edit)
    edit(page, "Før den trege lagringen", "Etter den trege lagringen")

    expect(page.locator("#sync-status")).to_have_text(SAVED, timeout=20_000)
    expect(page.locator("#notes li.conflict")).to_have_count(0)
    note = Note.objects.get()
    assert (note.text, note.version) == ("Etter den trege lagringen", 2)
    assert NoteChange.objects.filter(action="edit").count() == 1


def test_a_change_made_offline_is_dated_when_the_host_made_it_and_called_a_change(host: Page) -> None:
    saved_note(host, "Skrevet før nettet falt")
    host.route("**/*", posts_refused)
    # The edit is made between these two moments (a slow machine may take seconds over the clicks),
    # and it arrives at least three seconds after the second.
    before = timezone.now()
    edit(host, "Skrevet før nettet falt", "Endret mens nettet var nede")
    expect(host.locator("#pending")).to_contain_text("Endring")
    expect(host.locator("#pending")).not_to_contain_text("Bytt")
    after = timezone.now()
    host.wait_for_timeout(3000)  # the network stays down a while

    back_online(host)
    expect(host.locator("#sync-status")).to_have_text(SAVED)

    change = NoteChange.objects.get(action="edit")
    # When it was made, not when it arrived (the device's clock counts in whole milliseconds).
    slack = datetime.timedelta(milliseconds=5)
    assert before - slack <= change.at <= after + slack


def test_two_taps_on_up_before_the_first_is_saved_move_the_note_two_places(host: Page) -> None:
    for text in ("Første", "Andre", "Tredje"):
        saved_note(host, text)
    host.route("**/*", posts_refused)
    third = host.locator("#notes li", has_text="Tredje")
    up = third.get_by_role("button", name=re.compile("^Flytt opp"))

    up.click()
    # The note moves at once, while its move is still waiting.
    expect(host.locator("#notes li.note").first).not_to_contain_text("Tredje")
    expect(host.locator("#notes li.note").nth(1)).to_contain_text("Tredje")
    up.click()
    expect(host.locator("#notes li.note").first).to_contain_text("Tredje")
    # First now, it has no ↑ left to tap.
    expect(up).to_be_hidden()

    back_online(host)
    expect(host.locator("#sync-status")).to_have_text(SAVED)
    assert list(Note.objects.order_by("position").values_list("text", flat=True)) == ["Tredje", "Første", "Andre"]
    expect(host.locator("#notes li.note").first).to_contain_text("Tredje")


def test_an_edit_being_typed_comes_back_after_a_reload_and_saves(host: Page) -> None:
    saved_note(host, "Slik det står")
    host.locator("#notes li", has_text="Slik det står").get_by_role("link", name=re.compile("Endre")).click()
    host.locator("#notes li.editing textarea").fill("Halvveis skrevet endring")

    host.reload()

    editor = host.locator("#notes li.editing textarea")
    expect(editor).to_have_value("Halvveis skrevet endring")
    expect(editor).to_be_focused()
    host.locator("#notes li.editing button[type=submit]").click()
    expect(host.locator("#sync-status")).to_have_text(SAVED)
    assert Note.objects.get().text == "Halvveis skrevet endring"
    # Saved, the edit is not opened again by the next reload.
    host.reload()
    expect(host.locator("#notes li.editing")).to_have_count(0)


def test_an_edit_brought_back_by_a_reload_does_not_overwrite_a_change_made_meanwhile(host: Page) -> None:
    saved_note(host, "Slik det var")
    host.locator("#notes li", has_text="Slik det var").get_by_role("link", name=re.compile("Endre")).click()
    host.locator("#notes li.editing textarea").fill("Min halvferdige tekst")
    note = Note.objects.get()
    # The table's other tablet saves its edit while this one is being reloaded.
    note.edit({"text": "Teksten fra nettbrett B"}, version=1, by=Actor(table=note.table))

    host.reload()
    expect(host.locator("#notes li.editing textarea")).to_have_value("Min halvferdige tekst")
    host.locator("#notes li.editing button[type=submit]").click()

    conflict = host.locator("#notes li.conflict")
    expect(conflict.locator(".mine")).to_have_text("Min halvferdige tekst")
    expect(conflict.locator(".theirs")).to_have_text("Teksten fra nettbrett B")
    assert Note.objects.get().text == "Teksten fra nettbrett B"


def test_a_cancelled_edit_is_not_opened_again_by_a_reload(host: Page) -> None:
    saved_note(host, "Uendret")
    host.locator("#notes li", has_text="Uendret").get_by_role("link", name=re.compile("Endre")).click()
    host.locator("#notes li.editing textarea").fill("Angret")
    host.locator("#notes li.editing").get_by_role("link", name="Avbryt").click()

    host.reload()
    expect(host.locator("#notes li", has_text="Uendret")).to_be_visible()
    expect(host.locator("#notes li.editing")).to_have_count(0)


def test_notes_waiting_when_the_tables_link_is_replaced_are_sent_from_the_new_link(
    host: Page, live_server: LiveServer
) -> None:
    saved_note(host, "Lagret før ny lenke")
    host.route("**/*", posts_refused)
    host.locator("#compose textarea").fill("Skrevet mens nettet var borte")
    host.locator("#compose button[type=submit]").click()
    expect(host.locator("#pending")).to_contain_text("Skrevet mens nettet var borte")
    table = Note.objects.get().table
    table.renew_access()  # the facilitator's "Ny lenke og kode" meanwhile

    back_online(host)
    # The old link is refused; the note stays on the device, as the page says.
    expect(host.locator("#pending")).to_contain_text("erstattet")
    assert Note.objects.count() == 1

    # The host joins with the new code: the new page sends what waited under the old link.
    host.goto(f"{live_server.url}/bord/")
    host.locator("#id_code").fill(table.join_code)
    host.locator("form.join button[type=submit]").click()
    expect(host.locator("#notes")).to_contain_text("Skrevet mens nettet var borte")
    expect(host.locator("#sync-status")).to_have_text(SAVED)
    texts = sorted(Note.objects.values_list("text", flat=True))
    assert texts == ["Lagret før ny lenke", "Skrevet mens nettet var borte"]
    host.reload()
    expect(host.locator("#pending li")).to_have_count(0)
    assert Note.objects.count() == 2


def test_a_pasted_note_over_the_limit_is_kept_whole_and_refused_with_the_count(host: Page) -> None:
    long_text = "Et langt innspill. " * 250  # 4750 characters
    compose = host.locator("#compose textarea")
    compose.fill(long_text)
    host.locator("#compose button[type=submit]").click()

    expect(host.locator("#compose [role=alert]")).to_contain_text("høyst 4000 tegn, og dette har 4749")
    # Nothing cut: the whole text is still there to be shortened, and nothing was sent.
    expect(compose).to_have_value(long_text)
    expect(host.locator("#pending li")).to_have_count(0)
    compose.fill("Et kortere innspill.")
    host.locator("#compose button[type=submit]").click()
    expect(host.locator("#sync-status")).to_have_text(SAVED)
    assert list(Note.objects.values_list("text", flat=True)) == ["Et kortere innspill."]


def test_by_keyboard_a_conflict_takes_the_focus_and_gives_it_back_to_the_note(host: Page) -> None:
    # The conflict replaced the editor that had the focus, and choosing removed the conflict: both times the
    # focus fell to the top of the page (WCAG 2.4.3).
    conflict_with_tablet_b(host)
    # What has the focus, asked until it is so (the focus moves with the swaps that follow a save).
    focused = host.locator(":focus")
    expect(focused).to_contain_text("Noen andre endret dette notatet")

    host.keyboard.press("Tab")
    expect(focused).to_have_text("Behold min tekst")
    host.keyboard.press("Enter")
    expect(host.locator("#sync-status")).to_have_text(SAVED)
    expect(host.locator("#notes li", has_text="Min tekst fra nettbrett A")).to_have_count(1)
    expect(focused).to_have_text(re.compile(r"^\s*Endre"))
    assert Note.objects.get().text == "Min tekst fra nettbrett A"


def test_by_keyboard_a_failed_changes_buttons_keep_the_focus_and_the_status_says_why(host: Page) -> None:
    saved_note(host, "Opprinnelig tekst")
    edit(host, "Opprinnelig tekst", "\u200b\u200b")  # the server refuses it
    failed = host.locator("#pending li.failed")
    expect(failed).to_have_count(1)
    expect(host.locator("#sync-status")).to_contain_text("Kunne ikke lagres (1): ")
    failed.get_by_role("button", name="Prøv igjen").focus()
    host.keyboard.press("Enter")
    expect(failed).to_have_count(1)  # refused again
    # On the button, or on its item while it is sent again.
    host.wait_for_function("() => document.activeElement && document.activeElement.closest('#pending li.failed')")
    failed.get_by_role("button", name="Forkast").focus()
    host.keyboard.press("Enter")
    expect(host.locator("#sync-status")).to_have_text(SAVED)
    expect(host.locator(":focus")).to_have_text(SAVED)
