"""The survey's admin page in real Chromium: questions and their answers written on one page,
a condition picked from a list, and no serious or critical axe-core violations, also when the
page shows a refusal. Questions have no admin page of their own any more (evaluation/admin.py).
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from tests.e2e.test_accessibility import serious_violations
from tests.e2e.test_core_loop import log_in
from tests.evaluation.factories import build_survey, question
from tests.factories import build_workshop

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_survey_admin_page_writes_questions_with_their_answers_and_passes_axe(
    page: Page, live_server: LiveServer
) -> None:
    workshop = build_workshop(slug="axe-undersokelse")
    survey = build_survey(workshop)
    User.objects.create_user("fasilitator", password="hemmelig-passord", is_staff=True, is_superuser=True)
    base = live_server.url
    change = f"/admin/evaluation/survey/{survey.pk}/change/"
    found: list[str] = []

    log_in(page, base, change)
    page.wait_for_url(f"**{change}")
    expect(page.locator("#id_questions-3-options")).to_have_value("Helt uenig\nUenig\nLitt enig\nEnig")
    found += serious_violations(page)

    # A choice question without answers, in an open survey: refused, with the reason at the box.
    new = "#id_questions-5-"
    page.locator(new + "order").fill("6")
    page.locator(new + "text").fill("Hvor lenge ble du?")
    page.locator(new + "kind").select_option("choice")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".errorlist").first).to_be_visible()
    assert not survey.questions.filter(text="Hvor lenge ble du?").exists()
    found += serious_violations(page)

    # Its answers, one per line, and a condition chosen from the earlier questions' answers.
    page.locator(new + "options").fill("En time\nHalve dagen\nHele dagen")
    yes = question(survey, 2).options.get(value="yes")
    page.locator(new + "show_if").select_option(str(yes.pk))
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    added = survey.questions.get(text="Hvor lenge ble du?")
    assert list(added.options.values_list("label", flat=True)) == ["En time", "Halve dagen", "Hele dagen"]
    assert (added.show_if_question_id, added.show_if_value) == (question(survey, 2).pk, "yes")
    found += serious_violations(page)

    # The survey list, and the participants' page of a survey that is not ready.
    page.goto(f"{base}/admin/evaluation/survey/")
    found += serious_violations(page)
    question(survey, 3).options.all().delete()
    page.goto(f"{base}/evaluering/{workshop.slug}/")
    expect(page.locator(".survey-not-ready")).to_be_visible()
    found += serious_violations(page)
    assert found == []


def test_each_question_row_added_with_add_another_gets_the_next_number(page: Page, live_server: LiveServer) -> None:
    # The copied row kept the copied number: five new questions all had order 1 (or all the same next one).
    workshop = build_workshop(slug="rekkefolge")
    survey = build_survey(workshop)
    User.objects.create_user("fasilitator", password="hemmelig-passord", is_staff=True, is_superuser=True)
    change = f"/admin/evaluation/survey/{survey.pk}/change/"
    log_in(page, live_server.url, change)
    page.wait_for_url(f"**{change}")
    orders = page.locator("input[name^='questions-'][name$='-order']:not([name*='__prefix__'])")
    before = orders.count()
    last = int(orders.nth(before - 1).input_value())
    add = page.locator(".add-row a").first
    add.click()
    add.click()
    expect(orders).to_have_count(before + 2)
    assert [int(orders.nth(index).input_value()) for index in (before, before + 1)] == [last + 1, last + 2]
