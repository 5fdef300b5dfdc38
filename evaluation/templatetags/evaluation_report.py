"""The evaluation's part of the published report, for templates/workshop/report.html.

A template-level link: `workshop` never imports this app. In the report:

    {% load evaluation_report %}
    {% report_evaluation workshop as evaluation %}   (before the contents list)
    {% evaluation_results evaluation %}               (after "What we do when we get home")

`report_evaluation` runs a fixed number of queries, however many responses: one when the
workshop has no survey in the report (or no responses), five when it has.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import template
from django.db.models import Count

from evaluation.charts import Chart, charts
from evaluation.models import Survey
from evaluation.results import MIN_GROUP_SIZE, SurveyResults, survey_results
from workshop.models import Workshop

register = template.Library()


@dataclass
class ReportEvaluation:
    results: SurveyResults | None  # None while the survey is open
    charts: list[Chart]


@register.simple_tag
def report_evaluation(workshop: Workshop) -> ReportEvaluation | None:
    """The results for the report, with only the comments the facilitators chose; None if none."""
    survey = (
        Survey.objects.filter(workshop=workshop, in_report=True)
        .annotate(response_count=Count("responses"))
        .first()
    )
    if survey is None or not survey.response_count:  # type: ignore[attr-defined]
        return None
    if survey.is_open():
        # While answers still come, totals that move by one show what the last person answered to anyone
        # who saw them send it: the report shows the results once the survey has closed.
        return ReportEvaluation(None, [])
    results = survey_results(
        survey, approved_texts_only=True, response_count=survey.response_count  # type: ignore[attr-defined]
    )
    return ReportEvaluation(results, charts(results.questions))


@register.inclusion_tag("evaluation/report_section.html")
def evaluation_results(evaluation: ReportEvaluation | None) -> dict[str, Any]:
    return {"evaluation": evaluation, "min_group_size": MIN_GROUP_SIZE}
