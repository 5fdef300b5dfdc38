"""Compiling the report: facilitators read every table's notes, pick highlights, write summaries
and publish. The pages live inside the admin's look (they extend admin/base_site.html)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from groups.models import Note
from workshop.access import HtmxHttpRequest, facilitated_workshop
from workshop.models import Question, Round, Workshop
from workshop.report import compile_board

QUESTION_SUMMARY_MAX_LENGTH = 10000
WORKSHOP_SUMMARY_MAX_LENGTH = 20000


# Forms ---------------------------------------------------------------------------------------


class WorkshopSummaryForm(forms.Form):
    summary = forms.CharField(
        label=gettext_lazy("Summary (conclusion)"),
        max_length=WORKSHOP_SUMMARY_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
    )

    def save(self, workshop: Workshop) -> None:
        workshop.summary = self.cleaned_data["summary"]
        workshop.save(update_fields=["summary", "updated_at"])


class RoundSummaryForm(forms.Form):
    summary = forms.CharField(
        label=gettext_lazy("Summary of the round as a whole"),
        max_length=QUESTION_SUMMARY_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
    )

    def save(self, round_: Round) -> None:
        round_.summary = self.cleaned_data["summary"]
        round_.save(update_fields=["summary"])


class NoteChoiceField(forms.ModelMultipleChoiceField):
    """Ids that cannot be a note are refused before the database sees them.

    Django looks each posted id up as given, and an id past the integer range overflows there.
    """

    def _check_values(self, value: Any) -> Any:
        for pk in value:
            if not str(pk).isdigit() or int(pk) >= 2**63:
                raise ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk}
                )
        return super()._check_values(value)  # type: ignore[misc]


class QuestionCompileForm(forms.Form):
    """The question's summary, and which of the tables' notes are highlights.

    `highlights` only accepts the notes shown on the page: this round's table notes that answer
    this question or the round as a whole. Anything else is a form error, and nothing is saved.
    """

    summary = forms.CharField(
        label=gettext_lazy("Summary of the question"),
        max_length=QUESTION_SUMMARY_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
    )
    highlights = NoteChoiceField(
        label=gettext_lazy("Highlights"),
        queryset=Note.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, candidates: QuerySet[Note], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.candidates = candidates
        self.fields["highlights"].queryset = candidates  # type: ignore[attr-defined]

    def selected_ids(self) -> set[int]:
        """The ticked notes to show: what was posted, else what is highlighted now."""
        values = self["highlights"].value() or []
        return {int(value) for value in values if str(value).isdigit()}

    @transaction.atomic
    def save(self, question: Question) -> None:
        question.summary = self.cleaned_data["summary"]
        question.save(update_fields=["summary"])
        chosen = [note.pk for note in self.cleaned_data["highlights"]]
        now = timezone.now()
        self.candidates.filter(pk__in=chosen, highlighted=False).update(
            highlighted=True, updated_at=now
        )
        self.candidates.exclude(pk__in=chosen).filter(highlighted=True).update(
            highlighted=False, updated_at=now
        )


class PublishForm(forms.Form):
    action = forms.ChoiceField(
        choices=[("publish", gettext_lazy("Publish")), ("unpublish", gettext_lazy("Unpublish"))]
    )


def highlight_candidates(workshop: Workshop, question: Question) -> QuerySet[Note]:
    return Note.objects.filter(
        workshop=workshop, round=question.round, table__isnull=False
    ).filter(Q(question=question) | Q(question__isnull=True))


# Overview, overall summary, publishing --------------------------------------------------------


def overview_context(
    request: HttpRequest, workshop: Workshop, form: WorkshopSummaryForm
) -> dict[str, Any]:
    questions = Question.objects.annotate(
        note_count=Count("notes", filter=Q(notes__table__isnull=False)),
        highlight_count=Count("notes", filter=Q(notes__highlighted=True)),
    ).order_by("order", "pk")
    rounds = workshop.rounds.order_by("number").prefetch_related(Prefetch("questions", questions))
    return {
        **admin.site.each_context(request),
        "title": _("Compile the report: %(workshop)s") % {"workshop": workshop.title},
        "workshop": workshop,
        "rounds": rounds,
        "form": form,
        "publish_action": "unpublish" if workshop.is_published else "publish",
    }


@require_GET
def overview(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    form = WorkshopSummaryForm(initial={"summary": workshop.summary})
    return render(request, "groups/compile.html", overview_context(request, workshop, form))


@require_POST
@vary_on_headers("HX-Request")
def summary(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    form = WorkshopSummaryForm(request.POST)
    if not form.is_valid():
        template = "groups/compile.html#summary_form" if request.htmx else "groups/compile.html"
        context = overview_context(request, workshop, form)
        return render(request, template, context, status=422)
    form.save(workshop)
    if request.htmx:
        context = {"workshop": workshop, "form": form, "saved": True}
        return render(request, "groups/compile.html#summary_form", context)
    messages.success(request, _("The summary is saved."))
    return redirect("groups:compile", slug=workshop.slug)


@require_POST
def publish(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    form = PublishForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose to publish or to unpublish."))
        return redirect("groups:compile", slug=workshop.slug)
    if form.cleaned_data["action"] == "publish":
        if not workshop.is_published:
            workshop.publish()
        messages.success(request, _("The report is published."))
    else:
        if workshop.is_published:
            workshop.unpublish()
        messages.success(request, _("The report is no longer published."))
    return redirect("groups:compile", slug=workshop.slug)


# One question ----------------------------------------------------------------------------------


def question_form(question: Question, candidates: QuerySet[Note]) -> QuestionCompileForm:
    """The form as saved: the question's summary and the notes highlighted now."""
    initial = {
        "summary": question.summary,
        "highlights": list(candidates.filter(highlighted=True).values_list("pk", flat=True)),
    }
    return QuestionCompileForm(initial=initial, candidates=candidates)


