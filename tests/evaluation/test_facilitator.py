"""Facilitators' evaluation pages: staff only, comments chosen for the report, set-up in the admin."""

from __future__ import annotations

import datetime
import re

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.http import HttpResponse
from django.test import Client
from django.utils import timezone

from evaluation.forms import CreateSurveyForm
from evaluation.models import Answer, Question, Survey
from tests.evaluation.factories import build_survey, question, respond
from tests.factories import build_workshop
from workshop.models import Workshop

pytestmark = pytest.mark.django_db

PAGES = ["", "vis/", "svar.csv", "resultater.csv"]


@pytest.fixture
def survey(workshop: Workshop) -> Survey:
    survey = build_survey(workshop)
    for text in ("Godt organisert", "Mer tid til grupper"):
        respond(survey, q1="fylkeskommune", q5=text)
    return survey


def comments_url(workshop: Workshop) -> str:
    return f"/fasilitator/{workshop.slug}/evaluering/kommentarer/"


@pytest.mark.parametrize("page", PAGES)
def test_evaluation_pages_are_refused_to_anyone_but_facilitators(
    client: Client, participant: User, survey: Survey, page: str
) -> None:
    url = f"/fasilitator/{survey.workshop.slug}/evaluering/{page}"
    assert client.get(url).status_code == 403
    client.force_login(participant)
    assert client.get(url).status_code == 403
    assert client.post(comments_url(survey.workshop), {"approved": []}).status_code == 403


def test_the_results_page_shows_the_link_and_qr_code_to_show_at_the_end_of_the_day(
    facilitator_client: Client, survey: Survey
) -> None:
    html = facilitator_client.get(f"/fasilitator/{survey.workshop.slug}/evaluering/").content.decode()
    assert "http://testserver/evaluering/inkludering/" in html
    assert "<svg" in html and 'aria-label="QR-kode til evalueringen"' in html
    assert 'href="/fasilitator/inkludering/evaluering/svar.csv"' in html
    show = facilitator_client.get(f"/fasilitator/{survey.workshop.slug}/evaluering/vis/").content.decode()
    assert "http://testserver/evaluering/inkludering/" in show and "<svg" in show


def test_the_qr_page_of_a_closed_survey_warns_the_facilitator_before_the_room_scans_it(
    facilitator_client: Client, survey: Survey
) -> None:
    # A survey copied with "Use as template" starts closed; the projector page showed its code as if open,
    # and the room got "The survey is closed".
    show = f"/fasilitator/{survey.workshop.slug}/evaluering/vis/"
    assert "Undersøkelsen er stengt" not in facilitator_client.get(show).content.decode()
    Survey.objects.filter(pk=survey.pk).update(closes_at=timezone.now())
    html = facilitator_client.get(show).content.decode()
    assert "Undersøkelsen er stengt: de som skanner denne koden, får beskjed om det og kan ikke svare." in html
    assert f'href="/admin/evaluation/survey/{survey.pk}/change/"' in html


def test_a_workshop_without_a_survey_offers_to_create_one(facilitator_client: Client, workshop: Workshop) -> None:
    response = facilitator_client.get(f"/fasilitator/{workshop.slug}/evaluering/")
    assert response.status_code == 200
    assert f"/admin/evaluation/survey/add/?workshop={workshop.pk}" in response.content.decode()
    assert facilitator_client.get(f"/fasilitator/{workshop.slug}/evaluering/svar.csv").status_code == 404


def test_the_compile_overview_and_the_workshop_admin_link_to_the_results(
    facilitator_client: Client, survey: Survey
) -> None:
    url = f"/fasilitator/{survey.workshop.slug}/evaluering/"
    assert url in facilitator_client.get(f"/fasilitator/{survey.workshop.slug}/sammenstill/").content.decode()
    admin_page = facilitator_client.get(f"/admin/workshop/workshop/{survey.workshop.pk}/change/")
    assert url in admin_page.content.decode()


