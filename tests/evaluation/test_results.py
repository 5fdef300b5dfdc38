"""Results counted as the seed report counts them, checked against numbers worked out by hand.

The answer set (question 4, "Det har vært inspirerende", Helt uenig / Uenig / Litt enig / Enig
+ Vet ikke):

    Fylkeskommune, 7 responses: Enig 3, Litt enig 1, Uenig 1, Vet ikke 1, skipped 1 → n = 6
        Uenig 1/6 = 17 %, Litt enig 1/6 = 17 %, Enig 3/6 = 50 %, Vet ikke 1/6 = 17 %
        average without "don't know": (2 + 3 + 4·3) / 5 = 3.4
    Annen organisasjon, 5 responses: Enig 2, Litt enig 2, Vet ikke 1 → n = 5
        Litt enig 40 %, Enig 40 %, Vet ikke 20 %; average (3·2 + 4·2) / 4 = 3.5
    In all, n = 11: Uenig 1 = 9 %, Litt enig 3 = 27 %, Enig 5 = 46 %, Vet ikke 2 = 18 %

A row's percentages add up to 100 where equal counts allow (largest remainder, equal counts
equal). The county row's three sixths are equal counts, so they show the same 17 % and the row
makes 101 (16, 16, 50, 16 would be 98, and 17, 17, 50, 16 shows one answer of three as less).
Rounded one by one, "In all" was 9 + 27 + 45 + 18 = 99: each part's exact share rounded down,
and the missing point goes to the largest remainder (5/11 = 45.45 has the largest of the
elevenths): 46.

Question 3 ("Hvis ja", asked of the 7 who said yes) has 3 answers from county municipalities:
fewer than 5, so it is shown in all only: Noe nyttig 2/6 = 33 %, Nyttig 3/6 = 50 %,
Svært nyttig 1/6 = 17 %.
"""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

import pytest
from django.test import Client
from django.utils import translation

from evaluation.charts import chart_svg
from evaluation.models import Survey
from evaluation.results import QuestionResult, percent, rounded_mean, row_percents, survey_results
from tests.evaluation.factories import build_survey, question, respond
from tests.factories import read_csv
from workshop.models import Workshop

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(workshop: Workshop) -> Survey:
    survey = build_survey(workshop)
    F, A = "fylkeskommune", "annen-organisasjon"
    for q2, q3, q4 in [
        ("yes", "nyttig", "enig"), ("yes", "nyttig", "enig"), ("yes", "svaert-nyttig", "enig"),
        ("yes", "", "litt-enig"), ("no", "", "uenig"), ("no", "", "?"), ("", "", ""),
    ]:
        respond(survey, q1=F, **{k: v for k, v in (("q2", q2), ("q3", q3), ("q4", q4)) if v})
    for q2, q3, q4 in [
        ("yes", "nyttig", "enig"), ("yes", "noe-nyttig", "enig"), ("yes", "noe-nyttig", "litt-enig"),
        ("no", "", "litt-enig"), ("no", "", "?"),
    ]:
        respond(survey, q1=A, q5="Bra dag", **{k: v for k, v in (("q2", q2), ("q3", q3), ("q4", q4)) if v})
    return survey


def table(result: QuestionResult) -> dict[str, tuple[int, list[tuple[int, int]]]]:
    """{row label: (n, [(count, percent) per category])}"""
    return {row.label: (row.n, [(c.count, c.percent) for c in row.cells]) for row in result.rows}


def by_order(survey: Survey, order: int) -> QuestionResult:
    results = survey_results(survey)
    return next(r for r in results.questions if r.question.order == order)


def test_percent_rounds_halves_up_exactly() -> None:
    assert [percent(1, 6), percent(1, 8), percent(3, 11), percent(2, 3), percent(0, 0)] == [17, 13, 27, 67, 0]


def test_a_row_of_percents_adds_up_to_100_by_the_largest_remainder() -> None:
    assert row_percents([1, 3, 5, 2]) == [9, 27, 46, 18]
    assert row_percents([3, 23, 8]) == [9, 68, 23]  # one by one: 9 + 68 + 24 = 101
    assert row_percents([0, 0, 0]) == [0, 0, 0]  # nobody answered: all 0, not 100
    assert row_percents([]) == []


