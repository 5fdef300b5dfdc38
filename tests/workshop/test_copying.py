""""Use as template": a workshop copied as a new draft has its plan and nothing said on the day."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.db import IntegrityError
from django.utils import timezone
from pytest_django import DjangoAssertNumQueries

from evaluation.models import Answer, Option, Response, SubmittedForm, Survey
from evaluation.models import Question as SurveyQuestion
from groups.models import Actor, Note, NoteChange, RevokedAccess, Table, Theme
from tests.evaluation.factories import build_survey, respond
from tests.factories import build_workshop, table
from workshop.copying import copy_workshop
from workshop.models import Organisation, ProgrammeItem, Question, Round, Speaker, Workshop

pytestmark = pytest.mark.django_db

NEW_DATE = datetime.date(2026, 10, 22)

# Measured for the factory's workshop with the test survey: the copy, then per kind of row one
# SELECT and one INSERT (programme, speakers, rounds, questions, organisations, tables, seating,
# survey questions, options), two looks for free join codes, the survey's conditions, and the
# savepoint. It does not grow with the number of tables, rounds or questions.
COPY_QUERIES = 27


def held_workshop(slug: str = "holdt", *, tables: int = 2, survey: bool = True) -> Workshop:
    """The factory's workshop after its day: notes, summaries, a theme, renewed access, answers."""
    workshop = build_workshop(slug=slug, tables=tables, notes_per_table=5)
    facilitator = User.objects.create_user(f"fasilitator-{slug}")
    talk = ProgrammeItem.objects.get(workshop=workshop, kind=ProgrammeItem.Kind.TALK)
    talk.ends_at = datetime.time(10, 0)
    talk.description = "Om inkludering i distriktene"
    talk.save()
    talk.speakers.create(name="Ola Nordmann", role="Rådgiver", organisation="IMDi", order=2)
    ProgrammeItem.objects.create(workshop=workshop, starts_at=datetime.time(15), title="Avslutning", kind="closing")
    Note.objects.create(workshop=workshop, programme_item=talk, text="Foredraget handlet om bolig")
    for round_ in Round.objects.filter(workshop=workshop):
        round_.method = "Først alene, så i gruppen."
        round_.summary = f"Bordene i runde {round_.number} var enige."
        round_.save()
    Question.objects.filter(round__workshop=workshop).update(summary="Oppsummert")
    Organisation.objects.filter(workshop=workshop, name__endswith="B").update(kind=Organisation.Kind.STATE)
    Table.objects.filter(workshop=workshop, number=1).update(name="Vinduet")
    note = Note.objects.filter(workshop=workshop, table__isnull=False).first()
    note.edit({"text": "Rettet"}, version=note.version, by=Actor(user=facilitator))
    Theme.objects.tag(workshop, "Samarbeid", Note.objects.filter(workshop=workshop)[:3])
    table(workshop, 1).renew_access()
    if survey:
        evaluation = build_survey(workshop, closes_at=timezone.now() + datetime.timedelta(days=1))
        Survey.objects.filter(pk=evaluation.pk).update(introduction="Tar to minutter.", in_report=False)
        respond(evaluation, q1="fylkeskommune", q2="yes", q3="nyttig", q4="enig", q5="Bra dag")
        SubmittedForm.first_time(evaluation, uuid.uuid4())
    Workshop.objects.filter(pk=workshop.pk).update(
        ground_rules="Alle skal slippe til", summary="Et godt verksted.", listed=False,
        report_shows_themes=False, status=Workshop.Status.PUBLISHED, published_at=timezone.now(),
        timer_phase="group", timer_running=True, timer_started_at=timezone.now(), timer_elapsed_seconds=40,
    )
    workshop.refresh_from_db()
    return workshop


def copy_of(original: Workshop, slug: str = "ny-runde") -> Workshop:
    return copy_workshop(original, title="Arbeidsverksted 2026", slug=slug, date=NEW_DATE)


def plan(workshop: Workshop) -> dict[str, Any]:
    """What a template carries, by what people see: no keys, so an original and its copy compare."""
    programme = ProgrammeItem.objects.filter(workshop=workshop).order_by("starts_at", "pk")
    rounds = Round.objects.filter(workshop=workshop).order_by("number").select_related("programme_item")
    tables = Table.objects.filter(workshop=workshop).order_by("number")
    return {
        "programme": [
            (item.starts_at, item.ends_at, item.title, item.kind, item.description,
             [(s.name, s.role, s.organisation, s.order) for s in item.speakers.order_by("order", "pk")])
            for item in programme
        ],
        "rounds": [
            (round_.number, round_.title, round_.individual_minutes, round_.group_minutes,
             round_.plenum_minutes, round_.method,
             round_.programme_item.starts_at if round_.programme_item else None,
             [(q.order, q.text) for q in round_.questions.order_by("order", "pk")])
            for round_ in rounds
        ],
        "organisations": sorted(Organisation.objects.filter(workshop=workshop).values_list("name", "kind")),
        "seating": {
            t.number: (t.name, sorted(t.organisations.values_list("name", flat=True))) for t in tables
        },
    }


