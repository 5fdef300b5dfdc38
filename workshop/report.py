"""The report of a workshop, built from its notes in a fixed number of queries.

The tables and notes belong to `groups`, which this app never imports: the report says what it
needs of them (ReportTable, ReportNote) and `groups` gives them (register_tables_and_notes, in its
AppConfig.ready). Each builder fetches every row it needs in one query per kind of row and groups
them in Python: the number of queries does not grow with the number of tables or notes.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext as _

from workshop.models import ProgrammeItem, Question, Round, Speaker, Workshop
from workshop.text import norwegian_key


class ReportOrganisation(Protocol):
    @property
    def name(self) -> str: ...


class ReportTable(Protocol):
    """A table as the report shows it: groups.models.Table."""

    @property
    def pk(self) -> int: ...

    @property
    def number(self) -> int: ...

    @property
    def label(self) -> str: ...


class ReportNote(Protocol):
    """A note as the report shows it: groups.models.Note, its table and organisation with it."""

    @property
    def pk(self) -> int: ...

    @property
    def table_id(self) -> int | None: ...

    @property
    def table(self) -> ReportTable | None: ...

    @property
    def round_id(self) -> int | None: ...

    @property
    def question_id(self) -> int | None: ...

    @property
    def programme_item_id(self) -> int | None: ...

    @property
    def organisation(self) -> ReportOrganisation | None: ...

    @property
    def position(self) -> int: ...

    @property
    def is_action(self) -> bool:
        """Whether it is a thing to do ("What do we do when we get home?")."""
        ...


@dataclass
class TablesAndNotes:
    """A workshop's tables and notes as the report reads them, in a fixed number of queries."""

    tables: Sequence[ReportTable]  # in table order
    notes: Sequence[ReportNote]  # deleted notes left out; each with its table and organisation
    highlights: Mapping[int, set[int]]  # question id: the ids of the notes ticked on its compile page


ReadTablesAndNotes = Callable[[Workshop], TablesAndNotes]
# Who reads a workshop's tables and notes: groups, which owns them, once (its AppConfig.ready).
_read_tables_and_notes: ReadTablesAndNotes | None = None


def register_tables_and_notes(read: ReadTablesAndNotes) -> None:
    """Make `read` the one reader of a workshop's tables and notes."""
    global _read_tables_and_notes
    if _read_tables_and_notes is not None:
        raise ImproperlyConfigured(f"The report reads its tables and notes with {_read_tables_and_notes} already.")
    _read_tables_and_notes = read


def tables_and_notes(workshop: Workshop) -> TablesAndNotes:
    """The workshop's tables and notes, as the app that owns them reads them."""
    if _read_tables_and_notes is None:
        raise ImproperlyConfigured("No app gives the report its tables and notes: is groups in INSTALLED_APPS?")
    return _read_tables_and_notes(workshop)

# What else the report shows, said by the apps that own it (their AppConfig.ready): each gives
# its part's state in one query, so that the cached report changes whenever that part does. The
# workshop's own parts (programme, rounds, questions, summaries, publishing) move its `updated_at`.
ReportState = Callable[[Workshop], Hashable]
REPORT_STATE: list[ReportState] = []


def report_cache_key(workshop: Workshop, language: str) -> str:
    """The cache key of a workshop's report as it stands now, in `language`."""
    state = [workshop.pk, workshop.updated_at.isoformat(), language, *(part(workshop) for part in REPORT_STATE)]
    return "report:" + hashlib.sha256(repr(state).encode()).hexdigest()


# The report's anchors: what a link into the report ends with ("#round-3-question-2"), in a link shared in
# an e-mail too. Made of the numbers the report prints ("3.2"), never of database ids: a workshop restored
# or imported into another server keeps its numbers, and so every link into its report.


def round_anchor(round_number: int) -> str:
    """The id of a round in the report."""
    return f"round-{round_number}"


def question_anchor(round_number: int, position: int) -> str:
    """The id of a round's question in the report: its `position` among the round's questions, from 1."""
    return f"{round_anchor(round_number)}-question-{position}"


def theme_anchor(position: int) -> str:
    """The id of a recurring theme in the report: its place among the themes the report shows, from 1."""
    return f"theme-{position}"


def survey_question_anchor(number: str) -> str:
    """The id of an evaluation question's results: its number in the survey ("2", "2a")."""
    return f"evaluation-question-{number}"


@dataclass
class TableNotes:
    """One table's notes under one heading ("Group 3")."""

    table: ReportTable
    notes: list[ReportNote] = field(default_factory=list)


