"""Compiling the report: facilitators pick highlights, write summaries and publish."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

import pytest
from django.contrib.auth.models import User
from django.template.loader import render_to_string
from django.test import Client
from pytest_django import DjangoAssertNumQueries, Settings

from groups.compile import (
    QuestionCompileForm,
    RoundSummaryForm,
    SummaryForm,
    WorkshopSummaryForm,
    highlight_candidates,
    highlighted_ids,
)
from groups.models import Actor, Note
from tests.factories import build_workshop, table
from workshop.models import Question, Round, Workshop

# Facilitator: session, user, workshop, then the view's own queries.
OVERVIEW_QUERIES = 7  # + rounds, questions with their note counts, tables and notes for the suggestions
QUESTION_QUERIES = 9  # + question, current highlights, question order, tables, organisations, notes
QUESTION_QUERIES += 2  # + the workshop's theme names (tagging form), the round's notes' themes (badges)


@pytest.fixture(autouse=True)
def english(settings: Settings) -> None:
    """Assert on the English msgids, whatever Bokmål translations arrive later."""
    settings.LANGUAGE_CODE = "en"


def first_question(workshop: Workshop) -> Question:
    question = Question.objects.filter(round__workshop=workshop).order_by("round__number", "order")
    return question.first()  # type: ignore[return-value]


def round_one(workshop: Workshop) -> Round:
    return workshop.rounds.get(number=1)


def table_note(workshop: Workshop, text: str, question: Question | None, number: int = 1) -> Note:
    return Note.objects.create(
        workshop=workshop, table=table(workshop, number), round=round_one(workshop),
        question=question, text=text,
    )


def question_url(workshop: Workshop, question: Question) -> str:
    return f"/fasilitator/{workshop.slug}/sammenstill/sporsmal/{question.pk}/"


def overview_url(workshop: Workshop) -> str:
    return f"/fasilitator/{workshop.slug}/sammenstill/"


def summary_url(workshop: Workshop) -> str:
    return f"/fasilitator/{workshop.slug}/sammenstill/sammendrag/"


def round_url(workshop: Workshop, number: int = 1) -> str:
    return f"/fasilitator/{workshop.slug}/sammenstill/runde/{number}/"


def publish_url(workshop: Workshop) -> str:
    return f"/fasilitator/{workshop.slug}/publiser/"


def highlighted(workshop: Workshop) -> set[str]:
    return set(workshop.notes.filter(highlighted_on__isnull=False).values_list("text", flat=True))


# Who may compile ------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["anonymous", "participant"])
def test_only_facilitators_may_open_or_post_to_any_compile_page(
    client: Client, workshop: Workshop, participant: User, who: str
) -> None:
    if who == "participant":
        client.force_login(participant)
    question = first_question(workshop)
    note = table_note(workshop, "Et notat.", question)
    requests = [
        ("get", overview_url(workshop), {}),
        ("get", question_url(workshop, question), {}),
        ("post", question_url(workshop, question), {"summary": "X", "highlights": [note.pk]}),
        ("get", round_url(workshop), {}),
        ("post", round_url(workshop), {"summary": "X"}),
        ("post", summary_url(workshop), {"summary": "X"}),
        ("post", publish_url(workshop), {"action": "publish"}),
    ]

    for method, url, data in requests:
        response = getattr(client, method)(url, data)
        assert response.status_code == 403, (method, url)

    workshop.refresh_from_db()
    question.refresh_from_db()
    note.refresh_from_db()
    assert workshop.summary == ""
    assert workshop.status == Workshop.Status.RUNNING
    assert workshop.published_at is None
    assert question.summary == ""
    assert round_one(workshop).summary == ""
    assert not note.highlighted_on.exists()


def test_compile_pages_refuse_other_methods(facilitator_client: Client, workshop: Workshop) -> None:
    assert facilitator_client.post(overview_url(workshop)).status_code == 405
    assert facilitator_client.get(summary_url(workshop)).status_code == 405
    reloaded = facilitator_client.get(publish_url(workshop))
    assert reloaded.status_code == 405 and "<h1>Not a page</h1>" in reloaded.content.decode()


# The overview ----------------------------------------------------------------------------------


def test_facilitator_sees_every_question_with_whether_it_has_a_summary(
    facilitator_client: Client, workshop: Workshop
) -> None:
    question = first_question(workshop)
    question.summary = "Ferdig."
    question.save()
    table_note(workshop, "Et notat.", question)

    response = facilitator_client.get(overview_url(workshop))

    html = response.content.decode()
    assert response.status_code == 200
    for other in Question.objects.filter(round__workshop=workshop):
        assert f'href="{question_url(workshop, other)}">{other.text}</a>' in html
    assert html.count("Summary written") == 1
    assert html.count("No summary yet") == 5  # three questions and two rounds as a whole
    assert "1 note, 0 highlights" in html
    assert f'href="/rapport/{workshop.slug}/"' in html
    assert 'name="action" value="publish"' in html
    assert 'id="site-name"' in html  # inside the admin's frame


def test_facilitator_saves_the_overall_summary(
    facilitator_client: Client, workshop: Workshop
) -> None:
    response = facilitator_client.post(
        summary_url(workshop), {"summary": "Fylkeskommunen er en nøkkelaktør."}
    )

    assert response.status_code == 302
    assert response.headers["Location"] == overview_url(workshop)
    workshop.refresh_from_db()
    assert workshop.summary == "Fylkeskommunen er en nøkkelaktør."
    page = facilitator_client.get(overview_url(workshop)).content.decode()
    assert "The summary is saved." in page
    assert "Fylkeskommunen er en nøkkelaktør.</textarea>" in page


def test_htmx_save_of_the_overall_summary_answers_with_the_form_only(
    facilitator_client: Client, workshop: Workshop
) -> None:
    response = facilitator_client.post(
        summary_url(workshop), {"summary": "Kort."}, HTTP_HX_REQUEST="true"
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<form id="summary-form"')
    assert "The summary is saved." in html
    assert "HX-Request" in response.headers["Vary"]
    workshop.refresh_from_db()
    assert workshop.summary == "Kort."


def test_overall_summary_of_50000_characters_is_refused_and_nothing_saved(
    facilitator_client: Client, workshop: Workshop
) -> None:
    workshop.summary = "Det gamle sammendraget."
    workshop.save()

    response = facilitator_client.post(summary_url(workshop), {"summary": "ø" * 50_000})

    assert response.status_code == 422
    assert "at most 20000 characters" in response.content.decode()
    workshop.refresh_from_db()
    assert workshop.summary == "Det gamle sammendraget."


def test_switching_language_after_a_refused_summary_goes_back_to_the_compile_page(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # Without JavaScript the refused summary's page is the summary form's POST-only address, which
    # the language switch sent back to: 405 "Not a page".
    response = facilitator_client.post(summary_url(workshop), {"summary": "ø" * 50_000})
    assert response.status_code == 422
    assert f'name="next" type="hidden" value="{overview_url(workshop)}"' in response.content.decode()


def test_null_character_in_the_overall_summary_is_refused(
    facilitator_client: Client, workshop: Workshop
) -> None:
    response = facilitator_client.post(summary_url(workshop), {"summary": "før\x00etter"})

    assert response.status_code == 422
    assert "Null characters are not allowed." in response.content.decode()
    workshop.refresh_from_db()
    assert workshop.summary == ""


def test_a_summary_whose_hidden_fingerprint_comes_back_wrong_says_so_and_keeps_the_draft(
    facilitator_client: Client, workshop: Workshop
) -> None:
    response = facilitator_client.post(summary_url(workshop), {"summary": "Mitt utkast.", "written_from": "x" * 65})

    assert response.status_code == 422
    html = response.content.decode()
    assert "This form came back incomplete or out of date." in html and "Mitt utkast." in html
    workshop.refresh_from_db()
    assert workshop.summary == ""


# One question ----------------------------------------------------------------------------------


def test_facilitator_sees_every_tables_notes_for_the_question_side_by_side(
    facilitator_client: Client, workshop: Workshop
) -> None:
    first, second = round_one(workshop).questions.all()
    table_note(workshop, "Svar fra bord 1.", first, number=1)
    table_note(workshop, "Svar fra bord 2.", first, number=2)
    table_note(workshop, "Om hele runden.", None, number=2)
    table_note(workshop, "Svar på et annet spørsmål.", second, number=1)
    Note.objects.create(
        workshop=workshop, round=round_one(workshop), text="Fra plenum.",
        organisation=workshop.organisations.get(name="Fylke 1A"),
    )

    response = facilitator_client.get(question_url(workshop, first))

    assert response.status_code == 200
    # The board, after the suggestions that quote the same notes.
    page = response.content.decode()
    html = page.split('id="compile-form"', 1)[1]
    group_1 = html.index("Group 1</h2>")
    group_2 = html.index("Group 2</h2>")
    assert group_1 < html.index("Svar fra bord 1.") < group_2
    assert group_2 < html.index("Svar fra bord 2.") < html.index("Om hele runden.")
    assert "Fylke 2A, Fylke 2B" in html
    assert '<span class="said-by"><bdi>Fylke 1A</bdi>:</span> <bdi>Fra plenum.</bdi>' in html
    assert "Svar på et annet spørsmål." not in html
    assert f'rel="next" href="{question_url(workshop, second)}"' in page
    assert 'rel="prev"' not in page


def test_facilitator_saves_question_summary_and_highlights_and_readers_see_them(
    facilitator_client: Client, workshop: Workshop
) -> None:
    question = first_question(workshop)
    keep = table_note(workshop, "Samarbeid med NAV er avgjørende.", question, number=2)
    whole = table_note(workshop, "Om hele runden.", None, number=1)
    unticked = table_note(workshop, "Vanlig notat.", question, number=1)
    unticked.highlighted_on.add(question)

    response = facilitator_client.post(
        question_url(workshop, question),
        {"summary": "Alle bordene peker på NAV.", "highlights": [keep.pk, whole.pk]},
    )

    assert response.status_code == 302
    assert response.headers["Location"] == question_url(workshop, question)
    question.refresh_from_db()
    assert question.summary == "Alle bordene peker på NAV."
    assert highlighted(workshop) == {"Samarbeid med NAV er avgjørende.", "Om hele runden."}
    page = facilitator_client.get(question_url(workshop, question)).content.decode()
    assert "The summary and highlights are saved." in page
    assert f'value="{keep.pk}" id="highlight-{keep.pk}" checked' in page
    assert f'value="{unticked.pk}" id="highlight-{unticked.pk}">' in page

    workshop.publish()
    report = facilitator_client.get(f"/rapport/{workshop.slug}/").content.decode()
    summary = report.index("Alle bordene peker på NAV.")
    highlights = report.index("Highlights</h5>", summary)
    assert highlights < report.index("Group 2</span> \N{EN DASH} <bdi>Samarbeid med NAV er avgjørende.</bdi>")


def test_htmx_save_of_a_question_answers_with_the_form_only(
    facilitator_client: Client, workshop: Workshop
) -> None:
    question = first_question(workshop)
    note = table_note(workshop, "Et notat.", question)

    response = facilitator_client.post(
        question_url(workshop, question), {"summary": "Kort.", "highlights": [note.pk]},
        HTTP_HX_REQUEST="true",
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<form id="compile-form"')
    assert "<html" not in html
    assert "The summary and highlights are saved." in html
    assert "HX-Request" in response.headers["Vary"]
    assert list(note.highlighted_on.all()) == [question]


def test_question_of_another_workshop_is_not_found(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    foreign = first_question(other_workshop)

    assert facilitator_client.get(question_url(workshop, foreign)).status_code == 404
    response = facilitator_client.post(question_url(workshop, foreign), {"summary": "Nei."})

    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.summary == ""


@pytest.mark.parametrize("kind", ["other workshop", "other round", "not a number"])
def test_highlights_outside_the_question_are_refused_and_nothing_changes(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop, kind: str
) -> None:
    question = first_question(workshop)
    mine = table_note(workshop, "Mitt notat.", question)
    foreign = table_note(other_workshop, "Et annet verksted.", first_question(other_workshop))
    other_round = Note.objects.create(
        workshop=workshop, table=table(workshop, 1), round=workshop.rounds.get(number=2),
        text="Runde 2.",
    )
    bad = {"other workshop": foreign.pk, "other round": other_round.pk, "not a number": "1; x"}

    response = facilitator_client.post(
        question_url(workshop, question),
        {"summary": "Skal ikke lagres.", "highlights": [mine.pk, bad[kind]]},
    )

    assert response.status_code == 422
    assert "Nothing was saved." in response.content.decode()
    question.refresh_from_db()
    assert question.summary == ""
    assert highlighted(workshop) == set()
    assert highlighted(other_workshop) == set()


def test_question_summary_over_10000_characters_is_refused(
    facilitator_client: Client, workshop: Workshop
) -> None:
    question = first_question(workshop)

    response = facilitator_client.post(question_url(workshop, question), {"summary": "x" * 10_001})

    assert response.status_code == 422
    assert "at most 10000 characters" in response.content.decode()
    question.refresh_from_db()
    assert question.summary == ""


def test_null_character_in_a_question_summary_is_refused_with_htmx(
    facilitator_client: Client, workshop: Workshop
) -> None:
    question = first_question(workshop)

    response = facilitator_client.post(
        question_url(workshop, question), {"summary": "a\x00b"}, HTTP_HX_REQUEST="true"
    )

    html = response.content.decode()
    assert response.status_code == 422
    assert html.lstrip().startswith('<form id="compile-form"')
    assert "Null characters are not allowed." in html
    question.refresh_from_db()
    assert question.summary == ""


# The round as a whole --------------------------------------------------------------------------


def test_facilitator_saves_the_summary_of_a_round_as_a_whole(
    facilitator_client: Client, workshop: Workshop
) -> None:
    table_note(workshop, "Om hele runden.", None, number=2)

    page = facilitator_client.get(round_url(workshop))
    response = facilitator_client.post(round_url(workshop), {"summary": "Runden viste mye."})

    assert "Om hele runden." in page.content.decode()
    assert response.status_code == 302
    assert round_one(workshop).summary == "Runden viste mye."


def test_unknown_round_is_not_found(facilitator_client: Client, workshop: Workshop) -> None:
    assert facilitator_client.get(round_url(workshop, 9)).status_code == 404


# Publishing ------------------------------------------------------------------------------------


def test_facilitator_publishes_and_readers_can_read(
    facilitator_client: Client, workshop: Workshop
) -> None:
    response = facilitator_client.post(publish_url(workshop), {"action": "publish", "confirmed": "on"})

    assert response.status_code == 302
    workshop.refresh_from_db()
    assert workshop.is_published
    assert workshop.published_at is not None
    assert Client().get(f"/rapport/{workshop.slug}/").status_code == 200


def test_publishing_during_the_day_asks_first_names_the_missing_summaries_and_changes_nothing(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # It used to publish at once, which ends the day: every table closed for good, mid-round.
    for order, round_number in ((1, 1), (2, 2)):
        question = Question.objects.get(round__workshop=workshop, round__number=round_number, order=order)
        Note.objects.create(workshop=workshop, table=table(workshop), round=question.round, question=question,
                            text="Et svar")
    response = facilitator_client.post(publish_url(workshop), {"action": "publish"})

    html = response.content.decode()
    assert response.status_code == 200 and "<h1>Publish the report?</h1>" in html
    assert "The day is still running. Publishing ends it" in html
    assert "The overall summary (conclusion) has not been written yet." in html
    # Only the questions with notes to sum up, numbered as the report numbers them (it listed all four, as
    # "1. Spørsmål 1.1", notes or not).
    assert "2 questions have no summary yet:" in html
    assert ">1.1 Spørsmål 1.1</a>" in html and ">2.2 Spørsmål 2.2</a>" in html and "Spørsmål 1.2" not in html
    assert "Yes, end the day and publish" in html
    workshop.refresh_from_db()
    assert workshop.status == Workshop.Status.RUNNING and workshop.accepts_notes


def test_once_published_every_summary_form_says_that_readers_see_a_save_at_once(
    facilitator_client: Client, workshop: Workshop
) -> None:
    question = Question.objects.get(round__workshop=workshop, round__number=1, order=1)
    pages = [overview_url(workshop), round_url(workshop), question_url(workshop, question)]
    said = "The report is published: what you save here, its readers see at once."
    assert all(said not in facilitator_client.get(page).content.decode() for page in pages)

    workshop.publish()

    assert all(said in facilitator_client.get(page).content.decode() for page in pages)


def test_a_closed_day_with_every_summary_written_is_published_at_once(
    facilitator_client: Client, workshop: Workshop
) -> None:
    workshop.end_day()
    workshop.summary = "Konklusjonen."
    workshop.save()
    Question.objects.filter(round__workshop=workshop).update(summary="Skrevet.")

    response = facilitator_client.post(publish_url(workshop), {"action": "publish"})

    assert response.status_code == 302
    workshop.refresh_from_db()
    assert workshop.is_published


def test_publishing_twice_keeps_it_published_with_the_first_date(
    facilitator_client: Client, workshop: Workshop
) -> None:
    facilitator_client.post(publish_url(workshop), {"action": "publish", "confirmed": "on"})
    workshop.refresh_from_db()
    first_published_at = workshop.published_at

    facilitator_client.post(publish_url(workshop), {"action": "publish", "confirmed": "on"})

    workshop.refresh_from_db()
    assert workshop.is_published
    assert workshop.published_at == first_published_at


def test_unpublishing_hides_the_report_and_twice_changes_nothing(
    facilitator_client: Client, workshop: Workshop
) -> None:
    workshop.publish()

    facilitator_client.post(publish_url(workshop), {"action": "unpublish"})
    facilitator_client.post(publish_url(workshop), {"action": "unpublish"})

    workshop.refresh_from_db()
    assert workshop.status == Workshop.Status.CLOSED
    assert Client().get(f"/rapport/{workshop.slug}/").status_code == 404
    page = facilitator_client.get(overview_url(workshop)).content.decode()
    assert 'name="action" value="publish"' in page


def test_unpublishing_a_draft_leaves_it_a_draft(
    facilitator_client: Client, db: None
) -> None:
    draft = build_workshop(slug="utkast", status=Workshop.Status.DRAFT)

    facilitator_client.post(publish_url(draft), {"action": "unpublish"})

    draft.refresh_from_db()
    assert draft.status == Workshop.Status.DRAFT


def test_unknown_publish_action_changes_nothing(
    facilitator_client: Client, workshop: Workshop
) -> None:
    response = facilitator_client.post(publish_url(workshop), {"action": "slett"})

    assert response.status_code == 302
    workshop.refresh_from_db()
    assert workshop.status == Workshop.Status.RUNNING


# Queries ---------------------------------------------------------------------------------------


def test_compile_pages_run_the_same_number_of_queries_for_small_and_large_workshops(
    facilitator_client: Client, db: None, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    small = build_workshop(slug="liten", tables=2, notes_per_table=3)
    large = build_workshop(slug="stor", tables=12, notes_per_table=40)
    for note in large.notes.filter(question__isnull=False)[:10]:
        assert note.question is not None
        note.highlighted_on.add(note.question)

    for workshop in (small, large):
        url = question_url(workshop, first_question(workshop))
        with django_assert_num_queries(OVERVIEW_QUERIES):
            overview = facilitator_client.get(overview_url(workshop))
        with django_assert_num_queries(QUESTION_QUERIES):
            page = facilitator_client.get(url)
        assert overview.status_code == page.status_code == 200

    assert "Group 12</h2>" in page.content.decode()


def test_a_highlight_id_of_unicode_digits_is_a_form_error_not_a_server_error(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # "²" passes str.isdigit(), and int() then raised a ValueError: a 500.
    response = facilitator_client.post(
        question_url(workshop, first_question(workshop)), {"summary": "Nytt", "highlights": ["²"]}
    )

    assert response.status_code == 422
    assert first_question(workshop).summary == ""


def test_a_highlight_on_the_round_as_a_whole_belongs_to_the_question_it_was_ticked_on(
    facilitator_client: Client, workshop: Workshop
) -> None:
    first, second = workshop.rounds.get(number=1).questions.order_by("order")
    whole = table_note(workshop, "Om hele runden.", None, number=1)

    facilitator_client.post(question_url(workshop, first), {"summary": "", "highlights": [whole.pk]})

    ticked = f'value="{whole.pk}" id="highlight-{whole.pk}" checked'
    assert ticked in facilitator_client.get(question_url(workshop, first)).content.decode()
    assert ticked not in facilitator_client.get(question_url(workshop, second)).content.decode()
    assert list(whole.highlighted_on.all()) == [first]

    workshop.publish()
    report = facilitator_client.get(f"/rapport/{workshop.slug}/").content.decode()
    assert report.count("Highlights</h5>") == 1
    first_section = report.index('id="round-1-question-1-heading"')
    second_section = report.index('id="round-1-question-2-heading"')
    assert first_section < report.index("Highlights</h5>") < second_section


# Two facilitators on one summary ------------------------------------------------------------------


def written_from(page: str) -> str:
    match = re.search(r'name="written_from" value="([0-9a-f]+)"', page)
    assert match, "the form carries the fingerprint of the text it was written from"
    return match.group(1)


SUMMARY_PAGES = {
    "overall": (lambda w: overview_url(w), lambda w: summary_url(w), lambda w: Workshop.objects.get(pk=w.pk).summary),
    "question": (
        lambda w: question_url(w, first_question(w)), lambda w: question_url(w, first_question(w)),
        lambda w: first_question(w).summary,
    ),
    "round": (lambda w: round_url(w), lambda w: round_url(w), lambda w: round_one(w).summary),
}


@pytest.mark.parametrize("kind", SUMMARY_PAGES)
@pytest.mark.parametrize("htmx", [False, True])
def test_a_summary_saved_meanwhile_by_another_facilitator_is_never_overwritten(
    facilitator_client: Client, workshop: Workshop, kind: str, htmx: bool
) -> None:
    page_url, post_url, saved = SUMMARY_PAGES[kind]
    headers = {"HX-Request": "true"} if htmx else {}
    first = written_from(facilitator_client.get(page_url(workshop)).content.decode())
    other = written_from(facilitator_client.get(page_url(workshop)).content.decode())
    assert facilitator_client.post(post_url(workshop), {"summary": "Fra fasilitator B.", "written_from": other},
                                   headers=headers).status_code in (200, 302)

    response = facilitator_client.post(
        post_url(workshop), {"summary": "Fra fasilitator A.", "written_from": first}, headers=headers
    )

    assert response.status_code == 409
    assert saved(workshop) == "Fra fasilitator B."
    page = response.content.decode()
    assert "Someone else saved this summary while you were writing." in page
    assert "\nFra fasilitator A.</textarea>" in page  # the draft, kept
    assert "Fra fasilitator B." in page  # the saved text, beside it
    # Combined, it saves: the form now carries the fingerprint of the text it was shown with.
    combined = {"summary": "Fra fasilitator B.\n\nFra fasilitator A.", "written_from": written_from(page)}
    assert facilitator_client.post(post_url(workshop), combined, headers=headers).status_code in (200, 302)
    assert saved(workshop) == combined["summary"]


@pytest.mark.parametrize("kind", SUMMARY_PAGES)
def test_a_retried_summary_save_and_a_second_save_from_the_same_page_are_no_conflict(
    facilitator_client: Client, workshop: Workshop, kind: str
) -> None:
    page_url, post_url, saved = SUMMARY_PAGES[kind]
    htmx = {"HX-Request": "true"}
    loaded = written_from(facilitator_client.get(page_url(workshop)).content.decode())
    draft = {"summary": "Første utkast.", "written_from": loaded}
    first = facilitator_client.post(post_url(workshop), draft, headers=htmx)
    retry = facilitator_client.post(post_url(workshop), draft, headers=htmx)
    assert (first.status_code, retry.status_code) == (200, 200)

    # The form that came back is written from what was saved: the next save from it goes through.
    again = {"summary": "Andre utkast.", "written_from": written_from(retry.content.decode())}
    assert facilitator_client.post(post_url(workshop), again, headers=htmx).status_code == 200
    assert saved(workshop) == "Andre utkast."


def summary_form(kind: str, workshop: Workshop, data: Mapping[str, object]) -> tuple[SummaryForm, Callable[[], bool]]:
    """The form a summary page's save makes of `data`, and its save, as the view makes them."""
    if kind == "overall":
        workshop = Workshop.objects.get(pk=workshop.pk)
        overall = WorkshopSummaryForm(data, saved=workshop.summary)
        return overall, lambda: overall.save(workshop)
    if kind == "round":
        round_ = round_one(workshop)
        form = RoundSummaryForm(data, saved=round_.summary)
        return form, lambda: form.save(round_)
    question = first_question(workshop)
    candidates = highlight_candidates(workshop, question)
    compiled = QuestionCompileForm(
        data, candidates=candidates, highlighted=highlighted_ids(question, candidates), saved=question.summary
    )
    return compiled, lambda: compiled.save(question)


