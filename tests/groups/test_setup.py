"""The set-up page: a facilitator makes a workshop on one page, step by step."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import get_resolver
from pytest_django import DjangoAssertNumQueries

from groups.models import Note, Table
from tests.factories import FormReader, table
from tests.workshop.test_programme_text import PASTED, SEED
from workshop.demo import demo_workshop
from workshop.forms import RESERVED_SLUGS
from workshop.models import Organisation, ProgrammeItem, Question, Round, Workshop

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}
SETUP_PAGE_QUERIES = 14


def setup_url(workshop: Workshop, step: str = "") -> str:
    return f"/fasilitator/{workshop.slug}/oppsett/{step}"


def new_workshop(client: Client, title: str = "Inkludering 2026") -> Workshop:
    response = client.post("/fasilitator/oppsett/nytt/", {"title": title, "date": "2026-10-22", "venue": "Oslo"})
    assert response.status_code == 302, response.content.decode()
    return Workshop.objects.get(title=title)


def test_a_new_workshop_is_a_draft_with_an_address_made_from_its_title(facilitator_client: Client) -> None:
    workshop = new_workshop(facilitator_client, "Inkludering på Østlandet")
    assert workshop.slug == "inkludering-pa-ostlandet"
    assert workshop.status == Workshop.Status.DRAFT
    page = facilitator_client.get(setup_url(workshop))
    assert page.status_code == 200
    assert "Inkludering på Østlandet" in page.content.decode()
    second = new_workshop(facilitator_client, "Inkludering på Østlandet!")
    assert second.slug == "inkludering-pa-ostlandet-2"


def test_the_new_workshop_pages_breadcrumbs_have_no_empty_step(facilitator_client: Client) -> None:
    html = facilitator_client.get("/fasilitator/oppsett/nytt/").content.decode()
    crumbs = html[html.index('<div class="breadcrumbs">'):]
    crumbs = " ".join(crumbs[: crumbs.index("</div>")].split())
    assert "\u203a \u203a" not in crumbs and "Nytt verksted" in crumbs  # no empty step between two arrows


def test_a_taken_address_is_refused_in_plain_norwegian(facilitator_client: Client, workshop: Workshop) -> None:
    response = facilitator_client.post(
        "/fasilitator/oppsett/nytt/", {"title": "Et nytt verksted", "slug": workshop.slug, "date": "2026-10-22"}
    )
    assert response.status_code == 422
    assert "Et annet verksted har denne adressen. Velg en annen." in response.content.decode()


def test_every_page_where_a_workshops_address_would_go_is_an_address_no_workshop_gets(
    facilitator_client: Client,
) -> None:
    # A workshop called "Importer" got the address of the import page, and its live page was hidden.
    words: set[str] = set()

    def walk(patterns: list[Any], prefix: str = "") -> None:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if hasattr(pattern, "url_patterns"):
                walk(pattern.url_patterns, route)
            elif found := re.match(r"fasilitator/([^/<]+)/", route):
                words.add(found[1])

    walk(get_resolver().url_patterns)
    assert {"sok", "importer", "oppsett"} <= words <= RESERVED_SLUGS
    assert new_workshop(facilitator_client, "Importer").slug == "importer-verksted"


def test_organisations_pasted_in_two_cases_are_one(facilitator_client: Client, workshop: Workshop) -> None:
    before = workshop.organisations.count()
    names = "Nav Vest\nNAV VEST\nnav vest\nFylke 1A"
    response = facilitator_client.post(
        setup_url(workshop, "organisasjoner/"), {"names": names, "kind": "state"}, follow=True
    )
    assert workshop.organisations.count() == before + 1
    assert workshop.organisations.filter(name="Nav Vest").exists()
    # The message used to say only "1 organisasjoner er lagt til", as if nothing had been left out.
    assert "1 organisasjon er lagt til. 3 navn fantes fra før, eller sto der to ganger." in response.content.decode()


@pytest.mark.parametrize("title", ["\u202e", "\u200b \u200d", "\u2066\u2069"])
def test_a_title_with_nothing_to_see_is_refused_not_saved_nameless(facilitator_client: Client, title: str) -> None:
    response = facilitator_client.post("/fasilitator/oppsett/nytt/", {"title": title, "date": "2026-10-22"})
    assert response.status_code == 422
    assert "Feltet er påkrevet." in response.content.decode()
    assert not Workshop.objects.exists()


@pytest.mark.parametrize("who", ["anonymous", "participant"])
def test_only_facilitators_may_open_or_post_to_the_set_up_page(
    client: Client, workshop: Workshop, participant: object, who: str
) -> None:
    if who == "participant":
        client.force_login(participant)  # type: ignore[arg-type]
    assert client.get("/fasilitator/oppsett/nytt/").status_code == 403
    assert client.post("/fasilitator/oppsett/nytt/", {"title": "x", "date": "2026-01-01"}).status_code == 403
    assert client.get(setup_url(workshop)).status_code == 403
    for step in ("detaljer/", "program/", "program/lim-inn/", "runder/", "organisasjoner/", "bord/",
                 "bord/plassering/", "mal/"):
        assert client.post(setup_url(workshop, step), {"count": 3, "text": PASTED}).status_code == 403
    assert Workshop.objects.count() == 1


def test_a_pasted_programme_is_previewed_first_then_saved_with_its_rounds(facilitator_client: Client) -> None:
    workshop = new_workshop(facilitator_client)
    preview = facilitator_client.post(setup_url(workshop, "program/lim-inn/"), {"text": PASTED})
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Forhåndsvisning: ingenting er lagret ennå" in html
    # The method as the saved round shows it ("per bord" here and "per gruppe" there, before).
    assert "Runde 2: I: 3 min, G: 30 min, P: 2 min per gruppe" in html
    assert not workshop.programme.exists()

    saved = facilitator_client.post(setup_url(workshop, "program/lim-inn/"), {"text": PASTED, "confirmed": "True"})
    assert saved.status_code == 302
    items = list(workshop.programme.order_by("starts_at", "pk"))
    demo = demo_workshop()
    assert [(item.starts_at.strftime("%H:%M"), item.kind) for item in items] == [
        (item["starts_at"], item["kind"]) for item in demo["programme"]
    ]
    rounds = list(workshop.rounds.order_by("number"))
    assert [
        (r.number, r.individual_minutes, r.group_minutes, r.plenum_minutes, [q.text for q in r.questions.all()])
        for r in rounds
    ] == [
        (r["number"], r["individual_minutes"], r["group_minutes"], r["plenum_minutes"],
         [q["text"] for q in r["questions"]])
        for r in demo["rounds"]
    ]
    assert all(r.programme_item is not None and r.programme_item.kind == "group_work" for r in rounds)


@pytest.mark.skipif(not SEED.exists(), reason="the seed slide deck is not in this checkout")
def test_the_whole_slide_deck_pasted_and_saved_gives_the_rounds_questions_and_the_pitches(
    facilitator_client: Client,
) -> None:
    workshop = new_workshop(facilitator_client)
    deck = SEED.read_text(encoding="utf-8")
    saved = facilitator_client.post(setup_url(workshop, "program/lim-inn/"), {"text": deck, "confirmed": "True"})
    assert saved.status_code == 302

    assert [
        [q.text for q in r.questions.all()] for r in workshop.rounds.order_by("number")
    ] == [[q["text"] for q in r["questions"]] for r in demo_workshop()["rounds"]]
    assert list(workshop.programme.order_by("starts_at", "pk").values_list("kind", flat=True)) == [
        "welcome", "talk", "talk", "group_work", "break", "group_work", "lunch", "pitch", "group_work", "break",
        "pitch", "group_work", "group_work", "closing",
    ]
    agder = workshop.programme.get(kind="pitch", starts_at=datetime.time(12, 45))
    assert [(s.name, s.organisation) for s in agder.speakers.all()] == [("Tore Engelsen", "Agder fylkeskommune")]
    # The desired outcomes and ground rules slides fill the workshop's own fields, which were empty.
    workshop.refresh_from_db()
    assert workshop.desired_outcome_lines()[0] == "Nye ideer og motivasjon til å utvikle egen rolle og praksis."
    assert workshop.ground_rules.splitlines()[1] == "Bruk bordduken"


def test_a_paste_never_writes_over_desired_outcomes_already_written(facilitator_client: Client) -> None:
    workshop = new_workshop(facilitator_client)
    Workshop.objects.filter(pk=workshop.pk).update(desired_outcomes="Våre egne mål")
    text = "Ønsket resultat\n• Fra lysarkene\n09.00 Velkommen\n"
    preview = facilitator_client.post(setup_url(workshop, "program/lim-inn/"), {"text": text}).content.decode()
    assert "Fra lysarkene" in preview and "Verkstedet har allerede ønskede resultater" in preview
    facilitator_client.post(setup_url(workshop, "program/lim-inn/"), {"text": text, "confirmed": "True"})
    workshop.refresh_from_db()
    assert workshop.desired_outcomes == "Våre egne mål"
    assert "maxlength" not in facilitator_client.get(setup_url(workshop)).content.decode()


OUTCOMES_AND_RULES = (
    "Ønsket resultat\n• Nye ideer og motivasjon\n• Nye nettverk\n\nKjøreregler\n• Bruk bordduken\n\n"
    "Program\n09.00 Velkommen\n09.30 IMDi\n"
)


def details_on(page: str) -> dict[str, str]:
    """What "Save the details" sends from `page` (a whole page or the sections an htmx answer swaps in)."""
    section = page[page.index('<section id="details"'):]
    reader = FormReader()
    reader.feed(section[: section.index("</section>")])
    return reader.data


def details_shown_before_a_paste(client: Client) -> tuple[Workshop, dict[str, str]]:
    """A new workshop, and what its Details section showed before a programme with desired outcomes and
    ground rules was pasted."""
    workshop = new_workshop(client)
    shown = details_on(client.get(setup_url(workshop)).content.decode())
    client.post(setup_url(workshop, "program/lim-inn/"), {"text": OUTCOMES_AND_RULES, "confirmed": "True"})
    return workshop, shown


def test_a_pasted_programmes_desired_outcomes_and_rules_show_in_the_details_at_once_and_are_kept_there(
    facilitator_client: Client,
) -> None:
    # The paste wrote them, the Details section was not shown again, and the next "Save the details"
    # (the venue filled in) wrote its empty boxes over both.
    workshop = new_workshop(facilitator_client)
    saved = facilitator_client.post(
        setup_url(workshop, "program/lim-inn/"), {"text": OUTCOMES_AND_RULES, "confirmed": "True"}, headers=HTMX
    ).content.decode()
    shown = details_on(saved)
    assert shown["desired_outcomes"] == "Nye ideer og motivasjon\nNye nettverk"
    assert shown["ground_rules"] == "Bruk bordduken"

    response = facilitator_client.post(setup_url(workshop, "detaljer/"), {**shown, "venue": "Bodø"}, headers=HTMX)
    assert response.status_code == 200
    assert "Opplysningene er lagret." in response.content.decode()
    workshop.refresh_from_db()
    assert (workshop.venue, workshop.desired_outcomes, workshop.ground_rules) == (
        "Bodø", "Nye ideer og motivasjon\nNye nettverk", "Bruk bordduken"
    )


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_saving_the_details_from_a_page_that_showed_them_before_the_paste_writes_only_what_was_changed(
    facilitator_client: Client, headers: dict[str, str]
) -> None:
    # A second tab, or a page swapped in before the paste: its empty boxes are not a change made on it.
    workshop, shown = details_shown_before_a_paste(facilitator_client)

    response = facilitator_client.post(setup_url(workshop, "detaljer/"), {**shown, "venue": "Bodø"}, headers=headers)
    assert response.status_code in (200, 302)
    workshop.refresh_from_db()
    assert (workshop.venue, workshop.desired_outcomes, workshop.ground_rules) == (
        "Bodø", "Nye ideer og motivasjon\nNye nettverk", "Bruk bordduken"
    )
    page = facilitator_client.get(setup_url(workshop)).content.decode()
    assert details_on(page)["desired_outcomes"] == "Nye ideer og motivasjon\nNye nettverk"


def test_a_detail_changed_on_the_page_and_elsewhere_since_is_refused_with_a_message_not_written_over(
    facilitator_client: Client,
) -> None:
    workshop, shown = details_shown_before_a_paste(facilitator_client)

    response = facilitator_client.post(
        setup_url(workshop, "detaljer/"), {**shown, "desired_outcomes": "Mine egne mål"}, headers=HTMX
    )
    assert response.status_code == 422
    assert "Dette er endret et annet sted etter at siden viste det" in response.content.decode()
    workshop.refresh_from_db()
    assert workshop.desired_outcomes == "Nye ideer og motivasjon\nNye nettverk"


def test_details_sent_without_what_the_page_showed_are_saved_as_sent(facilitator_client: Client) -> None:
    # A page from before the details carried what they showed, or a script: every field as sent, as before.
    workshop = new_workshop(facilitator_client)
    Workshop.objects.filter(pk=workshop.pk).update(ground_rules="Bruk bordduken")
    response = facilitator_client.post(
        setup_url(workshop, "detaljer/"), {"title": workshop.title, "slug": workshop.slug, "date": "2026-10-22"}
    )
    assert response.status_code == 302
    workshop.refresh_from_db()
    assert (workshop.venue, workshop.ground_rules) == ("", "")


def test_a_paste_saved_twice_or_pasted_again_adds_each_item_once(facilitator_client: Client) -> None:
    workshop = new_workshop(facilitator_client)
    paste = setup_url(workshop, "program/lim-inn/")
    facilitator_client.post(paste, {"text": PASTED, "confirmed": "True"})
    counts = (workshop.programme.count(), workshop.rounds.count(), Question.objects.count())

    # A double click on Save, then the same programme pasted again with one item more.
    facilitator_client.post(paste, {"text": PASTED, "confirmed": "True"})
    again = PASTED + "\n16.00 Middag"
    preview = facilitator_client.post(paste, {"text": again}).content.decode()
    assert preview.count("I programmet allerede: legges ikke til igjen") == counts[0]
    saved = facilitator_client.post(paste, {"text": again, "confirmed": "True"}, follow=True).content.decode()

    # "15.00 Slutt" ends the first paste; followed by an item, it is one too: two are new.
    assert "2 programpunkter og 0 runder er lagt til. De andre var i programmet allerede." in saved
    assert (workshop.programme.count(), workshop.rounds.count(), Question.objects.count()) == (
        counts[0] + 2, counts[1], counts[2]
    )
    assert workshop.programme.filter(title="Middag").exists()


def preview_rounds(html: str) -> list[str]:
    """The preview's rounds as it shows them: "Runde 3: I: 3 min, ...", and a remark if it has one."""
    return [" ".join(re.sub(r"<[^>]+>", " ", found).split())
            for found in re.findall(r'<div class="preview-round">(.*?)<ol>', html, re.DOTALL)]


