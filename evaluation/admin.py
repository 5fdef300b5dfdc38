"""Setting up the evaluation survey in the admin: the survey, its questions and their options, on one page.

Why an "Answers" text box in each question's row, and not a page per question with an inline of
options: Django's admin has no nested inlines, and the second page was where surveys went wrong
(a choice question saved without options, option values to invent, a condition typed as a
value nobody could see). One answer per line, in order, is what a facilitator writes anyway;
it is validated with the survey it is saved into (open or not) and with the other questions
(a condition on an answer removed in the same save). The option rows behind the lines are kept,
with their values and the answers given to them, when a line is unchanged, moved, or edited in
place (see `plan_options`). Values are made from the labels (`Option.save`) and never shown.

A condition is chosen in one list of the earlier questions' answers of this survey ("Show only
if"), which sets both `show_if_question` and `show_if_value`: nothing to type, nothing from
another survey to pick.

"Create questions from the programme" (an action on the surveys' list, and a button on a
survey's page) adds a question for every talk and every group-work round.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import widgets
from django.core.exceptions import ValidationError
from django.db.models import Count, DateTimeField, Prefetch, QuerySet
from django.forms import BaseInlineFormSet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _

from evaluation.models import Answer, Option, Question, Survey, questions_language
from workshop.admin import InOneWorkshopAdmin, SavesWhatWasChanged
from workshop.forms import rows_for_lines

PROGRAMME_BUTTON = "_add_programme_questions"
# The model's clean() names the condition's two fields; this admin shows them as one list.
CONDITION_FIELDS = ("show_if_question", "show_if_value")
LABEL_MAX_LENGTH = 200  # Option.label's max_length

OptionPlan = list[tuple[Option | None, str]]


def plan_options(existing: list[Option], labels: list[str]) -> tuple[OptionPlan, list[Option]]:
    """Which option row each new line keeps (None: a new row), and the rows no line keeps: by its
    label, then by its place, as a round keeps its questions (workshop/forms.py, rows_for_lines)."""
    return rows_for_lines(existing, labels, lambda option: option.label)


class QuestionForm(forms.ModelForm):
    """A question's row on the survey's page: its answers as lines, its condition as one choice."""

    options = forms.CharField(
        label=gettext_lazy("Answers to choose from"), required=False,
        widget=forms.Textarea(attrs={"rows": 4, "cols": 24}),
        help_text=gettext_lazy(
            "One answer per line, in order (a scale from low to high). "
            "Empty for free text; empty for yes or no gives “Yes” and “No”."
        ),
    )
    show_if = forms.ChoiceField(
        label=gettext_lazy("Show only if"), required=False,
        help_text=gettext_lazy("An answer to an earlier question of this survey."),
    )

    class Meta:
        model = Question
        fields = ("order", "text", "kind", "required", "dont_know", "is_segment")

    def __init__(self, *args: Any, survey: Survey, conditions: list[tuple[int, Option]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.survey = survey
        self.existing: list[Option] = list(self.instance.options.all()) if self.instance.pk else []
        self.plan: OptionPlan = []
        self.removed: list[Option] = []
        if self.instance.pk:
            self.fields["options"].initial = "\n".join(option.label for option in self.existing)
        # Earlier questions only (as they are saved now; the model checks the order again), but
        # always the condition the question has, so that showing the page never drops it.
        current = (self.instance.show_if_question_id, self.instance.show_if_value)
        self.condition_options = {
            str(option.pk): option for _number, option in conditions
            if self.comes_before(option.question) or (option.question_id, option.value) == current
        }
        self.fields["show_if"].choices = [("", _("Everyone (no condition)"))] + [  # type: ignore[attr-defined]
            (str(option.pk), _("Question %(number)s, “%(question)s”: %(answer)s") % {
                "number": number, "question": Truncator(option.question.text).chars(40), "answer": option.label,
            })
            for number, option in conditions if str(option.pk) in self.condition_options
        ]
        self.fields["show_if"].initial = next(
            (key for key, option in self.condition_options.items()
             if (option.question_id, option.value) == current), "",
        )

    def comes_before(self, other: Question) -> bool:
        if self.instance.pk is None:
            return True  # a new question comes after those already saved, unless its order says otherwise
        return (other.order, other.pk) < (self.instance.order, self.instance.pk)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        self.clean_condition(cleaned)
        kind = cleaned.get("kind")
        self.clean_answered(cleaned)
        labels = [line.strip() for line in cleaned.get("options", "").splitlines() if line.strip()]
        too_long = [label for label in labels if len(label) > LABEL_MAX_LENGTH]
        if too_long:
            self.add_error("options", _("Keep each answer to %(limit)d characters at most: “%(answer)s” is longer.") % {
                "limit": LABEL_MAX_LENGTH, "answer": Truncator(too_long[0]).chars(40),
            })
            return cleaned
        folded = [label.casefold() for label in labels]
        twice = [label for index, label in enumerate(labels) if folded[index] in folded[:index]]
        if twice:
            # Participants saw two "Ja" to choose between, and the results split its answers in two.
            self.add_error("options", _("“%(answer)s” is there twice: write each answer once.") % {
                "answer": Truncator(twice[0]).chars(40),
            })
            return cleaned
        if kind == Question.Kind.TEXT and labels:
            self.add_error("options", _("A free-text question has no answers to choose from: leave this empty."))
            return cleaned
        if kind == Question.Kind.YES_NO and not labels:
            labels = [_("Yes"), _("No")]
        if kind in (Question.Kind.CHOICE, Question.Kind.SCALE) and not labels and self.survey.is_open():
            self.add_error("options", _(
                "Write the answers to choose from, one per line: the survey is open, and nobody "
                "could answer this question without them."
            ))
            return cleaned
        self.plan, self.removed = plan_options(self.existing, labels)
        answered = set(
            Answer.objects.filter(option__in=self.removed).values_list("option_id", flat=True).distinct()
        ) if self.removed else set()
        for option in self.removed:
            if option.pk in answered:
                self.add_error("options", _(
                    "“%(answer)s” has been chosen in responses already, so it cannot be removed. "
                    "Put it back, or change its wording on the same line."
                ) % {"answer": option.label})
        return cleaned

    def answered(self) -> bool:
        return self.instance.pk is not None and Answer.objects.filter(question=self.instance).exists()

    def clean_answered(self, cleaned: dict[str, Any]) -> None:
        """An answered question keeps its kind and its "Don't know": the answers given are read by them
        (a free-text question made a scale showed its answers as 0 %, its comments gone)."""
        if not self.instance.pk or not ({"kind", "dont_know"} & set(self.changed_data)) or not self.answered():
            return
        if "kind" in self.changed_data:
            self.add_error("kind", _("This question has been answered already, so its kind cannot be changed."))
        if "dont_know" in self.changed_data and not cleaned.get("dont_know") and Answer.objects.filter(
            question=self.instance, dont_know=True
        ).exists():
            self.add_error("dont_know", _("“Don't know” has been answered already, so it cannot be taken away."))

    def clean_condition(self, cleaned: dict[str, Any]) -> None:
        option = self.condition_options.get(cleaned.get("show_if") or "")
        cleaned["show_if_option"] = option
        # Set here, before the model's clean() checks them (it runs after this form's clean()).
        self.instance.show_if_question = option.question if option else None
        self.instance.show_if_value = option.value if option else ""

    def add_error(self, field: str | None, error: Any) -> None:
        # The model's clean() reports a condition under its two fields, which this form does not
        # have (Django would raise ValueError): show those messages at the "Show only if" list.
        if field is None and isinstance(error, ValidationError) and hasattr(error, "error_dict"):
            renamed: dict[str, list[ValidationError]] = {}
            for name, errors in error.error_dict.items():
                renamed.setdefault("show_if" if name in CONDITION_FIELDS else name, []).extend(errors)
            error = ValidationError(renamed)  # type: ignore[arg-type]
        super().add_error(field, error)

    def save(self, commit: bool = True) -> Question:
        question = super().save(commit=commit)
        if commit:
            self.save_options()
        else:
            save_m2m = self.save_m2m

            def save_m2m_and_options() -> None:
                save_m2m()
                self.save_options()

            self.save_m2m = save_m2m_and_options  # type: ignore[method-assign]  # as Django does
        return question

    def save_options(self) -> None:
        """Make the option rows what the lines say, in their order, keeping rows as planned."""
        question = self.instance
        # Planned again from the rows as they are now: saving a new yes-or-no question has just
        # made its "Yes" and "No" rows (Question.save), which the lines then keep or rename.
        existing = list(Option.objects.filter(question=question).order_by("order", "pk"))
        plan, removed = plan_options(existing, [label for _option, label in self.plan])
        Option.objects.filter(pk__in=[option.pk for option in removed]).delete()
        for order, (option, label) in enumerate(plan, start=1):
            if option is None:
                # One at a time: Option.save makes each value unique among those saved before it.
                Option.objects.create(question=question, order=order, label=label)
            elif (option.order, option.label) != (order, label):
                option.order, option.label = order, label
                option.save(update_fields=["order", "label"])

    def kept_options(self) -> set[int]:
        return {option.pk for option, _label in self.plan if option is not None}


class QuestionFormSet(BaseInlineFormSet):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The survey's saved answers to choose a condition from, numbered as participants see
        # the questions: two queries for the whole page, not two per row.
        self.conditions: list[tuple[int, Option]] = []
        # A new question's row starts after the last (at 0 it went first, before "Where do you work?").
        self.next_order = 1
        if self.instance.pk:
            questions = self.instance.ordered_questions()
            for number, question in enumerate(questions, start=1):
                if question.has_options:
                    self.conditions += [(number, option) for option in question.options.all()]
            self.next_order = max((question.order for question in questions), default=0) + 1

    @staticmethod
    def comes_after(parent: forms.ModelForm, form: forms.ModelForm) -> bool:
        """Whether `parent`'s question comes after `form`'s, by the orders this save gives them."""
        parent_order, order = parent.cleaned_data.get("order"), form.cleaned_data.get("order")
        if parent_order is None or order is None:
            return False
        if parent_order != order:
            return bool(parent_order > order)
        return form.instance.pk is not None and parent.instance.pk > form.instance.pk

    def get_form_kwargs(self, index: int | None) -> dict[str, Any]:
        kwargs = {**super().get_form_kwargs(index), "survey": self.instance, "conditions": self.conditions}
        if index is None:  # the row "Add another" copies
            kwargs["initial"] = {"order": self.next_order}
        elif index >= self.initial_form_count():
            kwargs["initial"] = {"order": self.next_order + index - self.initial_form_count()}
        return kwargs

    def clean(self) -> None:
        super().clean()
        # Unchanged empty rows have empty cleaned_data, so they count for nothing here.
        live = [form for form in self.forms if not form.cleaned_data.get("DELETE")]
        # Each form is checked against the database alone: two new split questions would both pass.
        if len([form for form in live if form.cleaned_data.get("is_segment")]) > 1:
            raise ValidationError(_("Only one question can split the results."))
        # A condition on an answer that this same save removes, or on a question it deletes,
        # would hide its question from everyone.
        by_question = {form.instance.pk: form for form in self.forms if form.instance.pk}
        for form in self.forms:
            # Its answers would go with it, without a word. (A form to be deleted has its errors ignored.)
            if form.cleaned_data.get("DELETE") and form.answered():
                raise ValidationError(_(
                    "“%(question)s” has been answered already, so it cannot be deleted."
                ) % {"question": Truncator(form.instance.text).chars(60)})
        for form in live:
            option = form.cleaned_data.get("show_if_option")
            parent = by_question.get(option.question_id) if option is not None else None
            if option is None or parent is None:
                continue
            if parent.cleaned_data.get("DELETE"):
                form.add_error("show_if", _(
                    "The question this depends on is being deleted: choose another condition, or none."
                ))
            elif self.comes_after(parent, form):
                # Each row is checked against the others as saved: two new orders in one save could put
                # the condition after its question, or make two questions depend on each other.
                form.add_error("show_if", _("Choose a question that comes before this one."))
            elif parent.is_valid() and option.pk not in parent.kept_options():
                form.add_error("show_if", _(
                    "“%(answer)s” is being removed from the question this depends on: "
                    "choose another condition, or none."
                ) % {"answer": option.label})


class LabelledSplitDateTime(widgets.AdminSplitDateTime):
    """The admin's date and time boxes for the closing time, each with a name of its own.

    The field's one <label> points at neither box, which axe reports as critical ("label").
    """

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs)
        self.widgets[0].attrs["aria-label"] = gettext_lazy("Closing date")
        self.widgets[1].attrs["aria-label"] = gettext_lazy("Closing time")


# Stacked, not tabular: each field of a question gets a visible <label> of its own (a table's
# column headings are not labels to assistive technology), and the answers' text box has room.
class QuestionInline(admin.StackedInline):
    model = Question
    form = QuestionForm
    formset = QuestionFormSet
    fk_name = "survey"
    fields = (("order", "kind"), "text", "options", ("required", "dont_know", "is_segment"), "show_if")
    extra = 1

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if self.has_change_permission(request, obj):
            return self.fields
        # Read only, Django shows each field from the model: "options" would be its related manager
        # (called: a server error), "show_if" nothing at all.
        return (("order", "kind"), "text", ("required", "dont_know", "is_segment"))

    def get_queryset(self, request: HttpRequest) -> QuerySet[Question]:
        # Each row shows its options: one query for all of them.
        options = Prefetch("options", queryset=Option.objects.order_by("order", "pk"))
        return super().get_queryset(request).prefetch_related(options)


@admin.action(description=gettext_lazy("Create questions from the programme"))
def add_programme_questions(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Survey]) -> None:
    for survey in queryset.select_related("workshop"):
        added = survey.add_programme_questions()
        modeladmin.message_user(request, ngettext(
            "%(survey)s: %(count)d question added.", "%(survey)s: %(count)d questions added.", len(added)
        ) % {"survey": survey, "count": len(added)}, messages.SUCCESS)
    _say_questions_language(modeladmin, request)


def _say_questions_language(modeladmin: admin.ModelAdmin, request: HttpRequest) -> None:
    """Tell a facilitator who reads English that the new questions are not in English."""
    written_in = questions_language()
    if written_in != get_language():
        modeladmin.message_user(request, _(
            "The questions are written in %(language)s, the language participants see first. "
            "Edit them if the participants should read them in another language."
        ) % {"language": dict(settings.LANGUAGES)[written_in]}, messages.INFO)


@admin.register(Survey)
class SurveyAdmin(InOneWorkshopAdmin, SavesWhatWasChanged):
    list_display = ("workshop", "closes_at", "in_report", "response_count")
    list_select_related = ("workshop",)
    search_fields = ("workshop__title",)
    fields = ("workshop", "introduction", "closes_at", "in_report", "pages")
    readonly_fields = ("pages",)
    inlines = [QuestionInline]
    actions = [add_programme_questions]
    change_form_template = "evaluation/admin_survey_change_form.html"
    change_list_template = "evaluation/admin_survey_change_list.html"
    formfield_overrides = {DateTimeField: {"widget": LabelledSplitDateTime}}

    def get_queryset(self, request: HttpRequest) -> QuerySet[Survey]:
        return super().get_queryset(request).annotate(count=Count("responses"))

    @admin.display(description=gettext_lazy("responses"), ordering="count")
    def response_count(self, obj: Survey) -> int:
        return obj.count  # type: ignore[attr-defined]

    @admin.display(description=gettext_lazy("Pages"))
    def pages(self, obj: Survey | None) -> str:
        if obj is None or obj.pk is None:
            return _("Available once the survey is saved.")
        slug = obj.workshop.slug
        return format_html(
            '<ul class="facilitator-links"><li><a href="{}">{}</a></li><li><a href="{}">{}</a></li></ul>',
            obj.get_absolute_url(), _("The survey, as participants see it"),
            reverse("evaluation:results", kwargs={"slug": slug}), _("Results, comments and the QR code"),
        )

    def response_change(self, request: HttpRequest, obj: Survey) -> HttpResponse:
        if PROGRAMME_BUTTON in request.POST:
            added = obj.add_programme_questions()
            self.message_user(request, ngettext(
                "%(count)d question added from the programme.",
                "%(count)d questions added from the programme.", len(added),
            ) % {"count": len(added)}, messages.SUCCESS)
            _say_questions_language(self, request)
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)
