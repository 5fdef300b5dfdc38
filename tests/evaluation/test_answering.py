"""Participants answer the survey: one screen, no account, validated on the server."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client

from evaluation.models import Answer, Response, SubmittedForm, Survey
from tests.evaluation.factories import (
    FYLKE,
    build_survey,
    closed_survey,
    form_data,
    post,
    question,
    survey_url,
)
from tests.factories import build_workshop
from workshop.models import Workshop

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(client: Client) -> Client:
    client.cookies["django_language"] = "en"
    return client


def assert_nothing_stored() -> None:
    assert Response.objects.count() == 0
    assert Answer.objects.count() == 0


def test_the_survey_page_shows_every_question_with_its_options_in_norwegian(client: Client, workshop: Workshop) -> None:
    survey = build_survey(workshop)
    html = client.get(survey_url(workshop)).content.decode()
    assert "<h1>Evaluering</h1>" in html
    for text in ("Hvor jobber du?", "Har du brukt materialet?", "Det har vært inspirerende", "Kommentarer"):
        assert text in html
    assert 'type="radio"' in html and "Annen organisasjon" in html and "Svært nyttig" in html
    assert "Vet ikke" in html  # "don't know" offered on the scale that has it
    assert "(må besvares)" in html  # the required question says so
    # The conditional question is visible without JavaScript and says when it applies.
    assert "Bare hvis du svarte «Ja» på spørsmål 2." in html
    assert f'action="{survey_url(workshop)}"' in html
    assert survey.responses.count() == 0


def test_a_conditional_question_is_lettered_so_that_hiding_it_leaves_no_gap_in_the_numbers(
    client: Client, workshop: Workshop
) -> None:
    build_survey(workshop)
    html = client.get(survey_url(workshop)).content.decode()
    numbers = re.findall(r'<span class="question-number">([^<]+)\.</span>', html)
    assert numbers == ["1", "2", "2a", "3", "4"]


def test_answering_stores_one_response_and_thanks_the_participant(client: Client, workshop: Workshop) -> None:
    survey = build_survey(workshop)
    response = post(client, survey, q1="fylkeskommune", q2="yes", q3="nyttig", q4="?", q5="Fin dag!")

    assert response.status_code == 302
    assert response["Location"] == f"/evaluering/{workshop.slug}/takk/"
    stored = Response.objects.get()
    answers = {a.question.order: a for a in stored.answers.select_related("question", "option")}
    assert answers[1].option.label == "Fylkeskommune"
    assert answers[2].option.value == "yes"
    assert answers[3].option.label == "Nyttig"
    assert answers[4].dont_know and answers[4].option is None
    assert answers[5].text == "Fin dag!" and not answers[5].approved
    thanks = client.get(response["Location"]).content.decode()
    assert "Takk for svarene dine!" in thanks


def test_skipped_questions_store_no_answer(client: Client, workshop: Workshop) -> None:
    survey = build_survey(workshop)
    assert post(client, survey, q1="annen-organisasjon", q2="no").status_code == 302
    assert sorted(Answer.objects.values_list("question__order", flat=True)) == [1, 2]


def test_a_form_with_no_answer_at_all_is_refused_and_the_device_may_still_answer(
    client: Client, workshop: Workshop
) -> None:
    survey = build_survey(workshop)
    survey.questions.update(required=False)
    empty = post(client, survey, q5="   ")

    assert empty.status_code == 422
    assert "Svar på minst ett spørsmål før du sender." in empty.content.decode()
    assert_nothing_stored()  # not counted as a participant in the report
    # Nothing was sent, so this device has not answered: it can still answer.
    assert post(client, survey, q2="no").status_code == 302
    assert Response.objects.count() == 1


def test_a_second_attempt_from_the_same_device_is_refused_with_a_clear_message(
    client: Client, workshop: Workshop
) -> None:
    survey = build_survey(workshop)
    post(client, survey, q1="fylkeskommune")
    again = client.post(survey_url(workshop), form_data(survey, token="0b9c8a52-8e1e-4c1b-9a57-0d1c2e3f4a5b",
                                                        q1="annen-organisasjon"))

    assert again.status_code == 409
    assert "Du har allerede svart" in again.content.decode()
    assert Response.objects.count() == 1
    assert not Answer.objects.filter(option__value="annen-organisasjon").exists()
    # Opening the survey again says the same, politely.
    page = client.get(survey_url(workshop))
    assert page.status_code == 200 and "Du har allerede svart" in page.content.decode()


def test_the_same_form_sent_twice_is_stored_once(workshop: Workshop) -> None:
    """A retry after a lost connection (the cookie never arrived) repeats the form's token."""
    survey = build_survey(workshop)
    first, retry = Client(), Client()
    assert post(first, survey, q1="fylkeskommune").status_code == 302
    assert post(retry, survey, q1="fylkeskommune").status_code == 302
    assert Response.objects.count() == 1
    assert SubmittedForm.objects.count() == 1


