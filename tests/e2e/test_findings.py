"""From notes to findings in Chromium: a facilitator sees a recurring point, uses a key point in
the summary, tags a theme, finds a note by another inflection, publishes; a reader sees it all."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, Response, expect
from pytest_django.live_server_helper import LiveServer

from groups.models import Note, Theme
from tests.e2e.test_accessibility import serious_violations
from tests.e2e.test_core_loop import log_in
from tests.e2e.waits import holds
from tests.factories import build_workshop, clear_of_the_minute_turn, table
from workshop.models import Question, Workshop

pytestmark = pytest.mark.django_db(transaction=True)


def say(workshop: Workshop, number: int, text: str, question: Question) -> Note:
    seated = table(workshop, number)
    return Note.objects.create(
        workshop=workshop, table=seated, round=question.round, question=question, text=text,
        organisation=seated.organisations.order_by("name").first(),
    )


def first_question(workshop: Workshop) -> Question:
    return Question.objects.get(round__workshop=workshop, round__number=1, order=1)


def open_compile_page(page: Page, base: str, question: Question) -> str:
    """A facilitator logged in on the question's compile page; its address."""
    User.objects.create_user("fasilitator", password="hemmelig-passord", is_staff=True, is_superuser=True)
    question_page = f"{base}/fasilitator/{question.round.workshop.slug}/sammenstill/sporsmal/{question.pk}/"
    log_in(page, base, question_page)
    page.wait_for_url(question_page)
    return question_page


def test_facilitator_turns_notes_into_findings_and_a_reader_sees_them(
    page: Page, another_page: Any, live_server: LiveServer
) -> None:
    workshop = build_workshop(slug="funn", tables=2)
    question = first_question(workshop)
    say(workshop, 1, "Kollektivtilbudet på kveldstid er altfor dårlig", question)
    say(workshop, 2, "Kollektivtilbodet på kveldstid er for dårleg i distrikta", question)
    first = say(workshop, 1, "Barnehagene mangler pedagoger", question)
    second = say(workshop, 2, "Det trengst fleire tilsette i barnehagane våre", question)
    base = live_server.url

    open_compile_page(page, base, question)
    findings = page.locator("section.findings")
    expect(findings).to_contain_text("Tatt opp ved 2 av 2 bord")
    expect(findings.locator("mark", has_text="kveldstid").first).to_be_visible()
    found = serious_violations(page)

    # A key point into the summary draft, edited, then saved.
    key_point = findings.locator("li.finding", has=page.locator("button[name=use][value^='key:']")).first
    quoted = key_point.locator(".quote").inner_text()
    key_point.get_by_role("button", name="Bruk i sammendraget").click()
    summary = page.locator("textarea[name=summary]")
    expect(summary).to_have_value(re.compile(re.escape(quoted)))
    summary.fill(summary.input_value() + "\nDette gikk igjen ved flere bord.")
    page.locator("#compile-form button[type=submit]").first.click()
    # The save's own status (the draft's "added" status is in the same form): the board is then
    # swapped, and its checkboxes can be ticked.
    expect(page.locator("#compile-form .actions [role=status]")).to_be_visible()

    # Two notes from different tables tagged with a new theme.
    page.locator(f"#theme-note-{first.pk}").check()
    page.locator(f"#theme-note-{second.pk}").check()
    page.locator("#theme-form input[name=name]").fill("Bemanning i barnehagen")
    expect(page.locator("input[form=theme-form]:checked")).to_have_count(2)
    page.locator("#theme-form button[type=submit]").click()
    expect(page.locator("#theme-form [role=status]")).to_be_visible()
    theme = Theme.objects.get(workshop=workshop, name="Bemanning i barnehagen")
    assert set(theme.notes.values_list("pk", flat=True)) == {first.pk, second.pk}
    expect(page.locator(f"#theme-choice-{first.pk} a.badge.theme")).to_be_visible()
    found += serious_violations(page)  # the notes now carry their theme's badge

    # Search by another inflection than the note has.
    page.goto(f"{base}/fasilitator/{workshop.slug}/sok/")
    page.locator("#id_q").fill("barnehage")
    page.locator("#id_q").press("Enter")
    expect(page.locator("mark", has_text="Barnehagene")).to_be_visible()
    expect(page.locator("mark", has_text="barnehagane")).to_be_visible()
    found += serious_violations(page)

    for path in ("tema/", f"tema/{theme.pk}/", "gar-igjen/", "sammenstill/"):
        page.goto(f"{base}/fasilitator/{workshop.slug}/{path}")
        found += serious_violations(page)

    # Themes reach the report when the facilitator says so.
    page.goto(f"{base}/fasilitator/{workshop.slug}/tema/")
    page.locator("form[action$='/tema/rapport/'] input[type=checkbox]").check()
    page.locator("form[action$='/tema/rapport/'] button[type=submit]").click()
    expect(page.locator(".messagelist")).to_contain_text("Rapporten viser temaene.")
    expect(page.locator("form[action$='/tema/rapport/'] input[type=checkbox]")).to_be_checked()
    page.goto(f"{base}/fasilitator/{workshop.slug}/sammenstill/runde/1/")
    found += serious_violations(page)

    # Publish; a reader sees the summary and the theme.
    page.goto(f"{base}/fasilitator/{workshop.slug}/sammenstill/")
    page.locator("form[action$='/publiser/'] button[type=submit]").click()
    # The day is still running and summaries are missing: the page asks first.
    expect(page.locator("h1")).to_have_text("Publisere rapporten?")
    found += serious_violations(page)
    page.get_by_role("button", name="Ja, avslutt dagen og publiser").click()
    expect(page.locator("body")).to_contain_text("Rapporten er publisert")
    reader = another_page()
    reader.goto(f"{base}/rapport/{workshop.slug}/")
    expect(reader.locator("body")).to_contain_text("Dette gikk igjen ved flere bord.")
    expect(reader.locator("body")).to_contain_text(quoted)
    expect(reader.locator("body")).to_contain_text("Bemanning i barnehagen")
    found += serious_violations(reader)
    assert found == []


