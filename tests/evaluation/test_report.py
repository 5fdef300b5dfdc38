"""The evaluation's results in the published report, after "What we do when we get home"."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.utils import timezone
from pytest_django import DjangoAssertNumQueries

from evaluation.models import Survey
from tests.evaluation.factories import build_survey, closed_survey, respond
from tests.factories import build_workshop
from workshop.models import Workshop

pytestmark = pytest.mark.django_db

# The report's own ten queries (tests/workshop/test_report.py), then the survey with its
# response count, its questions, their options, the choice answers and the approved comments.
REPORT_WITH_SURVEY_QUERIES = 2 + 11 + 4


def published_with_survey(slug: str, responses: int) -> Survey:
    workshop = build_workshop(slug=slug, tables=2, notes_per_table=5)
    workshop.publish()
    survey = closed_survey(workshop)  # the report shows the results of a closed survey
    segments = ("fylkeskommune", "annen-organisasjon")
    for n in range(responses):
        answer = respond(survey, q1=segments[n % 2], q2="yes", q3="nyttig", q4="enig", q5=f"Kommentar {n}")
        if n == 0:
            answer.answers.filter(question__kind="text").update(approved=True)
    return survey


def test_the_report_ends_with_the_evaluation_and_lists_it_in_its_contents(client: Client) -> None:
    survey = published_with_survey("med-evaluering", responses=12)
    html = client.get(f"/rapport/{survey.workshop.slug}/").content.decode()

    assert '<li><a href="#evaluation">Evaluering</a></li>' in html
    assert '<section id="evaluation"' in html
    assert html.index('id="actions"') < html.index('id="evaluation"')
    assert "Oppsummering av svarene fra 12 deltakere på evalueringen." in html
    assert "Fylkeskommune" in html and "Annen organisasjon" in html and "I alt" in html
    assert '<svg class="chart" role="img"' in html and "<table>" in html
    assert "Kommentar 0" in html  # approved
    assert "Kommentar 1" not in html  # not approved


def test_a_report_without_a_survey_or_answers_has_no_evaluation_section(client: Client, workshop: Workshop) -> None:
    workshop.publish()
    assert 'id="evaluation"' not in client.get(f"/rapport/{workshop.slug}/").content.decode()
    build_survey(workshop)
    html = client.get(f"/rapport/{workshop.slug}/").content.decode()
    assert 'id="evaluation"' not in html and 'href="#evaluation"' not in html


def test_a_survey_kept_out_of_the_report_is_not_shown(client: Client) -> None:
    survey = published_with_survey("skjult-evaluering", responses=6)
    survey.in_report = False
    survey.save()
    assert 'id="evaluation"' not in client.get(f"/rapport/{survey.workshop.slug}/").content.decode()


def test_the_report_runs_the_same_number_of_queries_for_a_small_and_a_large_survey(
    client: Client, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    small = published_with_survey("liten-evaluering", responses=3)
    large = published_with_survey("stor-evaluering", responses=120)
    # With every section the report can have, the themes' too.
    Workshop.objects.filter(pk__in=[small.workshop_id, large.workshop_id]).update(report_shows_themes=True)

    with django_assert_num_queries(REPORT_WITH_SURVEY_QUERIES):
        small_html = client.get(f"/rapport/{small.workshop.slug}/").content.decode()
    with django_assert_num_queries(REPORT_WITH_SURVEY_QUERIES):
        large_html = client.get(f"/rapport/{large.workshop.slug}/").content.decode()

    assert "n = 3" in small_html
    assert "n = 120" in large_html and "n = 60" in large_html


def test_an_unpublished_report_shows_its_evaluation_to_facilitators_only(facilitator_client: Client) -> None:
    survey = build_survey(build_workshop(slug="utkast-evaluering"))
    respond(survey, q1="fylkeskommune")
    assert Client().get("/rapport/utkast-evaluering/").status_code == 404
    assert 'id="evaluation"' in facilitator_client.get("/rapport/utkast-evaluering/").content.decode()


def test_while_the_survey_is_open_the_report_shows_no_results_that_could_tell_who_answered_what(
    client: Client,
) -> None:
    # The totals moved by one with each answer: anyone who saw a person send theirs could read what they answered.
    survey = published_with_survey("apen-evaluering", responses=6)
    Survey.objects.filter(pk=survey.pk).update(closes_at=None)
    url = f"/rapport/{survey.workshop.slug}/"
    html = client.get(url).content.decode()
    assert "Evalueringen er fortsatt åpen." in html
    assert "I alt" not in html and "6 deltakere" not in html and '<svg class="chart"' not in html

    Survey.objects.filter(pk=survey.pk).update(closes_at=timezone.now() + datetime.timedelta(hours=1))
    assert "Evalueringen er fortsatt åpen." in client.get(url).content.decode()
    # As if the hour had passed (update(): no save, nothing else of the report's state moves): the cached
    # report shows the results at once.
    Survey.objects.filter(pk=survey.pk).update(closes_at=timezone.now() - datetime.timedelta(minutes=1))
    html = client.get(url).content.decode()
    assert "Oppsummering av svarene fra 6 deltakere på evalueringen." in html and "I alt" in html


def test_a_question_nobody_answered_says_no_answers_not_no_answers_yet_once_the_survey_is_closed(
    client: Client, facilitator_client: Client
) -> None:
    # "Ingen svar ennå." in a report no more answers could come to.
    workshop = build_workshop(slug="ingen-svar")
    workshop.publish()
    survey = build_survey(workshop)
    for n in range(6):
        respond(survey, q1=("fylkeskommune", "annen-organisasjon")[n % 2])
    results = facilitator_client.get(f"/fasilitator/{workshop.slug}/evaluering/").content.decode()
    assert "Ingen svar ennå." in results  # open: answers may still come
    Survey.objects.filter(pk=survey.pk).update(closes_at=timezone.now())
    report = client.get(f"/rapport/{workshop.slug}/").content.decode()
    assert "Ingen svar." in report and "Ingen svar ennå." not in report
    results = facilitator_client.get(f"/fasilitator/{workshop.slug}/evaluering/").content.decode()
    assert "Ingen svar." in results and "Ingen svar ennå." not in results