def test_equal_counts_always_show_equal_percents() -> None:
    # Largest remainder alone made these 34 / 33 / 33 and 0 / 14 / 29 / 29 / 28.
    assert row_percents([1, 1, 1]) == [33, 33, 33]
    assert row_percents([0, 1, 2, 2, 2]) == [0, 14, 29, 29, 29]
    assert row_percents([3, 1, 1, 1]) == [50, 17, 17, 17]


def test_every_row_of_percents_is_near_100_with_equal_counts_equal_and_each_part_within_one_of_exact() -> None:
    draw = random.Random(7)
    for _n in range(2000):
        counts = [draw.choice([0, 0, 1, 2, 3, 7, 11, 40]) for _part in range(draw.randint(1, 8))]
        shares = row_percents(counts)
        total = sum(counts)
        if total == 0:
            assert shares == [0] * len(counts)
            continue
        for count, share in zip(counts, shares, strict=True):
            assert abs(share - Fraction(100 * count, total)) < 1, counts
        assert len({share for count, share in zip(counts, shares, strict=True) if count == 1}) <= 1, counts
        # Off 100 only by what equal counts force: never more than half of the parts.
        assert abs(sum(shares) - 100) <= len(counts) // 2, counts
        if len(set(counts)) == len(counts):
            assert sum(shares) == 100, counts


def test_the_average_is_rounded_once_halves_up_for_the_page_and_the_csv() -> None:
    assert rounded_mean(69, 20) == Decimal("3.5")  # 3.45
    assert rounded_mean(31, 9) == Decimal("3.4")
    assert rounded_mean(0, 0) is None


def test_a_scale_is_counted_per_segment_and_in_all_with_dont_know_apart(survey: Survey) -> None:
    result = by_order(survey, 4)
    assert [c.label for c in result.categories] == ["Helt uenig", "Uenig", "Litt enig", "Enig", "Vet ikke"]
    assert table(result) == {
        "Fylkeskommune": (6, [(0, 0), (1, 17), (1, 17), (3, 50), (1, 17)]),
        "Annen organisasjon": (5, [(0, 0), (0, 0), (2, 40), (2, 40), (1, 20)]),
        "I alt": (11, [(0, 0), (1, 9), (3, 27), (5, 46), (2, 18)]),
    }
    means = {row.label: row.mean for row in result.rows}
    assert means["Fylkeskommune"] == pytest.approx(3.4)
    assert means["Annen organisasjon"] == pytest.approx(3.5)
    assert means["I alt"] == pytest.approx(31 / 9)
    assert not result.split_hidden


def test_skipped_questions_are_not_counted(survey: Survey) -> None:
    results = survey_results(survey)
    assert results.response_count == 12
    used = table(next(r for r in results.questions if r.question.order == 2))
    # One county respondent skipped the question: n is 6, not 7.
    assert used["Fylkeskommune"] == (6, [(4, 67), (2, 33)])
    assert used["I alt"] == (11, [(7, 64), (4, 36)])


def test_a_segment_with_fewer_than_five_answers_is_not_shown_on_its_own(survey: Survey) -> None:
    result = by_order(survey, 3)
    assert result.split_hidden
    assert table(result) == {"I alt": (6, [(0, 0), (2, 33), (3, 50), (1, 17)])}


def test_a_small_segment_hides_the_split_for_every_question_it_answered(workshop: Workshop) -> None:
    survey = build_survey(workshop)
    for _n in range(5):
        respond(survey, q1="fylkeskommune", q4="enig")
    for _n in range(4):
        respond(survey, q1="annen-organisasjon", q4="uenig")
    result = by_order(survey, 4)
    assert result.split_hidden
    assert [row.label for row in result.rows] == ["I alt"]
    assert table(result)["I alt"][0] == 9


def test_respondents_without_a_segment_count_as_a_group_too(workshop: Workshop) -> None:
    """Else "In all" minus the shown groups would give away the few who skipped the segment."""
    survey = build_survey(workshop)
    for segment in ("fylkeskommune", "annen-organisasjon"):
        for _n in range(5):
            respond(survey, q1=segment, q4="enig")
    respond(survey, q4="uenig")
    assert by_order(survey, 4).split_hidden
    respond(survey, q1="fylkeskommune", q2="no")
    assert by_order(survey, 2).rows[-1].n == 1  # I alt only, of course


