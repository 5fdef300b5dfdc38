"""The facilitator runs the phase timer on the projector, in Chromium."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from playwright.sync_api import Page, Response, expect
from pytest_django.live_server_helper import LiveServer

from tests.e2e.test_accessibility import serious_violations
from tests.factories import build_workshop
from workshop.models import Workshop

pytestmark = pytest.mark.django_db(transaction=True)


def open_timer(page: Page, live_server: LiveServer, workshop: Workshop) -> None:
    """A facilitator logs in and opens the workshop's timer."""
    User.objects.create_user("fasilitator", password="hemmelig-passord", is_staff=True, is_superuser=True)
    timer_path = f"/fasilitator/{workshop.slug}/timer/"
    page.goto(f"{live_server.url}/admin/login/?next={timer_path}")
    page.locator("#id_username").fill("fasilitator")
    page.locator("#id_password").fill("hemmelig-passord")
    page.locator("input[type=submit]").click()
    page.wait_for_url(f"**{timer_path}")


def test_facilitator_starts_and_pauses_the_timer_and_the_page_passes_axe(
    page: Page, live_server: LiveServer
) -> None:
    workshop = build_workshop(slug="tidtaker", tables=3)
    open_timer(page, live_server, workshop)

    clock = page.locator(".timer-clock")
    expect(page.locator(".timer-phase")).to_have_text("Individuelt")
    expect(clock).to_have_text("03:00")
    assert serious_violations(page) == []

    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("button", name="Pause")).to_be_visible()
    expect(clock).not_to_have_text("03:00", timeout=2500)  # it counts down, second by second
    ticking = clock.inner_text()
    expect(clock).not_to_have_text(ticking, timeout=2500)
    assert Workshop.objects.get(pk=workshop.pk).timer_running

    page.get_by_role("button", name="Pause").click()
    expect(page.get_by_role("button", name="Fortsett")).to_be_visible()
    expect(page.locator(".timer-status")).to_have_text("Satt på pause")
    paused = clock.inner_text()
    page.wait_for_timeout(1500)
    assert clock.inner_text() == paused and paused < "03:00"
    assert not Workshop.objects.get(pk=workshop.pk).timer_running
    assert serious_violations(page) == []


def test_the_projector_says_the_rounds_phases_are_done_and_a_round_without_times_says_so(
    page: Page, live_server: LiveServer
) -> None:
    # The countdown script wrote "02:00" over the whole screen of either state: it had no clock.
    workshop = build_workshop(slug="ferdig", tables=1)
    open_timer(page, live_server, workshop)

    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("button", name="Pause")).to_be_visible()
    # Each press on the buttons the last answer brought: one pressed while the answer is on its way is
    # replaced with its form before htmx sends it.
    for shown in ("Gruppe", "Plenum", "Rundens faser er ferdige"):
        page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')")
        page.locator(".timer-controls form").nth(1).get_by_role("button").click()
        expect(page.locator(".timer-phase")).to_have_text(shown)
    page.wait_for_timeout(600)  # a few ticks of the countdown
    expect(page.locator(".timer-phase")).to_have_text("Rundens faser er ferdige")
    expect(page.locator(".timer-round")).to_contain_text("Runde 1")
    expect(page.locator(".timer-questions li")).to_have_count(2)
    assert serious_violations(page) == []

    round_ = workshop.rounds.get(number=1)
    round_.individual_minutes = round_.group_minutes = round_.plenum_minutes = 0
    round_.save()
    Workshop.objects.filter(pk=workshop.pk).update(timer_done=False)
    page.reload()
    page.wait_for_timeout(600)
    expect(page.locator(".timer-phase")).to_have_text("Denne runden har ingen fasetider.")


