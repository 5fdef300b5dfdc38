from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from workshop.models import Workshop
    from workshop.report import TablesAndNotes


class GroupsConfig(AppConfig):
    name = "groups"
    verbose_name = _("Tables and notes")

    def ready(self) -> None:
        from groups.copying import copy_tables
        from groups.exchange import PARTS, csv_files
        from workshop.copying import COPIERS
        from workshop.downloads import STAFF_FILES
        from workshop.exchange import EXCHANGE_PARTS
        from workshop.report import REPORT_STATE, register_tables_and_notes

        REPORT_STATE.append(notes_state)
        register_tables_and_notes(tables_and_notes)
        COPIERS.append(copy_tables)
        EXCHANGE_PARTS.extend(PARTS)
        STAFF_FILES.append(csv_files)


def notes_state(workshop: Workshop) -> Hashable:
    """The report's notes as they stand: any note added, changed, moved or deleted changes it."""
    from django.db.models import Count, Max

    from groups.models import Note

    state = Note.everything.filter(workshop=workshop).aggregate(count=Count("pk"), latest=Max("updated_at"))
    return (state["count"], state["latest"].isoformat() if state["latest"] else "")


def tables_and_notes(workshop: Workshop) -> TablesAndNotes:
    """The report's tables and notes, each note with its table and organisation: three queries and the
    highlights' one, however many there are."""
    from collections import defaultdict

    from groups.models import Note, Table
    from workshop.report import TablesAndNotes

    tables = list(Table.objects.filter(workshop=workshop).order_by("number").prefetch_related("organisations"))
    notes = (
        Note.objects.filter(workshop=workshop).select_related("organisation").order_by("position", "pk")
        .with_tables(tables)
    )
    # Which notes were ticked as highlights on which question's compile page.
    highlights: dict[int, set[int]] = defaultdict(set)
    ticked = Note.highlighted_on.through.objects.filter(note__workshop=workshop)
    for question_id, note_id in ticked.values_list("question_id", "note_id"):
        highlights[question_id].add(note_id)
    return TablesAndNotes(tables=tables, notes=notes, highlights=highlights)