def test_free_text_answers_are_listed_and_only_approved_ones_in_the_report_results(survey: Survey) -> None:
    answers = list(question(survey, 5).answers.all())
    answers[0].approved = True
    answers[0].save()
    assert len(by_order(survey, 5).texts) == 5
    report = survey_results(survey, approved_texts_only=True)
    assert len(next(r for r in report.questions if r.question.order == 5).texts) == 1


def test_the_results_page_shows_the_hand_computed_numbers(facilitator_client: Client, survey: Survey) -> None:
    facilitator_client.cookies["django_language"] = "en"
    html = facilitator_client.get(f"/fasilitator/{survey.workshop.slug}/evaluering/").content.decode()
    assert "12 responses." in html
    assert '<svg class="chart" role="img"' in html
    assert "n = 11" in html and "n = 6" in html
    assert ">46%</text>" in html  # Enig in all, on its bar
    # The table as the chart: "46%" in English (it read "46 %" beside the chart's "46%").
    assert "<td>5 (46%)</td>" in html and "<td>3 (50%)</td>" in html
    assert "<td>3.4</td>" in html  # the county average, "don't know" left out
    assert "Only the total is shown" in html
    assert "Bra dag" in html  # facilitators see every comment
    # Each question's results are where the report has them: by its number, "2a" shown after a yes to 2.
    assert '<section class="survey-result" id="evaluation-question-2a"' in html
    assert 'aria-labelledby="evaluation-question-2a-chart-title evaluation-question-2a-chart-desc"' in html


