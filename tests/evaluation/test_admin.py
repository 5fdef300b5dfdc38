"""Setting up the survey in the admin: mistakes get a message, never a server error."""

from __future__ import annotations

import pytest
from django.test import Client

from evaluation.models import Survey
from workshop.models import Workshop

pytestmark = pytest.mark.django_db


def test_two_new_split_questions_in_one_save_get_a_message_not_a_500(
    facilitator_client: Client, workshop: Workshop
) -> None:
    survey = Survey.objects.create(workshop=workshop)
    new_question = {"kind": "choice", "required": "on", "is_segment": "on", "show_if_value": ""}
    data: dict[str, object] = {
        "workshop": workshop.pk, "introduction": "", "closes_at_0": "", "closes_at_1": "", "in_report": "on",
        "questions-TOTAL_FORMS": 2, "questions-INITIAL_FORMS": 0,
        "questions-MIN_NUM_FORMS": 0, "questions-MAX_NUM_FORMS": 1000,
    }
    for index, text in enumerate(["Hvor jobber du?", "Hvilket fylke?"]):
        data.update({f"questions-{index}-{key}": value for key, value in new_question.items()})
        data.update({f"questions-{index}-order": index + 1, f"questions-{index}-text": text})
    response = facilitator_client.post(f"/admin/evaluation/survey/{survey.pk}/change/", data)
    assert response.status_code == 200
    assert "Bare ett spørsmål kan dele resultatene." in response.content.decode()
    assert not survey.questions.exists()
