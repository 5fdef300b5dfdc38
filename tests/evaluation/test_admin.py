"""Setting up the survey in the admin: questions and their answers on one page, and no way to
save a survey participants cannot answer. Mistakes get a message, never a server error.

Each test opens the survey's page as a browser would (`page_form` reads every field the page
sends), changes what a facilitator would change, and saves.
"""

from __future__ import annotations

import datetime
import html

import pytest
from django.test import Client
from django.utils import timezone

from evaluation.models import Answer, Option, Question, Survey
from tests.evaluation.factories import build_survey, question, respond
from tests.factories import FormReader, build_workshop
from workshop.models import Workshop

pytestmark = pytest.mark.django_db


def change_url(survey: Survey) -> str:
    return f"/admin/evaluation/survey/{survey.pk}/change/"


def page_form(client: Client, survey: Survey) -> FormReader:
    reader = FormReader()
    reader.feed(client.get(change_url(survey)).content.decode())
    return reader


def row(reader: FormReader, text: str) -> str:
    """The field prefix ("questions-2-") of the question with this text on the page."""
    for name, value in reader.data.items():
        if name.startswith("questions-") and name.endswith("-text") and value == text:
            return name.removesuffix("text")
    raise AssertionError(f"no question {text!r} on the page")


def new_row(reader: FormReader, **fields: str) -> None:
    """Fill the empty row for a new question at the end of the page."""
    prefix = f"questions-{reader.data['questions-TOTAL_FORMS']}-"
    reader.data["questions-TOTAL_FORMS"] = str(int(reader.data["questions-TOTAL_FORMS"]) + 1)
    reader.data.update({prefix + key: value for key, value in fields.items()})


@pytest.fixture
def english(facilitator_client: Client) -> Client:
    facilitator_client.cookies["django_language"] = "en"
    return facilitator_client


@pytest.fixture
def survey(workshop: Workshop) -> Survey:
    return build_survey(workshop)


def labels(q: Question) -> list[str]:
    return list(q.options.order_by("order").values_list("label", flat=True))


def test_two_new_split_questions_in_one_save_get_a_message_not_a_500(
    facilitator_client: Client, workshop: Workshop
) -> None:
    survey = Survey.objects.create(workshop=workshop)
    new_question = {"kind": "choice", "required": "on", "is_segment": "on", "options": "A\nB"}
    data: dict[str, object] = {
        "workshop": workshop.pk, "introduction": "", "closes_at_0": "", "closes_at_1": "", "in_report": "on",
        "questions-TOTAL_FORMS": 2, "questions-INITIAL_FORMS": 0,
        "questions-MIN_NUM_FORMS": 0, "questions-MAX_NUM_FORMS": 1000,
    }
    for index, text in enumerate(["Hvor jobber du?", "Hvilket fylke?"]):
        data.update({f"questions-{index}-{key}": value for key, value in new_question.items()})
        data.update({f"questions-{index}-order": index + 1, f"questions-{index}-text": text})
    response = facilitator_client.post(change_url(survey), data)
    assert response.status_code == 200
    assert "Bare ett spørsmål kan dele resultatene." in response.content.decode()
    assert not survey.questions.exists()


def test_a_question_and_its_answers_are_written_on_the_survey_page(english: Client, survey: Survey) -> None:
    reader = page_form(english, survey)
    assert reader.data[row(reader, "Det har vært inspirerende") + "options"] == "Helt uenig\nUenig\nLitt enig\nEnig"
    new_row(reader, order="6", text="Hvor lenge ble du?", kind="scale", options="En time\n\nHalve dagen\n Hele dagen ")

    response = english.post(change_url(survey), reader.data)

    assert response.status_code == 302
    added = survey.questions.get(text="Hvor lenge ble du?")
    assert labels(added) == ["En time", "Halve dagen", "Hele dagen"]  # in order, blank lines left out
    assert list(added.options.values_list("value", flat=True)) == ["en-time", "halve-dagen", "hele-dagen"]


def test_editing_the_answers_keeps_the_options_and_answers_of_lines_kept_moved_or_reworded(
    english: Client, survey: Survey
) -> None:
    scale = question(survey, 4)
    before = {option.label: (option.pk, option.value) for option in scale.options.all()}
    answered = respond(survey, q4="litt-enig").answers.get()
    reader = page_form(english, survey)
    # "Enig" moved first, "Uenig" reworded where it stands, "Helt uenig" removed, one added.
    reader.data[row(reader, "Det har vært inspirerende") + "options"] = "Enig\nLitt uenig\nLitt enig\nSvært enig"

    assert english.post(change_url(survey), reader.data).status_code == 302

    after = {option.label: (option.pk, option.value, option.order) for option in scale.options.all()}
    assert labels(scale) == ["Enig", "Litt uenig", "Litt enig", "Svært enig"]
    assert after["Enig"][:2] == before["Enig"]
    assert after["Litt enig"][:2] == before["Litt enig"]
    assert after["Litt uenig"][:2] == before["Uenig"]  # same row, same value, new wording
    assert after["Svært enig"][1] == "svaert-enig"
    assert not Option.objects.filter(pk=before["Helt uenig"][0]).exists()
    answered.refresh_from_db()
    assert answered.option_id == before["Litt enig"][0]


