"""Nothing of one workshop can point at another's: a table, round, note or survey, by any path."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.test import Client
from django.urls import reverse

from evaluation.models import Question as SurveyQuestion
from evaluation.models import Survey
from groups.models import Note, Table, Theme
from workshop.models import ProgrammeItem, Round, Workshop


def admin_url(name: str, *args: object) -> str:
    return reverse(f"admin:{name}", args=args)


def test_a_table_cannot_seat_another_workshops_organisation(workshop: Workshop, other_workshop: Workshop) -> None:
    table = workshop.tables.get(number=1)
    stranger = other_workshop.organisations.first()
    assert stranger is not None
    # add() runs in its caller's transaction: a savepoint keeps the test's usable after the refusal.
    with pytest.raises(ValidationError), transaction.atomic():
        table.organisations.add(stranger)
    with pytest.raises(ValidationError), transaction.atomic():
        stranger.tables.add(table)
    assert not table.organisations.filter(workshop=other_workshop).exists()


def test_a_round_cannot_belong_to_another_workshops_programme_item(
    workshop: Workshop, other_workshop: Workshop
) -> None:
    round_ = workshop.rounds.get(number=1)
    round_.programme_item = other_workshop.programme.filter(kind="group_work").first()
    with pytest.raises(ValidationError) as refused:
        round_.save()
    assert "programme_item" in refused.value.message_dict
    with pytest.raises(ValidationError):
        round_.full_clean()


def test_a_note_cannot_point_at_another_workshops_organisation_question_or_talk(
    workshop: Workshop, other_workshop: Workshop
) -> None:
    table = workshop.tables.get(number=1)
    round_ = workshop.rounds.get(number=1)
    theirs = {
        "organisation": other_workshop.organisations.first(),
        "programme_item": other_workshop.programme.filter(kind="talk").first(),
        "table": other_workshop.tables.first(),
    }
    for field, stranger in theirs.items():
        note = Note(workshop=workshop, table=table, round=round_, text="Feil verksted")
        setattr(note, field, stranger)
        with pytest.raises(ValidationError) as refused:
            note.save()
        assert field in refused.value.message_dict
    foreign_question = other_workshop.rounds.get(number=1).questions.first()
    with pytest.raises(ValidationError):
        Note.objects.create(workshop=workshop, table=table, round=round_, question=foreign_question, text="x")
    assert not Note.objects.filter(workshop=workshop).exists()


def test_a_note_cannot_answer_a_question_of_another_round(workshop: Workshop) -> None:
    table = workshop.tables.get(number=1)
    round_one, round_two = workshop.rounds.order_by("number")
    with pytest.raises(ValidationError) as refused:
        Note.objects.create(
            workshop=workshop, table=table, round=round_one, question=round_two.questions.first(), text="x"
        )
    assert "question" in refused.value.message_dict


def test_an_edit_cannot_move_a_note_to_another_workshops_organisation(
    workshop: Workshop, other_workshop: Workshop
) -> None:
    from groups.models import Actor

    table = workshop.tables.get(number=1)
    note = Note.objects.create(workshop=workshop, table=table, round=workshop.current_round, text="Vårt")
    with pytest.raises(ValidationError):
        note.edit({"organisation": other_workshop.organisations.first()}, version=1, by=Actor(table=table))
    note.refresh_from_db()
    assert note.organisation is None and note.version == 1


def test_a_theme_cannot_tag_another_workshops_note(workshop: Workshop, other_workshop: Workshop) -> None:
    theirs = Note.objects.create(
        workshop=other_workshop, table=other_workshop.tables.first(), round=other_workshop.current_round, text="x"
    )
    theme = Theme.objects.create(workshop=workshop, name="Bolig")
    with pytest.raises(ValidationError), transaction.atomic():
        theme.notes.add(theirs)
    assert not theme.notes.exists()


def test_the_current_round_is_one_of_the_workshops_own(workshop: Workshop, other_workshop: Workshop) -> None:
    workshop.current_round = other_workshop.rounds.first()
    with pytest.raises(ValidationError):
        workshop.save()
    workshop.refresh_from_db()
    assert workshop.current_round is not None and workshop.current_round.workshop_id == workshop.pk


def test_a_survey_condition_cannot_be_another_surveys_question(
    workshop: Workshop, other_workshop: Workshop
) -> None:
    ours = Survey.objects.create(workshop=workshop)
    theirs = Survey.objects.create(workshop=other_workshop)
    their_question = SurveyQuestion.objects.create(survey=theirs, order=1, text="Ja?", kind="yes_no")
    with pytest.raises(ValidationError):
        SurveyQuestion.objects.create(
            survey=ours, order=2, text="Hvis ja", kind="text", show_if_question=their_question, show_if_value="yes"
        )
    assert not ours.questions.exists()


# The admin: only the workshop's own choices, and a posted stranger is a form error, not a save.


def test_admin_table_form_lists_only_the_workshops_organisations(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    add = facilitator_client.get(admin_url("groups_table_add"), {"workshop": workshop.pk})
    choices = set(add.context["adminform"].form.fields["organisations"].queryset)
    assert choices == set(workshop.organisations.all())
    unchosen = facilitator_client.get(admin_url("groups_table_add"))
    assert not unchosen.context["adminform"].form.fields["organisations"].queryset.exists()


def test_admin_refuses_a_table_seated_with_another_workshops_organisation(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    stranger = other_workshop.organisations.first()
    assert stranger is not None
    response = facilitator_client.post(
        admin_url("groups_table_add"),
        {"workshop": workshop.pk, "number": 9, "name": "", "organisations": [stranger.pk]},
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["organisations"]
    assert not Table.objects.filter(workshop=workshop, number=9).exists()


def test_admin_round_form_lists_only_the_workshops_group_work(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    round_ = workshop.rounds.get(number=1)
    response = facilitator_client.get(admin_url("workshop_round_change", round_.pk))
    choices = set(response.context["adminform"].form.fields["programme_item"].queryset)
    assert choices == set(ProgrammeItem.objects.filter(workshop=workshop, kind="group_work"))


def test_admin_save_and_add_another_keeps_the_workshop(facilitator_client: Client, workshop: Workshop) -> None:
    response = facilitator_client.post(
        admin_url("groups_table_add"),
        {"workshop": workshop.pk, "number": 7, "name": "", "_addanother": "1"},
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"?workshop={workshop.pk}")
    follow = facilitator_client.get(response["Location"])
    assert follow.context["adminform"].form.initial["workshop"] == str(workshop.pk)


def test_admin_refuses_a_note_on_another_workshops_question(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    foreign_question = other_workshop.rounds.get(number=1).questions.first()
    assert foreign_question is not None
    round_ = workshop.rounds.get(number=1)
    response = facilitator_client.post(
        admin_url("groups_note_add"),
        {
            "workshop": workshop.pk, "table": workshop.tables.first().pk,  # type: ignore[union-attr]
            "round": round_.pk, "question": foreign_question.pk, "text": "x", "kind": "note", "position": 0,
        },
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["question"]
    assert not Note.objects.filter(workshop=workshop).exists()


def test_a_round_cannot_be_saved_into_another_workshop_through_the_admin(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    theirs = other_workshop.programme.filter(kind="group_work").first()
    assert theirs is not None
    before = Round.objects.count()
    response = facilitator_client.post(
        admin_url("workshop_round_add"),
        {
            "workshop": workshop.pk, "number": 5, "title": "Ny", "programme_item": theirs.pk,
            "individual_minutes": 0, "group_minutes": 0, "plenum_minutes": 0,
            "questions-TOTAL_FORMS": 0, "questions-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["programme_item"]
    assert Round.objects.count() == before
