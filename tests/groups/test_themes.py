"""Themes the facilitator owns: tagging notes across tables and rounds, the themes' pages, the report."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone
from pytest_django import DjangoAssertNumQueries, Settings

from groups.models import Actor, Note, Theme
from tests.factories import build_workshop, table
from workshop.models import Question, Round, Workshop

# Facilitator: session, user, workshop, then the view's own queries.
THEMES_PAGE_QUERIES = 4  # + the themes with their note, table and round counts
THEME_PAGE_QUERIES = 5  # + the theme, its notes (with round, question, table, organisation, talk)
# Anonymous reader: the report's ten (tests/workshop/test_report.py), counting the themes, + their notes.
REPORT_WITH_THEMES_QUERIES = 2 + 12  # the cache key (notes, survey), then the report with its themes


HTMX = {"HX-Request": "true"}


@pytest.fixture(autouse=True)
def english(settings: Settings) -> None:
    """Assert on the English msgids, whatever Bokmål translations arrive later."""
    settings.LANGUAGE_CODE = "en"


def round_(workshop: Workshop, number: int = 1) -> Round:
    return workshop.rounds.get(number=number)


def first_question(workshop: Workshop, number: int = 1) -> Question:
    return round_(workshop, number).questions.order_by("order").first()  # type: ignore[return-value]


def table_note(
    workshop: Workshop, text: str, *, number: int = 1, round_number: int = 1, question: bool = True,
    organisation: str | None = None,
) -> Note:
    return Note.objects.create(
        workshop=workshop, table=table(workshop, number), round=round_(workshop, round_number),
        question=first_question(workshop, round_number) if question else None, text=text,
        organisation=workshop.organisations.get(name=organisation) if organisation else None,
    )


def tag(workshop: Workshop, name: str, notes: Iterable[Note]) -> Theme:
    return Theme.objects.tag(workshop, name, list(notes))[0]


def tag_url(workshop: Workshop) -> str:
    return f"/fasilitator/{workshop.slug}/tema/merk/"


def themes_url(workshop: Workshop) -> str:
    return f"/fasilitator/{workshop.slug}/tema/"


def report_setting_url(workshop: Workshop) -> str:
    return f"/fasilitator/{workshop.slug}/tema/rapport/"


def theme_url(workshop: Workshop, theme: Theme | int) -> str:
    pk = theme if isinstance(theme, int) else theme.pk
    return f"/fasilitator/{workshop.slug}/tema/{pk}/"


def question_url(workshop: Workshop, question: Question) -> str:
    return f"/fasilitator/{workshop.slug}/sammenstill/sporsmal/{question.pk}/"


def round_url(workshop: Workshop, number: int = 1) -> str:
    return f"/fasilitator/{workshop.slug}/sammenstill/runde/{number}/"


def tagged(workshop: Workshop) -> dict[str, set[str]]:
    """Every theme of the workshop with its notes' texts: what the database holds."""
    return {
        theme.name: {note.text for note in Note.everything.filter(themes=theme)}
        for theme in Theme.objects.filter(workshop=workshop)
    }


def report_html(client: Client, workshop: Workshop) -> str:
    response = client.get(f"/rapport/{workshop.slug}/")
    assert response.status_code == 200
    return response.content.decode()


# Tagging --------------------------------------------------------------------------------------


def test_facilitator_tags_two_notes_from_different_tables_with_a_new_theme(
    facilitator_client: Client, workshop: Workshop
) -> None:
    first = table_note(workshop, "Boliger mangler i kommunen.", number=1)
    second = table_note(workshop, "Vi trenger flere utleieboliger.", number=2, question=False)
    before = workshop.updated_at
    back = question_url(workshop, first_question(workshop))

    response = facilitator_client.post(
        tag_url(workshop), {"name": "  Bolig  ", "notes": [first.pk, second.pk], "next": back}, follow=True
    )

    assert response.redirect_chain == [(back, 302)]
    assert "Tagged 2 notes with “Bolig”, a new theme." in response.content.decode()
    assert tagged(workshop) == {"Bolig": {"Boliger mangler i kommunen.", "Vi trenger flere utleieboliger."}}
    workshop.refresh_from_db()
    assert workshop.updated_at > before


def test_tagging_with_a_name_in_another_case_adds_to_the_existing_theme(
    facilitator_client: Client, workshop: Workshop
) -> None:
    first = table_note(workshop, "Økonomien er stram.", number=1)
    second = table_note(workshop, "Midlene må følge med.", number=2)
    tag(workshop, "Økonomi", [first])

    response = facilitator_client.post(tag_url(workshop), {"name": "ØKONOMI", "notes": [second.pk]})

    assert response.status_code == 302
    assert tagged(workshop) == {"Økonomi": {"Økonomien er stram.", "Midlene må følge med."}}