def test_an_answer_already_chosen_cannot_be_removed_and_nothing_is_changed(english: Client, survey: Survey) -> None:
    respond(survey, q4="enig")
    reader = page_form(english, survey)
    reader.data[row(reader, "Det har vært inspirerende") + "options"] = "Helt uenig\nUenig\nLitt enig"
    reader.data[row(reader, "Kommentarer") + "text"] = "Andre kommentarer"

    response = english.post(change_url(survey), reader.data)

    assert response.status_code == 200
    assert "“Enig” has been chosen in responses already, so it cannot be removed." in response.content.decode()
    assert labels(question(survey, 4)) == ["Helt uenig", "Uenig", "Litt enig", "Enig"]
    assert question(survey, 5).text == "Kommentarer"


@pytest.mark.parametrize("kind", ["choice", "scale"])
def test_a_question_without_answers_to_choose_from_is_refused_in_an_open_survey(
    english: Client, survey: Survey, kind: str
) -> None:
    assert survey.is_open()
    reader = page_form(english, survey)
    new_row(reader, order="6", text="Hvilket fylke?", kind=kind, options=" \n")

    response = english.post(change_url(survey), reader.data)

    assert response.status_code == 200
    assert "Write the answers to choose from, one per line: the survey is open" in response.content.decode()
    assert not survey.questions.filter(text="Hvilket fylke?").exists()


def test_a_closed_survey_may_hold_a_question_without_answers_but_cannot_be_reopened_with_it(
    english: Client, workshop: Workshop
) -> None:
    """Nobody answers a closed survey, so a question may wait there for its answers; opening the
    survey again (an empty closing time) is checked against the same rule."""
    survey = build_survey(workshop, closes_at=timezone.now() - datetime.timedelta(days=1))
    reader = page_form(english, survey)
    new_row(reader, order="6", text="Hvilket fylke?", kind="choice", options="")
    assert english.post(change_url(survey), reader.data).status_code == 302
    assert survey.questions.get(text="Hvilket fylke?").options.count() == 0

    reader = page_form(english, survey)
    reader.data["closes_at_0"] = reader.data["closes_at_1"] = ""
    response = english.post(change_url(survey), reader.data)
    assert response.status_code == 200
    assert "the survey is open" in response.content.decode()
    survey.refresh_from_db()
    assert not survey.is_open()


def test_a_free_text_question_has_no_answers_to_choose_from(english: Client, survey: Survey) -> None:
    reader = page_form(english, survey)
    reader.data[row(reader, "Kommentarer") + "options"] = "Bra\nDårlig"
    response = english.post(change_url(survey), reader.data)
    assert response.status_code == 200
    assert "A free-text question has no answers to choose from" in response.content.decode()
    assert not question(survey, 5).options.exists()


def test_values_are_never_shown_and_answers_alike_but_for_punctuation_get_distinct_values(
    english: Client, survey: Survey
) -> None:
    reader = page_form(english, survey)
    assert not [name for name in reader.data if name.endswith("value")]  # no value field anywhere
    new_row(reader, order="6", text="Ja eller ja?", kind="choice", options="Ja!\nJa?\nja.")

    response = english.post(change_url(survey), reader.data)

    assert response.status_code == 302
    added = survey.questions.get(text="Ja eller ja?")
    assert list(added.options.values_list("label", "value")) == [("Ja!", "ja"), ("Ja?", "ja-2"), ("ja.", "ja-3")]


def test_the_same_answer_written_twice_is_refused_in_norwegian(facilitator_client: Client, survey: Survey) -> None:
    # Participants got two "Ja" to choose between, and the results split its answers in two.
    reader = page_form(facilitator_client, survey)
    new_row(reader, order="6", text="Ja eller nei?", kind="choice", options="Ja\nNei\n ja ")
    response = facilitator_client.post(change_url(survey), reader.data)
    assert response.status_code == 200
    assert "«ja» står der to ganger: skriv hvert svar én gang." in response.content.decode()
    assert not survey.questions.filter(text="Ja eller nei?").exists()


