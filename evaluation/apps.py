from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from workshop.models import Workshop


class EvaluationConfig(AppConfig):
    name = "evaluation"
    verbose_name = _("Evaluation")

    def ready(self) -> None:
        from evaluation.copying import copy_survey
        from evaluation.exchange import PARTS
        from evaluation.facilitator import csv_files
        from workshop.copying import COPIERS
        from workshop.downloads import STAFF_FILES
        from workshop.exchange import EXCHANGE_PARTS
        from workshop.report import REPORT_STATE

        REPORT_STATE.append(responses_state)
        COPIERS.append(copy_survey)
        EXCHANGE_PARTS.extend(PARTS)
        STAFF_FILES.append(csv_files)


def responses_state(workshop: Workshop) -> Hashable:
    """The survey's answers as they stand (responses are never changed, only added), and whether it is
    still open: its closing time passing changes nothing stored, yet the report then shows the results."""
    from django.db.models import Count

    from evaluation.models import Survey

    surveys = Survey.objects.filter(workshop=workshop).annotate(answered=Count("responses"))
    return tuple((survey.answered, survey.is_open()) for survey in surveys)  # type: ignore[attr-defined]