def test_leaving_a_compile_page_with_an_unsaved_summary_asks_first(page: Page, live_server: LiveServer) -> None:
    workshop = build_workshop(slug="utkast", tables=2)
    question = first_question(workshop)
    question_page = open_compile_page(page, live_server.url, question)
    asked: list[str] = []

    def stay(dialog: Any) -> None:
        asked.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", stay)
    page.locator("textarea[name=summary]").fill("Et utkast som ikke er lagret.")
    with page.expect_event("dialog"):
        page.get_by_role("link", name="Alle spørsmål").first.click()
    assert asked == ["beforeunload"]
    assert page.url == question_page

    page.locator("#compile-form button[type=submit]").first.click()
    expect(page.locator("#compile-form .actions [role=status]")).to_be_visible()
    page.get_by_role("link", name="Alle spørsmål").first.click()
    page.wait_for_url(f"{live_server.url}/fasilitator/{workshop.slug}/sammenstill/")
    assert asked == ["beforeunload"]  # saved: nothing to ask
    assert Question.objects.get(pk=question.pk).summary == "Et utkast som ikke er lagret."


def test_without_javascript_use_in_the_summary_keeps_what_was_typed_and_saves_nothing(
    another_page: Any, live_server: LiveServer
) -> None:
    """It used to post the suggestion alone, save it into the summary (public at once in a published
    report) and lose the text typed in the field."""
    workshop = build_workshop(slug="uten-skript", tables=2)
    question = first_question(workshop)
    say(workshop, 1, "Kollektivtilbudet på kveldstid er altfor dårlig", question)
    say(workshop, 2, "Kollektivtilbodet på kveldstid er for dårleg i distrikta", question)
    page = another_page(java_script_enabled=False)
    question_page = open_compile_page(page, live_server.url, question)

    page.locator("textarea[name=summary]").fill("Det vi så ved bordene.")
    page.locator("section.findings").get_by_role("button", name="Bruk i sammendraget").first.click()

    summary = page.locator("textarea[name=summary]")
    expect(summary).to_have_value(re.compile(r"^Det vi så ved bordene\.\n\n.*kveldstid", re.S))
    expect(page.locator("#summary-field [role=status]")).to_have_text(
        "Lagt til på slutten av utkastet: rediger det, og lagre."
    )
    assert Question.objects.get(pk=question.pk).summary == ""
    page.locator("#compile-form button[type=submit]").first.click()
    page.wait_for_url(question_page)
    saved = Question.objects.get(pk=question.pk).summary.replace("\r\n", "\n")  # as the browser sends lines
    assert saved.startswith("Det vi så ved bordene.\n\n") and "kveldstid" in saved


def test_saving_a_summary_from_the_keyboard_keeps_the_focus_on_the_form(page: Page, live_server: LiveServer) -> None:
    """The form is replaced by the answer: the focus went to the page, 8,000 px from the errors."""
    workshop = build_workshop(slug="fokus", tables=2)
    question = first_question(workshop)
    open_compile_page(page, live_server.url, question)
    summary = page.locator("textarea[name=summary]")
    save = page.locator("#compile-form button[type=submit]").first

    summary.fill("x" * 10_001)
    save.focus()
    page.keyboard.press("Enter")
    errors = page.locator("#compile-form [role=alert]").first
    expect(errors).to_be_visible()
    expect(errors).to_be_focused()

    page.locator("textarea[name=summary]").fill("Kort og godt.")
    page.locator("#compile-form button[type=submit]").first.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#compile-form .actions [role=status]")).to_be_visible()
    expect(page.locator("#compile-form button[type=submit]").first).to_be_focused()
    assert Question.objects.get(pk=question.pk).summary == "Kort og godt."