def test_a_new_yes_or_no_question_gets_yes_and_no_or_the_answers_written(english: Client, survey: Survey) -> None:
    reader = page_form(english, survey)
    new_row(reader, order="6", text="Kommer du igjen?", kind="yes_no", options="")
    assert english.post(change_url(survey), reader.data).status_code == 302
    assert list(survey.questions.get(text="Kommer du igjen?").options.values_list("label", "value")) == [
        ("Yes", "yes"), ("No", "no")
    ]

    reader = page_form(english, survey)
    new_row(reader, order="7", text="Anbefaler du det?", kind="yes_no", options="Absolutt\nNei")
    assert english.post(change_url(survey), reader.data).status_code == 302
    # The rows Question.save makes for a yes-or-no question are reworded, not doubled.
    assert list(survey.questions.get(text="Anbefaler du det?").options.values_list("label", "value")) == [
        ("Absolutt", "yes"), ("Nei", "no")
    ]


def test_the_condition_list_offers_only_the_earlier_questions_answers_of_this_survey(
    english: Client, survey: Survey
) -> None:
    build_survey(build_workshop(slug="annet"))  # another survey with the same questions
    reader = page_form(english, survey)
    choices = reader.choices[row(reader, "Det har vært inspirerende") + "show_if"]

    ours = {str(pk) for pk in Option.objects.filter(question__survey=survey).values_list("pk", flat=True)}
    assert [label for _value, label in choices] == [
        "Everyone (no condition)",
        "Question 1, “Hvor jobber du?”: Fylkeskommune",
        "Question 1, “Hvor jobber du?”: Annen organisasjon",
        "Question 2, “Har du brukt materialet?”: Ja",
        "Question 2, “Har du brukt materialet?”: Nei",
        "Question 3, “Hvis ja: hvor nyttig var oppgavene?”: Lite nyttig",
        "Question 3, “Hvis ja: hvor nyttig var oppgavene?”: Noe nyttig",
        "Question 3, “Hvis ja: hvor nyttig var oppgavene?”: Nyttig",
        "Question 3, “Hvis ja: hvor nyttig var oppgavene?”: Svært nyttig",
    ]
    assert {value for value, _label in choices[1:]} <= ours
    first = reader.choices[row(reader, "Hvor jobber du?") + "show_if"]
    assert [label for _value, label in first] == ["Everyone (no condition)"]


def test_choosing_a_condition_sets_its_question_and_value(english: Client, survey: Survey) -> None:
    no = question(survey, 2).options.get(value="no")
    reader = page_form(english, survey)
    prefix = row(reader, "Kommentarer")
    assert reader.data[prefix + "show_if"] == ""
    reader.data[prefix + "show_if"] = str(no.pk)

    assert english.post(change_url(survey), reader.data).status_code == 302

    comments = question(survey, 5)
    assert (comments.show_if_question, comments.show_if_value) == (question(survey, 2), "no")
    # And "Everyone" takes the condition away again.
    reader = page_form(english, survey)
    assert reader.data[prefix + "show_if"] == str(no.pk)
    reader.data[prefix + "show_if"] = ""
    assert english.post(change_url(survey), reader.data).status_code == 302
    comments.refresh_from_db()
    assert (comments.show_if_question, comments.show_if_value) == (None, "")


def test_another_surveys_answer_or_a_later_question_cannot_be_posted_as_a_condition(
    english: Client, survey: Survey
) -> None:
    other = build_survey(build_workshop(slug="annet"))
    foreign = question(other, 2).options.get(value="yes")
    later = question(survey, 4).options.first()
    assert later is not None
    for option in (foreign, later):
        reader = page_form(english, survey)
        reader.data[row(reader, "Har du brukt materialet?") + "show_if"] = str(option.pk)
        response = english.post(change_url(survey), reader.data)
        assert response.status_code == 200
        assert "Select a valid choice." in response.content.decode()
    assert question(survey, 2).show_if_question is None


def test_a_condition_on_an_answer_removed_in_the_same_save_is_refused(english: Client, survey: Survey) -> None:
    reader = page_form(english, survey)
    # Question 3 is shown if question 2 is "Ja"; question 2 loses "Ja".
    reader.data[row(reader, "Har du brukt materialet?") + "options"] = "Nei\nKanskje"
    response = english.post(change_url(survey), reader.data)
    assert response.status_code == 200
    assert "“Ja” is being removed from the question this depends on" in response.content.decode()
    assert labels(question(survey, 2)) == ["Ja", "Nei"]

    reader = page_form(english, survey)
    reader.data[row(reader, "Har du brukt materialet?") + "DELETE"] = "on"
    response = english.post(change_url(survey), reader.data)
    assert response.status_code == 200
    assert "The question this depends on is being deleted" in response.content.decode()
    assert Question.objects.filter(pk=question(survey, 2).pk).exists()