@dataclass
class QuestionReport:
    question: Question
    number: int  # its place among the round's questions, from 1: "2" in the heading "3.2"
    anchor: str  # question_anchor()
    highlights: list[ReportNote]
    tables: list[TableNotes]
    plenum: list[ReportNote]


@dataclass
class RoundReport:
    round: Round
    anchor: str  # round_anchor()
    questions: list[QuestionReport]
    whole_round: list[TableNotes]
    plenum: list[ReportNote]
    # Every note of the round is a thing to do ("What do we do when we get home?"): the notes are
    # shown once, by organisation, under "What we do when we get home", not here by table as well.
    notes_under_actions: bool = False


@dataclass
class TalkReport:
    item: ProgrammeItem
    speakers: list[Speaker]
    notes: list[ReportNote]


@dataclass
class ActionGroup:
    heading: str
    notes: list[ReportNote]


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
    read = tables_and_notes(workshop)
    tables, notes, highlights = read.tables, read.notes, read.highlights

    # The welcome is reported with the talks, as in the seed report's section 2.
    talks = [_talk_report(item, notes) for item in items if item.kind != ProgrammeItem.Kind.PITCH]
    pitches = [_talk_report(item, notes) for item in items if item.kind == ProgrammeItem.Kind.PITCH]
    notes_by_round: dict[int, list[ReportNote]] = defaultdict(list)
    for note in notes:
        if note.round_id is not None:
            notes_by_round[note.round_id].append(note)
    round_numbers: dict[int | None, int] = {round_.pk: round_.number for round_ in rounds}

    def report_order(note: ReportNote) -> tuple[int, float, int, int]:
        """Round by round, table by table (the plenum last), each table's notes in its own order: a
        note's position counts within its table, so across tables it says nothing."""
        table = note.table.number if note.table is not None else float("inf")
        return round_numbers.get(note.round_id, 0), table, note.position, note.pk

    return Report(
        workshop=workshop,
        talks=talks,
        pitches=pitches,
        rounds=[_round_report(r, tables, notes_by_round[r.pk], highlights, report_order) for r in rounds],
        actions=_action_groups(sorted(notes, key=report_order)),
    )


def _talk_report(item: ProgrammeItem, notes: Sequence[ReportNote]) -> TalkReport:
    return TalkReport(
        item=item,
        speakers=list(item.speakers.all()),
        notes=[note for note in notes if note.programme_item_id == item.pk],
    )


def _by_table(tables: Sequence[ReportTable], notes: list[ReportNote]) -> list[TableNotes]:
    """The tables that wrote any of `notes`, in table order, each with its notes."""
    grouped: dict[int | None, list[ReportNote]] = defaultdict(list)
    for note in notes:
        grouped[note.table_id].append(note)
    return [TableNotes(table, grouped[table.pk]) for table in tables if table.pk in grouped]


def _round_report(
    round_: Round, tables: Sequence[ReportTable], notes: list[ReportNote], highlights: Mapping[int, set[int]],
    report_order: Callable[[ReportNote], tuple[int, float, int, int]],
) -> RoundReport:
    questions = list(round_.questions.all())
    question_ids = {question.pk for question in questions}
    table_notes = [note for note in notes if note.table_id is not None]
    plenum = [note for note in notes if note.table_id is None]
    whole_round = [note for note in table_notes if note.question_id not in question_ids]
    question_reports = []
    for number, question in enumerate(questions, start=1):
        answers = [note for note in table_notes if note.question_id == question.pk]
        question_reports.append(
            QuestionReport(
                question=question,
                number=number,
                anchor=question_anchor(round_.number, number),
                highlights=sorted(
                    (note for note in table_notes if note.pk in highlights.get(question.pk, ())),
                    key=report_order,
                ),
                tables=_by_table(tables, answers),
                plenum=[note for note in plenum if note.question_id == question.pk],
            )
        )
    return RoundReport(
        round=round_,
        anchor=round_anchor(round_.number),
        questions=question_reports,
        whole_round=_by_table(tables, whole_round),
        plenum=[note for note in plenum if note.question_id not in question_ids],
        notes_under_actions=bool(notes) and all(note.is_action for note in notes),
    )


def _action_groups(notes: list[ReportNote]) -> list[ActionGroup]:
    """ "What we do when we get home": by organisation, then those no organisation said, each in the
    order of `notes` (the report's: round by round, table by table)."""
    by_organisation: dict[str, list[ReportNote]] = defaultdict(list)
    unattributed = []
    for note in notes:
        if not note.is_action:
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