def test_the_search_page_fits_the_screen_with_a_long_question_in_its_filter(
    page: Page, live_server: LiveServer
) -> None:
    workshop = build_workshop(slug="bredde", tables=2)
    User.objects.create_user("fasilitator", password="hemmelig-passord", is_staff=True, is_superuser=True)
    Question.objects.filter(round__workshop=workshop, order=1).update(
        text="Hvordan kan kommunene, fylkeskommunen og de statlige aktørene samordne arbeidet med kvalifisering "
        "av nyankomne flyktninger slik at flere kommer raskt i arbeid, og hva trenger dere for å få det til?"
    )
    search_page = f"{live_server.url}/fasilitator/{workshop.slug}/sok/"
    log_in(page, live_server.url, search_page)
    page.wait_for_url(search_page)
    for width in (1280, 768):
        page.set_viewport_size({"width": width, "height": 900})
        fits = "() => document.documentElement.scrollWidth <= window.innerWidth"
        assert holds(page, fits), (width, page.evaluate("document.documentElement.scrollWidth"))


def test_making_a_suggested_theme_from_the_keyboard_keeps_the_page_the_focus_and_an_unsaved_draft(
    page: Page, live_server: LiveServer
) -> None:
    """The button reloaded the page at its top, with the focus on nothing and a draft to lose."""
    workshop = build_workshop(slug="forslag", tables=2)
    question = first_question(workshop)
    notes = [
        say(workshop, 1, "Kollektivtilbudet på kveldstid er altfor dårlig", question),
        say(workshop, 2, "Kollektivtilbodet på kveldstid er for dårleg i distrikta", question),
        say(workshop, 1, "Kollektivtilbudet på kveldstid må bli bedre", question),
    ]
    say(workshop, 2, "Barnehagene mangler pedagoger", question)  # a theme's words are those the rest lack
    open_compile_page(page, live_server.url, question)
    page.locator("textarea[name=summary]").fill("Et utkast som ikke er lagret.")

    button = page.locator("section.findings form[action$='/tema/merk/'] button")
    button.focus()
    page.keyboard.press("Enter")

    status = page.locator("section.findings [role=status]")
    expect(status).to_contain_text("Merket 3 notater med «")
    expect(status.get_by_role("link", name="Åpne temaet")).to_be_visible()
    expect(button).to_be_focused()
    expect(page.locator("textarea[name=summary]")).to_have_value("Et utkast som ikke er lagret.")
    theme = Theme.objects.get(workshop=workshop)
    assert set(theme.notes.values_list("pk", flat=True)) == {note.pk for note in notes}
    for note in notes:
        expect(page.locator(f"#theme-choice-{note.pk} a.badge.theme")).to_have_text(re.compile(re.escape(theme.name)))
    assert serious_violations(page) == []


@pytest.mark.parametrize("path", ["gar-igjen/", ""])
def test_the_projected_pages_are_answered_304_while_nothing_changes_and_show_a_new_note(
    page: Page, live_server: LiveServer, settings: Any, path: str
) -> None:
    """Facilitators' pages are never stored (no-store), so Chromium asked for the whole page every poll."""
    settings.LIVE_POLL_SECONDS = 1
    workshop = build_workshop(slug="lerret", tables=2)
    question = first_question(workshop)
    say(workshop, 1, "Kollektivtilbudet på kveldstid er altfor dårlig", question)
    say(workshop, 2, "Kollektivtilbodet på kveldstid er for dårleg i distrikta", question)
    User.objects.create_user("fasilitator", password="hemmelig-passord", is_staff=True, is_superuser=True)
    url = f"{live_server.url}/fasilitator/{workshop.slug}/{path}"
    log_in(page, live_server.url, url)
    page.wait_for_url(url)
    polls: list[int] = []

    def a_poll(response: Response) -> bool:
        # The polls that ask "changed since?": the page itself, and the first poll, are always a 200. (The
        # live overview's poll also says which round it shows, after a "?".)
        return response.url.split("?")[0] == url and "if-none-match" in response.request.headers

    page.on("response", lambda response: polls.append(response.status) if a_poll(response) else None)
    page.wait_for_function("() => document.querySelector('[data-poll]').dataset.etag !== undefined")
    clear_of_the_minute_turn(15)  # the live overview's ETag turns with the minute
    # A poll sent before that wait ended may be answered after it, with the new minute's 200: one
    # whole poll is let by before counting.
    with page.expect_response(a_poll):
        pass
    page.evaluate("() => 0")  # the answers that came during that wait are counted now, before the clear
    polls.clear()
    # The next two polls, however long a busy machine takes to send them (it was a fixed 4.5 s).
    for _poll in range(2):
        with page.expect_response(a_poll):
            pass
    assert polls == [304, 304], polls

    say(workshop, 1, "Kollektivtilbudet på kveldstid må bli mye bedre", question)
    expect(page.locator("[data-poll]")).to_contain_text("Kollektivtilbudet på kveldstid må bli mye bedre")
    assert 200 in polls[polls.index(304):], polls