@pytest.mark.parametrize("kind", SUMMARY_PAGES)
def test_a_summary_saved_between_the_check_and_the_write_of_another_save_is_never_overwritten(
    facilitator_client: Client, workshop: Workshop, kind: str
) -> None:
    page_url, post_url, saved = SUMMARY_PAGES[kind]
    loaded = written_from(facilitator_client.get(page_url(workshop)).content.decode())
    note = table_note(workshop, "Et notat.", first_question(workshop))
    mine = {"summary": "Fra fasilitator A.", "written_from": loaded, "highlights": [str(note.pk)]}
    form, save = summary_form(kind, workshop, mine)
    assert form.is_valid()  # the check: nothing saved since the page was loaded
    # The other facilitator's save lands before this one writes.
    other = facilitator_client.post(post_url(workshop), {"summary": "Fra fasilitator B.", "written_from": loaded})
    assert other.status_code in (200, 302)

    written = save()

    assert saved(workshop) == "Fra fasilitator B."
    assert highlighted(workshop) == set()
    assert written is False and form.error_status() == 409
    html = render_to_string("groups/_summary_field.html", {"form": form})
    assert "Someone else saved this summary while you were writing." in html
    assert "\nFra fasilitator A.</textarea>" in html and "Fra fasilitator B." in html
    # Combined, it saves: the form shown again is written from the text saved meanwhile.
    combined, save_combined = summary_form(kind, workshop, {**form.data, "summary": "Fra B.\n\nFra A."})
    assert combined.is_valid() and save_combined()
    assert saved(workshop) == "Fra B.\n\nFra A."