def test_next_phase_pressed_from_the_keyboard_keeps_the_focus_on_next_phase(
    page: Page, live_server: LiveServer
) -> None:
    # The focus went to the first button, "Pause": a second Enter paused the timer instead.
    workshop = build_workshop(slug="neste-fase", tables=3)
    open_timer(page, live_server, workshop)
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("button", name="Pause")).to_be_visible()
    # The new buttons work once htmx has settled them (a key pressed before posts the page without it).
    page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')")
    page.get_by_role("button", name="Neste fase").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".timer-phase")).to_have_text("Gruppe")
    expect(page.get_by_role("button", name="Neste fase")).to_be_focused()
    page.wait_for_timeout(2500)  # the polls that follow, each a swap, leave it there too
    expect(page.get_by_role("button", name="Neste fase")).to_be_focused()


def test_the_projector_says_the_new_phase_once_and_not_the_ticking_clock(page: Page, live_server: LiveServer) -> None:
    # A press changed the phase and the state in silence for a screen reader (WCAG 4.1.3).
    workshop = build_workshop(slug="si-fra", tables=3)
    open_timer(page, live_server, workshop)
    announce = page.locator("#timer-announce")
    expect(announce).to_have_attribute("role", "status")
    expect(announce).to_have_text("")
    page.get_by_role("button", name="Start").click()
    expect(announce).to_have_text("Individuelt. Tiden går")
    page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')")
    page.get_by_role("button", name="Neste fase").click()
    expect(announce).to_have_text("Gruppe. Tiden går")
    page.evaluate("""() => { window.said = 0; new MutationObserver(() => { window.said += 1; }).observe(
        document.getElementById('timer-announce'), {childList: true, characterData: true, subtree: true}); }""")
    page.wait_for_timeout(3000)  # polls and the ticking clock: nothing new is said
    assert page.evaluate("() => window.said") == 0


def test_the_projector_timer_is_answered_304_while_nothing_changes(
    page: Page, live_server: LiveServer, settings: Any
) -> None:
    # Every poll was a 200 with the whole timer: the poll did not say what it showed.
    settings.LIVE_POLL_SECONDS = 1
    workshop = build_workshop(slug="stille-timer", tables=2)
    open_timer(page, live_server, workshop)
    url = f"{live_server.url}/fasilitator/{workshop.slug}/timer/"
    polls: list[int] = []

    def a_poll(response: Response) -> bool:
        # The page itself has no ETag: the first poll is a 200, and the polls after it, which carry its
        # ETag, are what is watched. (Told apart by the header, not by order: the first poll's response
        # event can reach the test after the page has read its ETag.)
        return response.url == url and "if-none-match" in response.request.headers

    page.on("response", lambda response: polls.append(response.status) if a_poll(response) else None)
    page.wait_for_function("() => document.getElementById('timer').dataset.etag !== undefined")
    polls.clear()
    for _poll in range(2):
        with page.expect_response(a_poll):
            pass
    assert polls == [304, 304], polls

    facilitator = Client()
    facilitator.force_login(User.objects.get(username="fasilitator"))
    facilitator.post(f"/fasilitator/{workshop.slug}/timer/start/", {"phase": ""})  # from another screen
    expect(page.locator(".timer-status")).to_have_text("Tiden går")
    assert 200 in polls[polls.index(304):], polls


def test_a_poll_with_news_leaves_the_keyboard_focus_on_the_live_overviews_button(
    page: Page, live_server: LiveServer, settings: Any
) -> None:
    # Every poll that brought a note sent the focus to the page's top: on a busy day a keyboard user never
    # reached "New link and code" of a table down the list.
    settings.LIVE_POLL_SECONDS = 1
    workshop = build_workshop(slug="fokus-live", tables=3)
    open_timer(page, live_server, workshop)
    page.goto(f"{live_server.url}/fasilitator/{workshop.slug}/")
    page.wait_for_function("() => document.getElementById('live-tables').dataset.etag !== undefined")
    renew = page.get_by_role("button", name="Ny lenke og kode (Gruppe 3)")
    renew.focus()

    host = Client()
    host.post(f"{workshop.tables.get(number=1).get_absolute_url()}notater/",
              {"client_id": str(uuid.uuid4()), "text": "Nytt fra bord én", "kind": "note"})
    expect(page.locator("#live-tables")).to_contain_text("Nytt fra bord én")
    expect(renew).to_be_focused()
