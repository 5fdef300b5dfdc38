"""The evaluation survey in a workshop's export file (workshop/exchange.py): its questions, their
options and conditions, and the anonymous answers.

Registered in EvaluationConfig.ready. Questions are keyed by their place in the survey, options by
their value. Responses carry no id and are written in an order made from their content, so the
file says nothing about who answered when.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

from django.utils.translation import gettext as _

from evaluation.models import Answer, Option, Question, Response, Survey
from workshop.exchange import ExchangePart, ImportContext, ImportRefused
from workshop.models import Workshop
from workshop.text import without_bidi_controls


def export_survey(workshop: Workshop, keys: dict[str, Any]) -> dict[str, Any] | None:
    survey = Survey.objects.filter(workshop=workshop).first()
    if survey is None:
        return None
    questions = survey.ordered_questions()
    index = {question.pk: i for i, question in enumerate(questions)}
    responses = []
    for response in Response.objects.filter(survey=survey).prefetch_related("answers__option"):
        answers: list[dict[str, Any]] = sorted(
            (
                {
                    "question": index[answer.question_id], "option": answer.option.value if answer.option else None,
                    "dont_know": answer.dont_know, "text": answer.text, "approved": answer.approved,
                }
                for answer in response.answers.all()
            ),
            key=lambda answer: int(answer["question"]),
        )
        responses.append({"submitted_on": response.submitted_on.isoformat(), "answers": answers})
    responses.sort(key=lambda response: json.dumps(response, sort_keys=True, ensure_ascii=False))
    return {
        "introduction": survey.introduction,
        "closes_at": survey.closes_at.isoformat() if survey.closes_at else None,
        "in_report": survey.in_report,
        "questions": [
            {
                "text": q.text, "kind": q.kind, "required": q.required, "dont_know": q.dont_know,
                "is_segment": q.is_segment,
                "show_if_question": index.get(q.show_if_question_id) if q.show_if_question_id else None,
                "show_if_value": q.show_if_value,
                "options": [{"label": o.label, "value": o.value} for o in q.options.all()],
            }
            for q in questions
        ],
        "responses": responses,
    }


def load_survey(data: Any, context: ImportContext) -> None:
    if data is None:
        return
    closes_at = data["closes_at"]
    survey = Survey(
        workshop=context.workshop, introduction=data["introduction"], in_report=data["in_report"],
        closes_at=datetime.datetime.fromisoformat(closes_at) if closes_at else None,
    )
    survey.full_clean(exclude=["workshop"], validate_unique=False, validate_constraints=False)
    survey.save()
    questions: list[Question] = []
    options: dict[tuple[int, str], Option] = {}
    for i, row in enumerate(data["questions"]):
        where = _("Survey question %(n)s") % {"n": i + 1}
        parent = None
        if row["show_if_question"] is not None:
            if not isinstance(row["show_if_question"], int) or not 0 <= row["show_if_question"] < i:
                raise ImportRefused([_("%(where)s depends on a question that does not come before it.")
                                     % {"where": where}])
            parent = questions[row["show_if_question"]]
        question = Question(
            survey=survey, order=i + 1, text=without_bidi_controls(row["text"]), kind=row["kind"],
            required=row["required"],
            dont_know=row["dont_know"], is_segment=row["is_segment"], show_if_question=parent,
            show_if_value=row["show_if_value"],
        )
        question.clean_fields(exclude=["survey", "show_if_question"])
        # Not save(): a yes/no question would make its own two options; the file's are its options.
        Question.objects.bulk_create([question])
        mine = []
        for order, option_row in enumerate(row["options"], start=1):
            value = option_row["value"]
            if (i, value) in options:
                raise ImportRefused([_("%(where)s has two options with the same value.") % {"where": where}])
            option = Option(question=question, order=order, label=without_bidi_controls(option_row["label"]),
                            value=value)
            option.full_clean(exclude=["question"], validate_unique=False, validate_constraints=False)
            options[(i, value)] = option
            mine.append(option)
        Option.objects.bulk_create(mine)
        question.clean()  # the survey's own rules: one segment question, conditions on earlier answers
        questions.append(question)
    answers = []
    for response_row in data["responses"]:
        response = Response(survey=survey, submitted_on=datetime.date.fromisoformat(response_row["submitted_on"]))
        Response.objects.bulk_create([response])
        for answer_row in response_row["answers"]:
            i = answer_row["question"]
            if not isinstance(i, int) or not 0 <= i < len(questions):
                raise ImportRefused([_("An answer points at a survey question that is not there.")])
            chosen: Option | None = None
            if answer_row["option"] is not None:
                chosen = options.get((i, answer_row["option"]))
                if chosen is None:
                    raise ImportRefused([_("An answer names an option its question does not offer.")])
            answers.append(Answer(
                response=response, question=questions[i], option=chosen, dont_know=answer_row["dont_know"],
                text=without_bidi_controls(answer_row["text"]), approved=answer_row["approved"],
            ))
    Answer.objects.bulk_create(answers, batch_size=1000)
    context.made["survey questions"] += len(questions)
    context.made["survey responses"] += len(data["responses"])


PARTS = [ExchangePart("survey", export_survey, load_survey)]
