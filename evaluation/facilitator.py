"""The facilitators' evaluation pages: results, comments for the report, CSV exports, QR code.

Staff only (`facilitated_workshop`), inside the admin's look like the compile pages.
"""

from __future__ import annotations

from typing import Any

import segno
from django.contrib import admin, messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from evaluation.charts import charts
from evaluation.forms import ApproveCommentsForm, CreateSurveyForm
from evaluation.models import Answer, Question, Survey
from evaluation.results import MIN_GROUP_SIZE, comment_groups, survey_results
from workshop.access import HtmxHttpRequest, facilitated_workshop
from workshop.downloads import csv_response
from workshop.models import Workshop

RESULTS = "evaluation/results.html"


def survey_link(request: HttpRequest, survey: Survey) -> str:
    return request.build_absolute_uri(survey.get_absolute_url())


def qr_svg(url: str, scale: int) -> SafeString:
    # segno writes the SVG itself from our own address; nothing a user typed goes into it.
    return mark_safe(segno.make(url, error="m").svg_inline(scale=scale))


def comments_context(survey: Survey, *, saved: bool = False) -> dict[str, Any]:
    groups = comment_groups(survey)
    return {
        "comment_groups": groups,
        "selected": {answer.pk for _question, answers in groups for answer in answers if answer.approved},
        "saved": saved,
    }


def results_context(request: HttpRequest, workshop: Workshop, survey: Survey | None) -> dict[str, Any]:
    context: dict[str, Any] = {
        **admin.site.each_context(request),
        "title": _("Evaluation: %(workshop)s") % {"workshop": workshop.title},
        "workshop": workshop,
        "survey": survey,
        "min_group_size": MIN_GROUP_SIZE,
        # Where the language switch goes back to from the page a form's POST answered.
        "page_url": reverse("evaluation:results", kwargs={"slug": workshop.slug}),
    }
    if survey is None:
        context["create_form"] = CreateSurveyForm(workshop=workshop)
    else:
        results = survey_results(survey, response_count=survey.responses.count())
        link = survey_link(request, survey)
        context.update(
            results=results,
            charts=charts(results.questions),
            survey_url=link,
            qr=qr_svg(link, scale=4),
            **comments_context(survey),
        )
    return context


@require_safe
def results(request: HttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    survey = Survey.objects.filter(workshop=workshop).first()
    return render(request, RESULTS, results_context(request, workshop, survey))


@require_POST
def create_survey(request: HttpRequest, slug: str) -> HttpResponse:
    """The survey, with a question for every talk and round, in one step from the set-up."""
    workshop = facilitated_workshop(request, slug)
    form = CreateSurveyForm(request.POST, workshop=workshop)
    if not form.is_valid():
        context = results_context(request, workshop, Survey.objects.filter(workshop=workshop).first())
        return render(request, RESULTS, {**context, "create_form": form}, status=422)
    _survey, added = form.save()
    messages.success(request, ngettext(
        "The survey is ready with %(count)d question from the programme. "
        "Check the questions, then show participants the QR code.",
        "The survey is ready with %(count)d questions from the programme. "
        "Check the questions, then show participants the QR code.",
        len(added),
    ) % {"count": len(added)})
    return redirect("evaluation:results", slug=workshop.slug)


@require_POST
@vary_on_headers("HX-Request")
def approve_comments(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    survey = get_object_or_404(Survey, workshop=workshop)
    form = ApproveCommentsForm(request.POST, survey=survey)
    template = f"{RESULTS}#comments" if request.htmx else RESULTS
    if not form.is_valid():
        context = {**results_context(request, workshop, survey), "comments_form": form}
        context["page_url"] += "#comments"
        return render(request, template, context, status=422)
    form.save()
    if request.htmx:
        context = {"workshop": workshop, "survey": survey, **comments_context(survey, saved=True)}
        return render(request, template, context)
    messages.success(request, _("The choice of comments for the report is saved."))
    return redirect(reverse("evaluation:results", kwargs={"slug": workshop.slug}) + "#comments")


@require_safe
def show(request: HttpRequest, slug: str) -> HttpResponse:
    """The survey's QR code and short link, large, for the projector at the end of the day."""
    workshop = facilitated_workshop(request, slug)
    survey = get_object_or_404(Survey, workshop=workshop)
    link = survey_link(request, survey)
    context = {"workshop": workshop, "survey": survey, "survey_url": link, "qr": qr_svg(link, scale=10)}
    return render(request, "evaluation/show.html", context)


# CSV -----------------------------------------------------------------------------------------


@require_safe
def responses_csv(request: HttpRequest, slug: str) -> HttpResponse:
    """All answers, one row per response, in no particular order (responses have random ids)."""
    workshop = facilitated_workshop(request, slug)
    survey = get_object_or_404(Survey, workshop=workshop)
    questions = survey.ordered_questions()
    labels = {option.pk: option.label for q in questions for option in q.options.all()}
    by_response: dict[Any, dict[int, str]] = {}
    for response_id, submitted_on in survey.responses.order_by("pk").values_list("pk", "submitted_on"):
        by_response[response_id] = {0: submitted_on.isoformat()}
    answers = Answer.objects.filter(question__survey=survey).values_list(
        "response_id", "question_id", "option_id", "dont_know", "text"
    )
    for response_id, question_id, option_id, dont_know, text in answers:
        if response_id in by_response:
            value = _("Don't know") if dont_know else labels.get(option_id, "") if option_id else text
            by_response[response_id][question_id] = value
    rows: list[list[object]] = [
        [_("Response"), _("Date"), *[f"{n}. {q.text}" for n, q in Survey.numbered(questions)]]
    ]
    for number, values in enumerate(by_response.values(), start=1):
        rows.append([number, values[0], *[values.get(q.pk, "") for q in questions]])
    return csv_response(f"evaluering-{slugify(workshop.slug)}-svar.csv", rows)


@require_safe
def results_csv(request: HttpRequest, slug: str) -> HttpResponse:
    """The result tables as shown: one row per question, group and answer.

    The last column is the group's average on a scale ("don't know" left out), rounded as the
    page shows it and repeated on each of the group's lines, so that every line stands alone
    when filtered; empty for other kinds of question. Written with the language's decimal mark
    and separator (csv_response), as the facilitator's spreadsheet reads them.
    """
    workshop = facilitated_workshop(request, slug)
    survey = get_object_or_404(Survey, workshop=workshop)
    results = survey_results(survey)
    rows: list[list[object]] = [
        [_("Number"), _("Question"), _("Group"), _("Answer"), _("Count"), _("Percent"), "n",
         "{} ({})".format(_("Average"), _("without “don't know”"))]
    ]
    for result in results.questions:
        if result.question.kind == Question.Kind.TEXT:
            continue
        for row in result.rows:
            mean = "" if row.mean_rounded is None else row.mean_rounded
            for cell in row.cells:
                rows.append([
                    result.number, result.question.text, row.label, cell.category.label,
                    cell.count, cell.percent, row.n, mean,
                ])
    return csv_response(f"evaluering-{slugify(workshop.slug)}-resultater.csv", rows)


def csv_files(request: HttpRequest, workshop: Workshop) -> dict[str, bytes]:
    """The two CSVs for a facilitator's "Download everything" (workshop/downloads.py), if there is a survey."""
    if not Survey.objects.filter(workshop=workshop).exists():
        return {}
    files = {}
    for view in (responses_csv, results_csv):
        response = view(request, workshop.slug)
        name = response["Content-Disposition"].split('filename="')[1].rstrip('"')
        files[name] = response.content
    return files
