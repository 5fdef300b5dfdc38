"""The participants' evaluation survey: its questions, their options, and anonymous responses.

Anonymity is a property of the tables themselves: a Response holds its survey and the date,
nothing else. No user, no IP address, no table access, no session, no time of day. Responses
and answers have random primary keys, so not even their order tells who answered when. One
response per device is kept by a signed cookie in the browser; `SubmittedForm` remembers hashes
of the forms already received (to make a repeated submission harmless) and is not linked to
any response.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import uuid
from string import ascii_lowercase

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from workshop.models import PartOfWorkshop, ProgrammeItem, Workshop, WorkshopQuerySet
from workshop.text import NORWEGIAN_LETTERS

# The value a "don't know" answer is posted with: not a slug, so no option can have it.
DONT_KNOW = "?"

TEXT_ANSWER_MAX_LENGTH = 2000

# slugify() drops letters it cannot decompose: "Svært nyttig" would become "svrt-nyttig".


# A round's title that starts by saying it is group work (as pasted programmes often do).
GROUP_WORK_PREFIX = re.compile(
    r"^\s*(gruppearbeid|group work)(\s+(runde|round)\s*\d+)?\s*[:.\u2013-]\s*", re.IGNORECASE
)


class Survey(PartOfWorkshop):
    workshop = models.OneToOneField(
        Workshop, on_delete=models.CASCADE, related_name="survey",
        verbose_name=gettext_lazy("workshop"),
        # Django's own says "Evaluation survey with this Workshop already exists."
        error_messages={"unique": gettext_lazy("The workshop already has an evaluation survey.")},
    )
    introduction = models.TextField(
        gettext_lazy("introduction"), blank=True,
        help_text=gettext_lazy("Shown above the questions, e.g. how long the survey takes."),
    )
    closes_at = models.DateTimeField(
        gettext_lazy("closes"), null=True, blank=True,
        help_text=gettext_lazy("No answers are accepted after this time. Empty: open until you set it."),
    )
    in_report = models.BooleanField(
        gettext_lazy("results in the report"), default=True,
        help_text=gettext_lazy("Show the results in the published report."),
    )

    class Meta:
        verbose_name = gettext_lazy("evaluation survey")
        verbose_name_plural = gettext_lazy("evaluation surveys")

    def __str__(self) -> str:
        return _("Evaluation: %(workshop)s") % {"workshop": self.workshop}

    def workshops(self) -> WorkshopQuerySet:
        return Workshop.objects.filter(pk=self.workshop_id)

    def get_absolute_url(self) -> str:
        return reverse("evaluation:survey", kwargs={"slug": self.workshop.slug})

    def is_open(self, now: datetime.datetime | None = None) -> bool:
        return self.closes_at is None or (now or timezone.now()) < self.closes_at

    def ordered_questions(self) -> list[Question]:
        """The questions in order, each with its options: two queries."""
        return list(self.questions.order_by("order", "pk").prefetch_related("options"))

    @staticmethod
    def numbered(questions: list[Question]) -> list[tuple[str, Question]]:
        """The questions in order with the numbers the survey, the results and the CSV show.

        A question shown only after a given answer is lettered after the question before it
        (2, 2a, 3): when the page hides it, the numbers the participant sees still run 1, 2, 3.
        """
        numbered: list[tuple[str, Question]] = []
        number, letter = 0, 0
        for question in questions:
            if question.show_if_question_id is not None and number:
                letter += 1
                numbered.append((f"{number}{ascii_lowercase[(letter - 1) % 26]}", question))
                continue
            number, letter = number + 1, 0
            numbered.append((str(number), question))
        return numbered

    @staticmethod
    def unanswerable(questions: list[Question]) -> list[tuple[str, Question]]:
        """(number, question) of every question with answers to choose from but no options.

        The admin refuses them in an open survey; this also catches those that come another way
        (a survey reopened in code, a copy, an import), so the survey page can say what is
        missing instead of showing a question nobody can answer. Uses the prefetched options.
        """
        return [
            (number, question) for number, question in Survey.numbered(questions)
            if question.has_options and not question.options.all()
        ]

    def segment_question(self, questions: list[Question]) -> Question | None:
        return next((q for q in questions if q.is_segment), None)

    def next_order(self) -> int:
        return (self.questions.aggregate(top=Max("order"))["top"] or 0) + 1

    @classmethod
    @transaction.atomic
    def from_programme(cls, workshop: Workshop, closes_at: datetime.datetime | None) -> tuple[Survey, list[Question]]:
        """The workshop's survey with a question for every talk and round; made once, however
        often it is asked for (a second request adds only what the programme has gained since)."""
        survey, _created = cls.objects.get_or_create(workshop=workshop, defaults={"closes_at": closes_at})
        return survey, survey.add_programme_questions()

    @transaction.atomic
    def add_programme_questions(self) -> list[Question]:
        """A question for every talk and every group-work round, with the seed report's scales.

        An empty survey also gets the questions that open and close the seed's survey (where
        participants work, an overall score, comments). Questions whose text is already in the
        survey are not added again, so running it twice adds nothing. They are written in the
        participants' language (`questions_language`), whatever language the facilitator reads.
        """
        with translation.override(questions_language()):
            return self._add_programme_questions()

    def _add_programme_questions(self) -> list[Question]:
        existing = set(self.questions.values_list("text", flat=True))
        specs: list[tuple[str, str, list[str], dict[str, object]]] = []
        if not existing:
            specs.append((
                _("Where do you work?"), Question.Kind.CHOICE,
                [_("County municipality"), _("Other organisation")],
                {"is_segment": True, "required": True},
            ))
        talks = self.workshop.programme.filter(kind=ProgrammeItem.Kind.TALK).order_by("starts_at", "pk")
        for talk in talks:
            specs.append((
                _("What did you think of the talk “%(title)s”?") % {"title": talk.title},
                Question.Kind.SCALE, usefulness_scale(), {},
            ))
        for round_ in self.workshop.rounds.order_by("number"):
            # "Gruppearbeid runde 1: Hva fungerer?" as pasted from the slides says "Gruppearbeid" once.
            title = GROUP_WORK_PREFIX.sub("", round_.title) or round_.title
            specs.append((
                _("Group work %(number)s: %(title)s") % {"number": round_.number, "title": title},
                Question.Kind.SCALE, interest_scale(), {},
            ))
        if not existing:
            specs.append((
                _("On a scale from 1 to 5, where 1 is of very little use and 5 is very useful, "
                  "what did you think of the workshop as a whole?"),
                Question.Kind.SCALE, overall_scale(), {"dont_know": True},
            ))
            specs.append((_("Other comments?"), Question.Kind.TEXT, [], {}))
        order = self.next_order()
        added = []
        for text, kind, labels, extra in specs:
            text = text[:500]
            if text in existing:
                continue
            question = Question.objects.create(survey=self, order=order, text=text, kind=kind, **extra)
            question.set_options(labels)
            existing.add(text)
            added.append(question)
            order += 1
        return added


def questions_language() -> str:
    """The language generated survey questions are written in: the facilitator's written form of
    Norwegian, or the site's default language for a facilitator who reads the pages in English.

    Participants answer in Norwegian (the survey opens in Bokmål); a facilitator working in English
    should not hand them English questions without having asked for it.
    """
    current = translation.get_language() or settings.LANGUAGE_CODE
    return current if current in NORWEGIAN_LANGUAGES else settings.LANGUAGE_CODE


NORWEGIAN_LANGUAGES = ("nb", "nn")


def usefulness_scale() -> list[str]:
    return [_("Of little use"), _("Of some use"), _("Useful"), _("Very useful")]


def interest_scale() -> list[str]:
    return [_("Of little interest"), _("Of some interest"), _("Interesting"), _("Very interesting")]


def agreement_scale() -> list[str]:
    return [_("Completely disagree"), _("Disagree"), _("Partly agree"), _("Agree")]


def overall_scale() -> list[str]:
    return [_("Of very little use"), _("Of little use"), _("Neither"), _("Useful"), _("Very useful")]


class Question(PartOfWorkshop):
    class Kind(models.TextChoices):
        CHOICE = "choice", gettext_lazy("Single choice")
        SCALE = "scale", gettext_lazy("Labelled scale")
        YES_NO = "yes_no", gettext_lazy("Yes or no")
        TEXT = "text", gettext_lazy("Free text")

    survey = models.ForeignKey(
        Survey, on_delete=models.CASCADE, related_name="questions", verbose_name=gettext_lazy("survey")
    )
    order = models.PositiveSmallIntegerField(gettext_lazy("order"), default=0)
    text = models.CharField(gettext_lazy("question"), max_length=500)
    kind = models.CharField(gettext_lazy("kind"), max_length=10, choices=Kind.choices, default=Kind.SCALE)
    required = models.BooleanField(gettext_lazy("required"), default=False)
    dont_know = models.BooleanField(
        gettext_lazy("offer “don't know”"), default=False,
        help_text=gettext_lazy("Counted apart from the scale: shown in grey, left out of the average."),
    )
    is_segment = models.BooleanField(
        gettext_lazy("split results by this question"), default=False,
        help_text=gettext_lazy("One single-choice question, e.g. “Where do you work?”."),
    )
    show_if_question = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="dependants",
        verbose_name=gettext_lazy("show only if question"),
        help_text=gettext_lazy("An earlier question of this survey."),
    )
    show_if_value = models.CharField(
        gettext_lazy("has the answer"), max_length=40, blank=True,
        help_text=gettext_lazy("The value of one of that question's options, e.g. yes."),
    )

    class Meta:
        ordering = ["survey", "order", "pk"]
        verbose_name = gettext_lazy("survey question")
        verbose_name_plural = gettext_lazy("survey questions")
        constraints = [
            models.UniqueConstraint(
                fields=["survey"], condition=models.Q(is_segment=True), name="one_segment_question"
            )
        ]

    def __str__(self) -> str:
        return self.text

    def save(self, *args: object, **kwargs: object) -> None:
        # A condition on another survey's question (another workshop's) is refused however it is saved.
        parent = self.show_if_question
        if parent is not None and parent.survey_id != self.survey_id:
            raise ValidationError({"show_if_question": _("Choose another question of this survey.")})
        super().save(*args, **kwargs)  # type: ignore[arg-type]
        if self.kind == self.Kind.YES_NO and not self.options.exists():
            Option.objects.bulk_create([
                Option(question=self, order=1, label=_("Yes"), value="yes"),
                Option(question=self, order=2, label=_("No"), value="no"),
            ])

    @property
    def field_name(self) -> str:
        return f"q{self.pk}"

    @property
    def has_options(self) -> bool:
        return self.kind != self.Kind.TEXT

    @property
    def offers_dont_know(self) -> bool:
        return self.dont_know and self.kind == self.Kind.SCALE

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.is_segment and self.kind != self.Kind.CHOICE:
            errors["is_segment"] = _("Only a single-choice question can split the results.")
        if self.is_segment and self.show_if_question_id:
            errors["is_segment"] = _("The question that splits the results must be shown to everyone.")
        if self.dont_know and self.kind != self.Kind.SCALE:
            errors["dont_know"] = _("Only a scale offers “don't know”.")
        parent = self.show_if_question
        if parent is not None:
            if parent.survey_id != self.survey_id or parent.pk == self.pk:
                errors["show_if_question"] = _("Choose another question of this survey.")
            elif parent.order > self.order or (
                parent.order == self.order and self.pk is not None and parent.pk > self.pk
            ):
                errors["show_if_question"] = _("Choose a question that comes before this one.")
            elif not parent.has_options:
                errors["show_if_question"] = _("A free-text question cannot decide what is shown.")
            elif self.show_if_value not in set(parent.options.values_list("value", flat=True)):
                values = ", ".join(parent.options.values_list("value", flat=True))
                errors["show_if_value"] = _("Use one of that question's values: %(values)s.") % {
                    "values": values or "—"
                }
        elif self.show_if_value:
            errors["show_if_value"] = _("Choose the question this answer belongs to.")
        if errors:
            raise ValidationError(errors)

    def set_options(self, labels: list[str]) -> None:
        """Options for a choice or a scale, in this order (a scale's points from low to high)."""
        for order, label in enumerate(labels, start=1):
            Option.objects.create(question=self, order=order, label=label)

    def is_shown(self, answers: dict[str, str]) -> bool:
        """Whether this question applies, given the posted values by field name."""
        if self.show_if_question_id is None:
            return True
        return answers.get(f"q{self.show_if_question_id}") == self.show_if_value

    def workshops(self) -> WorkshopQuerySet:
        return Workshop.objects.filter(survey=self.survey_id)


class Option(PartOfWorkshop):
    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="options", verbose_name=gettext_lazy("question")
    )
    order = models.PositiveSmallIntegerField(gettext_lazy("order"), default=0)
    label = models.CharField(gettext_lazy("label"), max_length=200)
    value = models.SlugField(
        gettext_lazy("value"), max_length=40, blank=True,
        help_text=gettext_lazy("Short and fixed; made from the label when left empty."),
    )

    class Meta:
        ordering = ["question", "order", "pk"]
        verbose_name = gettext_lazy("option")
        verbose_name_plural = gettext_lazy("options")
        constraints = [
            models.UniqueConstraint(fields=["question", "value"], name="unique_option_value")
        ]

    def __str__(self) -> str:
        return self.label

    def save(self, *args: object, **kwargs: object) -> None:
        if not self.value:
            self.value = self.free_value(slugify(self.label.translate(NORWEGIAN_LETTERS))[:36] or str(self.order or 1))
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def free_value(self, wanted: str) -> str:
        taken = set(
            Option.objects.filter(question_id=self.question_id).exclude(pk=self.pk).values_list("value", flat=True)
        )
        value, n = wanted, 2
        while value in taken:
            value, n = f"{wanted}-{n}", n + 1
        return value

    def workshops(self) -> WorkshopQuerySet:
        return Workshop.objects.filter(survey__questions=self.question_id)