# Two facilitators on one question's highlights ----------------------------------------------------


def page_form(page: str) -> dict[str, object]:
    """What the question page's form posts as it was loaded: its summary, hidden fields and ticks."""
    shown = re.search(r'<input type="hidden" name="highlights_shown"(?: value="([0-9,]+)")?', page)
    assert shown, "the form carries the highlights it showed"
    summary = re.search(r'<textarea name="summary"[^>]*>\n?(.*?)</textarea>', page, re.S)
    assert summary
    return {
        "summary": summary.group(1), "written_from": written_from(page), "highlights_shown": shown.group(1) or "",
        "highlights": ticked(page),
    }


def ticked(page: str) -> list[str]:
    return re.findall(r'name="highlights" value="([0-9]+)" id="highlight-[0-9]+" checked', page)


@pytest.mark.parametrize("htmx", [False, True])
def test_highlights_ticked_on_a_page_loaded_before_another_facilitators_save_are_added_to_theirs(
    facilitator_client: Client, workshop: Workshop, htmx: bool
) -> None:
    question = first_question(workshop)
    first, second, third = (table_note(workshop, f"Notat {n}.", question, number=n % 2 + 1) for n in (1, 2, 3))
    headers = {"HX-Request": "true"} if htmx else {}
    page_a = page_form(facilitator_client.get(question_url(workshop, question)).content.decode())
    page_b = page_form(facilitator_client.get(question_url(workshop, question)).content.decode())
    facilitator_client.post(question_url(workshop, question), {**page_a, "highlights": [first.pk, second.pk]})

    response = facilitator_client.post(
        question_url(workshop, question), {**page_b, "highlights": [third.pk]}, headers=headers, follow=not htmx
    )

    assert response.status_code == 200
    assert highlighted(workshop) == {"Notat 1.", "Notat 2.", "Notat 3."}
    page = response.content.decode()
    assert "The summary and highlights are saved." in page
    assert "Someone else changed the highlights meanwhile" in page
    assert sorted(ticked(page)) == sorted(str(note.pk) for note in (first, second, third))


