""""Use as template": a workshop copied as a new draft, its plan without anything said on the day.

The copy gets the programme (with speakers), the rounds, their questions and the organisations.
Nothing that was written on or after the day comes along: no notes, no summaries, no themes, no
survey answers. Tables and the survey belong to `groups` and `evaluation`, which this app never
imports: they copy their own parts through `COPIERS`, registered in their AppConfig.ready, from
the maps in `WorkshopCopy` (old pk → new object) that re-point their links to the copy.

Every part is made with bulk_create, one query per kind of row. That skips
`PartOfWorkshop.save()`, which only touches the workshop so that open pages poll afresh: the
copy was made in this transaction a moment ago, so no page shows it yet and nothing needs it.
It also skips save()'s refusal of links into another workshop: every link made here comes from
the maps below, so it points inside the copy (tests/workshop/test_copying.py checks that).
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from django.db import models, transaction

from workshop.models import Organisation, ProgrammeItem, Question, Round, Speaker, Workshop


@dataclass(frozen=True)
class WorkshopCopy:
    """A workshop and its copy, with the copied rows by the pk of the row they were copied from."""

    original: Workshop
    copy: Workshop
    programme_items: dict[int, ProgrammeItem]
    rounds: dict[int, Round]
    questions: dict[int, Question]
    organisations: dict[int, Organisation]


Row = TypeVar("Row", bound=models.Model)

# The other apps' parts of a copy (tables, the survey), said by the apps that own them.
Copier = Callable[[WorkshopCopy], None]
COPIERS: list[Copier] = []


@transaction.atomic
def copy_workshop(
    original: Workshop, *, title: str, slug: str, date: datetime.date, client_id: uuid.UUID | None = None
) -> Workshop:
    """A new draft workshop with `original`'s plan, and its tables and survey (see the module).

    `slug` must be free: the form that asks for it checks that first. If it is taken anyway,
    the INSERT raises IntegrityError and the transaction leaves nothing behind.
    """
    copy = Workshop.objects.create(
        title=title, slug=slug, date=date, client_id=client_id,
        venue=original.venue, organiser=original.organiser,
        desired_outcomes=original.desired_outcomes, ground_rules=original.ground_rules,
        listed=original.listed, report_shows_themes=original.report_shows_themes,
        # Said explicitly, though they are the defaults: a template is a plan, not a day under way.
        status=Workshop.Status.DRAFT, current_round=None, summary="", published_at=None,
        timer_phase="", timer_running=False, timer_started_at=None, timer_elapsed_seconds=0,
    )
    programme_items = _copy_programme(original, copy)
    rounds = _copy_rounds(original, copy, programme_items)
    questions = _copy_questions(rounds)
    organisations = _copy_organisations(original, copy)
    copied = WorkshopCopy(
        original=original, copy=copy, programme_items=programme_items, rounds=rounds,
        questions=questions, organisations=organisations,
    )
    for copier in COPIERS:
        copier(copied)
    return copy


def _copy_programme(original: Workshop, copy: Workshop) -> dict[int, ProgrammeItem]:
    items = list(ProgrammeItem.objects.filter(workshop=original).order_by("starts_at", "pk"))
    new_items = ProgrammeItem.objects.bulk_create([
        ProgrammeItem(
            workshop=copy, starts_at=item.starts_at, ends_at=item.ends_at, title=item.title,
            kind=item.kind, description=item.description,
        )
        for item in items
    ])
    copied = _by_old_pk(items, new_items)
    speakers = Speaker.objects.filter(programme_item__workshop=original).order_by("programme_item", "order", "pk")
    Speaker.objects.bulk_create([
        Speaker(
            programme_item=copied[speaker.programme_item_id], name=speaker.name, role=speaker.role,
            organisation=speaker.organisation, order=speaker.order,
        )
        for speaker in speakers
    ])
    return copied


def _copy_rounds(
    original: Workshop, copy: Workshop, programme_items: dict[int, ProgrammeItem]
) -> dict[int, Round]:
    rounds = list(Round.objects.filter(workshop=original).order_by("number"))
    new_rounds = Round.objects.bulk_create([
        Round(
            workshop=copy, number=round_.number, title=round_.title,
            programme_item=(
                programme_items[round_.programme_item_id] if round_.programme_item_id is not None else None
            ),
            individual_minutes=round_.individual_minutes, group_minutes=round_.group_minutes,
            plenum_minutes=round_.plenum_minutes, method=round_.method,
            # Not the summary: it sums up what the tables said on the original's day.
        )
        for round_ in rounds
    ])
    return _by_old_pk(rounds, new_rounds)


def _copy_questions(rounds: dict[int, Round]) -> dict[int, Question]:
    questions = list(Question.objects.filter(round__in=list(rounds)).order_by("round", "order", "pk"))
    new_questions = Question.objects.bulk_create([
        # Not the summary, as for the rounds.
        Question(round=rounds[question.round_id], order=question.order, text=question.text)
        for question in questions
    ])
    return _by_old_pk(questions, new_questions)


def _copy_organisations(original: Workshop, copy: Workshop) -> dict[int, Organisation]:
    organisations = list(Organisation.objects.filter(workshop=original).order_by("name"))
    new_organisations = Organisation.objects.bulk_create([
        Organisation(workshop=copy, name=organisation.name, kind=organisation.kind)
        for organisation in organisations
    ])
    return _by_old_pk(organisations, new_organisations)


def _by_old_pk(old: list[Row], new: list[Row]) -> dict[int, Row]:
    """The new rows by the pk of the row each was made from (bulk_create keeps the order)."""
    # bulk_create sets the new pks on PostgreSQL and on SQLite ≥ 3.35; without them every link
    # re-pointed from this map would be NULL, so fail loudly rather than copy a broken plan.
    assert all(row.pk is not None for row in new), "the database did not return the new rows' keys"
    return {row.pk: copy for row, copy in zip(old, new, strict=True)}
