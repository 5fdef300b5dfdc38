"""The survey's results: counts and percentages per question, per segment and in all.

Counted as the seed report counts them: a row's n is everyone who gave an answer to the
question, "don't know" included (it is its own grey part of the bar); skipped questions are not
counted. "Don't know" is left out of the scale's average. A segment (e.g. "County municipality")
is shown as its own row only when every group the question can be split into has at least
MIN_GROUP_SIZE answers; otherwise the question shows "In all" only, so that no small group's
answers can be read off (not even by subtracting the shown rows from "In all"). The segment
question itself is only counted (one "In all" row): split by itself, each group would be 100 %
of its own answer.

A row's percentages add up to 100 unless equal counts would then differ (largest remainder,
equal counts equal: `row_percents`), and the page, the charts, the report and the CSV all take
them from here, as they take the average rounded by `rounded_mean`.

Built from the survey in four queries, however many responses: questions, options, choice
answers, and free-text answers.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from uuid import UUID

from django.utils.translation import gettext as _

from evaluation.models import DONT_KNOW, Answer, Question, Survey
from workshop.report import survey_question_anchor

MIN_GROUP_SIZE = 5
UNSEGMENTED = "-"  # respondents who did not answer the segment question


def format_percent(value: int) -> str:
    """ "46 %" in Norwegian (a no-break space), "46%" in English: the tables, the charts and the report alike."""
    return _("%(percent)s%%") % {"percent": value}


def percent(count: int, total: int) -> int:
    """One share on its own in whole percent, halves rounded up (1 of 8 is 13 %), without floats.

    For a sentence such as "71 % from county municipalities". The parts of a row are rounded
    together by `row_percents` instead, so that they add up to 100 where equal counts allow.
    """
    if total == 0:
        return 0
    return (200 * count + total) // (2 * total)


def row_percents(counts: list[int]) -> list[int]:
    """Whole percents of a row's counts, as close to adding up to 100 as equal counts allow (0s
    when nobody answered).

    Largest remainder (Hamilton's) method, with one rule first: equal counts always show equal
    percents, so that no reader sees a difference where the answers have none. Every part gets
    its exact share rounded down, and the points still missing up to 100 go to the parts with the
    largest remainders, each group of equal counts as one: all of it or none of it, whichever
    brings the row closer to 100. So 0, 1, 2, 2, 2 of 7 (rounded one by one 0 + 14 + 29 + 29 + 29
    = 101) stays 101 rather than showing one of three equal counts as 28; 1, 1, 1 is 33 each (99);
    1, 3, 5, 2 of 11 is 9 + 27 + 46 + 18 = 100. Integers only: no float can tip a tie.
    """
    total = sum(counts)
    if total == 0:
        return [0 for _count in counts]
    floors = [100 * count // total for count in counts]
    missing = 100 - sum(floors)
    # The groups of equal counts, largest remainder first (equal remainders: the larger count first).
    groups: dict[int, list[int]] = {}
    for index, count in enumerate(counts):
        groups.setdefault(count, []).append(index)
    by_remainder = sorted(groups.items(), key=lambda item: (-(100 * item[0] % total), -item[0]))
    for count, members in by_remainder:
        if missing <= 0 or 100 * count % total == 0:
            break
        # Rounding the whole group up leaves the row nearer 100 than leaving it down; on a tie,
        # rounded as a single share would be (a half or more goes up).
        overshoot = len(members) - missing
        if overshoot < missing or (overshoot == missing and 2 * (100 * count % total) >= total):
            for index in members:
                floors[index] += 1
            missing -= len(members)
    return floors


def rounded_mean(points: int, answered: int) -> Decimal | None:
    """An average to one decimal, halves up (3.45 → 3.5), from whole numbers: exact, no floats.

    The results page, the report and the CSV all show this number.
    """
    if answered == 0:
        return None
    return (Decimal(points) / Decimal(answered)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass
class Category:
    """One part of a bar: an option of the question, or "don't know"."""

    key: str
    label: str
    dont_know: bool = False


@dataclass
class Cell:
    category: Category
    count: int
    percent: int

    @property
    def percent_text(self) -> str:
        return format_percent(self.percent)


@dataclass
class Row:
    label: str
    n: int
    cells: list[Cell]
    is_total: bool = False
    mean: float | None = None  # the scale's average, "don't know" left out
    mean_rounded: Decimal | None = None  # the same, as shown: one decimal (`rounded_mean`)


@dataclass
class QuestionResult:
    question: Question
    number: str
    categories: list[Category] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    split_hidden: bool = False  # a group was too small to be shown on its own
    counts_only: bool = False  # the segment question itself: never split by itself
    texts: list[Answer] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return survey_question_anchor(self.number)

    @property
    def total(self) -> Row | None:
        return next((row for row in self.rows if row.is_total), None)

    @property
    def is_text(self) -> bool:
        return self.question.kind == Question.Kind.TEXT


@dataclass
class SurveyResults:
    survey: Survey
    response_count: int
    segment: Question | None
    questions: list[QuestionResult]


def categories_for(question: Question) -> list[Category]:
    categories = [Category(str(option.pk), option.label) for option in question.options.all()]
    if question.offers_dont_know:
        categories.append(Category(DONT_KNOW, _("Don't know"), dont_know=True))
    return categories


def make_row(label: str, question: Question, categories: list[Category], keys: list[str],
             *, is_total: bool = False) -> Row:
    counter = Counter(keys)
    counts = [counter[c.key] for c in categories]
    row = Row(
        label=label, n=len(keys), is_total=is_total,
        cells=[Cell(c, count, share) for c, count, share in zip(categories, counts, row_percents(counts), strict=True)],
    )
    if question.kind == Question.Kind.SCALE:
        points = [(position, cell.count) for position, cell in enumerate(row.cells, start=1)
                  if not cell.category.dont_know]
        answered = sum(count for _position, count in points)
        if answered:
            total_points = sum(position * count for position, count in points)
            row.mean = total_points / answered
            row.mean_rounded = rounded_mean(total_points, answered)
    return row


def comment_groups(survey: Survey) -> list[tuple[Question, list[Answer]]]:
    """Every written answer, by question, for the facilitator to choose from: one query."""
    answers = (
        Answer.objects.texts().filter(question__survey=survey).select_related("question")
        .order_by("question__order", "question__pk", "text", "pk")
    )
    groups: list[tuple[Question, list[Answer]]] = []
    for answer in answers:
        if not groups or groups[-1][0].pk != answer.question_id:
            groups.append((answer.question, []))
        groups[-1][1].append(answer)
    return groups


def survey_results(survey: Survey, *, approved_texts_only: bool = False,
                   response_count: int | None = None) -> SurveyResults:
    questions = survey.ordered_questions()
    segment = survey.segment_question(questions)
    # Each answer as (response, question, category key): one query, no model instances.
    keys_by_question: dict[int, list[tuple[UUID, str]]] = defaultdict(list)
    responses: set[UUID] = set()
    rows = Answer.objects.filter(question__survey=survey).exclude(question__kind=Question.Kind.TEXT)
    for response_id, question_id, option_id, dont_know in rows.values_list(
        "response_id", "question_id", "option_id", "dont_know"
    ):
        key = DONT_KNOW if dont_know else str(option_id)
        keys_by_question[question_id].append((response_id, key))
        responses.add(response_id)
    texts = Answer.objects.texts().filter(question__survey=survey).order_by("text", "pk")
    if approved_texts_only:
        texts = texts.approved()
    texts_by_question: dict[int, list[Answer]] = defaultdict(list)
    for answer in texts:
        texts_by_question[answer.question_id].append(answer)
        responses.add(answer.response_id)

    segment_of: dict[UUID, str] = {}
    segment_labels: list[tuple[str, str]] = []
    if segment is not None:
        segment_of = dict(keys_by_question.get(segment.pk, []))
        segment_labels = [(str(option.pk), option.label) for option in segment.options.all()]

    results = []
    for number, question in Survey.numbered(questions):
        result = QuestionResult(question=question, number=number)
        if question.kind == Question.Kind.TEXT:
            result.texts = texts_by_question.get(question.pk, [])
            results.append(result)
            continue
        result.categories = categories_for(question)
        answers = keys_by_question.get(question.pk, [])
        total = make_row(_("In all"), question, result.categories, [k for _r, k in answers], is_total=True)
        if question.is_segment:
            result.counts_only = True
        elif segment is not None and answers:
            groups: dict[str, list[str]] = defaultdict(list)
            for response_id, key in answers:
                groups[segment_of.get(response_id, UNSEGMENTED)].append(key)
            if all(len(keys) >= MIN_GROUP_SIZE for keys in groups.values()):
                result.rows = [
                    make_row(label, question, result.categories, groups[key])
                    for key, label in segment_labels if groups.get(key)
                ]
            else:
                result.split_hidden = True
        result.rows.append(total)
        results.append(result)
    return SurveyResults(
        survey=survey,
        response_count=len(responses) if response_count is None else response_count,
        segment=segment,
        questions=results,
    )
