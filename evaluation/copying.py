"""The survey of a workshop copied as a template (workshop/copying.py): its questions and options.

Registered in EvaluationConfig.ready. Responses, answers and SubmittedForm rows stay behind.
"""

from __future__ import annotations

from django.utils import timezone

from evaluation.models import Option, Question, Survey
from workshop.copying import WorkshopCopy


def copy_survey(copied: WorkshopCopy) -> None:
    """The original's survey, if it has one, at the copy: closed, with its questions and options."""
    survey = Survey.objects.filter(workshop=copied.original).first()
    if survey is None:
        return
    # create(), so one row: its save() touches the new workshop, which costs a query and harms nothing.
    new_survey = Survey.objects.create(
        workshop=copied.copy, introduction=survey.introduction, in_report=survey.in_report,
        # A survey has no status of its own: it is open until `closes_at`, and an empty
        # `closes_at` means open now (anyone with the address may answer, whatever the workshop's
        # status). The original's time is of no use (it belongs to the original's date), and an
        # empty one would take answers to a workshop that has not happened. So the copy starts
        # closed as of now; the facilitator sets the closing time for the new day when it comes.
        closes_at=timezone.now(),
    )
    questions = list(Question.objects.filter(survey=survey).order_by("order", "pk"))
    # bulk_create, not save(): Question.save() adds Yes and No to a yes/no question, and those
    # options come along with the others below. It also skips PartOfWorkshop.save(), see
    # workshop/copying.py.
    new_questions = Question.objects.bulk_create([
        Question(
            survey=new_survey, order=question.order, text=question.text, kind=question.kind,
            required=question.required, dont_know=question.dont_know, is_segment=question.is_segment,
            show_if_value=question.show_if_value,
        )
        for question in questions
    ])
    copied_questions = {question.pk: new for question, new in zip(questions, new_questions, strict=True)}
    # The condition's question is set once all copies have their keys: it may be any of them.
    # Its answer, `show_if_value`, is an option's value, which the copied option keeps as it is.
    dependants = []
    for question in questions:
        if question.show_if_question_id is not None:
            dependant = copied_questions[question.pk]
            dependant.show_if_question = copied_questions[question.show_if_question_id]
            dependants.append(dependant)
    if dependants:
        Question.objects.bulk_update(dependants, ["show_if_question"])
    options = Option.objects.filter(question__survey=survey).order_by("question", "order", "pk")
    # bulk_create, not save(): every value is copied as it is (save() would make one for an
    # empty value, and the conditions above compare values).
    Option.objects.bulk_create([
        Option(question=copied_questions[option.question_id], order=option.order, label=option.label,
               value=option.value)
        for option in options
    ])
