"""The evaluation in real Chromium: a participant answers on a phone, the facilitator sees it.

The conditional question ("Hvis ja") waits hidden until "Ja" is chosen (a few lines of
bordnotat.js; without JavaScript it is simply shown). axe-core checks the survey, the results
and the report's evaluation section.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.utils import timezone
from playwright.sync_api import Browser, Page, ViewportSize, expect
from pytest_django.live_server_helper import LiveServer

from evaluation.models import Answer, Response, Survey
from tests.e2e.test_accessibility import serious_violations
from tests.e2e.waits import holds
from tests.evaluation.factories import build_survey, question, respond
from tests.factories import build_workshop

pytestmark = pytest.mark.django_db(transaction=True)

PHONE: ViewportSize = {"width": 390, "height": 844}


def log_in(page: Page, base: str, next_path: str) -> None:
    page.goto(f"{base}/admin/login/?next={next_path}")
    page.locator("#id_username").fill("fasilitator")
    page.locator("#id_password").fill("hemmelig-passord")
    page.locator("input[type=submit]").click()
    page.wait_for_url(f"**{next_path}")


def test_a_participant_answers_on_a_phone_and_the_facilitator_sees_it_counted(
    browser: Browser, live_server: LiveServer
) -> None:
    workshop = build_workshop(slug="mobil")
    survey = build_survey(workshop)
    User.objects.create_user("fasilitator", password="hemmelig-passord", is_staff=True, is_superuser=True)
    base = live_server.url
    phone = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="nb-NO")
    page = phone.new_page()
    found: list[str] = []

    page.goto(f"{base}/evaluering/{workshop.slug}/")
    conditional = page.locator(f"#q{question(survey, 3).pk}")
    expect(conditional).to_be_hidden()  # until "Ja" is chosen
    found += serious_violations(page)
    page.get_by_label("Fylkeskommune").check()
    page.get_by_label("Ja", exact=True).check()
    expect(conditional).to_be_visible()
    conditional.get_by_label("Svært nyttig").check()
    page.get_by_label("Vet ikke").check()
    page.get_by_label("Kommentarer").fill("Fin dag, takk!")
    # The page fits the phone: nothing wider than the screen.
    page_width = "document.documentElement.scrollWidth"
    assert holds(page, f"() => {page_width} <= {PHONE['width']}"), page.evaluate(page_width)
    page.get_by_role("button", name="Send svarene mine").click()

    page.wait_for_url(f"**/evaluering/{workshop.slug}/takk/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Takk for svarene dine!")
    response = Response.objects.get()
    assert response.answers.get(question=question(survey, 3)).option.label == "Svært nyttig"
    assert response.answers.get(question=question(survey, 4)).dont_know
    # A second attempt from the same phone is refused.
    page.goto(f"{base}/evaluering/{workshop.slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Du har allerede svart")
    phone.close()

    # The facilitator, on a laptop.
    laptop = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nb-NO")
    page = laptop.new_page()
    log_in(page, base, f"/fasilitator/{workshop.slug}/evaluering/")
    chart = page.locator("#evaluation-question-2a svg.chart")  # the third question, shown after a yes to the second
    expect(chart).to_contain_text("I alt")
    expect(chart).to_contain_text("n = 1")
    expect(chart).to_contain_text("100\u00a0%")
    expect(page.get_by_text("Fin dag, takk!")).to_be_visible()
    found += serious_violations(page)
    laptop.close()
    assert found == []


def test_the_survey_results_and_report_section_pass_axe(page: Page, live_server: LiveServer) -> None:
    workshop = build_workshop(slug="axe-evaluering")
    survey = build_survey(workshop)
    for n in range(12):
        respond(survey, q1=("fylkeskommune", "annen-organisasjon")[n % 2], q2="yes", q3="nyttig",
                q4=("enig", "litt-enig", "?")[n % 3], q5=f"Kommentar {n}")
    Answer.objects.filter(text="Kommentar 1").update(approved=True, text="Se https://" + "langadresse" * 12)
    workshop.publish()
    User.objects.create_user("fasilitator", password="hemmelig-passord", is_staff=True, is_superuser=True)
    base = live_server.url
    found: list[str] = []

    # The survey's page with its errors, while it is open.
    page.goto(f"{base}/evaluering/{workshop.slug}/")
    page.get_by_role("button", name="Send svarene mine").click()  # nothing ticked: errors shown
    expect(page.get_by_role("alert").first).to_contain_text("Svar på dette spørsmålet.")
    found += serious_violations(page)
    # The report shows the results once the survey has closed.
    Survey.objects.filter(pk=survey.pk).update(closes_at=timezone.now())

    page.goto(f"{base}/rapport/{workshop.slug}/#evaluation")
    expect(page.locator("#evaluation svg.chart").first).to_be_visible()
    found += serious_violations(page)
    # On a phone, with the numbers open: their tables scroll sideways, and a keyboard must reach them.
    page.set_viewport_size(PHONE)
    for numbers in page.locator("#evaluation details.survey-numbers summary").all():
        numbers.click()
    found += serious_violations(page)
    # A long unbroken word in a comment breaks rather than widening the page.
    assert holds(page, "() => document.documentElement.scrollWidth <= window.innerWidth")

    log_in(page, base, f"/fasilitator/{workshop.slug}/evaluering/")
    found += serious_violations(page)
    page.goto(f"{base}/fasilitator/{workshop.slug}/evaluering/vis/")
    found += serious_violations(page)
    assert found == []


def test_a_facilitator_makes_the_survey_from_the_set_up_in_one_step(page: Page, live_server: LiveServer) -> None:
    workshop = build_workshop(slug="ny-evaluering")
    User.objects.create_user("fasilitator", password="hemmelig-passord", is_staff=True, is_superuser=True)
    base = live_server.url
    log_in(page, base, f"/fasilitator/{workshop.slug}/oppsett/")
    page.get_by_role("link", name="Evalueringsundersøkelsen").click()
    expect(page.get_by_role("button", name="Lag undersøkelsen fra programmet")).to_be_visible()
    found = serious_violations(page)
    page.get_by_role("button", name="Lag undersøkelsen fra programmet").click()
    expect(page.locator(".messagelist")).to_contain_text("Undersøkelsen er klar med 6 spørsmål fra programmet.")
    expect(page.get_by_role("img", name="QR-kode til evalueringen")).to_be_visible()
    assert found + serious_violations(page) == []
    assert Survey.objects.get(workshop=workshop).questions.count() == 6


def test_enter_on_an_answer_does_not_send_the_half_answered_survey(page: Page, live_server: LiveServer) -> None:
    workshop = build_workshop(slug="enter")
    survey = build_survey(workshop)
    posts: list[str] = []
    page.on("request", lambda request: posts.append(request.url) if request.method == "POST" else None)
    page.goto(f"{live_server.url}/evaluering/{workshop.slug}/")
    first = page.get_by_label("Fylkeskommune")
    first.focus()
    page.keyboard.press("Space")
    expect(first).to_be_checked()
    # Enter on a radio button is the browser's "send the form": here it must do nothing, and the
    # participant goes on answering (sent, the page would be the thank-you page and nothing to fill).
    page.keyboard.press("Enter")
    page.get_by_label("Kommentarer").fill("Skrevet etter Enter", timeout=5000)

    page.get_by_role("button", name="Send svarene mine").click()
    page.wait_for_url(f"**/evaluering/{workshop.slug}/takk/")
    assert posts == [f"{live_server.url}/evaluering/{workshop.slug}/"]
    response = Response.objects.get()
    assert response.answers.get(question=question(survey, 1)).option.label == "Fylkeskommune"
    assert response.answers.get(question=question(survey, 5)).text == "Skrevet etter Enter"


def test_a_survey_sent_back_with_errors_says_so_in_its_title_and_takes_the_focus_to_the_errors(
    page: Page, live_server: LiveServer
) -> None:
    workshop = build_workshop(slug="feil")
    build_survey(workshop)
    page.goto(f"{live_server.url}/evaluering/{workshop.slug}/")
    page.get_by_role("button", name="Send svarene mine").click()  # question 1 must be answered

    summary = page.locator(".error-summary")
    expect(summary).to_contain_text("Spørsmål 1: Svar på dette spørsmålet.")
    # A screen reader reads the title and where the focus is, not an alert that was there on arrival.
    expect(page).to_have_title(re.compile("^Noen svar må ses på igjen \u2013 Evaluering: "))
    expect(summary).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Spørsmål 1")).to_be_focused()


def test_changing_the_language_in_the_middle_of_the_survey_keeps_the_answers_chosen(
    page: Page, live_server: LiveServer
) -> None:
    workshop = build_workshop(slug="sprak")
    survey = build_survey(workshop)
    page.goto(f"{live_server.url}/evaluering/{workshop.slug}/")
    page.get_by_label("Annen organisasjon").check()
    page.get_by_label("Ja", exact=True).check()
    page.locator(f"#q{question(survey, 3).pk}").get_by_label("Nyttig", exact=True).check()
    page.get_by_label("Kommentarer").fill("Skrevet før språkbyttet")

    page.get_by_label("Språk").select_option("en")
    page.get_by_role("button", name="Bytt").click()
    send = page.get_by_role("button", name="Send my answers")
    expect(send).to_be_visible()  # the page is back, in English
    expect(page.get_by_label("Annen organisasjon")).to_be_checked()
    expect(page.locator(f"#q{question(survey, 3).pk}").get_by_label("Nyttig", exact=True)).to_be_checked()
    expect(page.get_by_label("Kommentarer")).to_have_value("Skrevet før språkbyttet")
    # Put back once: kept nowhere after the page has them.
    assert page.evaluate("sessionStorage.getItem('bordnotat.survey-draft')") is None

    send.click()
    page.wait_for_url(f"**/evaluering/{workshop.slug}/takk/")
    answers = {a.question.order: a for a in Response.objects.get().answers.select_related("question", "option")}
    assert answers[1].option.label == "Annen organisasjon"
    assert answers[3].option.label == "Nyttig"
    assert answers[5].text == "Skrevet før språkbyttet"