def test_a_retried_tag_changes_nothing(facilitator_client: Client, workshop: Workshop) -> None:
    note = table_note(workshop, "Samarbeid med NAV.")
    data = {"name": "Samarbeid", "notes": [note.pk]}

    first = facilitator_client.post(tag_url(workshop), data)
    second = facilitator_client.post(tag_url(workshop), data)

    assert first.status_code == second.status_code == 302
    assert Theme.objects.count() == 1
    assert Theme.notes.through.objects.count() == 1  # type: ignore[attr-defined]


def test_a_note_of_another_workshop_is_refused_and_nothing_is_written(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    own = table_note(workshop, "Vårt notat.")
    foreign = table_note(other_workshop, "Et annet verksteds notat.")
    before = Workshop.objects.get(pk=workshop.pk).updated_at

    response = facilitator_client.post(tag_url(workshop), {"name": "Bolig", "notes": [own.pk, foreign.pk]})

    assert response.status_code == 422
    assert "Nothing was tagged." in response.content.decode()
    assert f"{foreign.pk} is not one of the available choices" in response.content.decode()
    assert not Theme.objects.exists()
    assert Workshop.objects.get(pk=workshop.pk).updated_at == before


@pytest.mark.parametrize(
    "notes", [[], ["abc"], ["-1"], ["1.5"], ["²"], ["99999999999999999999"], ["\x00"], ["999999"]]
)
def test_junk_note_ids_are_refused_and_nothing_is_written(
    facilitator_client: Client, workshop: Workshop, notes: list[str]
) -> None:
    table_note(workshop, "Et notat.")

    plain = facilitator_client.post(tag_url(workshop), {"name": "Bolig", "notes": notes})
    htmx = facilitator_client.post(
        tag_url(workshop), {"name": "Bolig", "notes": notes}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="theme-form"
    )

    assert plain.status_code == htmx.status_code == 422
    assert not Theme.objects.exists()


@pytest.mark.parametrize("name", ["", "   ", "Bo\x00lig", "x" * 121, "\u202e", "\u200b\u2060"])
def test_a_missing_or_bad_theme_name_is_refused_and_the_chosen_notes_are_kept_on_the_page(
    facilitator_client: Client, workshop: Workshop, name: str
) -> None:
    note = table_note(workshop, "Et notat om bolig.")

    response = facilitator_client.post(tag_url(workshop), {"name": name, "notes": [note.pk]})

    html = response.content.decode()
    assert response.status_code == 422
    assert "Nothing was tagged." in html
    assert f'name="notes" value="{note.pk}" id="chosen-{note.pk}" checked' in html
    assert not Theme.objects.exists()


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "javascript:alert(1)", "sammenstill/", "/\x00"]
)
def test_going_back_after_tagging_never_leaves_the_site(
    facilitator_client: Client, workshop: Workshop, next_url: str
) -> None:
    note = table_note(workshop, "Et notat.")

    response = facilitator_client.post(tag_url(workshop), {"name": "Bolig", "notes": [note.pk], "next": next_url})

    assert response.status_code == 302
    assert response.headers["Location"] == f"/fasilitator/{workshop.slug}/sammenstill/"


def test_htmx_tagging_answers_with_the_form_and_the_notes_new_badges(
    facilitator_client: Client, workshop: Workshop
) -> None:
    note = table_note(workshop, "Boliger mangler.")

    response = facilitator_client.post(
        tag_url(workshop), {"name": "Bolig", "notes": [note.pk], "next": round_url(workshop)},
        HTTP_HX_REQUEST="true", HTTP_HX_TARGET="theme-form",
    )

    html = response.content.decode()
    theme = Theme.objects.get()
    assert response.status_code == 200
    assert html.startswith('<form id="theme-form"')
    assert "<html" not in html
    assert 'role="status"' in html and "Tagged 1 note with “Bolig”, a new theme." in html
    assert '<option value="Bolig">' in html
    assert f'id="theme-choice-{note.pk}" hx-swap-oob="true"' in html
    assert f'href="{theme_url(workshop, theme)}"' in html
    assert f'name="next" value="{round_url(workshop)}"' in html
    assert "HX-Request" in response.headers["Vary"]


