"""A response holds nothing that could link it to a person, a device, a table or a time of day."""

from __future__ import annotations

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client

from evaluation.models import Answer, Response, SubmittedForm
from tests.evaluation.factories import build_survey, form_data
from workshop.models import Workshop

pytestmark = pytest.mark.django_db


def test_a_response_has_only_its_survey_and_a_date() -> None:
    fields = {field.name for field in Response._meta.get_fields() if field.concrete}
    assert fields == {"id", "survey", "submitted_on"}
    assert Response._meta.get_field("id").get_internal_type() == "UUIDField"  # no order of arrival
    assert Response._meta.get_field("submitted_on").get_internal_type() == "DateField"  # no time of day


def test_an_answer_has_only_what_was_answered() -> None:
    fields = {field.name for field in Answer._meta.get_fields() if field.concrete}
    assert fields == {"id", "response", "question", "option", "dont_know", "text", "approved"}


def test_the_record_of_received_forms_is_not_linked_to_any_response() -> None:
    fields = {field.name for field in SubmittedForm._meta.get_fields() if field.concrete}
    assert fields == {"id", "survey", "token_hash"}


def test_the_stored_rows_hold_nothing_identifying(client: Client, workshop: Workshop) -> None:
    survey = build_survey(workshop)
    client.post(
        f"/evaluering/{workshop.slug}/", form_data(survey, q1="fylkeskommune", q5="Bra"),
        REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Telefon 1.0",
    )

    response = Response.objects.get()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {Response._meta.db_table}")
        columns = [column[0] for column in cursor.description]
        (row,) = cursor.fetchall()
    assert sorted(columns) == ["id", "submitted_on", "survey_id"]
    stored = " ".join(str(value) for value in row)
    assert "203.0.113.7" not in stored and "Telefon" not in stored
    assert str(response.submitted_on) == str(row[columns.index("submitted_on")])
    # Nothing in a session either: an anonymous participant gets none.
    assert Session.objects.count() == 0
    # The device's cookie says only "answered": it names no response.
    cookie = client.cookies[f"evaluering-{survey.pk}"].value
    assert str(response.pk) not in cookie and response.pk.hex not in cookie
    assert SubmittedForm.objects.get().token_hash not in cookie