def survey_plan(survey: Survey) -> list[tuple[Any, ...]]:
    return [
        (q.order, q.text, q.kind, q.required, q.dont_know, q.is_segment,
         q.show_if_question.text if q.show_if_question else None, q.show_if_value,
         list(q.options.order_by("order", "pk").values_list("order", "label", "value")))
        for q in survey.questions.order_by("order", "pk").select_related("show_if_question")
    ]


def rows(workshop: Workshop) -> dict[str, list[dict[str, Any]]]:
    """Every row of a workshop and its parts, with every value: a snapshot to compare."""
    querysets: dict[str, Any] = {
        "workshop": Workshop.objects.filter(pk=workshop.pk),
        "programme": ProgrammeItem.objects.filter(workshop=workshop),
        "speakers": Speaker.objects.filter(programme_item__workshop=workshop),
        "rounds": Round.objects.filter(workshop=workshop),
        "questions": Question.objects.filter(round__workshop=workshop),
        "organisations": Organisation.objects.filter(workshop=workshop),
        "tables": Table.objects.filter(workshop=workshop),
        "seating": Table.organisations.through.objects.filter(table__workshop=workshop),
        "revoked": RevokedAccess.objects.filter(table__workshop=workshop),
        "notes": Note.everything.filter(workshop=workshop),
        "changes": NoteChange.objects.filter(note__workshop=workshop),
        "themes": Theme.objects.filter(workshop=workshop),
        "tagging": Theme.notes.through.objects.filter(theme__workshop=workshop),
        "survey": Survey.objects.filter(workshop=workshop),
        "survey questions": SurveyQuestion.objects.filter(survey__workshop=workshop),
        "options": Option.objects.filter(question__survey__workshop=workshop),
        "responses": Response.objects.filter(survey__workshop=workshop),
        "answers": Answer.objects.filter(response__survey__workshop=workshop),
        "submitted": SubmittedForm.objects.filter(survey__workshop=workshop),
    }
    return {name: list(queryset.order_by("pk").values()) for name, queryset in querysets.items()}


def test_copy_has_the_programme_rounds_questions_organisations_tables_and_seating() -> None:
    original = held_workshop()

    copy = copy_of(original)

    assert plan(copy) == plan(original)
    assert [len(plan(copy)[part]) for part in ("programme", "rounds", "organisations", "seating")] == [4, 2, 4, 2]
    talk_speakers = plan(copy)["programme"][0][5]
    assert talk_speakers == [("Kari Nordmann", "Direktør", "IMDi", 0), ("Ola Nordmann", "Rådgiver", "IMDi", 2)]
    assert plan(copy)["seating"] == {1: ("Vinduet", ["Fylke 1A", "Fylke 1B"]), 2: ("", ["Fylke 2A", "Fylke 2B"])}
    # Every link of the copy stays inside the copy.
    assert not Round.objects.filter(workshop=copy).exclude(programme_item__workshop=copy).exists()
    assert not Table.organisations.through.objects.filter(table__workshop=copy).exclude(
        organisation__workshop=copy
    ).exists()


def test_copy_has_no_notes_summaries_themes_or_answers() -> None:
    original = held_workshop()
    assert Note.objects.filter(workshop=original).exists() and Theme.objects.filter(workshop=original).exists()
    assert Answer.objects.filter(response__survey__workshop=original).exists()

    copy = copy_of(original)

    assert copy.summary == ""
    assert not Note.everything.filter(workshop=copy).exists()
    assert not NoteChange.objects.filter(note__workshop=copy).exists()
    assert set(Round.objects.filter(workshop=copy).values_list("summary", flat=True)) == {""}
    assert set(Question.objects.filter(round__workshop=copy).values_list("summary", flat=True)) == {""}
    assert not Theme.objects.filter(workshop=copy).exists()
    assert not RevokedAccess.objects.filter(table__workshop=copy).exists()
    assert not Response.objects.filter(survey__workshop=copy).exists()
    assert not Answer.objects.filter(question__survey__workshop=copy).exists()
    assert not SubmittedForm.objects.filter(survey__workshop=copy).exists()