def test_a_note_deleted_at_its_table_while_the_page_was_open_is_left_out_of_the_tagging(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # Before: "Select a valid choice. 530 is not one of the available choices.", and nothing was tagged.
    kept = table_note(workshop, "Boliger mangler.", number=1)
    gone = table_note(workshop, "Slettet ved bordet.", number=2)
    gone.delete_softly(by=Actor(table=gone.table))

    response = facilitator_client.post(
        tag_url(workshop), {"name": "Bolig", "notes": [kept.pk, gone.pk]}, HTTP_HX_REQUEST="true"
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Tagged 1 note with “Bolig”, a new theme. 1 note was deleted at its table meanwhile and is left out." in html
    assert tagged(workshop) == {"Bolig": {"Boliger mangler."}}
    only_gone = facilitator_client.post(tag_url(workshop), {"name": "Bolig", "notes": [gone.pk]}, headers=HTMX)
    assert only_gone.status_code == 422
    assert "The notes you chose have been deleted at their tables. Nothing was tagged." in only_gone.content.decode()


def test_tagging_with_a_name_from_before_a_rename_says_it_made_a_new_theme(
    facilitator_client: Client, workshop: Workshop
) -> None:
    note = table_note(workshop, "Boliger mangler.")
    theme = tag(workshop, "Bolig", [])
    Theme.objects.filter(pk=theme.pk).update(name="Bosted")  # renamed by the other facilitator

    response = facilitator_client.post(tag_url(workshop), {"name": "Bolig", "notes": [note.pk]}, HTTP_HX_REQUEST="true")

    assert "Tagged 1 note with “Bolig”, a new theme." in response.content.decode()
    existing = facilitator_client.post(tag_url(workshop), {"name": "Bosted", "notes": [note.pk]}, headers=HTMX)
    assert "Tagged 1 note with “Bosted”." in existing.content.decode()


def test_htmx_tagging_from_a_suggestion_answers_with_a_status(
    facilitator_client: Client, workshop: Workshop
) -> None:
    notes = [table_note(workshop, f"Notat {n}.", number=n) for n in (1, 2)]

    response = facilitator_client.post(
        tag_url(workshop), {"name": "Ungdom", "notes": [note.pk for note in notes]}, HTTP_HX_REQUEST="true"
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert html.startswith('<p role="status"')
    assert "Tagged 2 notes with “Ungdom”, a new theme." in html
    assert tagged(workshop) == {"Ungdom": {"Notat 1.", "Notat 2."}}


def test_htmx_tagging_without_notes_answers_422_with_the_form_and_its_errors(
    facilitator_client: Client, workshop: Workshop
) -> None:
    response = facilitator_client.post(
        tag_url(workshop), {"name": "Bolig"}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="theme-form"
    )

    html = response.content.decode()
    assert response.status_code == 422
    assert html.startswith('<form id="theme-form"')
    assert "Choose at least one note to tag." in html
    assert 'value="Bolig"' in html


def test_question_and_round_pages_offer_tagging_and_show_each_notes_themes(
    facilitator_client: Client, workshop: Workshop
) -> None:
    answer = table_note(workshop, "Svar på spørsmålet.", number=1)
    whole = table_note(workshop, "Om hele runden.", number=2, question=False)
    theme = tag(workshop, "Bolig", [answer, whole])
    tag(workshop, "Økonomi", [])

    for url in (question_url(workshop, first_question(workshop)), round_url(workshop)):
        html = facilitator_client.get(url).content.decode()
        assert '<form id="theme-form"' in html
        assert '<datalist id="theme-names"><option value="Bolig"></option><option value="Økonomi"></option>' in html
        assert "Tag the chosen notes" in html
        assert f'name="next" value="{url}"' in html
        assert f'href="{themes_url(workshop)}"' in html
        checkbox = f'name="notes" value="{whole.pk}" id="theme-note-{whole.pk}" form="theme-form">'
        assert f'<input type="checkbox" {checkbox}' in html
        assert "Choose for a theme: Om hele runden." in html
        hidden = '<span class="visually-hidden">Theme: </span>'
        badge = f'<a class="badge theme" href="{theme_url(workshop, theme)}">{hidden}Bolig</a>'
        assert html.count(badge) == (2 if "sporsmal" in url else 1)


def test_the_plenums_notes_on_the_question_and_round_pages_can_be_tagged_and_show_their_themes(
    facilitator_client: Client, workshop: Workshop
) -> None:
    """The theme page and the report's themes name the plenum as a place a theme came up, but its notes
    had no "Choose for a theme" box on the compile pages: they could not be tagged from them at all."""
    on_question = Note.objects.create(
        workshop=workshop, round=round_(workshop), question=first_question(workshop), text="Plenum om bolig."
    )
    on_round = Note.objects.create(workshop=workshop, round=round_(workshop), text="Plenum om hele runden.")
    theme = tag(workshop, "Bolig", [on_question, on_round])

    for url, note in ((question_url(workshop, first_question(workshop)), on_question), (round_url(workshop), on_round)):
        html = facilitator_client.get(url).content.decode()
        plenum = html.split('id="plenum-heading"', 1)[1].split("</section>", 1)[0]
        checkbox = f'name="notes" value="{note.pk}" id="theme-note-{note.pk}" form="theme-form">'
        assert f'<input type="checkbox" {checkbox}' in plenum
        assert f'href="{theme_url(workshop, theme)}"' in plenum


def test_after_use_in_the_summary_without_javascript_tagging_goes_back_to_the_page_not_the_buttons_address(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # The browser is at ".../bruk/" then, which answers only POST: tagging led to a 405.
    notes = [table_note(workshop, "Kollektivtilbudet er for dårlig.", number=n) for n in (1, 2)]
    for url in (question_url(workshop, first_question(workshop)), round_url(workshop)):
        page = facilitator_client.post(f"{url}bruk/", {"use": f"key:{notes[0].pk}", "summary": ""})
        assert page.status_code == 200
        assert f'name="next" value="{url}"' in page.content.decode()
        assert f'name="next" value="{url}bruk/"' not in page.content.decode()


def test_the_compile_overview_links_to_the_themes(facilitator_client: Client, workshop: Workshop) -> None:
    html = facilitator_client.get(f"/fasilitator/{workshop.slug}/sammenstill/").content.decode()

    assert f'href="{themes_url(workshop)}">Themes</a>' in html


# Who may --------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["anonymous", "participant"])
def test_only_facilitators_may_open_or_post_to_any_theme_page(
    client: Client, workshop: Workshop, participant: User, who: str
) -> None:
    if who == "participant":
        client.force_login(participant)
    note = table_note(workshop, "Et notat.")
    theme = tag(workshop, "Bolig", [note])
    before = tagged(workshop)
    requests = [
        ("get", themes_url(workshop), {}),
        ("post", themes_url(workshop), {"name": "Nytt tema", "description": "X"}),
        ("post", tag_url(workshop), {"name": "Ungdom", "notes": [note.pk]}),
        ("post", tag_url(workshop), {"name": "Bolig", "notes": [note.pk]}),
        ("post", report_setting_url(workshop), {}),
        ("get", theme_url(workshop, theme), {}),
        ("post", theme_url(workshop, theme), {"name": "Omdøpt", "description": "X"}),
        ("post", f"{theme_url(workshop, theme)}fjern/", {"note": note.pk}),
        ("post", f"{theme_url(workshop, theme)}slett/", {"confirm": "on"}),
    ]

    for method, url, data in requests:
        response = getattr(client, method)(url, data)
        assert response.status_code == 403, (method, url)

    assert tagged(workshop) == before
    theme.refresh_from_db()
    assert (theme.name, theme.description) == ("Bolig", "")
    assert Workshop.objects.get(pk=workshop.pk).report_shows_themes is False


def test_theme_pages_refuse_other_methods(facilitator_client: Client, workshop: Workshop) -> None:
    theme = tag(workshop, "Bolig", [])
    assert facilitator_client.get(tag_url(workshop)).status_code == 405
    assert facilitator_client.get(report_setting_url(workshop)).status_code == 405
    assert facilitator_client.get(f"{theme_url(workshop, theme)}fjern/").status_code == 405
    assert facilitator_client.get(f"{theme_url(workshop, theme)}slett/").status_code == 405


def test_a_theme_of_another_workshop_is_not_found_and_not_changed(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    note = table_note(other_workshop, "Et annet verksteds notat.")
    theme = tag(other_workshop, "Bolig", [note])

    assert facilitator_client.get(theme_url(workshop, theme)).status_code == 404
    assert facilitator_client.post(theme_url(workshop, theme), {"name": "X"}).status_code == 404
    assert facilitator_client.post(f"{theme_url(workshop, theme)}fjern/", {"note": note.pk}).status_code == 404
    response = facilitator_client.post(f"{theme_url(workshop, theme)}slett/", {"confirm": "on"})

    assert response.status_code == 302
    assert tagged(other_workshop) == {"Bolig": {"Et annet verksteds notat."}}


# The themes page ------------------------------------------------------------------------------


def test_themes_page_lists_each_theme_with_its_notes_tables_and_rounds(
    facilitator_client: Client, workshop: Workshop
) -> None:
    notes = [
        table_note(workshop, "Bord 1, runde 1.", number=1),
        table_note(workshop, "Bord 1, runde 1 igjen.", number=1, question=False),
        table_note(workshop, "Bord 2, runde 2.", number=2, round_number=2),
    ]
    deleted = table_note(workshop, "Slettet.", number=2, round_number=1)
    tag(workshop, "Bolig", [*notes, deleted])
    deleted.delete_softly(by=Actor())
    tag(workshop, "Ungdom", [])

    html = facilitator_client.get(themes_url(workshop)).content.decode()

    bolig = html.index(">Bolig</a>")
    row = html[bolig:html.index("</tr>", bolig)]
    assert [cell.split("<")[0] for cell in row.split("<td>")[1:]] == ["3", "2", "2"]
    ungdom = html.index(">Ungdom</a>")
    assert html[ungdom:html.index("</tr>", ungdom)].count("<td>0</td>") == 3
    assert "Show the themes in the report" in html


def test_facilitator_makes_a_theme_on_the_themes_page_and_a_taken_name_is_a_form_error(
    facilitator_client: Client, workshop: Workshop
) -> None:
    response = facilitator_client.post(themes_url(workshop), {"name": "Bolig", "description": "Om boliger."})

    theme = Theme.objects.get()
    assert response.status_code == 302
    assert response.headers["Location"] == theme_url(workshop, theme)
    assert theme.description == "Om boliger."

    again = facilitator_client.post(themes_url(workshop), {"name": "bolig", "description": ""})

    assert again.status_code == 422
    assert "The workshop already has a theme called “Bolig”." in again.content.decode()
    assert Theme.objects.count() == 1


def test_the_same_new_theme_sent_twice_is_made_once_and_not_called_an_error(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # The second send said "Nothing was saved" and that the name was taken, though the first had made it.
    data = {"name": "Dobbelt tema", "description": "Om det doble."}
    first = facilitator_client.post(themes_url(workshop), data)
    again = facilitator_client.post(themes_url(workshop), data, follow=True)
    theme = Theme.objects.get()
    assert first["Location"] == again.redirect_chain[0][0] == theme_url(workshop, theme)
    assert "The theme “Dobbelt tema” is made." in again.content.decode()
    assert (theme.name, theme.description) == ("Dobbelt tema", "Om det doble.")


def test_the_same_theme_name_may_be_used_in_another_workshop(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    tag(other_workshop, "Bolig", [])

    response = facilitator_client.post(themes_url(workshop), {"name": "Bolig"})

    assert response.status_code == 302
    assert Theme.objects.filter(name="Bolig").count() == 2


def test_facilitator_turns_the_themes_section_of_the_report_off_and_on(
    facilitator_client: Client, workshop: Workshop
) -> None:
    off = facilitator_client.post(report_setting_url(workshop), {})
    assert off.status_code == 302
    assert Workshop.objects.get(pk=workshop.pk).report_shows_themes is False

    on = facilitator_client.post(report_setting_url(workshop), {"show": "on"})
    assert on.status_code == 302
    assert Workshop.objects.get(pk=workshop.pk).report_shows_themes is True


# One theme ------------------------------------------------------------------------------------


def test_theme_page_lists_its_notes_by_round_and_question_with_table_and_organisation(
    facilitator_client: Client, workshop: Workshop
) -> None:
    late = table_note(workshop, "Runde 2, bord 2.", number=2, round_number=2, organisation="Fylke 2B")
    whole = table_note(workshop, "Runde 1 som helhet.", number=1, question=False)
    early = table_note(workshop, "Runde 1, bord 2.", number=2, organisation="Fylke 2A")
    first = table_note(workshop, "Runde 1, bord 1.", number=1)
    deleted = table_note(workshop, "Slettet notat.", number=1)
    plenum = Note.objects.create(workshop=workshop, round=round_(workshop, 2), text="Fra plenum.")
    theme = tag(workshop, "Bolig", [late, whole, early, first, deleted, plenum])
    deleted.delete_softly(by=Actor())

    html = facilitator_client.get(theme_url(workshop, theme)).content.decode()

    order = [
        "<h3>Round 1: Runde 1</h3>", "<h4>Spørsmål 1.1</h4>", "Group 1</span> \N{EN DASH} <bdi>Runde 1, bord 1.</bdi>",
        '<span class="said-at">Group 2</span> \N{EN DASH} '
        '<span class="said-by"><bdi>Fylke 2A</bdi>:</span> <bdi>Runde 1, bord 2.</bdi>',
        "<h4>The round as a whole</h4>", "Runde 1 som helhet.",
        "<h3>Round 2: Runde 2</h3>", "<h4>Spørsmål 2.1</h4>", "Fylke 2B</bdi>:</span> <bdi>Runde 2, bord 2.</bdi>",
        "<h4>The round as a whole</h4>", "Plenum</span> \N{EN DASH} <bdi>Fra plenum.</bdi>",
    ]
    positions = []
    start = 0
    for text in order:
        start = html.index(text, start)
        positions.append(start)
    assert positions == sorted(positions)
    assert "5 notes" in html
    assert "Slettet notat." not in html
    assert html.count("Remove from theme") == 5


def test_facilitator_renames_a_theme_and_a_name_another_theme_has_is_a_form_error(
    facilitator_client: Client, workshop: Workshop
) -> None:
    theme = tag(workshop, "Bolig", [])
    tag(workshop, "Ungdom", [])

    saved = facilitator_client.post(theme_url(workshop, theme), {"name": "Boliger", "description": "Kort."})
    refused = facilitator_client.post(theme_url(workshop, theme), {"name": "UNGDOM", "description": "Lang."})
    same_in_new_case = facilitator_client.post(theme_url(workshop, theme), {"name": "BOLIGER", "description": ""})

    assert saved.status_code == 302
    assert refused.status_code == 422
    assert "The workshop already has a theme called “Ungdom”." in refused.content.decode()
    assert same_in_new_case.status_code == 302
    theme.refresh_from_db()
    assert (theme.name, theme.description) == ("BOLIGER", "")


def test_a_theme_changed_by_another_facilitator_meanwhile_is_not_overwritten_and_both_texts_are_shown(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # Before, the later save replaced the other's name and summary without a word ("The theme is saved.").
    theme = tag(workshop, "Bolig", [])
    page = facilitator_client.get(theme_url(workshop, theme)).content.decode()
    seen = re.search(r'name="written_from" value="([0-9a-f]+)"', page)
    assert seen, "the theme's page carries what it showed"
    Theme.objects.filter(pk=theme.pk).update(name="Bolig og bosetting", description="Fra den andre.")

    refused = facilitator_client.post(
        theme_url(workshop, theme), {"name": "Bolig", "description": "Min tekst.", "written_from": seen.group(1)}
    )

    assert refused.status_code == 409
    html = refused.content.decode()
    assert "Someone else changed this theme while you were editing it." in html
    assert "Bolig og bosetting" in html and "Fra den andre." in html and "Min tekst." in html
    theme.refresh_from_db()
    assert (theme.name, theme.description) == ("Bolig og bosetting", "Fra den andre.")
    # Combined and sent again from the refused page, it is saved.
    again = re.search(r'name="written_from" value="([0-9a-f]+)"', html)
    assert again
    combined = facilitator_client.post(
        theme_url(workshop, theme),
        {"name": "Bolig og bosetting", "description": "Fra den andre. Min tekst.", "written_from": again.group(1)},
    )
    assert combined.status_code == 302
    theme.refresh_from_db()
    assert theme.description == "Fra den andre. Min tekst."


def test_a_theme_form_whose_hidden_field_comes_back_wrong_says_so_and_keeps_the_text(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # Before, a 422 with the form as sent and no word of why: the error sat on the hidden field.
    theme = tag(workshop, "Bolig", [])
    refused = facilitator_client.post(
        theme_url(workshop, theme), {"name": "Bolig", "description": "Min tekst.", "written_from": "x" * 65}
    )
    assert refused.status_code == 422
    html = refused.content.decode()
    assert "This form came back incomplete or out of date." in html and "Min tekst." in html
    theme.refresh_from_db()
    assert theme.description == ""


def test_removing_a_note_from_a_theme_twice_changes_nothing_the_second_time(
    facilitator_client: Client, workshop: Workshop
) -> None:
    keep = table_note(workshop, "Blir.", number=1)
    remove = table_note(workshop, "Går.", number=2)
    theme = tag(workshop, "Bolig", [keep, remove])
    url = f"{theme_url(workshop, theme)}fjern/"

    first = facilitator_client.post(url, {"note": remove.pk}, follow=True)
    second = facilitator_client.post(url, {"note": remove.pk}, follow=True)

    assert first.redirect_chain == second.redirect_chain == [(theme_url(workshop, theme), 302)]
    assert tagged(workshop) == {"Bolig": {"Blir."}}
    assert Note.objects.filter(pk=remove.pk).exists()
    # The second said it was removed too, of a note not in the theme (nor one of another workshop).
    assert "The note is removed from the theme." in first.content.decode()
    assert "The note is not in the theme (any more)." in second.content.decode()


@pytest.mark.parametrize("junk", ["", "abc", "-1", "0", "99999999999999999999", "²", "\x00"])
def test_removing_junk_from_a_theme_changes_nothing(
    facilitator_client: Client, workshop: Workshop, junk: str
) -> None:
    note = table_note(workshop, "Blir.")
    theme = tag(workshop, "Bolig", [note])

    response = facilitator_client.post(f"{theme_url(workshop, theme)}fjern/", {"note": junk})

    assert response.status_code == 302
    assert tagged(workshop) == {"Bolig": {"Blir."}}


def test_deleting_a_theme_needs_confirmation_keeps_its_notes_and_a_repeat_changes_nothing(
    facilitator_client: Client, workshop: Workshop
) -> None:
    note = table_note(workshop, "Blir.")
    theme = tag(workshop, "Bolig", [note])
    url = f"{theme_url(workshop, theme)}slett/"

    unconfirmed = facilitator_client.post(url, {})
    assert unconfirmed.status_code == 422
    assert "Tick the box to confirm that the theme is to be deleted." in unconfirmed.content.decode()
    assert Theme.objects.filter(pk=theme.pk).exists()

    deleted = facilitator_client.post(url, {"confirm": "on"})
    repeated = facilitator_client.post(url, {"confirm": "on"})

    assert deleted.status_code == repeated.status_code == 302
    assert deleted.headers["Location"] == themes_url(workshop)
    assert not Theme.objects.exists()
    assert Note.objects.filter(pk=note.pk).exists()


# The report -----------------------------------------------------------------------------------


def test_report_shows_recurring_themes_after_the_group_work_with_where_they_came_up(
    client: Client, workshop: Workshop
) -> None:
    notes = [
        table_note(workshop, "Boliger mangler.", number=2, organisation="Fylke 2A"),
        table_note(workshop, "Utleieboliger.", number=1),
        table_note(workshop, "Runde 2 om bolig.", number=2, round_number=2),
    ]
    deleted = table_note(workshop, "Slettet om bolig.", number=1, round_number=2)
    theme = tag(workshop, "Bolig", [*notes, deleted])
    deleted.delete_softly(by=Actor())
    theme.description = "Alle bordene nevnte bolig.\n\nSærlig for unge."
    theme.save()
    workshop.report_shows_themes = True
    workshop.save()
    tag(workshop, "Tomt tema", [])
    Note.objects.create(
        workshop=workshop, table=table(workshop, 1), round=round_(workshop, 1), kind=Note.Kind.ACTION, text="Ringe."
    )
    workshop.publish()

    html = report_html(client, workshop)

    section = html.index('<h2 id="themes-heading">Recurring themes</h2>')
    assert html.index('<a href="#group-work">') < html.index('<a href="#themes">Recurring themes</a>')
    assert html.index('<a href="#themes">') < html.index('<a href="#actions">')
    assert html.index("Group work</h2>") < section < html.index("What we do when we get home</h2>")
    part = html[section:html.index("What we do when we get home</h2>")]
    assert "<h3" in part and ">Bolig</h3>" in part
    assert "<p>Alle bordene nevnte bolig.</p>\n\n<p>Særlig for unge.</p>" in part
    assert "Came up in 3 notes:" in part
    assert "<li>Round 1: Group 1, Group 2</li>" in part
    assert "<li>Round 2: Group 2</li>" in part
    assert '<span class="said-by"><bdi>Fylke 2A</bdi>:</span> <bdi>Boliger mangler.</bdi>' in part
    assert "Slettet om bolig." not in html
    assert "Tomt tema" not in html


def test_a_theme_reaches_the_report_only_when_the_facilitator_turns_the_section_on(
    client: Client, facilitator_client: Client, workshop: Workshop
) -> None:
    tag(workshop, "Bolig", [table_note(workshop, "Boliger mangler.")])
    workshop.publish()

    assert "Recurring themes" not in report_html(client, workshop)  # a new workshop's themes are its own

    facilitator_client.post(report_setting_url(workshop), {"show": "on"})

    assert ">Bolig</h3>" in report_html(client, workshop)


@pytest.mark.parametrize("themes_with_notes", [False, True])
def test_report_has_no_themes_section_when_the_workshop_hides_it_or_no_theme_has_notes(
    client: Client, workshop: Workshop, themes_with_notes: bool
) -> None:
    note = table_note(workshop, "Boliger mangler.")
    tag(workshop, "Bolig", [note] if themes_with_notes else [])
    workshop.report_shows_themes = not themes_with_notes
    workshop.save()
    workshop.publish()

    html = report_html(client, workshop)

    assert "Recurring themes" not in html
    assert 'id="themes"' not in html


def test_a_tag_changes_the_workshops_updated_time_so_cached_reports_are_refreshed(
    facilitator_client: Client, workshop: Workshop
) -> None:
    note = table_note(workshop, "Et notat.")
    long_ago = timezone.now() - datetime.timedelta(days=1)
    Workshop.objects.filter(pk=workshop.pk).update(updated_at=long_ago)

    facilitator_client.post(tag_url(workshop), {"name": "Bolig", "notes": [note.pk]})

    assert Workshop.objects.get(pk=workshop.pk).updated_at > long_ago


# Junk and queries ------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["anonymous", "participant", "facilitator"])
def test_junk_to_every_theme_address_never_gets_a_server_error(
    client: Client, workshop: Workshop, participant: User, facilitator: User, role: str
) -> None:
    note = table_note(workshop, "Et notat.")
    theme = tag(workshop, "Bolig", [note])
    if role != "anonymous":
        client.force_login(participant if role == "participant" else facilitator)
    base = theme_url(workshop, theme)
    addresses = [
        themes_url(workshop), tag_url(workshop), report_setting_url(workshop), base, f"{base}fjern/",
        f"{base}slett/", theme_url(workshop, 999999), f"{theme_url(workshop, 999999)}fjern/",
        f"{theme_url(workshop, 999999)}slett/", "/fasilitator/finnes-ikke/tema/",
    ]
    junk_values = ["", "\x00", "x" * 50_000, "<script>alert(1)</script>", "-1", "99999999999999999999", "ø", "²"]
    errors = []
    for address in addresses:
        for value in junk_values:
            data = {name: value for name in ("name", "description", "notes", "next", "note", "confirm", "show")}
            for method in ("get", "post"):
                response = getattr(client, method)(address, data)
                if response.status_code >= 500:
                    errors.append(f"{method} {address} {value[:10]!r} → {response.status_code}")
    assert errors == []


def test_theme_pages_and_report_run_the_same_number_of_queries_for_2_and_40_tables(
    facilitator_client: Client, db: None, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    pages = []
    for slug, tables in (("liten", 2), ("stor", 40)):
        workshop = build_workshop(slug=slug, tables=tables, notes_per_table=4)
        notes = list(workshop.notes.all())
        theme = tag(workshop, "Bolig", notes)
        tag(workshop, "Ungdom", notes[::3])
        Note.objects.create(workshop=workshop, round=round_(workshop, 2), text="Plenum.").themes.add(theme)
        workshop.report_shows_themes = True
        workshop.save()
        workshop.publish()

        with django_assert_num_queries(THEMES_PAGE_QUERIES):
            themes_page = facilitator_client.get(themes_url(workshop))
        with django_assert_num_queries(THEME_PAGE_QUERIES):
            theme_page = facilitator_client.get(theme_url(workshop, theme))
        facilitator_client.logout()
        with django_assert_num_queries(REPORT_WITH_THEMES_QUERIES):
            report = facilitator_client.get(f"/rapport/{workshop.slug}/")
        facilitator_client.force_login(User.objects.get(username="fasilitator"))
        assert themes_page.status_code == theme_page.status_code == report.status_code == 200
        pages.append((theme_page.content.decode(), report.content.decode()))

    theme_page_html, report_html_ = pages[-1]
    assert theme_page_html.count("Remove from theme") == 40 * 4 + 1
    assert "Group 40" in report_html_
    assert "Came up in 161 notes:" in report_html_


# The admin ------------------------------------------------------------------------------------


def test_theme_admin_offers_only_the_themes_workshops_notes(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    own = table_note(workshop, "Vårt notat.")
    table_note(other_workshop, "Et annet verksteds notat.")
    theme = tag(workshop, "Bolig", [own])

    response = facilitator_client.get(f"/admin/groups/theme/{theme.pk}/change/")

    choices = response.context["adminform"].form.fields["notes"].queryset
    assert set(choices) == set(workshop.notes.all())
    add = facilitator_client.get("/admin/groups/theme/add/")
    assert not add.context["adminform"].form.fields["notes"].queryset.exists()
    listing = facilitator_client.get("/admin/groups/theme/", {"q": "bol"}).content.decode()
    assert "Bolig" in listing


def test_a_long_theme_name_comes_back_whole_with_the_limit_not_cut_by_the_browser(
    facilitator_client: Client, workshop: Workshop
) -> None:
    page = facilitator_client.get(themes_url(workshop)).content.decode()
    assert "maxlength" not in page and 'data-max-length="120"' in page

    name = "Bolig " * 50
    response = facilitator_client.post(themes_url(workshop), {"name": name, "description": ""})
    assert response.status_code == 422
    assert name.strip() in response.content.decode()
    assert not Theme.objects.exists()
