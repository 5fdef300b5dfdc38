"""Compiling the report: facilitators read every table's notes, pick highlights, write summaries
and publish. The pages live inside the admin's look (they extend admin/base_site.html)."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any, cast

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, F, Max, Prefetch, Q, QuerySet
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import condition, require_http_methods, require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from groups.findings import Findings, find
from groups.models import Note, Table
from groups.room import page_etag
from workshop.access import HtmxHttpRequest, facilitated_workshop, is_facilitator
from workshop.forms import ExplainsHiddenFields
from workshop.models import Question, Round, Workshop
from workshop.report import question_anchor, round_anchor
from workshop.text import is_row_id

QUESTION_SUMMARY_MAX_LENGTH = 10000
WORKSHOP_SUMMARY_MAX_LENGTH = 20000
# Posted by a summary conflict's box (groups/_summary_field.html): the page shows a text saved meanwhile.
SHOWS_SAVED_MEANWHILE = "saved_meanwhile_shown"


# The board: every table's notes side by side -----------------------------------------------


@dataclass
class BoardColumn:
    """One table on the compile page: its answers to the question and to the round as a whole."""

    table: Table
    question_notes: list[Note]
    round_notes: list[Note]


@dataclass
class Board:
    columns: list[BoardColumn]
    plenum: list[Note]


def compile_board(workshop: Workshop, round_: Round, question: Question | None = None) -> Board:
    """Every table's notes for one question (or only the round as a whole), side by side.

    Three queries: tables, their organisations, and the notes.
    """
    tables = list(Table.objects.filter(workshop=workshop).order_by("number").prefetch_related("organisations"))
    # Notes answering another question, the plenum's included: they are on that question's page.
    other_questions = Q(question__isnull=False)
    if question is not None:
        other_questions &= ~Q(question=question)
    notes = (
        Note.objects.filter(workshop=workshop, round=round_)
        .exclude(other_questions)
        .select_related("organisation")
        .order_by("position", "pk")
        .with_tables(tables)
    )
    # Grouped by table id: a note of a table not in `tables` is in no column.
    question_notes: dict[int, list[Note]] = defaultdict(list)
    round_notes: dict[int, list[Note]] = defaultdict(list)
    plenum = []
    for note in notes:
        if note.table_id is None:
            plenum.append(note)
        elif question is not None and note.question_id == question.pk:
            question_notes[note.table_id].append(note)
        else:
            round_notes[note.table_id].append(note)
    return Board(
        columns=[
            BoardColumn(table, question_notes[table.pk], round_notes[table.pk]) for table in tables
        ],
        plenum=plenum,
    )


# Forms ---------------------------------------------------------------------------------------


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


class SavedOverWhatItShowed(ExplainsHiddenFields):
    """A form saved over what its page showed, never over a change saved since (a summary, a theme).

    Two facilitators often have the same text open; the later save used to replace the earlier without
    a word. `written_from` is the saved text's fingerprint when the page was loaded. On a conflict
    nothing is saved, the page shows the other text beside this one, and its `written_from` becomes the
    new text's, so that a second save, the two combined, goes through.
    """

    written_from = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def refused_as_saved_meanwhile(self, written_from: str, message: str) -> ValidationError:
        """The conflict's error; the page's data is then written from what was saved meanwhile."""
        data = cast(QueryDict, self.data).copy()  # a dict in tests has copy() too
        data[self.add_prefix("written_from")] = written_from
        self.show_saved_meanwhile(data)
        self.data = data
        return ValidationError(message, code="saved_meanwhile")

    def show_saved_meanwhile(self, data: QueryDict) -> None:
        """What else the page shows again with the conflict: nothing but `written_from`, here."""

    def error_status(self) -> int:
        """409 when a change was saved meanwhile, else 422."""
        return 409 if self.has_error(NON_FIELD_ERRORS, "saved_meanwhile") else 422


class SummaryForm(SavedOverWhatItShowed):
    """A summary saved over the text it was written from, never over one saved since.

    A retry of a save that went through finds its own text saved, which is no conflict. The save writes
    only over the text the form was checked against (write_summary): a summary saved between the check
    and the write is the same conflict, not a text lost.
    """

    def __init__(self, *args: Any, saved: str = "", **kwargs: Any) -> None:
        # Unbound, the form shows the saved summary (a draft passed as initial shows instead).
        kwargs["initial"] = {"summary": saved, "written_from": fingerprint(saved), **kwargs.get("initial", {})}
        super().__init__(*args, **kwargs)
        self.saved = saved
        self.saved_meanwhile: str | None = None

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        written_from = cleaned.get("written_from")
        summary = cleaned.get("summary")
        # A page from before this field existed posts none: it is saved as it always was.
        if not written_from or summary is None or summary == self.saved or written_from == fingerprint(self.saved):
            return cleaned
        raise self.saved_meanwhile_error(self.saved)

    def saved_meanwhile_error(self, saved: str) -> ValidationError:
        """The conflict: the form shows `saved` beside the draft, and is then written from it."""
        self.saved = self.saved_meanwhile = saved
        return self.refused_as_saved_meanwhile(fingerprint(saved), self.saved_meanwhile_message())

    def saved_meanwhile_message(self) -> str:
        return _(
            "Someone else saved this summary while you were writing. Nothing was saved: your text is in the "
            "field, the saved text is below it. Combine them, then save again."
        )

    def keep_showing_saved_meanwhile(self, data: QueryDict) -> None:
        """After "Use in the summary" on a page that shows a conflict: the saved text, as it is now, stays
        beside the draft until a save goes through.

        The conflict's box posts SHOWS_SAVED_MEANWHILE with the summary's form. Its text is what the
        facilitator was asked to combine with; the form is already written from it, so the next save goes
        through. Replaced by the draft alone, that text went out of sight and the save wrote over it.
        """
        self.is_valid()  # a text saved since the conflict is a conflict of its own, with its error
        if data.get(SHOWS_SAVED_MEANWHILE) and self.saved_meanwhile is None:
            self.saved_meanwhile = self.saved

    @transaction.atomic
    def write_summary(self, instance: Workshop | Round | Question, update_fields: list[str]) -> bool:
        """Whether the summary is written (False: saved meanwhile, and the form has the conflict's error).

        clean() read the saved text before this write: two saves at nearly the same moment could both
        pass it, and the later replaced the earlier. So the check is made again as the write's own
        condition, in one statement: of two such saves the second finds no row with the text it was
        checked against. On PostgreSQL the row stays locked until the transaction ends, so the save()
        below cannot write over a third save either.
        """
        summary = self.cleaned_data["summary"]
        if summary == self.saved:
            return True  # nothing to write: a text saved meanwhile stays as it is
        rows = type(instance)._default_manager.filter(pk=instance.pk)
        if not rows.filter(summary=self.saved).update(summary=summary):
            self.add_error(None, self.saved_meanwhile_error(rows.values_list("summary", flat=True).get()))
            return False
        instance.summary = summary
        # What saving does besides: bidi controls removed, `updated_at` and the polls' ETags moved.
        instance.save(update_fields=update_fields)
        return True


class WorkshopSummaryForm(SummaryForm):
    summary = forms.CharField(
        label=gettext_lazy("Summary (conclusion)"),
        max_length=WORKSHOP_SUMMARY_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
    )

    def save(self, workshop: Workshop) -> bool:
        """Whether it saved; False: the summary was saved meanwhile (a form error)."""
        return self.write_summary(workshop, ["summary", "updated_at"])


class RoundSummaryForm(SummaryForm):
    summary = forms.CharField(
        label=gettext_lazy("Summary of the round as a whole"),
        max_length=QUESTION_SUMMARY_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
    )

    def save(self, round_: Round) -> bool:
        """Whether it saved; False: the summary was saved meanwhile (a form error)."""
        return self.write_summary(round_, ["summary"])


class NoteChoiceField(forms.ModelMultipleChoiceField):
    """Ids that cannot be a note are refused before the database sees them.

    Django looks each posted id up as given, and an id past the integer range overflows there.
    """

    def _check_values(self, value: Any) -> Any:
        for pk in value:
            if not is_row_id(pk):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk}
                )
        return super()._check_values(value)  # type: ignore[misc]


class QuestionCompileForm(SummaryForm):
    """The question's summary, and which of the tables' notes are highlights.

    `highlights` only accepts the notes shown on the page: this round's table notes that answer
    this question or the round as a whole. Anything else is a form error, and nothing is saved.
    A note its table deleted after the page was loaded is no error: it is left out (`left_out`,
    which the page names), and the rest is saved.

    The highlights are saved as the change made on the page, not as a new set: `highlights_shown`
    carries the notes that were ticked when the page was loaded, and saving adds those ticked since
    and removes those unticked since. A highlight another facilitator set or removed meanwhile stays
    as they left it (the whole set from an older page used to replace theirs without a word).
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
    # One field, ids joined by commas: a page that showed no highlights posts it empty, which a page
    # from before this field (posting none) must not be taken for.
    highlights_shown = forms.CharField(required=False, max_length=20_000, widget=forms.HiddenInput)

    def __init__(
        self, *args: Any, candidates: QuerySet[Note], highlighted: Collection[int] = (), **kwargs: Any
    ) -> None:
        """`candidates`: the notes the page may show, deleted ones too (highlight_candidates)."""
        # Unbound, the form shows the notes highlighted now, and carries them as the ones it showed.
        shown = sorted(highlighted)
        kwargs["initial"] = {"highlights": shown, "highlights_shown": ids_text(shown), **kwargs.get("initial", {})}
        super().__init__(*args, **kwargs)
        self.candidates = candidates
        self.highlighted = set(highlighted)
        self.highlights_changed_meanwhile = False
        self.left_out: list[Note] = []
        self.fields["highlights"].queryset = candidates  # type: ignore[attr-defined]

    def clean_highlights_shown(self) -> set[int] | None:
        """The notes the page showed ticked; None from a page from before the field (it posts none)."""
        if self.add_prefix("highlights_shown") not in self.data:
            return None
        text = self.cleaned_data["highlights_shown"]
        ids = [pk.strip() for pk in text.split(",")] if text else []
        if not all(is_row_id(pk) for pk in ids):
            raise ValidationError(_("Not a list of notes."), code="invalid")
        found = dict(self.candidates.filter(pk__in={int(pk) for pk in ids}).values_list("pk", "deleted_at"))
        if len(found) != len(set(ids)):
            raise ValidationError(_("Not a list of notes."), code="invalid")
        # A note deleted since is left out on both sides: its highlight is neither added nor removed.
        return {pk for pk, deleted_at in found.items() if deleted_at is None}

    def clean_highlights(self) -> list[Note]:
        notes, self.left_out = alive_and_deleted(self.cleaned_data["highlights"])
        return notes

    def clean(self) -> dict[str, Any]:
        cleaned = self.cleaned_data
        if "highlights" in cleaned and "highlights_shown" in cleaned:
            shown = self.shown(cleaned["highlights_shown"])
            self.highlights_changed_meanwhile = shown != self.highlighted
        return super().clean()

    def shown(self, posted: set[int] | None) -> set[int]:
        # A page from before `highlights_shown` is saved as it always was: its ticks are the new set.
        return self.highlighted if posted is None else posted

    def show_saved_meanwhile(self, data: QueryDict) -> None:
        """With the summary's conflict, the ticks show the highlights as a save would leave them:
        those highlighted now with this page's changes, which the page then carries as shown."""
        if "highlights" not in self.cleaned_data or "highlights_shown" not in self.cleaned_data:
            return
        chosen = {note.pk for note in self.cleaned_data["highlights"]}
        shown = self.shown(self.cleaned_data["highlights_shown"])
        merged = sorted((self.highlighted | (chosen - shown)) - (shown - chosen))
        ticked = [str(pk) for pk in merged]
        if isinstance(data, QueryDict):
            data.setlist(self.add_prefix("highlights"), ticked)
        else:
            data[self.add_prefix("highlights")] = ticked
        data[self.add_prefix("highlights_shown")] = ids_text(self.highlighted)

    def selected_ids(self) -> set[int]:
        """The ticked notes to show: what was posted, else what is highlighted now."""
        values = self["highlights"].value() or []
        return {int(value) for value in values if is_row_id(value)}

    @transaction.atomic
    def save(self, question: Question) -> bool:
        """Whether it saved; False: the summary was saved meanwhile (a form error), nothing changed."""
        if not self.write_summary(question, ["summary"]):
            return False
        chosen = {note.pk for note in self.cleaned_data["highlights"]}
        shown = self.shown(self.cleaned_data["highlights_shown"])
        # Read again here, not the set the form was made with: the changes apply to the latest.
        now = highlighted_ids(question, self.candidates)
        added = (chosen - shown) - now
        removed = (shown - chosen) & now
        question.highlights.add(*added)
        question.highlights.remove(*removed)
        # The changed notes move their `updated_at`, so that the cached report shows the change.
        Note.objects.filter(pk__in=added | removed).update(updated_at=timezone.now())
        return True


def ids_text(ids: Iterable[int]) -> str:
    return ",".join(str(pk) for pk in sorted(ids))


def alive_and_deleted(notes: Iterable[Note]) -> tuple[list[Note], list[Note]]:
    """The chosen notes not deleted, and those deleted at their tables (for a NoteChoiceField over
    Note.everything, so that a note deleted after the page was loaded is no form error)."""
    notes = list(notes)
    return [note for note in notes if note.deleted_at is None], [note for note in notes if note.deleted_at is not None]


def deleted_meanwhile_message(count: int) -> str:
    return ngettext(
        "%(count)s note was deleted at its table meanwhile and is left out of the highlights.",
        "%(count)s notes were deleted at their tables meanwhile and are left out of the highlights.",
        count,
    ) % {"count": count}


class UseSuggestionForm(forms.Form):
    """ "Use in the summary": which suggestion (the button's value, "recurring:12" or "key:12"), and
    the draft it is added to. The button submits the page's summary form, with or without
    JavaScript, so the draft is always the one in the browser: nothing typed is lost, nothing is saved.
    """

    use = forms.RegexField(regex=r"\A(key|recurring):[0-9]{1,18}\Z", max_length=30)
    # Longer than any summary may be: a draft past its limit is refused with its text kept.
    summary = forms.CharField(required=False, strip=False, max_length=10 * WORKSHOP_SUMMARY_MAX_LENGTH)

    def suggestion(self) -> tuple[str, int]:
        kind, note = self.cleaned_data["use"].split(":")
        return kind, int(note)


class PublishForm(forms.Form):
    action = forms.ChoiceField(
        choices=[("publish", gettext_lazy("Publish")), ("unpublish", gettext_lazy("Unpublish"))]
    )
    # Given on the page that asks first: publishing ends a day still running, or shows a report with
    # summaries still to be written.
    confirmed = forms.BooleanField(required=False)


def highlight_candidates(workshop: Workshop, question: Question) -> QuerySet[Note]:
    """The notes a question's page shows to tick, and those deleted since: a page loaded before a
    note was deleted still posts it, and it is left out rather than refused (QuestionCompileForm)."""
    return Note.everything.filter(
        workshop=workshop, round=question.round, table__isnull=False
    ).filter(Q(question=question) | Q(question__isnull=True))


# Suggestions from the notes (groups/synthesis.py) ------------------------------------------------


def round_findings(workshop: Workshop, round_: Round, tables: list[Table]) -> Findings:
    """Suggestions from every table's notes in the round, whatever question they answer: one query."""
    notes = (
        Note.objects.filter(workshop=workshop, round=round_, table__isnull=False)
        .select_related("organisation")
        .with_tables(tables)
    )
    return find(f"round-{round_.pk}", notes, tables)


def workshop_findings(workshop: Workshop) -> Findings:
    """Suggestions from every table note of the day: two queries."""
    tables = list(workshop.tables.order_by("number"))
    notes = (
        Note.objects.filter(workshop=workshop, round__isnull=False, table__isnull=False)
        .select_related("organisation")
        .with_tables(tables)
    )
    return find(f"workshop-{workshop.pk}", notes, tables)


def add_to_summary(summary: str, text: str) -> str:
    """The summary with `text` as a new paragraph at its end."""
    return f"{summary.rstrip()}\n\n{text}" if summary.strip() else text


@dataclass(frozen=True)
class UsedSuggestion:
    """The draft after "Use in the summary": with the suggestion added, or as it came with the reason."""

    draft: str
    refusal: str = ""
    status: int = 200

    def context(self) -> dict[str, object]:
        """What the summary's field says beside the draft (groups/_summary_field.html)."""
        return {"added": not self.refusal, "refusal": self.refusal}


def use_suggestion(request: HtmxHttpRequest, findings: Findings, max_length: int) -> UsedSuggestion | None:
    """The chosen suggestion added at the end of the draft the browser sent; None if the suggestion
    cannot be read. A refusal gives the draft back as it was sent: the field it replaces must
    never come back emptier than it went (saving it then would store the loss)."""
    form = UseSuggestionForm(request.POST)
    if "use" in form.errors:
        return None
    if not form.is_valid():
        # The draft itself cannot be taken (a NUL, far too long): it comes back as sent, with why.
        why = " ".join(str(error) for error in form.errors["summary"])
        return UsedSuggestion(request.POST.get("summary", ""), why, 422)
    draft = form.cleaned_data["summary"]
    text = findings.text_to_use(*form.suggestion())
    if text is None:
        refusal = _("That suggestion is gone: the notes have changed since the page was loaded. Reload the page.")
        return UsedSuggestion(draft, refusal, 409)
    summary = add_to_summary(draft, text)
    if len(summary) > max_length:
        refusal = _("The summary would be longer than %(max)s characters. Shorten it first.") % {
            "max": number_format(max_length, force_grouping=True)
        }
        return UsedSuggestion(draft, refusal, 422)
    return UsedSuggestion(summary)


def unreadable_suggestion() -> HttpResponse:
    return HttpResponse(_("That suggestion could not be read. Reload the page."), status=400)


def used_in_field(request: HtmxHttpRequest, used: UsedSuggestion, form: SummaryForm) -> HttpResponse:
    """With htmx, the summary's field with the new draft (or the draft as it was, and why)."""
    form.keep_showing_saved_meanwhile(request.POST)
    return render(request, "groups/_summary_field.html", {"form": form, **used.context()}, status=used.status)


def used_on_page(request: HtmxHttpRequest, used: UsedSuggestion) -> QueryDict:
    """Without JavaScript, the page's summary form as it was posted, with the new draft in its field:
    shown again on the page (at the field: the button's address ends in #summary-field), not saved."""
    data = request.POST.copy()
    data["summary"] = used.draft
    return data


# Overview, overall summary, publishing --------------------------------------------------------


def counted_questions() -> QuerySet[Question]:
    """The questions in the report's order, each with its tables' notes and highlights counted."""
    # The tables' notes, not deleted ones: a count through a relation does not go through Note's
    # manager, which leaves them out everywhere else.
    return Question.objects.annotate(
        note_count=Count("notes", filter=Q(notes__table__isnull=False, notes__deleted_at__isnull=True), distinct=True),
        highlight_count=Count("highlights", filter=Q(highlights__deleted_at__isnull=True), distinct=True),
    ).order_by("order", "pk")


def overview_context(
    request: HttpRequest, workshop: Workshop, form: WorkshopSummaryForm
) -> dict[str, Any]:
    round_notes = Q(notes__table__isnull=False, notes__question__isnull=True, notes__deleted_at__isnull=True)
    rounds = (
        workshop.rounds.order_by("number")
        .annotate(note_count=Count("notes", filter=round_notes, distinct=True))
        .prefetch_related(Prefetch("questions", counted_questions()))
    )
    return {
        **admin.site.each_context(request),
        "title": _("Compile the report: %(workshop)s") % {"workshop": workshop.title},
        "workshop": workshop,
        "rounds": rounds,
        "form": form,
        "publish_action": "unpublish" if workshop.is_published else "publish",
        "findings": workshop_findings(workshop),
        # The page's own address: it is also shown at "Use in the summary"'s, without JavaScript.
        "page_url": reverse("groups:compile", kwargs={"slug": workshop.slug}),
        "use_url": reverse("groups:compile-use", kwargs={"slug": workshop.slug}),
        "summary_form_id": "summary-form",  # the form "Use in the summary" submits, with its draft
        "findings_scope": _("the whole workshop"),
    }


@require_safe
def overview(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    form = WorkshopSummaryForm(saved=workshop.summary)
    return render(request, "groups/compile.html", overview_context(request, workshop, form))


@require_POST
@vary_on_headers("HX-Request")
def summary(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    form = WorkshopSummaryForm(request.POST, saved=workshop.summary)
    if not form.is_valid() or not form.save(workshop):
        template = "groups/compile.html#summary_form" if request.htmx else "groups/compile.html"
        context = overview_context(request, workshop, form)
        return render(request, template, context, status=form.error_status())
    if request.htmx:
        form = WorkshopSummaryForm(saved=workshop.summary)
        context = {"workshop": workshop, "form": form, "saved": True}
        return render(request, "groups/compile.html#summary_form", context)
    messages.success(request, _("The summary is saved."))
    return redirect("groups:compile", slug=workshop.slug)


@require_POST
@vary_on_headers("HX-Request")
def use_in_workshop_summary(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    used = use_suggestion(request, workshop_findings(workshop), WORKSHOP_SUMMARY_MAX_LENGTH)
    if used is None:
        return unreadable_suggestion()
    if request.htmx:
        form = WorkshopSummaryForm(initial={"summary": used.draft}, saved=workshop.summary)
        return used_in_field(request, used, form)
    form = WorkshopSummaryForm(used_on_page(request, used), saved=workshop.summary)
    form.keep_showing_saved_meanwhile(request.POST)
    context = {**overview_context(request, workshop, form), **used.context()}
    return render(request, "groups/compile.html", context, status=used.status)


def questions_to_summarise(workshop: Workshop) -> list[tuple[str, Question]]:
    """The questions the tables wrote notes to that have no summary yet, numbered as the report
    numbers them (1.2: round 1, its second question). A question without notes has nothing to sum up."""
    rounds = workshop.rounds.order_by("number").prefetch_related(Prefetch("questions", counted_questions()))
    return [
        (f"{round_.number}.{number}", question)
        for round_ in rounds
        for number, question in enumerate(round_.questions.all(), start=1)
        if question.note_count and not question.summary.strip()  # type: ignore[attr-defined]
    ]


@require_POST
def publish(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    form = PublishForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose to publish or to unpublish."))
        return redirect("groups:compile", slug=workshop.slug)
    if form.cleaned_data["action"] == "publish":
        if not workshop.is_published:
            if not form.cleaned_data["confirmed"]:
                unsummarised = questions_to_summarise(workshop)
                if workshop.accepts_notes or unsummarised or not workshop.summary:
                    context = {
                        **admin.site.each_context(request), "title": _("Publish the report?"), "workshop": workshop,
                        "unsummarised": unsummarised,
                    }
                    return render(request, "groups/confirm_publish.html", context)
            workshop.publish()
        messages.success(request, _("The report is published."))
    else:
        if workshop.is_published:
            workshop.unpublish()
        messages.success(request, _("The report is no longer published."))
    return redirect("groups:compile", slug=workshop.slug)


# One question ----------------------------------------------------------------------------------


def highlighted_ids(question: Question, candidates: QuerySet[Note]) -> set[int]:
    """The notes highlighted on the question now; a deleted note's highlight is not shown (nor changed)."""
    highlights = candidates.filter(highlighted_on=question, deleted_at__isnull=True)
    return set(highlights.values_list("pk", flat=True))


def question_form(question: Question, candidates: QuerySet[Note]) -> QuestionCompileForm:
    """The form as saved: the question's summary and the notes highlighted now."""
    return QuestionCompileForm(
        candidates=candidates, highlighted=highlighted_ids(question, candidates), saved=question.summary
    )


def question_context(
    request: HttpRequest, workshop: Workshop, question: Question, form: QuestionCompileForm,
    *, saved: bool = False,
) -> dict[str, Any]:
    rows = list(
        Question.objects.filter(round__workshop=workshop)
        .order_by("round__number", "order", "pk")
        .values_list("pk", "round_id")
    )
    order = [pk for pk, _round_id in rows]
    position = order.index(question.pk)
    # Its place in its round, as the report numbers it ("3.2") and names its anchor.
    in_round = sum(1 for _pk, round_id in rows[: position + 1] if round_id == question.round_id)
    anchor = question_anchor(question.round.number, in_round)
    board = compile_board(workshop, question.round, question)
    return {
        **admin.site.each_context(request),
        "title": question.text,
        "workshop": workshop,
        "question": question,
        "round": question.round,
        "board": board,
        "findings": question_findings(question, board),
        # The page's own address: it is also shown at "Use in the summary"'s, without JavaScript.
        "page_url": reverse("groups:compile-question", kwargs={"slug": workshop.slug, "question_id": question.pk}),
        "use_url": reverse("groups:compile-question-use", kwargs={"slug": workshop.slug, "question_id": question.pk}),
        "summary_form_id": "compile-form",  # the form "Use in the summary" submits, with its draft
        # The page shows the notes on the round as a whole too, and the suggestions read them.
        "findings_scope": _("this question and the round as a whole"),
        "form": form,
        "selected": form.selected_ids(),
        "left_out": deleted_meanwhile_message(len(form.left_out)) if form.left_out else "",
        "saved": saved,
        "previous_id": order[position - 1] if position > 0 else None,
        "next_id": order[position + 1] if position + 1 < len(order) else None,
        "number": position + 1,
        "count": len(order),
        "report_url": f"{reverse('report', kwargs={'slug': workshop.slug})}#{anchor}",
    }


def question_findings(question: Question, board: Board) -> Findings:
    """Suggestions from the notes the question's page shows: its answers and the round as a whole."""
    notes = [note for column in board.columns for note in (*column.question_notes, *column.round_notes)]
    return find(f"question-{question.pk}", notes, [column.table for column in board.columns])


@require_http_methods(["GET", "HEAD", "POST"])
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
        form = QuestionCompileForm(
            request.POST, candidates=candidates, highlighted=highlighted_ids(question, candidates),
            saved=question.summary,
        )
        if not form.is_valid() or not form.save(question):
            context = question_context(request, workshop, question, form)
            return render(request, template, context, status=form.error_status())
        meanwhile, left_out = form.highlights_changed_meanwhile, form.left_out
        if not request.htmx:
            messages.success(request, _("The summary and highlights are saved."))
            if left_out:
                messages.warning(request, deleted_meanwhile_message(len(left_out)))
            if meanwhile:
                messages.info(request, _("Someone else changed the highlights meanwhile: the ticks show their changes "
                                         "together with yours."))
            return redirect("groups:compile-question", slug=workshop.slug, question_id=question.pk)
        form = question_form(question, candidates)
        context = question_context(request, workshop, question, form, saved=True)
        if left_out:
            context["left_out"] = deleted_meanwhile_message(len(left_out))
        return render(request, template, {**context, "highlights_changed_meanwhile": meanwhile})
    form = question_form(question, candidates)
    return render(request, template, question_context(request, workshop, question, form))


@require_POST
@vary_on_headers("HX-Request")
def use_in_question_summary(request: HtmxHttpRequest, slug: str, question_id: int) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    question = get_object_or_404(
        Question.objects.select_related("round"), pk=question_id, round__workshop=workshop
    )
    findings = question_findings(question, compile_board(workshop, question.round, question))
    used = use_suggestion(request, findings, QUESTION_SUMMARY_MAX_LENGTH)
    if used is None:
        return unreadable_suggestion()
    if request.htmx:
        form = QuestionCompileForm(
            initial={"summary": used.draft}, candidates=Note.objects.none(), saved=question.summary
        )
        return used_in_field(request, used, form)
    candidates = highlight_candidates(workshop, question)
    form = QuestionCompileForm(
        used_on_page(request, used), candidates=candidates, highlighted=highlighted_ids(question, candidates),
        saved=question.summary,
    )
    form.keep_showing_saved_meanwhile(request.POST)
    context = {**question_context(request, workshop, question, form), **used.context()}
    return render(request, "groups/compile_question.html", context, status=used.status)


# The round as a whole --------------------------------------------------------------------------


def round_context(
    request: HttpRequest, workshop: Workshop, round_: Round, form: RoundSummaryForm,
    *, saved: bool = False,
) -> dict[str, Any]:
    board = compile_board(workshop, round_)
    return {
        **admin.site.each_context(request),
        "title": _("Round %(number)s as a whole: %(title)s")
        % {"number": round_.number, "title": round_.title},
        "workshop": workshop,
        "round": round_,
        "board": board,
        "findings": round_findings(workshop, round_, [column.table for column in board.columns]),
        # The page's own address: it is also shown at "Use in the summary"'s, without JavaScript.
        "page_url": reverse("groups:compile-round", kwargs={"slug": workshop.slug, "round_number": round_.number}),
        "use_url": reverse("groups:compile-round-use", kwargs={"slug": workshop.slug, "round_number": round_.number}),
        "summary_form_id": "round-form",  # the form "Use in the summary" submits, with its draft
        "findings_scope": _("every question of the round and the round as a whole"),
        "report_url": f"{reverse('report', kwargs={'slug': workshop.slug})}#{round_anchor(round_.number)}",
        "form": form,
        "saved": saved,
    }


@require_http_methods(["GET", "HEAD", "POST"])
@vary_on_headers("HX-Request")
def round_summary(request: HtmxHttpRequest, slug: str, round_number: int) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    round_ = get_object_or_404(Round, workshop=workshop, number=round_number)
    page = "groups/compile_round.html"
    template = f"{page}#round_form" if request.htmx else page
    if request.method == "POST":
        form = RoundSummaryForm(request.POST, saved=round_.summary)
        if not form.is_valid() or not form.save(round_):
            context = round_context(request, workshop, round_, form)
            return render(request, template, context, status=form.error_status())
        if not request.htmx:
            messages.success(request, _("The summary of the round is saved."))
            return redirect("groups:compile-round", slug=workshop.slug, round_number=round_.number)
        form = RoundSummaryForm(saved=round_.summary)
        return render(request, template, round_context(request, workshop, round_, form, saved=True))
    form = RoundSummaryForm(saved=round_.summary)
    return render(request, template, round_context(request, workshop, round_, form))


@require_POST
@vary_on_headers("HX-Request")
def use_in_round_summary(request: HtmxHttpRequest, slug: str, round_number: int) -> HttpResponse:
    workshop = facilitated_workshop(request, slug)
    round_ = get_object_or_404(Round, workshop=workshop, number=round_number)
    findings = round_findings(workshop, round_, list(workshop.tables.order_by("number")))
    used = use_suggestion(request, findings, QUESTION_SUMMARY_MAX_LENGTH)
    if used is None:
        return unreadable_suggestion()
    if request.htmx:
        return used_in_field(request, used, RoundSummaryForm(initial={"summary": used.draft}, saved=round_.summary))
    form = RoundSummaryForm(used_on_page(request, used), saved=round_.summary)
    form.keep_showing_saved_meanwhile(request.POST)
    context = {**round_context(request, workshop, round_, form), **used.context()}
    return render(request, "groups/compile_round.html", context, status=used.status)


# "What keeps coming up", live for the plenum -----------------------------------------------------


def recurring_etag(request: HtmxHttpRequest, slug: str) -> str | None:
    """Changes when a note of the current round, the current round, or the workshop's set-up (a round's
    title, the tables, which `updated_at` follows) changes: one query."""
    if not is_facilitator(request):
        raise PermissionDenied
    in_round = Q(notes__round=F("current_round"))
    workshop = get_object_or_404(
        Workshop.objects.annotate(
            note_count=Count("notes", filter=in_round), latest=Max("notes__updated_at", filter=in_round)
        ),
        slug=slug,
    )
    latest = workshop.latest.timestamp() if workshop.latest else 0  # type: ignore[attr-defined]
    return page_etag(
        request, workshop.updated_at.timestamp(), workshop.current_round_id,
        workshop.note_count, latest,  # type: ignore[attr-defined]
    )


@require_safe
@vary_on_headers("HX-Request")
@condition(etag_func=recurring_etag)
def recurring_live(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """The current round's recurring points as they emerge, for the projector in the plenum."""
    workshop = facilitated_workshop(request, slug)
    current = workshop.current_round
    tables = list(workshop.tables.order_by("number"))
    context = {
        "workshop": workshop,
        "current": current,
        "findings": round_findings(workshop, current, tables) if current else None,
        "poll_seconds": settings.LIVE_POLL_SECONDS,
    }
    page = "groups/recurring_live.html"
    return render(request, f"{page}#points" if request.htmx else page, context)