def test_another_device_can_answer(workshop: Workshop) -> None:
    survey = build_survey(workshop)
    post(Client(), survey, q1="fylkeskommune")
    Client().post(survey_url(workshop), form_data(survey, token="1b9c8a52-8e1e-4c1b-9a57-0d1c2e3f4a5b",
                                                  q1="annen-organisasjon"))
    assert Response.objects.count() == 2


def test_a_closed_survey_refuses_answers_politely(english: Client, workshop: Workshop) -> None:
    survey = closed_survey(workshop)
    page = english.get(survey_url(workshop))
    sent = post(english, survey, q1="fylkeskommune")

    assert page.status_code == 410 and sent.status_code == 410
    assert "The survey is closed" in sent.content.decode()
    assert "no longer takes answers" in sent.content.decode()
    assert_nothing_stored()


def test_a_missing_required_answer_is_refused_with_a_message_at_the_question(
    english: Client, workshop: Workshop
) -> None:
    survey = build_survey(workshop)
    response = post(english, survey, q2="no", q5="Bra")
    html = response.content.decode()

    assert response.status_code == 422
    assert "Some answers need another look" in html
    assert "Please answer this question." in html
    assert f'href="#q{question(survey, 1).pk}"' in html  # the summary links to the question
    assert "Bra</textarea>" in html  # nothing typed is lost
    assert_nothing_stored()


def test_an_answer_to_a_hidden_conditional_question_is_refused(english: Client, workshop: Workshop) -> None:
    survey = build_survey(workshop)
    response = post(english, survey, q1="fylkeskommune", q2="no", q3="nyttig")

    assert response.status_code == 422
    assert "only for those who answered “Ja” to “Har du brukt materialet?”" in response.content.decode()
    assert_nothing_stored()


def test_without_javascript_a_refused_conditional_answer_comes_back_unchosen_so_the_form_can_be_sent(
    english: Client, workshop: Workshop
) -> None:
    # A radio button cannot be unchosen: the form came back with it chosen, and the participant was stuck
    # between a false "Ja" and losing every answer to a reload.
    survey = build_survey(workshop)
    conditional = question(survey, 3)
    response = post(english, survey, q1="fylkeskommune", q2="no", q3="nyttig", q5="Bra dag")
    html = response.content.decode()

    assert response.status_code == 422
    assert not re.search(rf'<input[^>]*name="q{conditional.pk}"[^>]*checked', html)
    assert re.search(rf'<input[^>]*name="q{question(survey, 2).pk}"[^>]*value="no"[^>]*checked', html)
    assert "Bra dag</textarea>" in html

    again = post(english, survey, q1="fylkeskommune", q2="no", q5="Bra dag")
    assert again.status_code == 302
    assert Response.objects.count() == 1


def test_the_conditional_question_needs_its_condition_even_when_the_parent_is_skipped(
    english: Client, workshop: Workshop
) -> None:
    survey = build_survey(workshop)
    response = post(english, survey, q1="fylkeskommune", q3="nyttig")
    assert response.status_code == 422
    assert_nothing_stored()


@pytest.mark.parametrize("value", ["5", "veldig-nyttig", "?", "fylkeskommune", "", "yes"])
def test_a_value_not_on_the_scale_is_refused(english: Client, workshop: Workshop, value: str) -> None:
    survey = build_survey(workshop)
    response = post(english, survey, q1="fylkeskommune", q2="yes", q3=value or "\x00")
    assert response.status_code == 422
    assert "That answer is not one of this question&#x27;s options." in response.content.decode()
    assert_nothing_stored()


def test_dont_know_is_refused_on_a_question_that_does_not_offer_it(english: Client, workshop: Workshop) -> None:
    survey = build_survey(workshop)
    response = post(english, survey, q1="?")
    assert response.status_code == 422
    assert_nothing_stored()


def test_oversize_text_and_nul_bytes_are_refused(english: Client, workshop: Workshop) -> None:
    survey = build_survey(workshop)
    too_long = post(english, survey, q1="fylkeskommune", q5="x" * 2001)
    nul = post(english, survey, q1="fylkeskommune", q5="Hei\x00der")

    assert too_long.status_code == 422
    assert "Please keep the answer under 2000 characters (it has 2001)." in too_long.content.decode()
    # The whole answer comes back to be shortened; a maxlength would have had the browser cut a
    # pasted answer without a word.
    assert "x" * 2001 + "</textarea>" in too_long.content.decode() and "maxlength" not in too_long.content.decode()
    assert nul.status_code == 422
    assert "Null characters are not allowed." in nul.content.decode()
    assert_nothing_stored()


def test_a_form_without_its_token_is_refused_and_given_a_new_one(english: Client, workshop: Workshop) -> None:
    survey = build_survey(workshop)
    data = form_data(survey, q1="fylkeskommune")
    del data["token"]
    response = english.post(survey_url(workshop), data)

    assert response.status_code == 422
    assert "The form was not complete. Please send it again." in response.content.decode()
    assert 'name="token" value="' in response.content.decode()
    assert_nothing_stored()