def question_context(
    request: HttpRequest, workshop: Workshop, question: Question, form: QuestionCompileForm,
    *, saved: bool = False,
) -> dict[str, Any]:
    order = list(
        Question.objects.filter(round__workshop=workshop)
        .order_by("round__number", "order", "pk")
        .values_list("pk", flat=True)
    )
    position = order.index(question.pk)
    return {
        **admin.site.each_context(request),
        "title": question.text,
        "workshop": workshop,
        "question": question,
        "round": question.round,
        "board": compile_board(workshop, question.round, question),
        "form": form,
        "selected": form.selected_ids(),
        "saved": saved,
        "previous_id": order[position - 1] if position > 0 else None,
        "next_id": order[position + 1] if position + 1 < len(order) else None,
        "number": position + 1,
        "count": len(order),
    }


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def question(request: HtmxHttpRequest, slug: str, question_id: int) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    question = get_object_or_404(
        Question.objects.select_related("round"), pk=question_id, round__workshop=workshop
    )
    candidates = highlight_candidates(workshop, question)
    page = "groups/compile_question.html"
    template = f"{page}#compile_form" if request.htmx else page
    if request.method == "POST":
        form = QuestionCompileForm(request.POST, candidates=candidates)
        if not form.is_valid():
            context = question_context(request, workshop, question, form)
            return render(request, template, context, status=422)
        form.save(question)
        if not request.htmx:
            messages.success(request, _("The summary and highlights are saved."))
            return redirect("groups:compile-question", slug=workshop.slug, question_id=question.pk)
        form = question_form(question, candidates)
        context = question_context(request, workshop, question, form, saved=True)
        return render(request, template, context)
    form = question_form(question, candidates)
    return render(request, template, question_context(request, workshop, question, form))


# The round as a whole --------------------------------------------------------------------------


def round_context(
    request: HttpRequest, workshop: Workshop, round_: Round, form: RoundSummaryForm,
    *, saved: bool = False,
) -> dict[str, Any]:
    return {
        **admin.site.each_context(request),
        "title": _("Round %(number)s as a whole: %(title)s")
        % {"number": round_.number, "title": round_.title},
        "workshop": workshop,
        "round": round_,
        "board": compile_board(workshop, round_),
        "form": form,
        "saved": saved,
    }


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def round_summary(request: HtmxHttpRequest, slug: str, round_number: int) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    round_ = get_object_or_404(Round, workshop=workshop, number=round_number)
    page = "groups/compile_round.html"
    template = f"{page}#round_form" if request.htmx else page
    if request.method == "POST":
        form = RoundSummaryForm(request.POST)
        if not form.is_valid():
            context = round_context(request, workshop, round_, form)
            return render(request, template, context, status=422)
        form.save(round_)
        if not request.htmx:
            messages.success(request, _("The summary of the round is saved."))
            return redirect("groups:compile-round", slug=workshop.slug, round_number=round_.number)
        return render(request, template, round_context(request, workshop, round_, form, saved=True))
    form = RoundSummaryForm(initial={"summary": round_.summary})
    return render(request, template, round_context(request, workshop, round_, form))