def test_approving_comments_puts_only_those_in_the_report(facilitator_client: Client, survey: Survey) -> None:
    chosen = Answer.objects.get(text="Godt organisert")
    response = facilitator_client.post(comments_url(survey.workshop), {"approved": [str(chosen.pk)]})
    assert response.status_code == 302
    assert set(Answer.objects.filter(approved=True).values_list("text", flat=True)) == {"Godt organisert"}
    # The same choice again changes nothing; an empty choice takes it back.
    facilitator_client.post(comments_url(survey.workshop), {"approved": [str(chosen.pk)]})
    assert Answer.objects.filter(approved=True).count() == 1

    survey.workshop.publish()
    Survey.objects.filter(pk=survey.pk).update(closes_at=timezone.now())  # the report shows a closed survey's
    report = Client().get(f"/rapport/{survey.workshop.slug}/").content.decode()
    assert "Godt organisert" in report and "Mer tid til grupper" not in report

    facilitator_client.post(comments_url(survey.workshop), {})
    assert not Answer.objects.filter(approved=True).exists()


def test_approving_comments_with_htmx_answers_with_the_form_only(facilitator_client: Client, survey: Survey) -> None:
    chosen = Answer.objects.get(text="Godt organisert")
    response = facilitator_client.post(
        comments_url(survey.workshop), {"approved": [str(chosen.pk)]}, HTTP_HX_REQUEST="true"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<form id="comments-form"')
    assert "Valget av kommentarer til rapporten er lagret." in html
    assert response["Vary"] == "HX-Request, Cookie" or "HX-Request" in response["Vary"]


def test_a_comment_from_another_survey_cannot_be_approved(facilitator_client: Client, survey: Survey) -> None:
    other = build_survey(build_workshop(slug="annet"))
    foreign = respond(other, q1="fylkeskommune", q5="Fremmed").answers.get(question__kind="text")
    response = facilitator_client.post(comments_url(survey.workshop), {"approved": [str(foreign.pk)]})
    assert response.status_code == 422
    assert "Den kommentaren hører ikke til denne undersøkelsen." in response.content.decode()
    assert not Answer.objects.filter(approved=True).exists()
    bad = facilitator_client.post(comments_url(survey.workshop), {"approved": ["ikke-en-id"]})
    assert bad.status_code == 422


def test_switching_language_after_a_refused_choice_of_comments_goes_back_to_the_results(
    facilitator_client: Client, survey: Survey
) -> None:
    # The language switch sent the comments form's POST-only address: 405 "Not a page".
    refused = facilitator_client.post(comments_url(survey.workshop), {"approved": ["ikke-en-id"]})
    results = f"/fasilitator/{survey.workshop.slug}/evaluering/"
    assert f'name="next" type="hidden" value="{results}#comments"' in refused.content.decode()
    switched = facilitator_client.post("/i18n/setlang/", {"language": "en", "next": f"{results}#comments"}, follow=True)
    assert switched.status_code == 200 and switched.redirect_chain == [(f"{results}#comments", 302)]


def test_creating_questions_from_the_programme_covers_every_talk_and_round_once(workshop: Workshop) -> None:
    survey = Survey.objects.create(workshop=workshop)
    added = survey.add_programme_questions()
    texts = [q.text for q in added]
    assert texts == [
        "Hvor jobber du?",
        "Hva synes du om innlegget «IMDi»?",
        "Gruppearbeid 1: Runde 1",
        "Gruppearbeid 2: Runde 2",
        "På en skala fra 1–5, der 1 er svært lite nyttig og 5 er svært nyttig, hva synes du om "  # noqa: RUF001
        "arbeidsverkstedet, alt i alt?",
        "Har du andre kommentarer?",
    ]
    talk = survey.questions.get(text__startswith="Hva synes du om")
    assert list(talk.options.values_list("label", flat=True)) == ["Lite nyttig", "Noe nyttig", "Nyttig", "Svært nyttig"]
    round_one = survey.questions.get(text="Gruppearbeid 1: Runde 1")
    assert list(round_one.options.values_list("label", flat=True)) == [
        "Lite interessant", "Noe interessant", "Interessant", "Svært interessant"
    ]
    overall = survey.questions.get(text__startswith="På en skala")
    assert overall.dont_know and overall.options.count() == 5
    assert survey.questions.get(is_segment=True).kind == Question.Kind.CHOICE
    assert survey.add_programme_questions() == []  # a second run adds nothing
    assert survey.questions.count() == 6


def test_a_rounds_title_that_says_group_work_is_not_said_twice_in_its_question(workshop: Workshop) -> None:
    workshop.rounds.filter(number=1).update(title="Gruppearbeid runde 1: Hva fungerer?")
    workshop.rounds.filter(number=2).update(title="Gruppearbeid")
    texts = [question.text for question in Survey.objects.create(workshop=workshop).add_programme_questions()]
    assert "Gruppearbeid 1: Hva fungerer?" in texts and "Gruppearbeid 2: Gruppearbeid" in texts


def create_questions_with_the_admin_action(client: Client, survey: Survey) -> HttpResponse:
    return client.post(  # type: ignore[return-value]
        "/admin/evaluation/survey/",
        {"action": "add_programme_questions", "_selected_action": [survey.pk]},
        follow=True,
    )


def test_the_admin_action_and_button_create_questions_from_the_programme(
    facilitator_client: Client, workshop: Workshop
) -> None:
    survey = Survey.objects.create(workshop=workshop)
    response = create_questions_with_the_admin_action(facilitator_client, survey)
    assert response.status_code == 200
    assert survey.questions.count() == 6
    assert "6 spørsmål lagt til." in response.content.decode()
    page = facilitator_client.get(f"/admin/evaluation/survey/{survey.pk}/change/").content.decode()
    assert 'name="_add_programme_questions"' in page


def test_a_facilitator_reading_english_gets_questions_in_bokmal_and_is_told_so(
    facilitator_client: Client, workshop: Workshop
) -> None:
    """Participants open the survey in Bokmål: English questions would surprise them."""
    survey = Survey.objects.create(workshop=workshop)
    facilitator_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = create_questions_with_the_admin_action(facilitator_client, survey)
    assert survey.questions.order_by("order").first().text == "Hvor jobber du?"
    assert "Gruppearbeid 1: Runde 1" in survey.questions.values_list("text", flat=True)
    page = response.content.decode()
    assert "6 questions added." in page
    assert "The questions are written in Norwegian Bokmål, the language participants see first." in page


def test_a_facilitator_reading_nynorsk_gets_questions_in_nynorsk(
    facilitator_client: Client, workshop: Workshop
) -> None:
    survey = Survey.objects.create(workshop=workshop)
    facilitator_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "nn"
    response = create_questions_with_the_admin_action(facilitator_client, survey)
    assert survey.questions.order_by("order").first().text == "Kvar jobbar du?"
    assert "participants see first" not in response.content.decode()


def create_url(workshop: Workshop) -> str:
    return f"/fasilitator/{workshop.slug}/evaluering/opprett/"


def test_a_facilitator_makes_the_survey_from_the_programme_in_one_step(
    facilitator_client: Client, workshop: Workshop
) -> None:
    results = f"/fasilitator/{workshop.slug}/evaluering/"
    page = facilitator_client.get(results).content.decode()
    assert f'action="{create_url(workshop)}"' in page and "Lag undersøkelsen fra programmet" in page
    closes = (timezone.localtime() + datetime.timedelta(days=7)).replace(second=0, microsecond=0)
    response = facilitator_client.post(
        create_url(workshop), {"closes_at": closes.strftime("%Y-%m-%dT%H:%M")}, follow=True
    )
    assert response.redirect_chain == [(results, 302)]
    survey = Survey.objects.get(workshop=workshop)
    assert survey.closes_at == closes
    assert survey.questions.count() == 6
    html = response.content.decode()
    assert "Undersøkelsen er klar med 6 spørsmål fra programmet." in html
    assert "http://testserver/evaluering/inkludering/" in html  # the link and the QR code to show


def test_the_closing_time_offered_is_a_week_ahead_and_accepted_as_it_is(
    facilitator_client: Client, workshop: Workshop
) -> None:
    """The survey is often made after the day: a week after a past day would be refused."""
    workshop.date = timezone.localdate() - datetime.timedelta(days=30)
    workshop.save()
    page = facilitator_client.get(f"/fasilitator/{workshop.slug}/evaluering/").content.decode()
    offered = re.search(r'name="closes_at" value="([^"]+)"', page)
    assert offered is not None
    week = (timezone.localdate() + datetime.timedelta(days=7)).isoformat()
    assert offered.group(1) == f"{week}T23:59"
    assert facilitator_client.post(create_url(workshop), {"closes_at": offered.group(1)}).status_code == 302
    workshop.date = timezone.localdate() + datetime.timedelta(days=3)
    assert f"{(workshop.date + datetime.timedelta(days=7)).isoformat()}T23:59" in str(
        CreateSurveyForm(workshop=workshop)["closes_at"]
    )


def test_asking_twice_for_the_survey_makes_one_survey_with_each_question_once(
    facilitator_client: Client, workshop: Workshop
) -> None:
    facilitator_client.post(create_url(workshop), {"closes_at": ""})
    facilitator_client.post(create_url(workshop), {"closes_at": ""})
    assert Survey.objects.filter(workshop=workshop).count() == 1
    assert Survey.objects.get(workshop=workshop).questions.count() == 6


def test_a_survey_cannot_be_made_to_close_in_the_past(facilitator_client: Client, workshop: Workshop) -> None:
    response = facilitator_client.post(create_url(workshop), {"closes_at": "2020-01-01T12:00"})
    assert response.status_code == 422
    assert "Velg et tidspunkt som ikke har passert ennå." in response.content.decode()
    assert not Survey.objects.filter(workshop=workshop).exists()


def test_only_a_facilitator_can_make_the_survey(client: Client, participant: User, workshop: Workshop) -> None:
    assert client.post(create_url(workshop), {"closes_at": ""}).status_code == 403
    client.force_login(participant)
    assert client.post(create_url(workshop), {"closes_at": ""}).status_code == 403
    assert not Survey.objects.filter(workshop=workshop).exists()


def test_the_set_up_page_leads_to_the_survey(facilitator_client: Client, workshop: Workshop) -> None:
    html = facilitator_client.get(f"/fasilitator/{workshop.slug}/oppsett/").content.decode()
    assert '<a href="#evaluation">Evaluering</a>' in html
    assert f'<a href="/fasilitator/{workshop.slug}/evaluering/">' in html


def test_the_admin_pages_for_a_survey_open_and_questions_have_no_page_of_their_own(
    facilitator_client: Client, survey: Survey
) -> None:
    """Questions and their answers are edited on the survey's page (evaluation/admin.py)."""
    assert facilitator_client.get("/admin/evaluation/survey/").status_code == 200
    assert facilitator_client.get(f"/admin/evaluation/survey/{survey.pk}/change/").status_code == 200
    q = question(survey, 3)
    assert facilitator_client.get(f"/admin/evaluation/question/{q.pk}/change/").status_code == 404


def test_a_condition_must_name_an_earlier_question_and_one_of_its_values(survey: Survey) -> None:
    from django.core.exceptions import ValidationError

    useful = question(survey, 3)
    useful.show_if_value = "kanskje"
    with pytest.raises(ValidationError, match="yes, no"):
        useful.full_clean()
    used = question(survey, 2)
    used.show_if_question = question(survey, 4)
    used.show_if_value = "enig"
    with pytest.raises(ValidationError):
        used.full_clean()
    text = question(survey, 5)
    text.is_segment = True
    with pytest.raises(ValidationError):
        text.full_clean()


def test_an_option_with_answers_cannot_be_deleted_on_its_own(survey: Survey) -> None:
    from django.db.models import RestrictedError

    option = question(survey, 1).options.get(value="fylkeskommune")
    with pytest.raises(RestrictedError):
        option.delete()
    survey.workshop.delete()  # the workshop takes its survey, questions, options and answers with it
    assert not Answer.objects.exists()
