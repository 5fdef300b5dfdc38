"""What the synthesis found, as the compile pages show it: every suggestion quotes its notes.

groups/synthesis.py works on plain note ids; this module gives them back their notes, tables
and organisations, marks the words that made notes look alike, and words a suggestion the way
"Use in the summary" puts it into the draft.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.safestring import SafeString
from django.utils.translation import ngettext

from groups.models import Note, Table
from groups.norwegian import mark_words
from groups.synthesis import RecurringPoint, SourceNote, SuggestedTheme, Suggestions, cached_suggestions


@dataclass(frozen=True)
class Quote:
    """A note as a suggestion quotes it, with its place."""

    note: Note
    marked: SafeString  # the text, escaped, with the shared words marked

    @property
    def source(self) -> str:
        """ "Group 3, Agder fylkeskommune": where the note was said."""
        table = self.note.table.label if self.note.table else ""
        organisation = self.note.organisation.name if self.note.organisation else ""
        return ", ".join(part for part in (table, organisation) if part)


@dataclass(frozen=True)
class PointFinding:
    point: RecurringPoint
    quotes: list[Quote]
    table_total: int

    @property
    def note_id(self) -> int:
        return self.point.note_ids[0]

    @property
    def raised_at(self) -> str:
        """ "Raised at 5 of 8 tables, by 6 organisations"."""
        tables = ngettext(
            "Raised at %(count)s of %(total)s table", "Raised at %(count)s of %(total)s tables", self.table_total
        ) % {"count": self.point.table_count, "total": self.table_total}
        if not self.point.organisation_count:
            return tables
        organisations = ngettext(
            "by %(count)s organisation", "by %(count)s organisations", self.point.organisation_count
        ) % {"count": self.point.organisation_count}
        return f"{tables}, {organisations}"

    def summary_text(self) -> str:
        return f"{self.quotes[0].note.text.strip()} ({self.raised_at.lower()})"


@dataclass(frozen=True)
class ThemeFinding:
    theme: SuggestedTheme
    quotes: list[Quote]
    tables: list[tuple[Table, int]]

    @property
    def name(self) -> str:
        return ", ".join(self.theme.label)

    @property
    def note_ids(self) -> tuple[int, ...]:
        return self.theme.note_ids


@dataclass(frozen=True)
class KeyPoint:
    quote: Quote

    @property
    def note_id(self) -> int:
        return self.quote.note.pk

    def summary_text(self) -> str:
        return f"{self.quote.note.text.strip()} ({self.quote.source})"


@dataclass(frozen=True)
class Findings:
    recurring: list[PointFinding]
    themes: list[ThemeFinding]
    key_points: list[KeyPoint]
    note_count: int

    def text_to_use(self, kind: str, note_id: int) -> str | None:
        """The words "Use in the summary" adds for a suggestion, or None if it is gone."""
        chosen: list[KeyPoint] | list[PointFinding] = self.key_points if kind == "key" else self.recurring
        for finding in chosen:
            if finding.note_id == note_id:
                return finding.summary_text()
        return None


def find(scope: str, notes: Sequence[Note], tables: Sequence[Table]) -> Findings:
    """The suggestions for these table notes (with `table` and `organisation` loaded): notes of tables
    not in `tables` (the plenum's too) are left out.

    `scope` names what the notes are ("question-12"): part of the cache key. No queries.
    """
    table_by_id = {table.pk: table for table in tables}
    sources = [
        SourceNote(
            id=note.pk, text=note.text, table_id=note.table_id or 0,
            organisation=note.organisation.name if note.organisation else "", part=note.round_id or 0,
        )
        for note in notes
        if note.table_id in table_by_id
    ]
    suggestions: Suggestions = cached_suggestions(scope, sources)
    by_id = {note.pk: note for note in notes}

    def quotes(note_ids: Sequence[int], stems: frozenset[str]) -> list[Quote]:
        return [Quote(by_id[pk], mark_words(by_id[pk].text, stems)) for pk in note_ids]

    return Findings(
        recurring=[
            PointFinding(point, quotes(point.note_ids, point.shared_stems), len(tables))
            for point in suggestions.recurring
        ],
        themes=[
            ThemeFinding(
                theme, quotes(theme.note_ids, theme.stems),
                [(table_by_id[pk], count) for pk, count in theme.table_counts if pk in table_by_id],
            )
            for theme in suggestions.themes
        ],
        key_points=[KeyPoint(quotes([pk], frozenset())[0]) for pk in suggestions.key_points],
        note_count=len(sources),
    )

