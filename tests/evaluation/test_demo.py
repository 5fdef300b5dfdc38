"""`make demo` gives the demo workshop the seed's survey and 34 answers shaped like its charts."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

from evaluation.models import Response, Survey
from evaluation.results import QuestionResult, survey_results
from workshop.models import Workshop

pytestmark = pytest.mark.django_db


@pytest.fixture
def output() -> str:
    call_command("load_demo", stdout=StringIO())
    out = StringIO()
    call_command("load_demo_survey", stdout=out)
    return out.getvalue()


def percents(result: QuestionResult) -> dict[str, tuple[int, list[int]]]:
    return {row.label: (row.n, [cell.percent for cell in row.cells]) for row in result.rows}


def by_start(survey: Survey, start: str) -> QuestionResult:
    return next(r for r in survey_results(survey).questions if r.question.text.startswith(start))


def test_the_demo_survey_has_34_responses_from_24_counties_and_10_others(output: str) -> None:
    survey = Survey.objects.get(workshop__slug="inkludering-2025")
    assert Response.objects.filter(survey=survey).count() == 34
    where = percents(by_start(survey, "Hvor jobber du?"))
    assert where["I alt"] == (34, [71, 29])
    assert "34 responses (24 Fylkeskommune, 10 Annen organisasjon" in output
    assert "/evaluering/provebord/" in output
    assert not survey.is_open()


def test_the_demo_results_give_the_percentages_legible_in_the_seed_charts(output: str) -> None:
    survey = Survey.objects.get(workshop__slug="inkludering-2025")
    # "Gruppearbeid 4": the seed prints 8 / 67, 10 / 70 and 9 / 68 (Noe interessant / Interessant).
    round_four = percents(by_start(survey, "Gruppearbeid 4"))
    assert round_four["Fylkeskommune"] == (24, [0, 8, 67, 25])
    assert round_four["Annen organisasjon"] == (10, [0, 10, 70, 20])
    # 3, 23 and 8 of 34 are 8.8, 67.6 and 23.5 %: rounded one by one they made 9 + 68 + 24 = 101.
    # A row adds up to 100 now (largest remainder), so "Svært interessant" gets 23 and the two
    # percentages the seed prints are unchanged.
    assert round_four["I alt"] == (34, [0, 9, 68, 23])
    # "Det jeg har lært er relevant i min arbeidshverdag": 92, 70 and 85 (Enig).
    relevant = percents(by_start(survey, "Det jeg har lært"))
    assert [relevant[g][1][3] for g in ("Fylkeskommune", "Annen organisasjon", "I alt")] == [92, 70, 85]
    # IMDi's talk: 25 and 18 % "Noe nyttig"; "Hvis ja" answered by 22 + 7 = 29; overall by 23 + 8 = 31.
    imdi = percents(by_start(survey, "Hva synes du om – innlegget fra IMDi"))  # noqa: RUF001
    assert imdi["Fylkeskommune"][1][1] == 25 and imdi["I alt"][1][1] == 18
    assert [row.n for row in by_start(survey, "Hvis ja").rows] == [22, 7, 29]
    assert [row.n for row in by_start(survey, "På en skala fra 1–5").rows] == [23, 8, 31]  # noqa: RUF001


def test_the_trial_workshop_has_an_open_survey_without_answers(output: str, client: Client) -> None:
    trial = Workshop.objects.get(slug="provebord")
    assert trial.survey.is_open() and trial.survey.responses.count() == 0
    page = client.get("/evaluering/provebord/")
    assert page.status_code == 200 and "Hvis ja:" in page.content.decode()


def test_the_demo_report_shows_the_evaluation(output: str, client: Client) -> None:
    html = client.get("/rapport/inkludering-2025/").content.decode()
    assert '<section id="evaluation"' in html
    assert "Veldig nyttig å møte de andre fylkene" in html  # an approved comment
    assert "Lokalet var trangt" not in html  # not approved


def test_make_demo_can_run_again_over_a_survey_with_answers(output: str) -> None:
    call_command("load_demo", stdout=StringIO())  # deletes the workshops, surveys and answers with them
    call_command("load_demo_survey", stdout=StringIO())
    call_command("load_demo_survey", stdout=StringIO())
    assert Response.objects.count() == 34