def test_a_highlight_unticked_on_an_older_page_is_removed_and_one_ticked_meanwhile_stays(
    facilitator_client: Client, workshop: Workshop
) -> None:
    question = first_question(workshop)
    old = table_note(workshop, "Gammelt høydepunkt.", question, number=1)
    new = table_note(workshop, "Nytt høydepunkt.", question, number=2)
    old.highlighted_on.add(question)
    page_a = page_form(facilitator_client.get(question_url(workshop, question)).content.decode())
    page_b = page_form(facilitator_client.get(question_url(workshop, question)).content.decode())
    facilitator_client.post(question_url(workshop, question), {**page_a, "highlights": [old.pk, new.pk]})

    facilitator_client.post(question_url(workshop, question), {**page_b, "highlights": []})

    assert highlighted(workshop) == {"Nytt høydepunkt."}


@pytest.mark.parametrize("htmx", [False, True])
def test_a_summary_conflict_shows_the_highlights_set_meanwhile_and_the_combined_save_keeps_them(
    facilitator_client: Client, workshop: Workshop, htmx: bool
) -> None:
    question = first_question(workshop)
    theirs, mine = table_note(workshop, "Deres.", question, number=1), table_note(workshop, "Mitt.", question, 2)
    headers = {"HX-Request": "true"} if htmx else {}
    page_a = page_form(facilitator_client.get(question_url(workshop, question)).content.decode())
    page_b = page_form(facilitator_client.get(question_url(workshop, question)).content.decode())
    from_a = {**page_a, "summary": "Fra A.", "highlights": [theirs.pk]}
    facilitator_client.post(question_url(workshop, question), from_a)

    conflict = facilitator_client.post(
        question_url(workshop, question), {**page_b, "summary": "Fra B.", "highlights": [mine.pk]}, headers=headers
    )

    assert conflict.status_code == 409
    assert highlighted(workshop) == {"Deres."}
    page = conflict.content.decode()
    assert "Someone else changed the highlights meanwhile" in page
    assert sorted(ticked(page)) == sorted([str(theirs.pk), str(mine.pk)])
    combined = {**page_form(page), "summary": "Fra A.\n\nFra B."}
    saved = facilitator_client.post(question_url(workshop, question), combined, headers=headers)
    assert saved.status_code in (200, 302)
    assert first_question(workshop).summary == "Fra A.\n\nFra B."
    assert highlighted(workshop) == {"Deres.", "Mitt."}