def test_the_results_csv_matches_the_hand_computed_numbers(facilitator_client: Client, survey: Survey) -> None:
    response = facilitator_client.get(f"/fasilitator/{survey.workshop.slug}/evaluering/resultater.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = read_csv(response.content)
    q4 = {(row[2], row[3]): (int(row[4]), int(row[5]), int(row[6])) for row in rows[1:] if row[0] == "3"}
    assert q4[("Fylkeskommune", "Enig")] == (3, 50, 6)
    assert q4[("Fylkeskommune", "Vet ikke")] == (1, 17, 6)
    assert q4[("Annen organisasjon", "Litt enig")] == (2, 40, 5)
    assert q4[("I alt", "Enig")] == (5, 46, 11)
    assert q4[("I alt", "Vet ikke")] == (2, 18, 11)
    q3_groups = {row[2] for row in rows[1:] if row[0] == "2a"}
    assert q3_groups == {"I alt"}  # the CSV keeps the small groups hidden too


def test_the_responses_csv_has_one_row_per_response(facilitator_client: Client, survey: Survey) -> None:
    response = facilitator_client.get(f"/fasilitator/{survey.workshop.slug}/evaluering/svar.csv")
    rows = read_csv(response.content)
    header, body = rows[0], rows[1:]
    assert header[:2] == ["Besvarelse", "Dato"] and header[2] == "1. Hvor jobber du?"
    assert len(body) == 12
    assert sorted(row[0] for row in body) == sorted(str(n) for n in range(1, 13))
    q4 = [row[5] for row in body]
    assert q4.count("Enig") == 5 and q4.count("Vet ikke") == 2 and q4.count("") == 1
    assert [row[2] for row in body].count("Fylkeskommune") == 7
    assert [row[6] for row in body].count("Bra dag") == 5


def test_csv_cells_are_never_spreadsheet_formulas(facilitator_client: Client, survey: Survey) -> None:
    respond(survey, q1="fylkeskommune", q5="=HYPERLINK(\"http://example.com\")")
    response = facilitator_client.get(f"/fasilitator/{survey.workshop.slug}/evaluering/svar.csv")
    assert "'=HYPERLINK" in response.content.decode("utf-8-sig")


def test_the_rows_of_the_page_and_its_charts_show_equal_counts_alike_and_the_rest_add_up(survey: Survey) -> None:
    for result in survey_results(survey).questions:
        for result_row in result.rows:
            counts = [cell.count for cell in result_row.cells if cell.count]
            if len(set(counts)) == len(counts):
                assert sum(cell.percent for cell in result_row.cells) == (100 if result_row.n else 0)
            for cell in result_row.cells:
                alike = {other.percent for other in result_row.cells if other.count == cell.count}
                assert alike == {cell.percent}
    with translation.override("en"):
        svg = chart_svg(by_order(survey, 4))
    assert ">46%</text>" in svg and ">45%</text>" not in svg  # the bar prints the row's percent


def test_a_question_nobody_answered_has_a_row_of_zeros(workshop: Workshop) -> None:
    survey = build_survey(workshop)
    result = by_order(survey, 4)
    assert table(result) == {"I alt": (0, [(0, 0)] * 5)}
    assert result.total is not None and result.total.mean_rounded is None


def test_the_results_csv_has_the_average_of_each_group_as_the_page_shows_it(
    facilitator_client: Client, survey: Survey
) -> None:
    response = facilitator_client.get(f"/fasilitator/{survey.workshop.slug}/evaluering/resultater.csv")
    rows = read_csv(response.content)
    assert rows[0][-2:] == ["n", "Gjennomsnitt (uten «vet ikke»)"]
    q4_means = {row[2]: row[7] for row in rows[1:] if row[0] == "3"}
    assert q4_means == {"Fylkeskommune": "3,4", "Annen organisasjon": "3,5", "I alt": "3,4"}
    q2_means = {row[7] for row in rows[1:] if row[0] == "2"}
    assert q2_means == {""}  # yes or no: no average
    facilitator_client.cookies["django_language"] = "en"
    html = facilitator_client.get(f"/fasilitator/{survey.workshop.slug}/evaluering/").content.decode()
    assert "<td>3.4</td>" in html and "<td>3.5</td>" in html


def test_the_results_table_writes_percent_as_norwegian_does_with_a_no_break_space(
    facilitator_client: Client, survey: Survey
) -> None:
    html = facilitator_client.get(f"/fasilitator/{survey.workshop.slug}/evaluering/").content.decode()
    assert "<td>5 (46\u00a0%)</td>" in html and ">46\u00a0%</text>" in html


def test_a_norwegian_csv_is_split_by_semicolons_with_decimal_commas_and_an_english_one_by_commas(
    facilitator_client: Client, survey: Survey
) -> None:
    """As a spreadsheet set to the language opens it with a double click: Norwegian Excel splits a
    CSV by semicolons and reads 3,4 as a number (a comma-separated file lands in one column, and
    3.4 becomes the 3rd of April)."""
    url = f"/fasilitator/{survey.workshop.slug}/evaluering/resultater.csv"
    norwegian = facilitator_client.get(url).content.decode("utf-8-sig").splitlines()
    assert norwegian[0] == "Nummer;Spørsmål;Gruppe;Svar;Antall;Prosent;n;Gjennomsnitt (uten «vet ikke»)"
    assert "3;Det har vært inspirerende;I alt;Enig;5;46;11;3,4" in norwegian
    facilitator_client.cookies["django_language"] = "en"
    english = facilitator_client.get(url).content.decode("utf-8-sig").splitlines()
    assert english[0] == "Number,Question,Group,Answer,Count,Percent,n,Average (without “don't know”)"
    assert "3,Det har vært inspirerende,In all,Enig,5,46,11,3.4" in english


def test_the_segment_question_is_counted_not_split_by_itself(facilitator_client: Client, survey: Survey) -> None:
    result = by_order(survey, 1)
    assert result.counts_only
    # One row, in all: split by itself, each group would be 100 % of its own answer.
    assert table(result) == {"I alt": (12, [(7, 58), (5, 42)])}
    assert chart_svg(result).count('stroke="#6e7781"') == 1  # one bar: its outline
    response = facilitator_client.get(f"/fasilitator/{survey.workshop.slug}/evaluering/resultater.csv")
    rows = read_csv(response.content)
    assert {(row[2], row[3], row[4], row[5]) for row in rows[1:] if row[0] == "1"} == {
        ("I alt", "Fylkeskommune", "7", "58"), ("I alt", "Annen organisasjon", "5", "42"),
    }
    # The other questions are still split by it.
    assert [r.label for r in by_order(survey, 4).rows] == ["Fylkeskommune", "Annen organisasjon", "I alt"]