def test_a_condition_that_no_longer_comes_first_gets_a_message_at_the_condition(
    english: Client, survey: Survey
) -> None:
    """The model's own check (the condition's question must come before) shows at "Show only if"."""
    reader = page_form(english, survey)
    reader.data[row(reader, "Hvis ja: hvor nyttig var oppgavene?") + "order"] = "1"
    response = english.post(change_url(survey), reader.data)
    assert response.status_code == 200
    assert "Choose a question that comes before this one." in response.content.decode()
    assert question(survey, 3).text.startswith("Hvis ja")
    assert Answer.objects.count() == 0


def test_a_new_survey_is_written_with_its_questions_and_their_answers_in_one_save(
    english: Client, workshop: Workshop
) -> None:
    reader = FormReader()
    reader.feed(english.get(f"/admin/evaluation/survey/add/?workshop={workshop.pk}").content.decode())
    assert reader.choices["questions-0-show_if"] == [("", "Everyone (no condition)")]  # nothing saved to pick yet
    reader.data.update({"workshop": str(workshop.pk), "questions-0-order": "1", "questions-0-text": "Hvor nyttig?",
                        "questions-0-kind": "scale", "questions-0-options": "Lite\nNoe\nMye"})

    response = english.post("/admin/evaluation/survey/add/", reader.data)

    assert response.status_code == 302
    survey = Survey.objects.get(workshop=workshop)
    assert labels(survey.questions.get()) == ["Lite", "Noe", "Mye"]


def test_a_condition_moved_after_its_question_by_two_orders_in_one_save_is_refused(
    english: Client, survey: Survey
) -> None:
    # Each row was checked against the other as saved: the question it depends on could be moved after it.
    reader = page_form(english, survey)
    reader.data[row(reader, "Har du brukt materialet?") + "order"] = "6"

    response = english.post(change_url(survey), reader.data)

    assert response.status_code == 200
    assert "Choose a question that comes before this one." in response.content.decode()
    assert question(survey, 2).text == "Har du brukt materialet?"


def test_an_answered_question_keeps_its_kind_and_its_dont_know_and_is_not_deleted(
    english: Client, survey: Survey
) -> None:
    # A free-text question made a scale showed its answers as 0 % and its comments were gone; "Don't know"
    # taken away left n larger than the counts; a deleted question took its answers with it unseen.
    respond(survey, q1="fylkeskommune", q4="?", q5="Fin dag")
    for change, message in (
        ({"Kommentarer": {"kind": "scale", "options": "Dårlig\nBra"}},
         "This question has been answered already, so its kind cannot be changed."),
        ({"Det har vært inspirerende": {"dont_know": None}},
         "“Don't know” has been answered already, so it cannot be taken away."),
        ({"Kommentarer": {"DELETE": "on"}}, "“Kommentarer” has been answered already, so it cannot be deleted."),
    ):
        reader = page_form(english, survey)
        for text, fields in change.items():
            for name, value in fields.items():
                if value is None:
                    reader.data.pop(row(reader, text) + name, None)
                else:
                    reader.data[row(reader, text) + name] = value

        response = english.post(change_url(survey), reader.data)

        assert response.status_code == 200, message
        assert message in html.unescape(response.content.decode())
    assert (question(survey, 5).kind, question(survey, 4).dont_know) == ("text", True)
    assert Answer.objects.filter(question=question(survey, 5), text="Fin dag").exists()


def test_a_staff_member_who_may_only_view_surveys_sees_the_survey_page(survey: Survey, client: Client) -> None:
    # It was a server error: the read-only page called the answers' related manager.
    from django.contrib.auth.models import Permission, User

    viewer = User.objects.create_user("leser", password="x", is_staff=True)
    viewer.user_permissions.set(Permission.objects.filter(codename__in=["view_survey", "view_question"]))
    client.force_login(viewer)

    response = client.get(change_url(survey))

    assert response.status_code == 200
    assert "Har du brukt materialet?" in response.content.decode()


def test_a_new_questions_row_starts_after_the_last_question(english: Client, survey: Survey) -> None:
    # It started at 0: a question added without changing it went first, before "Hvor jobber du?".
    reader = page_form(english, survey)
    extra = f"questions-{int(reader.data['questions-INITIAL_FORMS'])}-order"
    assert reader.data[extra] == "6"
    reader.data[extra.removesuffix("order") + "text"] = "Noe mer?"
    reader.data[extra.removesuffix("order") + "kind"] = "text"

    response = english.post(change_url(survey), reader.data)

    assert response.status_code == 302
    assert [q.text for q in survey.ordered_questions()][-1] == "Noe mer?"