def test_a_workshop_without_a_survey_has_no_survey_page(client: Client, workshop: Workshop) -> None:
    assert client.get(survey_url(workshop)).status_code == 404
    assert client.post(survey_url(workshop), {}).status_code == 404


def test_other_methods_are_not_allowed(client: Client, workshop: Workshop) -> None:
    build_survey(workshop)
    assert client.put(survey_url(workshop)).status_code == 405


def test_the_survey_belongs_to_its_own_workshop(client: Client, workshop: Workshop) -> None:
    survey = build_survey(workshop)
    other = build_workshop(slug="annet")
    build_survey(other)
    # An option of this survey posted to the other survey's address is not on its scale.
    response = client.post(survey_url(other), form_data(survey, q1="fylkeskommune"))
    assert response.status_code == 422
    assert_nothing_stored()


def test_a_survey_with_a_question_without_answers_says_it_is_not_ready_and_shows_no_form(
    english: Client, workshop: Workshop
) -> None:
    """A question can lose its answers outside the admin (an import, a copy): nobody gets a form
    they cannot complete. Participants read a plain sentence; nothing is stored."""
    survey = build_survey(workshop)
    question(survey, 3).options.all().delete()

    page = english.get(survey_url(workshop))
    html = page.content.decode()

    assert page.status_code == 200
    assert "The survey is not ready yet." in html
    assert "<form" not in html.split('<div class="survey">')[1]
    assert 'type="radio"' not in html
    assert "has no answers to choose from" not in html  # the details are for facilitators
    sent = post(english, survey, q1="fylkeskommune", q2="no")
    assert sent.status_code == 409
    assert "The survey is not ready yet." in sent.content.decode()
    assert_nothing_stored()


def test_a_survey_without_questions_says_it_is_not_ready_instead_of_a_form_that_cannot_be_sent(
    client: Client, workshop: Workshop, facilitator: User
) -> None:
    """A survey saved in the admin before its questions are added: the QR code may be out already."""
    Survey.objects.create(workshop=workshop)
    page = client.get(survey_url(workshop))
    html = page.content.decode()

    assert page.status_code == 200
    assert "Evalueringen er ikke klar ennå." in html
    assert "Send svarene mine" not in html
    assert "Undersøkelsen har ingen spørsmål ennå." not in html  # the details are for facilitators
    sent = client.post(survey_url(workshop), {"token": "6f1c8a52-8e1e-4c1b-9a57-0d1c2e3f4a5b"})
    assert sent.status_code == 409
    assert_nothing_stored()

    client.force_login(facilitator)
    html = client.get(survey_url(workshop)).content.decode()
    assert "Undersøkelsen har ingen spørsmål ennå." in html
    assert "Legg inn spørsmålene på evalueringens side i administrasjonen" in html


def test_a_facilitator_sees_which_question_keeps_the_survey_from_being_ready(
    english: Client, workshop: Workshop, facilitator: User
) -> None:
    survey = build_survey(workshop)
    question(survey, 3).options.all().delete()
    english.force_login(facilitator)

    html = english.get(survey_url(workshop)).content.decode()

    assert "The survey is not ready yet." in html
    assert "Question 2a, “Hvis ja: hvor nyttig var oppgavene?”, has no answers to choose from." in html
    assert f'href="/admin/evaluation/survey/{survey.pk}/change/"' in html
    assert 'type="radio"' not in html


def test_the_thank_you_page_sends_someone_who_has_not_answered_to_the_survey(
    client: Client, workshop: Workshop
) -> None:
    # It said "Your answers are saved" to anyone who opened its address.
    survey = build_survey(workshop)
    response = client.get(f"/evaluering/{workshop.slug}/takk/")
    assert response.status_code == 302
    assert response["Location"] == survey_url(workshop)
    assert post(client, survey, q1="fylkeskommune").status_code == 302
    assert "Takk for svarene dine!" in client.get(f"/evaluering/{workshop.slug}/takk/").content.decode()


def test_the_thank_you_page_promises_results_in_the_report_only_where_the_report_will_show_them(
    workshop: Workshop
) -> None:
    survey = build_survey(workshop)
    promise = "Resultatene blir en del av rapporten fra verkstedet."
    shown = Client()
    post(shown, survey, q1="fylkeskommune")
    assert promise in shown.get(f"/evaluering/{workshop.slug}/takk/").content.decode()

    survey.in_report = False  # the facilitators keep the results out of the report
    survey.save()
    kept_out = Client()
    kept_out.post(survey_url(workshop), form_data(survey, token="2b9c8a52-8e1e-4c1b-9a57-0d1c2e3f4a5b", q1=FYLKE))
    thanks = kept_out.get(f"/evaluering/{workshop.slug}/takk/").content.decode()
    assert "Takk for svarene dine!" in thanks and promise not in thanks
