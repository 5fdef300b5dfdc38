"""The participant's survey form and the facilitator's choice of comments for the report."""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass
from typing import Any

from django import forms
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from evaluation.models import (
    DONT_KNOW,
    TEXT_ANSWER_MAX_LENGTH,
    Answer,
    Question,
    Response,
    SubmittedForm,
    Survey,
)
from workshop.models import Workshop
from workshop.text import without_bidi_controls


@dataclass
class Condition:
    field_name: str
    value: str
    text: str


@dataclass
class SurveyItem:
    question: Question
    field: forms.BoundField
    number: str
    condition: Condition | None


class SurveyForm(forms.Form):
    """One field per question, named q<pk>; answers only from the question's own options.

    Every field is optional to Django: whether a question must be answered, or must be left
    empty, depends on the answers before it, and is decided in clean().
    """

    token = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, survey: Survey, questions: list[Question], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.survey = survey
        self.questions = questions
        self.options = {q.pk: {option.value: option for option in q.options.all()} for q in questions}
        for question in questions:
            if question.kind == Question.Kind.TEXT:
                field: forms.Field = forms.CharField(
                    label=question.text, required=False, max_length=TEXT_ANSWER_MAX_LENGTH,
                    widget=forms.Textarea(attrs={"rows": 4}),
                    error_messages={"max_length": gettext_lazy(
                        "Please keep the answer under %(limit_value)d characters (it has %(show_value)d)."
                    )},
                )
            else:
                choices = [(option.value, option.label) for option in question.options.all()]
                if question.offers_dont_know:
                    choices.append((DONT_KNOW, _("Don't know")))
                field = forms.ChoiceField(
                    label=question.text, required=False, choices=choices, widget=forms.RadioSelect,
                    error_messages={"invalid_choice": gettext_lazy(
                        "That answer is not one of this question's options. Choose one of them."
                    )},
                )
            self.fields[question.field_name] = field

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        answers = {name: value for name, value in cleaned.items() if isinstance(value, str)}
        for question in self.questions:
            name = question.field_name
            if name in self.errors:
                continue
            value = answers.get(name, "")
            if not question.is_shown(answers):
                if value:
                    parent = question.show_if_question
                    option = self.options.get(parent.pk, {}).get(question.show_if_value) if parent else None
                    self.add_error(name, _(
                        "This question is only for those who answered “%(answer)s” to “%(question)s”. "
                        "Leave it empty, or change that answer."
                    ) % {"answer": option.label if option else question.show_if_value,
                         "question": parent.text if parent else ""})
                    answers[name] = ""
                    if isinstance(self.fields[name], forms.ChoiceField):
                        # A chosen radio button cannot be unchosen: without JavaScript (which hides the
                        # question) the form came back with it chosen, and could never be sent as it was.
                        # (Every field of the survey takes one value.)
                        self.data = {key: value for key, value in self.data.items() if key != self.add_prefix(name)}
            elif question.required and not value.strip():
                self.add_error(name, _("Please answer this question."))
        if not self.errors and not any(value.strip() for value in answers.values()):
            # Stored, it would count as a participant in the report, and this device could not answer again.
            self.add_error(None, _("Answer at least one question before you send."))
        return cleaned

    def items(self) -> list[SurveyItem]:
        """The questions as the page shows them: numbered, each with its field and condition."""
        numbered = Survey.numbered(self.questions)
        numbers = {question.pk: number for number, question in numbered}
        items = []
        for number, question in numbered:
            condition = None
            parent_id = question.show_if_question_id
            if parent_id is not None and parent_id in numbers:
                option = self.options[parent_id].get(question.show_if_value)
                condition = Condition(
                    field_name=f"q{parent_id}",
                    value=question.show_if_value,
                    text=_("Only if you answered “%(answer)s” to question %(number)s.") % {
                        "answer": option.label if option else question.show_if_value,
                        "number": numbers[parent_id],
                    },
                )
            items.append(SurveyItem(question, self[question.field_name], number, condition))
        return items

    @transaction.atomic
    def save(self) -> bool:
        """Store the answers once per form; False if this form was received before."""
        if not SubmittedForm.first_time(self.survey, self.cleaned_data["token"]):
            return False
        response = Response.objects.create(survey=self.survey)
        answers = []
        for question in self.questions:
            value = self.cleaned_data.get(question.field_name) or ""
            if not value.strip():  # skipped, or hidden (clean() refuses answers to hidden questions)
                continue
            if question.kind == Question.Kind.TEXT:
                # bulk_create skips pre_save: the bidi controls are removed here (workshop/text.py).
                text = without_bidi_controls(value.strip())
                answers.append(Answer(response=response, question=question, text=text))
            elif value == DONT_KNOW:
                answers.append(Answer(response=response, question=question, dont_know=True))
            else:
                option = self.options[question.pk][value]
                answers.append(Answer(response=response, question=question, option=option))
        Answer.objects.bulk_create(answers)
        return True

    @staticmethod
    def new_token() -> uuid.UUID:
        return uuid.uuid4()


class ApproveCommentsForm(forms.Form):
    """Which written comments the report shows. Only this survey's comments can be chosen."""

    approved = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Show in the report"),
        queryset=Answer.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": gettext_lazy("That comment is not part of this survey.")},
    )

    def __init__(self, *args: Any, survey: Survey, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.survey = survey
        self.comments = Answer.objects.texts().filter(question__survey=survey)
        self.fields["approved"].queryset = self.comments  # type: ignore[attr-defined]

    @transaction.atomic
    def save(self) -> None:
        chosen = [answer.pk for answer in self.cleaned_data["approved"]]
        self.comments.filter(pk__in=chosen).update(approved=True)
        self.comments.exclude(pk__in=chosen).update(approved=False)
        # The comments shown are part of the report: the cached report changes with them.
        Workshop.objects.filter(survey=self.survey).touch()


# The datetime-local input's value ("2026-12-01T23:59").
LOCAL_DATETIME_FORMAT = "%Y-%m-%dT%H:%M"


class CreateSurveyForm(forms.Form):
    """The survey made from the programme in one step; only when it closes is asked."""

    closes_at = forms.DateTimeField(
        label=gettext_lazy("Closes"), required=False, input_formats=[LOCAL_DATETIME_FORMAT],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=LOCAL_DATETIME_FORMAT),
        help_text=gettext_lazy("No answers are accepted after this time. Empty: open until you set it."),
    )

    def __init__(self, *args: Any, workshop: Workshop, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.workshop = workshop
        # A week after the day, at the end of it: time to answer, soon enough to report. A workshop
        # whose day is past (the survey made afterwards) gets a week from today.
        today = timezone.localdate()
        day = max(workshop.date or today, today)
        closes = datetime.datetime.combine(day + datetime.timedelta(days=7), datetime.time(23, 59))
        self.fields["closes_at"].initial = closes

    def clean_closes_at(self) -> datetime.datetime | None:
        closes_at: datetime.datetime | None = self.cleaned_data["closes_at"]
        if closes_at is not None and closes_at <= timezone.now():
            raise forms.ValidationError(_("Choose a time that has not passed yet."))
        return closes_at

    def save(self) -> tuple[Survey, list[Question]]:
        survey, added = Survey.from_programme(self.workshop, self.cleaned_data["closes_at"])
        # The report shows the survey's results: its cached copy is out of date.
        Workshop.objects.filter(pk=self.workshop.pk).touch()
        return survey, added