class Response(models.Model):
    """One participant's answers. Deliberately nothing else: see the module's docstring."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    survey = models.ForeignKey(
        Survey, on_delete=models.CASCADE, related_name="responses", verbose_name=gettext_lazy("survey")
    )
    submitted_on = models.DateField(gettext_lazy("date"), default=timezone.localdate)

    class Meta:
        verbose_name = gettext_lazy("response")
        verbose_name_plural = gettext_lazy("responses")

    def __str__(self) -> str:
        return str(self.submitted_on)


class AnswerQuerySet(models.QuerySet["Answer"]):
    def texts(self) -> AnswerQuerySet:
        return self.filter(question__kind=Question.Kind.TEXT).exclude(text="")

    def approved(self) -> AnswerQuerySet:
        return self.filter(approved=True)


class Answer(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    option = models.ForeignKey(Option, on_delete=models.RESTRICT, null=True, blank=True, related_name="+")
    dont_know = models.BooleanField(default=False)
    text = models.TextField(blank=True)
    approved = models.BooleanField(gettext_lazy("in the report"), default=False)

    objects = AnswerQuerySet.as_manager()

    class Meta:
        verbose_name = gettext_lazy("answer")
        verbose_name_plural = gettext_lazy("answers")
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="one_answer_per_question")
        ]

    def __str__(self) -> str:
        return self.text or (self.option.label if self.option else _("Don't know"))


class SubmittedForm(models.Model):
    """Hashes of the survey forms already received, so a repeated submission is stored once.

    Not linked to any response, and without a time: it cannot tell whose answers are whose.
    """

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="+")
    token_hash = models.CharField(max_length=64, unique=True)

    def __str__(self) -> str:
        return self.token_hash[:8]

    @staticmethod
    def hash(token: uuid.UUID) -> str:
        return hashlib.sha256(token.bytes).hexdigest()

    @classmethod
    def first_time(cls, survey: Survey, token: uuid.UUID) -> bool:
        """Record the form's token; False if it was received before."""
        _form, created = cls.objects.get_or_create(token_hash=cls.hash(token), defaults={"survey": survey})
        return created
