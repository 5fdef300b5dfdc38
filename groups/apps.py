from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from workshop.models import Workshop


class GroupsConfig(AppConfig):
    name = "groups"
    verbose_name = _("Tables and notes")

    def ready(self) -> None:
        from groups.copying import copy_tables
        from groups.exchange import PARTS, csv_files
        from workshop.copying import COPIERS
        from workshop.downloads import STAFF_FILES
        from workshop.exchange import EXCHANGE_PARTS
        from workshop.report import REPORT_STATE

        REPORT_STATE.append(notes_state)
        COPIERS.append(copy_tables)
        EXCHANGE_PARTS.extend(PARTS)
        STAFF_FILES.append(csv_files)


def notes_state(workshop: Workshop) -> Hashable:
    """The report's notes as they stand: any note added, changed, moved or deleted changes it."""
    from django.db.models import Count, Max

    from groups.models import Note

    state = Note.everything.filter(workshop=workshop).aggregate(count=Count("pk"), latest=Max("updated_at"))
    return (state["count"], state["latest"].isoformat() if state["latest"] else "")