def test_a_list_of_shown_highlights_that_are_not_this_questions_notes_says_so_and_saves_nothing(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    question = first_question(workshop)
    mine = table_note(workshop, "Mitt notat.", question)
    foreign = table_note(other_workshop, "Et annet verksted.", first_question(other_workshop))
    foreign.highlighted_on.add(first_question(other_workshop))
    page = page_form(facilitator_client.get(question_url(workshop, question)).content.decode())

    response = facilitator_client.post(
        question_url(workshop, question), {**page, "highlights": [mine.pk], "highlights_shown": str(foreign.pk)}
    )

    assert response.status_code == 422
    assert "This form came back incomplete or out of date." in response.content.decode()
    assert highlighted(workshop) == set()
    assert highlighted(other_workshop) == {"Et annet verksted."}


@pytest.mark.parametrize("htmx", [False, True])
def test_a_ticked_note_its_table_deleted_meanwhile_is_left_out_and_the_rest_is_saved(
    facilitator_client: Client, workshop: Workshop, htmx: bool
) -> None:
    question = first_question(workshop)
    gone = table_note(workshop, "Slettes ved bordet.", question, number=1)
    kept = table_note(workshop, "Står.", question, number=2)
    gone.highlighted_on.add(question)
    page = page_form(facilitator_client.get(question_url(workshop, question)).content.decode())
    gone.delete_softly(by=Actor(table=gone.table))

    response = facilitator_client.post(
        question_url(workshop, question), {**page, "summary": "Lagres.", "highlights": [gone.pk, kept.pk]},
        headers={"HX-Request": "true"} if htmx else {}, follow=not htmx,
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "The summary and highlights are saved." in html
    assert "1 note was deleted at its table meanwhile and is left out of the highlights." in html
    assert ticked(html) == [str(kept.pk)]
    assert first_question(workshop).summary == "Lagres."
    assert highlighted(workshop) == {"Står."}


def test_a_question_page_shows_the_plenums_notes_on_that_question_and_the_round_not_on_others(
    facilitator_client: Client, workshop: Workshop
) -> None:
    first, second = round_one(workshop).questions.order_by("order")
    plenum = ((first, "Plenum om det første"), (second, "Plenum om det andre"), (None, "Plenum om runden"))
    for question, text in plenum:
        Note.objects.create(workshop=workshop, round=round_one(workshop), question=question, text=text)

    first_page = facilitator_client.get(question_url(workshop, first)).content.decode()
    round_page = facilitator_client.get(round_url(workshop)).content.decode()

    assert "Plenum om det første" in first_page and "Plenum om runden" in first_page
    assert "Plenum om det andre" not in first_page
    assert "Plenum om runden" in round_page
    assert "Plenum om det første" not in round_page and "Plenum om det andre" not in round_page


def test_the_overview_counts_notes_not_deleted_and_those_on_the_round_as_a_whole(
    facilitator_client: Client, workshop: Workshop
) -> None:
    question = first_question(workshop)
    kept = table_note(workshop, "Står", question)
    gone = table_note(workshop, "Slettet", question)
    question.highlights.add(kept, gone)
    gone.delete_softly(by=Actor(table=gone.table))
    table_note(workshop, "Om runden", None)
    table_note(workshop, "Også om runden", None, number=2)

    html = facilitator_client.get(overview_url(workshop)).content.decode()

    line = html[html.index(question.text):]
    assert "1 note, 1 highlight" in line[: line.index("</li>")]
    whole = html[html.index("The round as a whole</a>"):]
    assert "2 notes" in whole[: whole.index("</li>")]


def test_see_it_in_the_report_leads_to_the_questions_own_place_in_the_report(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # It led to "#question-<database id>": the same link stopped working once the workshop was restored elsewhere.
    second = workshop.rounds.get(number=2).questions.get(order=2)
    Question.objects.filter(pk=second.pk).update(order=7)  # its place in the round is what counts, not its order

    page = facilitator_client.get(question_url(workshop, second)).content.decode()
    workshop.publish()
    report = facilitator_client.get(f"/rapport/{workshop.slug}/").content.decode()

    assert f'<a href="/rapport/{workshop.slug}/#round-2-question-2">' in page
    assert '<section class="question" id="round-2-question-2"' in report
    assert '<h4 id="round-2-question-2-heading">2.2 Spørsmål 2.2</h4>' in report
    # The round's page leads to the round, by the same rule.
    round_page = facilitator_client.get(round_url(workshop, 2)).content.decode()
    assert f'<a href="/rapport/{workshop.slug}/#round-2">' in round_page
    assert '<section class="round" id="round-2"' in report


def summary_form_fields(page: str, form_id: str) -> dict[str, str]:
    """The hidden fields a summary's form posts, as the page (or its htmx answer) shows them."""
    form = page.split(f'<form id="{form_id}"', 1)[1].split("</form>", 1)[0]
    return dict(re.findall(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)"', form))


@pytest.mark.parametrize(("kind", "form_id", "use_url"), [
    ("overall", "summary-form", lambda w: f"{overview_url(w)}bruk/"),
    ("question", "compile-form", lambda w: f"{question_url(w, first_question(w))}bruk/"),
    ("round", "round-form", lambda w: f"{round_url(w)}bruk/"),
])
@pytest.mark.parametrize("htmx", [False, True])
def test_use_in_the_summary_after_a_conflict_keeps_the_saved_text_beside_the_draft(
    facilitator_client: Client, workshop: Workshop, kind: str, form_id: str, use_url: Callable[[Workshop], str],
    htmx: bool,
) -> None:
    """The conflict's box holds the text the facilitator is asked to combine with. "Use in the summary"
    replaced it with the draft alone, and the next save (the form is written from that text, so it
    goes through) wrote over the other facilitator's summary without it being seen again."""
    page_url, post_url, saved = SUMMARY_PAGES[kind]
    headers = {"HX-Request": "true"} if htmx else {}
    point = table_note(workshop, "Kollektivtilbudet på kveldstid er altfor dårlig", first_question(workshop), 1)
    table_note(workshop, "Kollektivtilbodet på kveldstid er for dårleg i distrikta", first_question(workshop), 2)
    mine = written_from(facilitator_client.get(page_url(workshop)).content.decode())
    other = written_from(facilitator_client.get(page_url(workshop)).content.decode())
    facilitator_client.post(post_url(workshop), {"summary": "Fra fasilitator B.", "written_from": other})
    conflict = facilitator_client.post(
        post_url(workshop), {"summary": "Fra fasilitator A.", "written_from": mine}, headers=headers
    )
    assert conflict.status_code == 409

    posted = {**summary_form_fields(conflict.content.decode(), form_id), "summary": "Fra fasilitator A.",
              "use": f"recurring:{point.pk}"}
    used = facilitator_client.post(use_url(workshop), posted, headers=headers)

    assert used.status_code == 200
    html = used.content.decode()
    assert re.search(r"<textarea[^>]*>\nFra fasilitator A\.\n\nKollektivtilbudet", html)
    assert "Someone else saved this summary while you were writing." in html
    assert '<div class="card saved-meanwhile">Fra fasilitator B.</div>' in html
    assert saved(workshop) == "Fra fasilitator B."
