"""Suggestions on the compile pages: recurring points, key points, themes, "Use in the summary",
and the live page of what keeps coming up."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from pytest_django import DjangoAssertNumQueries, Settings

from groups.compile import WORKSHOP_SUMMARY_MAX_LENGTH
from groups.models import Note
from tests.factories import build_workshop, table
from workshop.models import Question, Workshop

# Session, user, workshop, then the view's own: see tests/groups/test_compile.py for the pages.
ROUND_QUERIES = 10  # + round, tables, organisations, board notes, the round's notes, theme names, notes' themes
RECURRING_LIVE_QUERIES = 7  # + the ETag's workshop, workshop, current round, tables, the round's notes


@pytest.fixture(autouse=True)
def english(settings: Settings) -> None:
    settings.LANGUAGE_CODE = "en"


def question_of(workshop: Workshop) -> Question:
    return Question.objects.get(round__workshop=workshop, round__number=1, order=1)


def say(workshop: Workshop, number: int, text: str, question: Question | None = None) -> Note:
    seated = table(workshop, number)
    return Note.objects.create(
        workshop=workshop, table=seated, round=workshop.rounds.get(number=1), question=question, text=text,
        organisation=seated.organisations.order_by("name").first(),
    )


@pytest.fixture
def bus_notes(workshop: Workshop) -> list[Note]:
    question = question_of(workshop)
    return [
        say(workshop, 1, "Kollektivtilbudet på kveldstid er altfor dårlig", question),
        say(workshop, 2, "Kollektivtilbodet på kveldstid er for dårleg i distrikta", question),
        say(workshop, 2, "Vi trenger flere barnehageplasser", question),
    ]


def question_url(workshop: Workshop) -> str:
    return f"/fasilitator/{workshop.slug}/sammenstill/sporsmal/{question_of(workshop).pk}/"


def use_url(workshop: Workshop) -> str:
    return f"{question_url(workshop)}bruk/"


def test_question_page_shows_a_recurring_point_with_its_table_count_and_the_shared_words_marked(
    facilitator_client: Client, workshop: Workshop, bus_notes: list[Note]
) -> None:
    html = facilitator_client.get(question_url(workshop)).content.decode()

    findings = html.split('id="findings-heading"', 1)[1].split('id="compile-form"', 1)[0]
    assert "Raised at 2 of 2 tables, by 2 organisations" in findings
    assert "<mark>Kollektivtilbudet</mark> på <mark>kveldstid</mark>" in findings
    assert "<mark>Kollektivtilbodet</mark> på <mark>kveldstid</mark>" in findings
    assert "\N{EN DASH} Group 1, Fylke 1A" in findings and "\N{EN DASH} Group 2, Fylke 2A" in findings


def test_notes_of_only_small_words_give_no_key_points_and_the_page_says_why(
    facilitator_client: Client, workshop: Workshop
) -> None:
    say(workshop, 1, "Ja, og det", question_of(workshop))
    say(workshop, 2, "Ikke nå", question_of(workshop))
    html = facilitator_client.get(question_url(workshop)).content.decode()

    key_points = html.split("<h3>Suggested key points</h3>", 1)[1].split("<h3>", 1)[0]
    assert "No key points: the notes have too few words that say something to choose from." in key_points
    assert "<ol" not in key_points  # a heading over an empty list


def test_a_point_with_a_note_that_names_no_organisation_does_not_count_organisations(
    facilitator_client: Client, workshop: Workshop
) -> None:
    question = question_of(workshop)
    say(workshop, 1, "Kollektivtilbudet på kveldstid er altfor dårlig", question)
    Note.objects.create(
        workshop=workshop, table=table(workshop, 2), round=question.round, question=question,
        text="Kollektivtilbodet på kveldstid er for dårleg i distrikta",
    )

    html = facilitator_client.get(question_url(workshop)).content.decode()

    # "by 1 organisation" would read as if one organisation had raised it at both tables.
    findings = html.split('id="findings-heading"', 1)[1].split('id="compile-form"', 1)[0]
    assert "Raised at 2 of 2 tables" in findings
    assert "organisation" not in findings.split("Raised at 2 of 2 tables", 1)[1].split("<", 1)[0]
    # The question's page reads the notes on the round as a whole too, and says so.
    assert "table notes for this question and the round as a whole" in findings


def test_use_in_the_summary_with_htmx_adds_the_point_to_the_draft_and_saves_nothing(
    facilitator_client: Client, workshop: Workshop, bus_notes: list[Note]
) -> None:
    typical = bus_notes[0].pk  # of two notes equally alike, the first is the point's typical note
    response = facilitator_client.post(
        use_url(workshop), {"use": f"recurring:{typical}", "summary": "Mitt utkast."},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="summary-field"' in html and "Mitt utkast.\n\n" in html
    assert "raised at 2 of 2 tables, by 2 organisations" in html
    assert question_of(workshop).summary == ""


def test_use_in_the_summary_without_javascript_adds_a_key_point_to_the_draft_on_the_page_and_saves_nothing(
    facilitator_client: Client, workshop: Workshop, bus_notes: list[Note]
) -> None:
    """The button submits the page's summary form: what was typed comes along. It used to post the
    suggestion alone, add it to the saved summary and save it (public at once in a published report),
    and the text typed in the field was lost."""
    page = facilitator_client.get(question_url(workshop)).content.decode()
    key_note = int(page.split('name="use" value="key:', 1)[1].split('"')[0])
    assert f'form="compile-form" formaction="{use_url(workshop)}#summary-field"' in page
    posted = {"use": f"key:{key_note}", "summary": "Det jeg skrev.", "highlights": [str(bus_notes[1].pk)],
              "written_from": ""}

    response = facilitator_client.post(use_url(workshop), posted)

    assert response.status_code == 200
    html = response.content.decode()
    key_text = Note.objects.get(pk=key_note).text
    assert re.search(r"<textarea[^>]*>\s*Det jeg skrev\.\n\n" + re.escape(key_text), html)
    assert "Added at the end of the draft: edit it, then save." in html
    assert re.search(rf'<input[^>]*value="{bus_notes[1].pk}"[^>]*checked', html)  # the ticks as they were
    question = question_of(workshop)
    assert question.summary == "" and not question.highlights.exists()


def test_without_javascript_the_round_page_comes_back_with_the_point_in_its_draft_and_a_save_goes_to_the_round(
    facilitator_client: Client, workshop: Workshop
) -> None:
    say(workshop, 1, "Bussen går for sjelden om kvelden")
    say(workshop, 2, "Bussen går altfor sjelden på kvelden")
    round_url = f"/fasilitator/{workshop.slug}/sammenstill/runde/1/"
    page = facilitator_client.get(round_url).content.decode()
    point = page.split('name="use" value="', 1)[1].split('"')[0]

    response = facilitator_client.post(f"{round_url}bruk/", {"use": point, "summary": "Runden.", "written_from": ""})

    html = response.content.decode()
    assert response.status_code == 200 and re.search(r"<textarea[^>]*>\s*Runden\.\n\nBussen går", html)
    # The page was answered at the suggestion's address: its form still saves to the round's own.
    assert f'<form id="round-form" class="compile-summary" method="post" action="{round_url}"' in html
    assert workshop.rounds.get(number=1).summary == ""


def test_the_round_page_says_its_suggestions_read_the_answers_to_its_questions_too(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # The page lists the round's notes on the round as a whole, and said the suggestions came from
    # those alone, beside a count that took in the answers to its questions too.
    say(workshop, 1, "Bussen går for sjelden om kvelden", question_of(workshop))
    say(workshop, 2, "Bussen går altfor sjelden på kvelden")

    html = facilitator_client.get(f"/fasilitator/{workshop.slug}/sammenstill/runde/1/").content.decode()

    assert "Computed from 2 table notes for every question of the round and the round as a whole" in html


def test_a_suggestion_that_is_gone_is_refused_with_the_draft_kept_without_javascript(
    facilitator_client: Client, workshop: Workshop, bus_notes: list[Note], facilitator: User
) -> None:
    from groups.models import Actor

    bus_notes[0].delete_softly(by=Actor(user=facilitator))

    response = facilitator_client.post(
        use_url(workshop), {"use": f"recurring:{bus_notes[0].pk}", "summary": "Mitt utkast."}
    )

    assert response.status_code == 409
    assert question_of(workshop).summary == ""
    html = response.content.decode()
    assert "That suggestion is gone" in html
    assert re.search(r"<textarea[^>]*>\s*Mitt utkast\.</textarea>", html)


def test_a_suggestion_that_is_gone_gives_the_draft_back_as_it_was_with_htmx(
    facilitator_client: Client, workshop: Workshop, bus_notes: list[Note], facilitator: User
) -> None:
    from groups.models import Actor

    question = question_of(workshop)
    question.summary = "Lagret sammendrag."
    question.save()
    bus_notes[0].delete_softly(by=Actor(user=facilitator))

    response = facilitator_client.post(
        use_url(workshop), {"use": f"recurring:{bus_notes[0].pk}", "summary": "Mitt utkast & mer."},
        headers={"HX-Request": "true"},
    )

    # The answer replaces the summary field: it must hold the draft, or saving next would lose it.
    assert response.status_code == 409
    html = response.content.decode()
    assert 'id="summary-field"' in html and "<textarea" in html and "Mitt utkast &amp; mer.</textarea>" in html
    assert 'role="alert"' in html and "That suggestion is gone" in html
    assert question_of(workshop).summary == "Lagret sammendrag."


def test_a_suggestion_that_would_make_the_summary_too_long_gives_the_draft_back_with_htmx(
    facilitator_client: Client, workshop: Workshop, bus_notes: list[Note]
) -> None:
    draft = "Utkast. " * 1249  # 9,992 characters: any suggestion takes it past 10,000

    response = facilitator_client.post(
        use_url(workshop), {"use": f"recurring:{bus_notes[0].pk}", "summary": draft},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 422
    html = response.content.decode()
    assert f"{draft}</textarea>" in html
    assert "The summary would be longer than 10,000 characters. Shorten it first." in html
    assert question_of(workshop).summary == ""


@pytest.mark.parametrize("htmx", [True, False])
@pytest.mark.parametrize(
    ("draft", "error"),
    [
        ("Utkast med \x00 i", "Null characters are not allowed."),
        ("U" * (10 * WORKSHOP_SUMMARY_MAX_LENGTH + 1), "Ensure this value has at most"),
    ],
)
def test_a_draft_that_cannot_be_taken_comes_back_as_sent_with_why_and_nothing_is_saved(
    facilitator_client: Client, workshop: Workshop, bus_notes: list[Note], htmx: bool, draft: str, error: str
) -> None:
    # It was a bare 400 that blamed the suggestion, and without JavaScript the typed draft was gone.
    response = facilitator_client.post(
        use_url(workshop), {"use": f"key:{bus_notes[0].pk}", "summary": draft},
        headers={"HX-Request": "true"} if htmx else {},
    )

    assert response.status_code == 422
    html = response.content.decode()
    assert error in html
    assert draft.replace("\x00", "")[:50] in html.replace("\x00", "")
    assert question_of(workshop).summary == ""


@pytest.mark.parametrize(
    "junk", [{}, {"use": "key"}, {"use": "x:1"}, {"use": "key:" + "9" * 30}, {"use": "key:1\n"}, {"use": "key:²"}]
)
def test_junk_posted_to_use_in_the_summary_gets_a_400(
    facilitator_client: Client, workshop: Workshop, junk: dict[str, str]
) -> None:
    assert facilitator_client.post(use_url(workshop), junk).status_code == 400


def test_deleted_notes_never_appear_in_suggestions(
    facilitator_client: Client, workshop: Workshop, bus_notes: list[Note], facilitator: User
) -> None:
    from groups.models import Actor

    bus_notes[1].delete_softly(by=Actor(user=facilitator))

    html = facilitator_client.get(question_url(workshop)).content.decode()

    assert "Kollektivtilbodet" not in html
    assert "No point has come up at two tables or more yet." in html


def test_the_same_notes_give_the_same_suggestions_on_every_page_load(
    facilitator_client: Client, workshop: Workshop, bus_notes: list[Note]
) -> None:
    def findings() -> str:
        html = facilitator_client.get(question_url(workshop)).content.decode()
        return html.split('id="findings-heading"', 1)[1].split('id="compile-form"', 1)[0].replace(
            html.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"')[0], ""
        )

    first = findings()
    from django.core.cache import cache

    cache.clear()
    assert findings() == first


def test_the_live_page_shows_the_current_rounds_recurring_points_and_answers_304_when_nothing_changed(
    facilitator_client: Client, workshop: Workshop, bus_notes: list[Note]
) -> None:
    url = f"/fasilitator/{workshop.slug}/gar-igjen/"
    first = facilitator_client.get(url)
    assert first.status_code == 200
    assert "Raised at 2 of 2 tables" in first.content.decode()

    again = facilitator_client.get(url, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304

    say(workshop, 1, "Ny lapp fra bord 1")
    assert facilitator_client.get(url, headers={"If-None-Match": first["ETag"]}).status_code == 200


def test_the_live_page_changes_when_a_round_is_renamed_or_a_table_added(
    facilitator_client: Client, workshop: Workshop, bus_notes: list[Note]
) -> None:
    # The projector kept the old round title, and "of 2 tables", until a host wrote again.
    url = f"/fasilitator/{workshop.slug}/gar-igjen/"
    first = facilitator_client.get(url)["ETag"]

    round_ = workshop.rounds.get(number=1)
    round_.title = "Et nytt navn på runden"
    round_.save()
    renamed = facilitator_client.get(url, headers={"If-None-Match": first})
    assert renamed.status_code == 200
    assert "Et nytt navn på runden" in renamed.content.decode()

    assert facilitator_client.post(f"/fasilitator/{workshop.slug}/oppsett/bord/", {"count": 3}).status_code == 302
    added = facilitator_client.get(url, headers={"If-None-Match": renamed["ETag"]})
    assert added.status_code == 200
    assert "Raised at 2 of 3 tables" in added.content.decode()


NEW_PAGES = ["sammenstill/bruk/", "sammenstill/runde/1/bruk/", "gar-igjen/"]


@pytest.mark.parametrize("path", NEW_PAGES)
def test_people_who_are_not_staff_get_403_and_nothing_is_written(
    client: Client, participant: User, workshop: Workshop, bus_notes: list[Note], path: str
) -> None:
    client.force_login(participant)
    note = bus_notes[0].pk
    for response in (
        client.get(f"/fasilitator/{workshop.slug}/{path}"),
        client.post(f"/fasilitator/{workshop.slug}/{path}", {"use": f"key:{note}"}),
        client.post(use_url(workshop), {"use": f"key:{note}"}),
    ):
        assert response.status_code in (403, 405)
    workshop.refresh_from_db()
    assert workshop.summary == "" and question_of(workshop).summary == ""
    assert client.get(f"/fasilitator/{workshop.slug}/gar-igjen/").status_code == 403


def test_round_and_live_pages_run_the_same_number_of_queries_at_2_and_40_tables(
    facilitator_client: Client, db: None, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    for workshop in (build_workshop(slug="liten", tables=2, notes_per_table=3),
                     build_workshop(slug="stor", tables=40, notes_per_table=6)):
        with django_assert_num_queries(ROUND_QUERIES):
            assert facilitator_client.get(f"/fasilitator/{workshop.slug}/sammenstill/runde/1/").status_code == 200
        with django_assert_num_queries(RECURRING_LIVE_QUERIES):
            assert facilitator_client.get(f"/fasilitator/{workshop.slug}/gar-igjen/").status_code == 200


def test_the_overview_suggests_for_the_whole_workshop_and_a_point_goes_into_the_overall_summary(
    facilitator_client: Client, workshop: Workshop, bus_notes: list[Note]
) -> None:
    html = facilitator_client.get(f"/fasilitator/{workshop.slug}/sammenstill/").content.decode()
    assert "Raised at 2 of 2 tables, by 2 organisations" in html.split('id="findings-heading"', 1)[1]

    response = facilitator_client.post(
        f"/fasilitator/{workshop.slug}/sammenstill/bruk/", {"use": f"recurring:{bus_notes[0].pk}", "summary": ""}
    )

    assert response.status_code == 200
    field = r"<textarea[^>]*>[^<]*\(raised at 2 of 2 tables, by 2 organisations\)</textarea>"
    assert re.search(field, response.content.decode())
    workshop.refresh_from_db()
    assert workshop.summary == ""  # saved with the page's own Save, not here
