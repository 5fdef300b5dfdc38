"""The report of a workshop, built from its notes in a fixed number of queries.

Everything here reaches the notes and tables through reverse relations (`workshop.notes`,
`workshop.tables`, `round_.notes`), so this app never imports `groups`. Notes and tables are
typed as `Any` for the same reason. Each builder fetches every row it needs in one query per
kind of row and groups them in Python: the number of queries does not grow with the number of
tables or notes.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext as _

from workshop.models import ProgrammeItem, Question, Round, Speaker, Workshop
from workshop.text import norwegian_key

ACTION = "action"  # groups.models.Note.Kind.ACTION

# What else the report shows, said by the apps that own it (their AppConfig.ready): each gives
# its part's state in one query, so that the cached report changes whenever that part does. The
# workshop's own parts (programme, rounds, questions, summaries, publishing) move its `updated_at`.
ReportState = Callable[[Workshop], Hashable]
REPORT_STATE: list[ReportState] = []


def report_cache_key(workshop: Workshop, language: str) -> str:
    """The cache key of a workshop's report as it stands now, in `language`."""
    state = [workshop.pk, workshop.updated_at.isoformat(), language, *(part(workshop) for part in REPORT_STATE)]
    return "report:" + hashlib.sha256(repr(state).encode()).hexdigest()


@dataclass
class TableNotes:
    """One table's notes under one heading ("Group 3")."""

    table: Any
    notes: list[Any] = field(default_factory=list)


@dataclass
class QuestionReport:
    question: Question
    highlights: list[Any]
    tables: list[TableNotes]
    plenum: list[Any]


@dataclass
class RoundReport:
    round: Round
    questions: list[QuestionReport]
    whole_round: list[TableNotes]
    plenum: list[Any]
    # Every note of the round is a thing to do ("What do we do when we get home?"): the notes are
    # shown once, by organisation, under "What we do when we get home", not here by table as well.
    notes_under_actions: bool = False


@dataclass
class TalkReport:
    item: ProgrammeItem
    speakers: list[Speaker]
    notes: list[Any]


@dataclass
class ActionGroup:
    heading: str
    notes: list[Any]


@dataclass
class Report:
    workshop: Workshop
    talks: list[TalkReport]
    pitches: list[TalkReport]
    rounds: list[RoundReport]
    actions: list[ActionGroup]


def build_report(workshop: Workshop) -> Report:
    """The whole report: eight queries, however many tables and notes."""
    items = list(
        workshop.programme.filter(kind__in=ProgrammeItem.SPOKEN).prefetch_related("speakers")
    )
    rounds = list(workshop.rounds.order_by("number").prefetch_related("questions"))
    tables = list(workshop.tables.order_by("number").prefetch_related("organisations"))
    notes = list(workshop.notes.select_related("organisation").order_by("position", "pk"))
    # Which notes were ticked as highlights on which question's compile page.
    highlights: dict[int, set[int]] = defaultdict(set)
    ticked = Question.objects.filter(round__workshop=workshop, highlights__isnull=False)
    for question_id, note_id in ticked.values_list("pk", "highlights"):
        highlights[question_id].add(note_id)

    table_by_id = {table.pk: table for table in tables}
    for note in notes:
        # The table is already in memory: no query per note for its label.
        if note.table_id in table_by_id:
            note.table = table_by_id[note.table_id]

    # The welcome is reported with the talks, as in the seed report's section 2.
    talks = [_talk_report(item, notes) for item in items if item.kind != ProgrammeItem.Kind.PITCH]
    pitches = [_talk_report(item, notes) for item in items if item.kind == ProgrammeItem.Kind.PITCH]
    notes_by_round: dict[int, list[Any]] = defaultdict(list)
    for note in notes:
        if note.round_id is not None:
            notes_by_round[note.round_id].append(note)
    round_numbers = {round_.pk: round_.number for round_ in rounds}

    def report_order(note: Any) -> tuple[int, float, int, int]:
        """Round by round, table by table (the plenum last), each table's notes in its own order: a
        note's position counts within its table, so across tables it says nothing."""
        table = note.table.number if note.table_id is not None else float("inf")
        return round_numbers.get(note.round_id, 0), table, note.position, note.pk

    return Report(
        workshop=workshop,
        talks=talks,
        pitches=pitches,
        rounds=[_round_report(r, tables, notes_by_round[r.pk], highlights, report_order) for r in rounds],
        actions=_action_groups(sorted(notes, key=report_order)),
    )