def test_a_paste_into_a_copied_workshop_previews_the_round_numbers_it_saves_and_points_out_look_alikes(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # Last year's workshop copied as a template, this year's slides pasted: the preview said "Runde 1" and
    # "Runde 2", the save made rounds 3 and 4, one of them a second "Runde 1", without a word.
    facilitator_client.post(setup_url(workshop, "mal/"), {"copy-title": "Neste år", "copy-date": "2026-10-01"})
    copy = Workshop.objects.get(title="Neste år")
    text = (
        "10.00 Runde 1\n• Spørsmål 1.1\n• Spørsmål 1.2\nI: 3 min, G: 30 min, P: 2 min pr gruppe\n"
        "13.00 Gruppearbeid: Samarbeid på tvers\n• Spørsmål 2.1\n• Spørsmål 2.2\n"
        "14.00 Gruppearbeid: Hva gjør vi hjemme?\n• Hvem gjør hva?\n"
    )
    html = facilitator_client.post(setup_url(copy, "program/lim-inn/"), {"text": text}).content.decode()

    assert "Verkstedet har allerede 2 runder: de innlimte rundene nummereres etter dem." in html
    assert preview_rounds(html) == [
        "Runde 3: I: 3 min, G: 30 min, P: 2 min per gruppe "
        "Verkstedet har allerede en lignende runde: runde 1, «Runde 1». Lagrer du, legges også denne til.",
        "Runde 4 Verkstedet har allerede en lignende runde: runde 2, «Runde 2». Lagrer du, legges også denne til.",
        "Runde 5",
    ]
    facilitator_client.post(setup_url(copy, "program/lim-inn/"), {"text": text, "confirmed": "True"})
    assert list(copy.rounds.order_by("number").values_list("number", "title")) == [
        (1, "Runde 1"), (2, "Runde 2"), (3, "Runde 1"), (4, "Gruppearbeid: Samarbeid på tvers"),
        (5, "Gruppearbeid: Hva gjør vi hjemme?"),
    ]


def test_a_round_already_in_the_programme_is_previewed_without_a_number_it_will_not_get(
    facilitator_client: Client, workshop: Workshop
) -> None:
    html = facilitator_client.post(
        setup_url(workshop, "program/lim-inn/"), {"text": "11.00 Runde 1\n• Spørsmål 1.1\n14.00 Runde 3\n"}
    ).content.decode()
    assert preview_rounds(html) == ["Runde", "Runde 3"]


def test_an_item_the_slides_show_twice_is_added_once(facilitator_client: Client) -> None:
    workshop = new_workshop(facilitator_client)
    text = "09.00 Velkommen\n10.45 Pause\n11.00 Foredrag\n10.45  pause\n"
    facilitator_client.post(setup_url(workshop, "program/lim-inn/"), {"text": text, "confirmed": "True"})
    assert list(workshop.programme.order_by("starts_at").values_list("title", flat=True)) == [
        "Velkommen", "Pause", "Foredrag"
    ]


def test_lines_the_paste_does_not_understand_are_listed_in_the_preview(facilitator_client: Client) -> None:
    workshop = new_workshop(facilitator_client)
    text = (
        "09.00 Velkommen\nHer er en linje som ikke hører hjemme\n10.00 Gruppearbeid runde 1\n"
        "• Hva gjør vi?\nI: 3 min"
    )
    html = facilitator_client.post(setup_url(workshop, "program/lim-inn/"), {"text": text}).content.decode()
    assert "Linjer som ikke ble brukt" in html
    assert "Her er en linje som ikke hører hjemme" in html


def test_lines_read_but_not_as_written_are_listed_in_the_preview_and_not_called_understood(
    facilitator_client: Client,
) -> None:
    # The preview said "Alle linjene ble forstått." for ends before their starts, saved as written (each item's
    # edit was then refused), and for a title of 365 and a question of 569 characters silently cut to fit.
    workshop = new_workshop(facilitator_client)
    long_title = ("Hvordan samarbeider vi " * 20)[:364] + "?"
    long_question = ("Hva gjør vi sammen " * 40)[:568] + "?"
    text = (
        f"09.00 Velkommen\n11.00-10.30 Lunsj\n12.00-12.00 Pause\n13.00 - 9 Gruppearbeid: Omvendt\n"
        f"14.00 {long_title}\n• {long_question}\n"
    )
    assert (len(long_title), len(long_question)) == (365, 569)
    html = facilitator_client.post(setup_url(workshop, "program/lim-inn/"), {"text": text}).content.decode()

    assert "Alle linjene ble forstått." not in html
    assert "Linjer som ble lest, men ikke slik de står" in html
    ends = "Slutten er ikke etter starten, så punktet får ikke noe sluttidspunkt."
    cut = "For lang for feltet sitt: teksten er forkortet og slutter med «…»."
    for number, line in ((2, "11.00-10.30 Lunsj"), (3, "12.00-12.00 Pause"), (4, "13.00 - 9 Gruppearbeid: Omvendt")):
        assert re.search(rf"linje {number}:</span> {re.escape(line)}\s*<br>{ends}", html)
    assert re.search(rf"linje 5:</span> 14.00 Hvordan samarbeider vi [^<]*…\s*<br>{cut}", html)
    assert re.search(rf"linje 6:</span> • Hva gjør vi sammen [^<]*…\s*<br>{cut}", html)

    facilitator_client.post(setup_url(workshop, "program/lim-inn/"), {"text": text, "confirmed": "True"})
    lunch = workshop.programme.get(title="Lunsj")
    assert lunch.ends_at is None
    edited = facilitator_client.post(
        setup_url(workshop, f"program/{lunch.pk}/"),
        {f"item-{lunch.pk}-starts_at": "11.00", f"item-{lunch.pk}-title": "Lunsj og mingling",
         f"item-{lunch.pk}-kind": "lunch"},
    )
    assert edited.status_code == 302
    assert workshop.programme.filter(title="Lunsj og mingling", ends_at=None).exists()


def test_a_preview_of_lines_all_read_as_written_says_every_line_was_understood(facilitator_client: Client) -> None:
    workshop = new_workshop(facilitator_client)
    html = facilitator_client.post(
        setup_url(workshop, "program/lim-inn/"), {"text": "09.00 Velkommen\n10.45-11.00 Pause\n"}
    ).content.decode()
    assert "Alle linjene ble forstått." in html
    assert "Linjer som ble lest, men ikke slik de står" not in html


def test_a_paste_without_any_time_is_refused_with_a_message(facilitator_client: Client) -> None:
    workshop = new_workshop(facilitator_client)
    response = facilitator_client.post(setup_url(workshop, "program/lim-inn/"), {"text": "Bare tekst"}, headers=HTMX)
    assert response.status_code == 422
    assert "Ingen linje starter med et klokkeslett" in response.content.decode()


@pytest.mark.parametrize("typed", ["9", "09.00", "9:00", "0900", "9.00", "kl. 9"])
def test_times_are_accepted_as_norwegians_type_them(facilitator_client: Client, typed: str) -> None:
    workshop = new_workshop(facilitator_client)
    response = facilitator_client.post(
        setup_url(workshop, "program/"),
        {"item-new-starts_at": typed, "item-new-ends_at": "0930", "item-new-title": "Velkommen",
         "item-new-kind": "welcome", "item-new-speakers": "Marit Mellingen, leder, Distriktssenteret"},
    )
    assert response.status_code == 302
    item = workshop.programme.get()
    assert (item.starts_at, item.ends_at) == (datetime.time(9), datetime.time(9, 30))
    assert str(item.speakers.get()) == "Marit Mellingen, leder, Distriktssenteret"
    page = facilitator_client.get(setup_url(workshop)).content.decode()
    assert 'value="09.00"' in page


def test_a_time_that_is_not_a_time_is_refused_in_norwegian(facilitator_client: Client) -> None:
    workshop = new_workshop(facilitator_client)
    response = facilitator_client.post(
        setup_url(workshop, "program/"),
        {"item-new-starts_at": "25.00", "item-new-title": "Velkommen", "item-new-kind": "welcome"}, headers=HTMX,
    )
    assert response.status_code == 422
    assert "Skriv klokkeslettet som 09.00, 9:00, 0900 eller 9." in response.content.decode()
    assert not workshop.programme.exists()


def test_create_eight_tables_in_one_step_labelled_group_n(facilitator_client: Client) -> None:
    workshop = new_workshop(facilitator_client)
    assert facilitator_client.post(setup_url(workshop, "bord/"), {"count": 8}).status_code == 302
    tables = list(workshop.tables.order_by("number"))
    assert [table.number for table in tables] == list(range(1, 9))
    assert tables[0].label == "Gruppe 1"
    assert len({table.join_code for table in tables}) == 8
    facilitator_client.post(setup_url(workshop, "bord/"), {"count": 8})  # a repeat adds nothing
    assert workshop.tables.count() == 8


def test_organisations_are_added_at_once_and_seated_in_one_grid(facilitator_client: Client) -> None:
    workshop = new_workshop(facilitator_client)
    facilitator_client.post(setup_url(workshop, "bord/"), {"count": 2})
    facilitator_client.post(
        setup_url(workshop, "organisasjoner/"), {"names": "Agder\nTelemark\nIMDi\nAgder", "kind": "county"}
    )
    agder, imdi, telemark = workshop.organisations.order_by("name")
    assert [o.name for o in (agder, imdi, telemark)] == ["Agder", "IMDi", "Telemark"]
    one, two = workshop.tables.order_by("number")
    response = facilitator_client.post(
        setup_url(workshop, "bord/plassering/"),
        {f"table-{one.pk}": [agder.pk, imdi.pk], f"table-{two.pk}": [telemark.pk]}, headers=HTMX,
    )
    assert response.status_code == 200
    assert set(one.organisations.all()) == {agder, imdi} and list(two.organisations.all()) == [telemark]
    assert f'name="table-{one.pk}" value="{agder.pk}" aria-label="Gruppe 1: Agder" checked' in response.content.decode()


def test_the_grid_refuses_another_workshops_organisation(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    table = workshop.tables.get(number=1)
    before = set(table.organisations.all())
    stranger = other_workshop.organisations.first()
    assert stranger is not None
    response = facilitator_client.post(setup_url(workshop, "bord/plassering/"), {f"table-{table.pk}": [stranger.pk]})
    assert response.status_code == 422
    assert set(table.organisations.all()) == before


def test_a_tick_for_an_organisation_deleted_since_the_page_was_loaded_says_why_the_grid_was_not_saved(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # It was a 422 without a word.
    table = workshop.tables.get(number=1)
    gone = Organisation.objects.create(workshop=workshop, name="Slettes snart")
    gone_pk = gone.pk
    gone.delete()
    response = facilitator_client.post(
        setup_url(workshop, "bord/plassering/"), {f"table-{table.pk}": [gone_pk]}, headers=HTMX
    )
    assert response.status_code == 422
    assert "Organisasjonene er endret etter at siden ble lastet" in response.content.decode()


def test_a_round_offers_only_this_workshops_group_work(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    round_ = workshop.rounds.get(number=1)
    theirs = other_workshop.programme.filter(kind="group_work").first()
    assert theirs is not None
    response = facilitator_client.post(
        setup_url(workshop, "runder/1/"),
        {"round-1-title": "Ny tittel", "round-1-programme_item": theirs.pk, "round-1-individual_minutes": 1,
         "round-1-group_minutes": 2, "round-1-plenum_minutes": 3, "round-1-questions": "Hva?"},
        headers=HTMX,
    )
    assert response.status_code == 422
    round_.refresh_from_db()
    assert round_.title == "Runde 1" and round_.programme_item != theirs


def test_a_round_is_edited_with_its_questions_in_one_form(facilitator_client: Client, workshop: Workshop) -> None:
    round_ = workshop.rounds.get(number=1)
    kept = round_.questions.get(order=1)
    response = facilitator_client.post(
        setup_url(workshop, "runder/1/"),
        {"round-1-title": "Samarbeid", "round-1-individual_minutes": 2, "round-1-group_minutes": 25,
         "round-1-plenum_minutes": 0, "round-1-questions": "Hva gjør vi?\nHvem gjør det?\nNår?"},
        headers=HTMX,
    )
    assert response.status_code == 200
    assert 'id="rounds"' in response.content.decode()
    assert 'hx-swap-oob="true"' in response.content.decode()  # the programme comes along
    round_.refresh_from_db()
    assert (round_.title, round_.individual_minutes, round_.group_minutes) == ("Samarbeid", 2, 25)
    assert [q.text for q in round_.questions.all()] == ["Hva gjør vi?", "Hvem gjør det?", "Når?"]
    assert round_.questions.get(order=1).pk == kept.pk  # notes answering it stay with it


def test_removing_a_question_line_keeps_the_other_questions_notes_and_summaries_with_them(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # Questions were kept by place: removing the first line moved the second's notes and summary to
    # the third, and the last question (with its notes' answers) was deleted.
    round_ = workshop.rounds.get(number=1)
    first, second = round_.questions.order_by("order")
    second.summary = "Samarbeid på tvers."
    second.save()
    answer = Note.objects.create(workshop=workshop, table=table(workshop, 1), round=round_, question=second,
                                 text="Vi samarbeider med kommunene.")
    data = {"round-1-title": round_.title, "round-1-individual_minutes": 0, "round-1-group_minutes": 0,
            "round-1-plenum_minutes": 0}
    response = facilitator_client.post(
        setup_url(workshop, "runder/1/"), {**data, "round-1-questions": f"{second.text}\nEt nytt spørsmål"}
    )
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.question is not None
    assert (answer.question.pk, answer.question.text, answer.question.order) == (second.pk, second.text, 1)
    assert answer.question.summary == "Samarbeid på tvers."
    assert not round_.questions.filter(pk=first.pk).exists()
    assert list(round_.questions.values_list("text", flat=True)) == [second.text, "Et nytt spørsmål"]


@pytest.mark.parametrize("minutes", [601, 5_000_000_000])
def test_a_phase_longer_than_600_minutes_is_refused_and_the_timer_keeps_working(
    facilitator_client: Client, workshop: Workshop, minutes: int
) -> None:
    # The form said 600 and saved any number: 5,000,000,000 made the live page and the timer a server error.
    response = facilitator_client.post(
        setup_url(workshop, "runder/1/"),
        {"round-1-title": "Samarbeid", "round-1-individual_minutes": minutes, "round-1-group_minutes": 25,
         "round-1-plenum_minutes": 0, "round-1-questions": "Hva gjør vi?"},
    )
    assert response.status_code == 422
    assert "Verdien må være mindre enn eller lik 600." in response.content.decode()
    assert workshop.rounds.get(number=1).individual_minutes != minutes
    facilitator_client.post(f"/fasilitator/{workshop.slug}/timer/start/")
    assert facilitator_client.get(f"/fasilitator/{workshop.slug}/timer/").status_code == 200
    assert facilitator_client.get(f"/fasilitator/{workshop.slug}/").status_code == 200


@pytest.mark.parametrize("name", ["Trøndelag", "TRØNDELAG"])
def test_renaming_an_organisation_to_a_name_the_workshop_has_is_a_form_error(
    facilitator_client: Client, workshop: Workshop, name: str
) -> None:
    # The same name was a server error (the database refused it); another case was saved as a second.
    Organisation.objects.create(workshop=workshop, name="Trøndelag")
    renamed = Organisation.objects.create(workshop=workshop, name="Agder fylkeskommune")
    prefix = f"organisation-{renamed.pk}"
    response = facilitator_client.post(
        setup_url(workshop, f"organisasjoner/{renamed.pk}/"), {f"{prefix}-name": name, f"{prefix}-kind": "county"}
    )
    assert response.status_code == 422
    assert f"Verkstedet har allerede en organisasjon som heter «{name}»." in response.content.decode()
    renamed.refresh_from_db()
    assert renamed.name == "Agder fylkeskommune"


def test_a_list_of_names_with_nothing_to_see_adds_no_invisible_organisation(
    facilitator_client: Client, workshop: Workshop
) -> None:
    before = workshop.organisations.count()
    response = facilitator_client.post(
        setup_url(workshop, "organisasjoner/"), {"names": "\u200b\u200b\n\u2060", "kind": "state"}
    )
    assert response.status_code == 422
    assert workshop.organisations.count() == before


def test_a_round_with_notes_is_not_deleted_from_the_set_up_page(facilitator_client: Client) -> None:
    from tests.factories import build_workshop

    workshop = build_workshop(slug="med-notater", notes_per_table=2)
    facilitator_client.post(setup_url(workshop, "runder/1/slett/"))
    assert workshop.rounds.filter(number=1).exists()
    facilitator_client.post(setup_url(workshop, "runder/2/slett/"))
    assert not workshop.rounds.filter(number=2).exists()


def test_use_as_template_makes_a_draft_copy_and_opens_its_set_up(
    facilitator_client: Client, workshop: Workshop
) -> None:
    response = facilitator_client.post(
        setup_url(workshop, "mal/"), {"copy-title": "Neste år", "copy-date": "2026-10-01"}
    )
    copy = Workshop.objects.get(title="Neste år")
    assert response.status_code == 302 and response["Location"] == setup_url(copy)
    assert copy.status == Workshop.Status.DRAFT
    assert copy.tables.count() == workshop.tables.count()
    assert not copy.notes.exists()


def test_the_set_up_page_runs_a_fixed_number_of_queries(
    facilitator_client: Client, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    from tests.factories import build_workshop

    for slug, tables in (("liten", 2), ("stor", 12)):
        workshop = build_workshop(slug=slug, tables=tables)
        facilitator_client.get(setup_url(workshop))
        with django_assert_num_queries(SETUP_PAGE_QUERIES):
            assert facilitator_client.get(setup_url(workshop)).status_code == 200


def test_nothing_here_can_reach_another_workshops_parts(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    their_item = other_workshop.programme.first()
    their_organisation = other_workshop.organisations.first()
    assert their_item is not None and their_organisation is not None
    for step in (f"program/{their_item.pk}/", f"program/{their_item.pk}/slett/",
                 f"organisasjoner/{their_organisation.pk}/"):
        assert facilitator_client.post(setup_url(workshop, step), {}).status_code in (404, 302)
    facilitator_client.post(setup_url(workshop, f"organisasjoner/{their_organisation.pk}/slett/"))
    assert ProgrammeItem.objects.filter(pk=their_item.pk).exists()
    assert Organisation.objects.filter(pk=their_organisation.pk).exists()
    assert Round.objects.filter(workshop=other_workshop).count() == 2
    assert Table.objects.filter(workshop=other_workshop).count() == 1


def test_a_programme_items_description_has_a_limit_as_every_other_text_has(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # 100,000 characters were saved.
    before = workshop.programme.count()
    data = {"item-new-starts_at": "09.00", "item-new-title": "Velkommen", "item-new-kind": "talk"}
    long = facilitator_client.post(setup_url(workshop, "program/"), {**data, "item-new-description": "x" * 4001})
    assert long.status_code == 422
    assert "Sørg for at denne verdien har 4000 eller færre tegn (den har nå 4001)." in long.content.decode()
    assert workshop.programme.count() == before
    fits = facilitator_client.post(setup_url(workshop, "program/"), {**data, "item-new-description": "x" * 4000})
    assert fits.status_code == 302
    assert workshop.programme.count() == before + 1


def form_key(page: str, prefix: str) -> str:
    """The key the page gave its form for adding a programme item or a round."""
    return form_key_of(page, f"{prefix}-client_id")


def sent_twice(
    client: Client, url: str, data: dict[str, Any], headers: dict[str, str] | None = None
) -> tuple[Response, Response]:
    """The answers to one form sent twice: a double click without JavaScript, or a retry after a lost answer."""
    return client.post(url, data, headers=headers), client.post(url, data, headers=headers)


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_adding_a_programme_item_twice_from_the_same_form_adds_it_once(
    facilitator_client: Client, headers: dict[str, str]
) -> None:
    # A double click without JavaScript, or a retry after a lost answer, made a second "Velkommen".
    workshop = new_workshop(facilitator_client)
    key = form_key(facilitator_client.get(setup_url(workshop)).content.decode(), "item-new")
    data = {"item-new-starts_at": "09.00", "item-new-title": "Velkommen", "item-new-kind": "welcome",
            "item-new-speakers": "Marit Mellingen, leder, Distriktssenteret", "item-new-client_id": key}
    first, again = sent_twice(facilitator_client, setup_url(workshop, "program/"), data, headers)
    assert first.status_code == again.status_code
    assert list(workshop.programme.values_list("title", flat=True)) == ["Velkommen"]
    assert [str(speaker) for speaker in workshop.programme.get().speakers.all()] == [
        "Marit Mellingen, leder, Distriktssenteret"
    ]

    # The page's next form is a new one: the same item added from it on purpose is a second item.
    page = facilitator_client.get(setup_url(workshop)).content.decode()
    assert form_key(page, "item-new") != key
    facilitator_client.post(setup_url(workshop, "program/"), {**data, "item-new-client_id": form_key(page, "item-new")})
    assert workshop.programme.count() == 2


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_adding_a_round_twice_from_the_same_form_adds_it_once(
    facilitator_client: Client, headers: dict[str, str]
) -> None:
    workshop = new_workshop(facilitator_client)
    key = form_key(facilitator_client.get(setup_url(workshop)).content.decode(), "round-new")
    data = {"round-new-title": "Hva gjør vi?", "round-new-questions": "Hvem?\nHvordan?",
            "round-new-individual_minutes": 3, "round-new-group_minutes": 30, "round-new-plenum_minutes": 2,
            "round-new-client_id": key}
    first, again = sent_twice(facilitator_client, setup_url(workshop, "runder/"), data, headers)
    assert first.status_code == again.status_code
    assert [(round_.number, round_.title) for round_ in workshop.rounds.all()] == [(1, "Hva gjør vi?")]
    assert list(Question.objects.values_list("text", flat=True).order_by("order")) == ["Hvem?", "Hvordan?"]


def test_another_workshops_form_key_adds_a_round_of_its_own(facilitator_client: Client, workshop: Workshop) -> None:
    # Only a repeat in the same workshop is a repeat: a key already used elsewhere adds, and no 500.
    mine = new_workshop(facilitator_client)
    key = form_key(facilitator_client.get(setup_url(workshop)).content.decode(), "round-new")
    data = {"round-new-title": "Runde", "round-new-individual_minutes": 0, "round-new-group_minutes": 0,
            "round-new-plenum_minutes": 0, "round-new-client_id": key}
    before = workshop.rounds.count()
    assert facilitator_client.post(setup_url(workshop, "runder/"), data).status_code == 302
    assert facilitator_client.post(setup_url(mine, "runder/"), data).status_code == 302
    assert (workshop.rounds.count(), mine.rounds.count()) == (before + 1, 1)


@pytest.mark.parametrize("slug", ["", "dobbelt"], ids=["address from the title", "address typed"])
def test_a_new_workshops_form_sent_twice_makes_one_workshop(facilitator_client: Client, slug: str) -> None:
    # A reload that posted again made "dobbeltklikk" and "dobbeltklikk-2".
    page = facilitator_client.get("/fasilitator/oppsett/nytt/").content.decode()
    data = {"title": "Dobbeltklikk", "slug": slug, "date": "2026-10-22", "client_id": form_key_of(page, "client_id")}
    first, again = sent_twice(facilitator_client, "/fasilitator/oppsett/nytt/", data)
    made = Workshop.objects.get(title="Dobbeltklikk")
    assert first["Location"] == again["Location"] == f"{setup_url(made)}#programme"


def test_use_as_template_sent_twice_makes_one_copy(facilitator_client: Client, workshop: Workshop) -> None:
    key = form_key_of(facilitator_client.get(setup_url(workshop)).content.decode(), "copy-client_id")
    data = {"copy-title": "Neste år", "copy-date": "2026-10-01", "copy-client_id": key}
    first = facilitator_client.post(setup_url(workshop, "mal/"), data)
    again = facilitator_client.post(setup_url(workshop, "mal/"), data, headers=HTMX)
    copy = Workshop.objects.get(title="Neste år")
    assert first["Location"] == again["HX-Redirect"] == setup_url(copy)


def form_key_of(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([0-9a-f-]+)"', page)
    assert found, f"no {name} in the form"
    return found.group(1)


def test_the_set_up_pages_labels_start_with_a_capital_letter(facilitator_client: Client, workshop: Workshop) -> None:
    # "tittel:", "dato:" and "type:" stood among "Tittel:" and "Antall bord:".
    labels = re.findall(r"<label[^>]*>([^<]+)</label>", facilitator_client.get(setup_url(workshop)).content.decode())
    assert {"Tittel:", "Dato:", "Type:"} <= set(labels)
    assert sorted({label for label in labels if label[0].islower()}) == []


def test_a_programme_item_saved_unchanged_keeps_its_speakers_and_a_role_may_hold_commas(
    facilitator_client: Client,
) -> None:
    # Saved unchanged, "Benedicte Hollen, Avdelingsleder, Avdeling kvalifisering og arbeidsliv, IMDi" was
    # read back as role "Avdelingsleder" and organisation "Avdeling kvalifisering og arbeidsliv, IMDi".
    workshop = new_workshop(facilitator_client)
    item = ProgrammeItem.objects.create(
        workshop=workshop, starts_at=datetime.time(9), title="Velkommen", kind="welcome"
    )
    item.speakers.create(
        name="Benedicte Hollen", role="Avdelingsleder, Avdeling kvalifisering og arbeidsliv", organisation="IMDi",
        order=0,
    )
    item.speakers.create(name="Kari Nordmann", organisation="Troms, Finnmark og Svalbard", order=1)
    page = facilitator_client.get(setup_url(workshop)).content.decode()
    shown = re.search(rf'name="item-{item.pk}-speakers"[^>]*>\n?([^<]*)</textarea>', page)
    assert shown, "no speaker lines in the form"
    before = [(s.name, s.role, s.organisation) for s in item.speakers.all()]

    def save(speakers: str) -> None:
        response = facilitator_client.post(
            setup_url(workshop, f"program/{item.pk}/"),
            {f"item-{item.pk}-starts_at": "09.00", f"item-{item.pk}-title": "Velkommen",
             f"item-{item.pk}-kind": "welcome", f"item-{item.pk}-speakers": speakers},
        )
        assert response.status_code == 302

    save(shown.group(1).replace("\n", "\r\n"))  # as a browser sends a textarea
    assert [(s.name, s.role, s.organisation) for s in item.speakers.all()] == before

    save("Benedicte Hollen, Avdelingsleder, Avdeling kvalifisering og arbeidsliv, IMDi\r\nOla Nordmann, IMDi")
    assert [(s.name, s.role, s.organisation) for s in item.speakers.all()] == [
        ("Benedicte Hollen", "Avdelingsleder, Avdeling kvalifisering og arbeidsliv", "IMDi"),
        ("Ola Nordmann", "", "IMDi"),
    ]


def talk_with_notes(workshop: Workshop, *, deleted: bool = False) -> ProgrammeItem:
    """The workshop's talk, with two notes a facilitator took during it (the second deleted, if asked)."""
    talk = workshop.programme.get(kind="talk")
    Note.objects.create(workshop=workshop, programme_item=talk, text="Tall fra IMDi om bosetting.")
    later = Note.objects.create(workshop=workshop, programme_item=talk, text="Spørsmål om kvalifisering.")
    if deleted:
        Note.everything.filter(pk=later.pk).update(deleted_at=later.created_at)
    return talk


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_a_talk_with_notes_is_not_deleted_from_the_set_up_page_and_the_page_says_why(
    facilitator_client: Client, workshop: Workshop, headers: dict[str, str]
) -> None:
    # Deleting a programme item deleted every note taken during the talk, even in a published report.
    talk = talk_with_notes(workshop)
    response = facilitator_client.post(setup_url(workshop, f"program/{talk.pk}/slett/"), headers=headers)
    assert response.status_code == 409
    assert "«IMDi» har notater og blir ikke slettet." in response.content.decode()
    assert "Programpunktet er slettet." not in response.content.decode()
    assert ProgrammeItem.objects.filter(pk=talk.pk).exists()
    assert Note.everything.filter(programme_item=talk).count() == 2


def test_a_talk_or_round_whose_only_notes_are_deleted_is_kept_as_they_can_be_brought_back(
    facilitator_client: Client, workshop: Workshop
) -> None:
    talk = talk_with_notes(workshop, deleted=True)
    Note.objects.filter(pk__in=Note.objects.filter(programme_item=talk).values("pk")).delete()
    round_two = workshop.rounds.get(number=2)
    gone = Note.objects.create(workshop=workshop, table=table(workshop, 1), round=round_two, text="Angret snart")
    Note.everything.filter(pk=gone.pk).update(deleted_at=gone.created_at)

    item = facilitator_client.post(setup_url(workshop, f"program/{talk.pk}/slett/"))
    round_ = facilitator_client.post(setup_url(workshop, "runder/2/slett/"))
    assert (item.status_code, round_.status_code) == (409, 409)
    assert "Runde 2 har notater og blir ikke slettet." in round_.content.decode()
    assert ProgrammeItem.objects.filter(pk=talk.pk).exists() and workshop.rounds.filter(number=2).exists()
    assert Note.everything.filter(programme_item=talk).count() == 1
    assert Note.everything.filter(round=round_two).count() == 1


def test_a_programme_item_without_notes_is_still_deleted(facilitator_client: Client, workshop: Workshop) -> None:
    talk = workshop.programme.get(kind="talk")
    response = facilitator_client.post(setup_url(workshop, f"program/{talk.pk}/slett/"), follow=True)
    assert "Programpunktet er slettet." in response.content.decode()
    assert not ProgrammeItem.objects.filter(pk=talk.pk).exists()


def test_the_admin_and_plain_code_cannot_delete_a_talk_with_notes_but_its_workshop_goes_whole(
    facilitator_client: Client, workshop: Workshop
) -> None:
    from django.db.models import RestrictedError

    talk = talk_with_notes(workshop, deleted=True)
    delete_page = f"/admin/workshop/programmeitem/{talk.pk}/delete/"
    page = facilitator_client.get(delete_page).content.decode()
    assert "krever sletting av følgende beskyttede relaterte objekter" in page
    assert "Et programpunkt med notater blir ikke slettet, og ingenting er slettet." in page
    facilitator_client.post(delete_page, {"post": "yes"})
    with pytest.raises(RestrictedError):
        ProgrammeItem.objects.get(pk=talk.pk).delete()
    assert Note.everything.filter(programme_item=talk).count() == 2

    # Deleting the whole workshop (the admin; a restore that replaces it) still takes everything with it.
    response = facilitator_client.post(f"/admin/workshop/workshop/{workshop.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Workshop.objects.filter(pk=workshop.pk).exists()
    assert not Note.everything.exists() and not ProgrammeItem.objects.exists()


def test_the_round_the_tables_are_in_is_not_deleted_while_the_day_runs(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # Deleted, it left the day running in no round: every host read that no round had started.
    Workshop.objects.filter(pk=workshop.pk).update(status=Workshop.Status.DRAFT, current_round=None)
    facilitator_client.post(f"/fasilitator/{workshop.slug}/neste-runde/", {"from_round": ""})
    round_one = workshop.rounds.get(number=1)
    workshop.refresh_from_db()
    assert (workshop.status, workshop.current_round) == (Workshop.Status.RUNNING, round_one)

    for headers in ({}, HTMX):
        response = facilitator_client.post(setup_url(workshop, "runder/1/slett/"), headers=headers)
        assert response.status_code == 409
        assert (
            "Runde 1 er runden bordene er i nå, og blir ikke slettet. Flytt dagen til en annen runde i "
            "direkteoversikten først, eller avslutt dagen."
        ) in response.content.decode()
    workshop.refresh_from_db()
    assert workshop.current_round == round_one
    host_page = facilitator_client.get(table(workshop, 1).get_absolute_url()).content.decode()
    assert "Spørsmål 1.1" in host_page and "Ingen runde har startet ennå." not in host_page

    # Another round goes as before, and so does this one once the day is ended.
    assert facilitator_client.post(setup_url(workshop, "runder/2/slett/")).status_code == 302
    workshop.end_day()
    assert facilitator_client.post(setup_url(workshop, "runder/1/slett/")).status_code == 302
    assert not workshop.rounds.exists()


@pytest.mark.parametrize("button", ["neste-runde", "forrige-runde"])
def test_a_round_button_on_a_live_page_opened_before_its_round_was_deleted_says_so(
    facilitator_client: Client, workshop: Workshop, button: str
) -> None:
    # The live page, opened in round 1; the day moves to round 2 and round 1 (no notes) is deleted.
    round_one, round_two = workshop.rounds.order_by("number")
    facilitator_client.post(f"/fasilitator/{workshop.slug}/neste-runde/", {"from_round": round_one.pk})
    assert facilitator_client.post(setup_url(workshop, "runder/1/slett/")).status_code == 302
    # Its button was a bare "Den runden hører ikke til dette verkstedet." as plain text.
    response = facilitator_client.post(f"/fasilitator/{workshop.slug}/{button}/", {"from_round": round_one.pk})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert "<h1>Siden var utdatert</h1>" in html
    assert "Runden som siden viste, ble slettet etter at siden ble åpnet" in html and "Ingenting ble endret." in html
    assert f'href="/fasilitator/{workshop.slug}/"' in html
    workshop.refresh_from_db()
    assert workshop.current_round == round_two


def test_a_rounds_group_work_cannot_be_made_a_talk_so_the_round_keeps_its_place_in_the_programme(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # Made a talk, the item was no longer among round 1's choices, and the round's next save unlinked it.
    item = workshop.rounds.get(number=1).programme_item
    assert item is not None
    prefix = f"item-{item.pk}"
    response = facilitator_client.post(
        setup_url(workshop, f"program/{item.pk}/"),
        {f"{prefix}-starts_at": "11.00", f"{prefix}-title": "Runde 1", f"{prefix}-kind": "talk"}, headers=HTMX,
    )
    assert response.status_code == 422
    assert (
        "Runde 1 hører til dette programpunktet, så det forblir gruppearbeid. Knytt runden til et annet "
        "programpunkt, eller til ingen, først."
    ) in response.content.decode()
    item.refresh_from_db()
    assert item.kind == ProgrammeItem.Kind.GROUP_WORK
    page = facilitator_client.get(setup_url(workshop)).content.decode()
    assert f'<option value="{item.pk}" selected>' in page  # round 1's form sends it back as it is

    # The admin refuses it the same way, and so does plain code.
    from tests.factories import FormReader

    reader = FormReader()
    reader.feed(facilitator_client.get(f"/admin/workshop/programmeitem/{item.pk}/change/").content.decode())
    admin_page = facilitator_client.post(
        f"/admin/workshop/programmeitem/{item.pk}/change/", {**reader.data, "kind": "talk"}
    )
    assert admin_page.status_code == 200
    assert "Runde 1 hører til dette programpunktet" in admin_page.content.decode()
    item.kind = ProgrammeItem.Kind.TALK
    with pytest.raises(ValidationError):
        item.save(update_fields=["kind"])
    assert ProgrammeItem.objects.get(pk=item.pk).kind == ProgrammeItem.Kind.GROUP_WORK
    assert workshop.rounds.get(number=1).programme_item == item

    # Unlinked first, it may be made a talk.
    Round.objects.filter(workshop=workshop, number=1).update(programme_item=None)
    item.save(update_fields=["kind"])
    assert ProgrammeItem.objects.get(pk=item.pk).kind == ProgrammeItem.Kind.TALK


@pytest.mark.parametrize(("language", "one_item", "two_items", "nothing"), [
    ("nb", "1 programpunkt og 1 runde er lagt til.", "2 programpunkter og 0 runder er lagt til.",
     "Ingenting er lagt til: alle punktene var i programmet allerede."),
    ("nn", "1 programpunkt og 1 runde er lagde til.", "2 programpunkt og 0 rundar er lagde til.",
     "Ingenting er lagt til: alle punkta var i programmet allereie."),
    ("en", "1 programme item and 1 round are added.", "2 programme items and 0 rounds are added.",
     "Nothing is added: every item was in the programme already."),
])
def test_a_saved_paste_counts_what_it_added_in_the_singular_and_the_plural(
    facilitator_client: Client, language: str, one_item: str, two_items: str, nothing: str
) -> None:
    # "2 programpunkter og 1 runder er lagt til.", "1 programme items and 1 rounds are added."
    workshop = new_workshop(facilitator_client)
    facilitator_client.cookies["django_language"] = language
    paste = setup_url(workshop, "program/lim-inn/")

    def saved(text: str) -> str:
        response = facilitator_client.post(paste, {"text": text, "confirmed": "True"}, headers=HTMX)
        found = re.search(r'<p role="status" class="saved">([^<]*)</p>', response.content.decode())
        assert found, "no message"
        return found.group(1)

    assert saved("10.00 Gruppearbeid runde 1\n• Hva gjør vi?\nI: 3 min") == one_item
    assert saved("09.00 Velkommen\n09.30 Innlegg") == two_items
    assert saved("09.00 Velkommen") == nothing


@pytest.mark.parametrize(("language", "one", "many"), [
    ("nb", "1 bord er lagt til.", "2 bord er lagt til."),
    ("nn", "1 bord er lagt til.", "2 bord er lagde til."),
    ("en", "1 table is added.", "2 tables are added."),
])
def test_adding_tables_counts_them_in_the_singular_and_the_plural(
    facilitator_client: Client, language: str, one: str, many: str
) -> None:
    workshop = new_workshop(facilitator_client)
    facilitator_client.cookies["django_language"] = language
    assert one in facilitator_client.post(setup_url(workshop, "bord/"), {"count": 1}, headers=HTMX).content.decode()
    assert many in facilitator_client.post(setup_url(workshop, "bord/"), {"count": 3}, headers=HTMX).content.decode()


def test_fewer_tables_than_there_are_says_that_tables_are_only_added_here(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # 6 when there were 8 said "0 bord er lagt til.", as if nothing were amiss.
    facilitator_client.post(setup_url(workshop, "bord/"), {"count": 8})
    response = facilitator_client.post(setup_url(workshop, "bord/"), {"count": 6}, headers=HTMX)
    assert response.status_code == 422
    html = response.content.decode()
    assert (
        "Verkstedet har allerede 8 bord. Her legges bord bare til; et bord uten notater kan slettes i "
        "administrasjonen."
    ) in html
    assert 'value="6"' in html  # what was typed stays
    assert workshop.tables.count() == 8

    again = facilitator_client.post(setup_url(workshop, "bord/"), {"count": 8}, follow=True)
    assert "Verkstedet har allerede 8 bord, så ingen er lagt til." in again.content.decode()
    assert workshop.tables.count() == 8


def language_switch_next(html: str) -> str:
    form = html[html.index('<form class="language"'):]
    found = re.search(r'name="next" type="hidden" value="([^"]*)"', form[: form.index("</form>")])
    assert found is not None
    return found[1]


@pytest.mark.parametrize(("step", "data", "section"), [
    ("program/lim-inn/", {"text": PASTED}, "programme"),  # the preview, without JavaScript
    ("bord/", {"count": ""}, "tables"),  # a form's errors
    ("program/", {"item-new-title": ""}, "programme"),
])
def test_switching_language_on_a_page_that_answered_a_form_goes_back_to_the_set_up_page(
    facilitator_client: Client, step: str, data: dict[str, str], section: str
) -> None:
    # The switch sent the form's POST-only address as `next`: 405 "Not a page", the work gone.
    workshop = new_workshop(facilitator_client)
    answer = facilitator_client.post(setup_url(workshop, step), data)
    assert answer.status_code in (200, 422)
    assert language_switch_next(answer.content.decode()) == f"{setup_url(workshop)}#{section}"

    switched = facilitator_client.post(
        "/i18n/setlang/", {"language": "en", "next": language_switch_next(answer.content.decode())}, follow=True
    )
    assert switched.status_code == 200
    assert switched.redirect_chain == [(f"{setup_url(workshop)}#{section}", 302)]
    assert "Set up: Inkludering 2026" in switched.content.decode()


def test_the_language_switch_on_the_set_up_page_itself_goes_back_to_it(facilitator_client: Client) -> None:
    workshop = new_workshop(facilitator_client)
    html = facilitator_client.get(setup_url(workshop) + "?fra=admin").content.decode()
    assert language_switch_next(html) == f"{setup_url(workshop)}?fra=admin"


def test_a_round_given_a_note_after_the_page_looked_is_kept_not_deleted_with_it(
    facilitator_client: Client, workshop: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A host's note written between the page's look for notes and the delete went with the round.
    round_two = workshop.rounds.get(number=2)
    Note.objects.create(workshop=workshop, table=table(workshop, 1), round=round_two, text="Skrevet akkurat nå")
    monkeypatch.setattr("groups.setup.has_notes", lambda part: False)

    response = facilitator_client.post(setup_url(workshop, "runder/2/slett/"), headers=HTMX)

    assert response.status_code == 409
    assert "Runde 2 har notater og blir ikke slettet." in response.content.decode()
    assert workshop.rounds.filter(number=2).exists()
    assert Note.objects.get(round=round_two).text == "Skrevet akkurat nå"