def test_copied_tables_get_new_tokens_and_codes() -> None:
    original = held_workshop()
    before = set(Table.objects.values_list("access_token", "join_code"))
    revoked = set(RevokedAccess.objects.values_list("join_code", flat=True))

    copy = copy_of(original)

    copied = list(Table.objects.filter(workshop=copy).values_list("access_token", "join_code"))
    tokens, codes = {token for token, _ in copied}, {code for _, code in copied}
    assert len(copied) == len(tokens) == len(codes) == 2
    assert not tokens & {token for token, _ in before}
    assert not codes & ({code for _, code in before} | revoked)


def test_a_copied_table_never_gets_a_code_that_a_table_has_or_had(monkeypatch: pytest.MonkeyPatch) -> None:
    original = held_workshop()
    in_use = table(original, 2).join_code
    revoked = RevokedAccess.objects.get(table=table(original, 1)).join_code
    drawn: Iterator[str] = iter([in_use, revoked, "FRIKD2", in_use, "FRIKD3"])
    monkeypatch.setattr("groups.models.new_join_code", lambda: next(drawn))

    copy = copy_of(original)

    assert sorted(Table.objects.filter(workshop=copy).values_list("join_code", flat=True)) == ["FRIKD2", "FRIKD3"]


def test_copy_is_a_draft_with_no_current_round() -> None:
    original = held_workshop()
    assert original.status == Workshop.Status.PUBLISHED and original.current_round is not None

    copy = copy_of(original)

    copy.refresh_from_db()
    assert (copy.title, copy.slug, copy.date) == ("Arbeidsverksted 2026", "ny-runde", NEW_DATE)
    assert copy.status == Workshop.Status.DRAFT
    assert copy.current_round is None
    assert copy.published_at is None
    assert (copy.timer_phase, copy.timer_running, copy.timer_started_at, copy.timer_elapsed_seconds) == (
        "", False, None, 0
    )
    assert (copy.venue, copy.organiser, copy.desired_outcomes, copy.ground_rules) == (
        original.venue, original.organiser, original.desired_outcomes, "Alle skal slippe til"
    )
    assert (copy.listed, copy.report_shows_themes) == (False, False)


def test_original_is_untouched() -> None:
    original = held_workshop()
    before = rows(original)

    copy_of(original)

    assert rows(original) == before


def test_survey_is_copied_with_questions_options_and_conditions_repointed() -> None:
    original = held_workshop()
    old_survey = Survey.objects.get(workshop=original)

    copy = copy_of(original)

    survey = Survey.objects.get(workshop=copy)
    assert (survey.introduction, survey.in_report) == ("Tar to minutter.", False)
    assert not survey.is_open()  # closed until the facilitator sets the new day's closing time
    assert survey_plan(survey) == survey_plan(old_survey)
    assert [len(q[8]) for q in survey_plan(survey)] == [2, 2, 4, 4, 0]
    condition = survey.questions.get(order=3)
    assert condition.show_if_question == survey.questions.get(order=2)
    assert condition.show_if_question.survey == survey
    assert condition.show_if_question.options.get(value=condition.show_if_value).question.survey == survey
    assert survey.segment_question(survey.ordered_questions()) == survey.questions.get(order=1)


def test_copy_of_a_workshop_without_survey_has_no_survey() -> None:
    original = held_workshop(survey=False)

    copy = copy_of(original)

    assert not Survey.objects.filter(workshop=copy).exists()
    assert Table.objects.filter(workshop=copy).count() == 2


def test_a_taken_slug_raises_and_leaves_nothing_behind() -> None:
    """The view's form checks the slug first; copy_workshop itself relies on the unique index."""
    original = held_workshop()
    other = build_workshop(slug="opptatt")
    count = Workshop.objects.count()

    with pytest.raises(IntegrityError):
        copy_of(original, slug=other.slug)

    assert Workshop.objects.count() == count
    assert not Workshop.objects.filter(title="Arbeidsverksted 2026").exists()


def test_copying_takes_a_fixed_number_of_queries(django_assert_max_num_queries: DjangoAssertNumQueries) -> None:
    small, large = build_workshop(slug="lite", tables=2), build_workshop(slug="stort", tables=6)
    build_survey(small)
    build_survey(large)

    with django_assert_max_num_queries(COPY_QUERIES):
        copy_of(small, slug="lite-kopi")
    with django_assert_max_num_queries(COPY_QUERIES):
        copy_of(large, slug="stort-kopi")

    assert Table.objects.filter(workshop__slug="stort-kopi").count() == 6
