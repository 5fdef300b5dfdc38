"""A small survey shaped like the seed's, and answers made directly or through the form."""

from __future__ import annotations

import datetime
from typing import Any

from django.test import Client
from django.utils import timezone

from evaluation.models import Answer, Question, Response, Survey
from workshop.models import Workshop

FYLKE, ANNEN = "fylkeskommune", "annen-organisasjon"
AGREE = ["Helt uenig", "Uenig", "Litt enig", "Enig"]


def build_survey(workshop: Workshop, *, closes_at: datetime.datetime | None = None) -> Survey:
    """Where do you work (segment, required), used the material (yes/no), how useful (if yes),
    a 4-point agreement scale with "don't know", and comments."""
    survey = Survey.objects.create(workshop=workshop, closes_at=closes_at)
    where = Question.objects.create(survey=survey, order=1, text="Hvor jobber du?", kind="choice",
                                    is_segment=True, required=True)
    where.set_options(["Fylkeskommune", "Annen organisasjon"])
    used = Question.objects.create(survey=survey, order=2, text="Har du brukt materialet?", kind="yes_no")
    useful = Question.objects.create(survey=survey, order=3, text="Hvis ja: hvor nyttig var oppgavene?",
                                     kind="scale", show_if_question=used, show_if_value="yes")
    useful.set_options(["Lite nyttig", "Noe nyttig", "Nyttig", "Svært nyttig"])
    inspiring = Question.objects.create(survey=survey, order=4, text="Det har vært inspirerende",
                                        kind="scale", dont_know=True)
    inspiring.set_options(AGREE)
    Question.objects.create(survey=survey, order=5, text="Kommentarer", kind="text")
    return survey


def question(survey: Survey, order: int) -> Question:
    return survey.questions.get(order=order)


def closed_survey(workshop: Workshop) -> Survey:
    return build_survey(workshop, closes_at=timezone.now() - datetime.timedelta(minutes=1))


def respond(survey: Survey, **values: str) -> Response:
    """A response with answers by question order: q1="fylkeskommune", q4="?" (don't know)…"""
    response = Response.objects.create(survey=survey)
    for key, value in values.items():
        q = question(survey, int(key[1:]))
        if q.kind == "text":
            Answer.objects.create(response=response, question=q, text=value)
        elif value == "?":
            Answer.objects.create(response=response, question=q, dont_know=True)
        else:
            Answer.objects.create(response=response, question=q, option=q.options.get(value=value))
    return response


def form_data(survey: Survey, token: str = "6f1c8a52-8e1e-4c1b-9a57-0d1c2e3f4a5b", **values: str) -> dict[str, str]:
    """POST data for the survey form, by question order: q1="fylkeskommune"…"""
    data = {"token": token}
    for key, value in values.items():
        data[f"q{question(survey, int(key[1:])).pk}"] = value
    return data


def survey_url(workshop: Workshop) -> str:
    return f"/evaluering/{workshop.slug}/"


def post(client: Client, survey: Survey, **values: str) -> Any:
    return client.post(survey_url(survey.workshop), form_data(survey, **values))