def _talk_report(item: ProgrammeItem, notes: list[Any]) -> TalkReport:
    return TalkReport(
        item=item,
        speakers=list(item.speakers.all()),
        notes=[note for note in notes if note.programme_item_id == item.pk],
    )


def _by_table(tables: list[Any], notes: list[Any]) -> list[TableNotes]:
    """The tables that wrote any of `notes`, in table order, each with its notes."""
    grouped: dict[int, list[Any]] = defaultdict(list)
    for note in notes:
        grouped[note.table_id].append(note)
    return [TableNotes(table, grouped[table.pk]) for table in tables if table.pk in grouped]


def _round_report(
    round_: Round, tables: list[Any], notes: list[Any], highlights: dict[int, set[int]],
    report_order: Callable[[Any], Any],
) -> RoundReport:
    questions = list(round_.questions.all())
    question_ids = {question.pk for question in questions}
    table_notes = [note for note in notes if note.table_id is not None]
    plenum = [note for note in notes if note.table_id is None]
    whole_round = [note for note in table_notes if note.question_id not in question_ids]
    question_reports = []
    for question in questions:
        answers = [note for note in table_notes if note.question_id == question.pk]
        question_reports.append(
            QuestionReport(
                question=question,
                highlights=sorted(
                    (note for note in table_notes if note.pk in highlights[question.pk]), key=report_order
                ),
                tables=_by_table(tables, answers),
                plenum=[note for note in plenum if note.question_id == question.pk],
            )
        )
    return RoundReport(
        round=round_,
        questions=question_reports,
        whole_round=_by_table(tables, whole_round),
        plenum=[note for note in plenum if note.question_id not in question_ids],
        notes_under_actions=bool(notes) and all(note.kind == ACTION for note in notes),
    )


def _action_groups(notes: list[Any]) -> list[ActionGroup]:
    """ "What we do when we get home": by organisation, then those no organisation said, each in the
    order of `notes` (the report's: round by round, table by table)."""
    by_organisation: dict[str, list[Any]] = defaultdict(list)
    unattributed = []
    for note in notes:
        if note.kind != ACTION:
            continue
        if note.organisation is None:
            unattributed.append(note)
        else:
            by_organisation[note.organisation.name].append(note)
    names = sorted(by_organisation, key=lambda name: (norwegian_key(name), name))
    groups = [ActionGroup(name, by_organisation[name]) for name in names]
    if unattributed:
        groups.append(ActionGroup(_("Without organisation"), unattributed))
    return groups


@dataclass
class BoardColumn:
    """One table on the compile page: its answers to the question and to the round as a whole."""

    table: Any
    question_notes: list[Any]
    round_notes: list[Any]


@dataclass
class Board:
    columns: list[BoardColumn]
    plenum: list[Any]


def compile_board(workshop: Workshop, round_: Round, question: Question | None = None) -> Board:
    """Every table's notes for one question (or only the round as a whole), side by side.

    Three queries: tables, their organisations, and the notes.
    """
    tables = list(workshop.tables.order_by("number").prefetch_related("organisations"))
    # Notes answering another question, the plenum's included: they are on that question's page.
    other_questions = Q(question__isnull=False)
    if question is not None:
        other_questions &= ~Q(question=question)
    notes = list(
        round_.notes.filter(workshop=workshop)
        .exclude(other_questions)
        .select_related("organisation")
        .order_by("position", "pk")
    )
    table_by_id = {table.pk: table for table in tables}
    question_notes: dict[int, list[Any]] = defaultdict(list)
    round_notes: dict[int, list[Any]] = defaultdict(list)
    plenum = []
    for note in notes:
        if note.table_id is None:
            plenum.append(note)
            continue
        if note.table_id not in table_by_id:
            continue
        note.table = table_by_id[note.table_id]
        if question is not None and note.question_id == question.pk:
            question_notes[note.table_id].append(note)
        else:
            round_notes[note.table_id].append(note)
    return Board(
        columns=[
            BoardColumn(table, question_notes[table.pk], round_notes[table.pk]) for table in tables
        ],
        plenum=plenum,
    )
