"""The recurring themes' part of the published report, for templates/workshop/report.html.

A template-level link: `workshop` never imports this app. In the report:

    {% load report_themes %}
    {% report_themes workshop as themes %}   (before the contents list)
    {% themes_section themes %}               (after the group work)

`report_themes` runs a fixed number of queries, however many themes, notes and tables: none when
the workshop does not show themes in the report, one when it has no themes, two when it has.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django import template
from django.db.models import F, Prefetch
from django.utils.translation import gettext as _

from groups.models import Note, Theme
from workshop.models import Workshop
from workshop.report import theme_anchor
from workshop.text import in_norwegian_order

register = template.Library()


@dataclass
class ThemePlace:
    """Where a theme came up: a round and its tables ("Round 2: Group 1, Group 4"), or a talk."""

    heading: str
    tables: list[str] = field(default_factory=list)


@dataclass
class ReportTheme:
    theme: Theme
    notes: list[Note]
    places: list[ThemePlace]
    anchor: str  # theme_anchor()


def places(notes: list[Note]) -> list[ThemePlace]:
    """The rounds in order, each with its tables in order (the plenum last); then talks."""
    found: dict[tuple[int, int], tuple[ThemePlace, dict[tuple[int, int], str]]] = {}
    for note in notes:
        if note.round is not None:
            key = (0, note.round.number)
            heading = _("Round %(number)s") % {"number": note.round.number}
        elif note.programme_item is not None:
            key, heading = (1, note.programme_item.pk), note.programme_item.title
        else:
            key, heading = (2, 0), _("Other notes")
        _place, tables = found.setdefault(key, (ThemePlace(heading), {}))
        if note.table is not None:
            tables[(0, note.table.number)] = note.table.label
        elif note.round is not None:
            tables[(1, 0)] = _("Plenum")
    result = []
    for key in sorted(found):
        place, tables = found[key]
        place.tables = [tables[table] for table in sorted(tables)]
        result.append(place)
    return result


@register.simple_tag
def report_themes(workshop: Workshop) -> list[ReportTheme]:
    """The workshop's themes that have notes, each with its notes and where they came from."""
    if not workshop.report_shows_themes:
        return []
    notes = (
        Note.objects.filter(workshop=workshop)
        .select_related("table", "round", "organisation", "programme_item")
        .order_by(
            F("round__number").asc(nulls_last=True), F("table__number").asc(nulls_last=True), "position", "pk"
        )
    )
    themes = (
        Theme.objects.filter(workshop=workshop)
        .prefetch_related(Prefetch("notes", queryset=notes, to_attr="report_notes"))
        .order_by(in_norwegian_order("name"), "pk")
    )
    shown = [(theme, theme.report_notes) for theme in themes if theme.report_notes]  # type: ignore[attr-defined]
    return [
        ReportTheme(theme, notes, places(notes), theme_anchor(position))
        for position, (theme, notes) in enumerate(shown, start=1)
    ]


@register.inclusion_tag("groups/report_themes.html")
def themes_section(themes: list[ReportTheme]) -> dict[str, Any]:
    return {"themes": themes}
