"""Reading a programme pasted from slides into a preview (workshop/programme_text.py). No database."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from workshop.demo import demo_workshop
from workshop.models import ProgrammeItem
from workshop.programme_text import (
    KINDS,
    MAX_CHARACTERS,
    ParsedItem,
    ParsedProgramme,
    ParsedRound,
    ParsedSpeaker,
    ProgrammeTooLong,
    kind_of,
    parse_programme,
)

SEED = Path("/work/shared/seeds/000_f15a975233db653a.txt")
FOOTER = "Arbeidsverksted om fylkeskommunens arbeid med inkludering"

# What a facilitator pastes for the 23 Oct 2025 workshop, built from the slide deck in SEED (as text).
# Lines are copied verbatim, trailing spaces and all, from:
# - the programme slide (seed lines 16-42), one line per slot;
# - under each group-work slot, its round slide's questions and method lines (seed 791-807, 924-940,
#   969-985, 1017-1029, 1037-1043; the round slides' own titles are left out: the programme line has them);
# - under each pitch, its slide's speaker lines (seed 857-859, 961-962, 1008-1010);
# - slide furniture the deck has between them (footer, "preencoded.png", a link, the last slide).
# Where the slides alone cannot give the demo's programme, the facilitator arranges or adds lines:
# - the pitches are slides of their own with no time: the 11.00, 12.45 and 13.34 slots are split into a
#   10-minute pitch and the group work, as workshop/demo/inkludering-2025.json does (13.34 on the programme slide is
#   13.45 there, from the pause slide's "13.30-13.45");
# - the Troms pitch slide has no title line: "Oppspill fra Troms fylkeskommune: ..." is the demo's title;
# - "09.30 IMDi" and "09.50 I2E" get their talks' titles (seed 106 and 369-371), as in the demo;
# - the welcome and talk speakers are not on the slides: they are from the raw report (seed 002,
#   sections 2.1-2.3), written the way the slides write speakers.
# A tuple of lines rather than one string keeps the slides' trailing spaces visible to ruff.
PASTED_LINES: tuple[str, ...] = (
    "Program",
    "09.00 Velkommen og presentasjon ",
    "v/ Marit Mellingen, direktør, Distriktssenteret",
    "v/ Benedicte Hollen, avdelingsleder, Avdeling kvalifisering og arbeidsliv, IMDi",
    "",
    "09.30 IMDi – om IMDi sitt samarbeid med fylkeskommunene",  # noqa: RUF001
    "Benedikte Falck-Monsen, fagdirektør og utvalgsleder, Analyseavdelingen, IMDi",
    "Katrine Teigen, utredningsleder Kvalifisering, IMDi",
    "",
    "09.50 ideas2evidence – Fylkeskommunen og integreringsfeltet",  # noqa: RUF001
    "v/ Gard Ringen Høibjerg, seniorutreder, ideas2evidence",
    "",
    FOOTER,
    "",
    "10:15 Hvordan ser vi vårt arbeid opp mot regionen sitt behov for folk og arbeidskraft?",
    "",
    "• Hva gjør vi for at innvandrere i større grad ",
    "får brukt sine ressurser?",
    "",
    "• Har vi oppmerksomheten på innvandrere ",
    "generelt eller kun nyankomne flyktninger?",
    "",
    "• Hvordan samarbeider vi? (internt og ",
    "",
    "eksternt)",
    "",
    "Erfaringsdeling",
    "",
    "Metode:",
    "",
    "I: 2 min",
    "",
    "G: 25 min Runde rundt bordet. 3 min per person. Etterfulgt av refleksjon og spørsmål",
    "",
    "10.45 Pause",
    "",
    "11.00 Oppspill fra Troms fylkeskommune: Hvordan styrke arbeidet med integrering og inkludering?",
    "preencoded.png",
    "Erle Holm-Varsi, fagleder integrering, Troms ",
    "",
    "fylkeskommune",
    "",
    "https://gamma.app/?utm_source=made-with-gamma",
    "",
    "11.10 Hvordan kan vi styrke arbeidet med integrering og inkludering? ",
    "",
    "• Hvordan gripe tak i utfordringen med mangel på ",
    "politisk prioritering, forankring og ",
    "rolleforståelse?",
    "",
    "• Hvordan får vi til mer tverrsektorielt ",
    "samarbeid og samordning? ",
    "",
    "Gruppearbeid",
    "",
    "Metode",
    "",
    "I: 3 min ",
    "",
    "G: 30 min. Runde rundt bordet (max 3 min hver). Diskuter og prioriter. Bruk siste minuttene til å ",
    "oppsummere som Gode råd til de andre. ",
    "",
    "P: 2 min per gruppe",
    "",
    FOOTER,
    "",
    "12.00 Lunsj",
    "",
    "12.45 Kort pitch fra Agder fylkeskommune v/Tore ",
    "Engelsen, rådgiver næring og inkludering",
    "",
    "12.55 Hvordan utvikler vi samarbeidet med eksterne og veilederrollen overfor ",
    "kommunene? ",
    "",
    "• Hvordan  vil vi samarbeide og samordne oss med andre ",
    "regionale aktører (Statsforvalteren, KS, NAV, Husbanken etc.)? ",
    "Kommunene møter et samla lag – vi opptrer i flokk framfor tog.",  # noqa: RUF001
    "",
    "• Hvordan vil vi utvikle samarbeidet med kommunene og vår ",
    "egen veilederrolle? ",
    "",
    "Metode: ",
    "",
    "• I: 1 min",
    "",
    "• G: 30 min. Runde rundt bordet (ca. 2 min på hver). Diskuter og oppsummer. Bordvert hjelper til å ",
    "oppsummere (fellesnevnere) det dere ønsker å dele. ",
    "",
    "• P: 2 min per gruppe",
    "",
    "Gruppearbeid. Veilederrolle og samarbeid med eksterne. ",
    "",
    "13.30 Pause",
    "",
    "13.45 Kort pitch fra Telemark fylkeskommune ",
    "v/Kjersti Norgård Aase, Fagkoordinator ",
    "",
    "analyse",
    "",
    "13.55 Hva kan nasjonale myndigheter og støttespillere bidra med?",
    "",
    "Hva trenger vi av incitament, føringer, støtte fra nasjonale ",
    "myndigheter og samarbeidspartnere for å få gjort mer?",
    "",
    "Gruppearbeid",
    "",
    "I: 1 min",
    "",
    "G: 20 min. Runde rundt bordet (ca. 1 min på hver). Diskuter og oppsummer. Bruk de siste ",
    "minuttene til å oppsummere de viktigste innspillene. ",
    "",
    "P: 2 min per gruppe",
    "",
    FOOTER,
    "",
    "14.20 Hva er det viktigste vi gjør når vi kommer hjem?",
    "",
    "Gruppearbeid 10 min. ",
    "",
    "Metode",
    "",
    "I: 1 min ",
    "",
    "G: Runde rundt bordet. 2 min per person",
    "",
    "14.30 Veien videre",
    "",
    "15.00 Slutt",
    "",
    "  Takk for idag",
    "",
    "Foto: Lena Johnsen",
)
PASTED = "\n".join(PASTED_LINES) + "\n"


def line_number(text: str) -> int:
    """Where `text` first stands in PASTED_LINES, counting from 1 as the parser does."""
    return PASTED_LINES.index(text) + 1


def line_numbers(text: str) -> list[int]:
    return [index + 1 for index, line in enumerate(PASTED_LINES) if line == text]


def demo_programme() -> list[dict[str, Any]]:
    """The demo workshop's programme as its export file has it, each item with its round's number."""
    data = demo_workshop()
    round_of = {round_["programme_item"]: round_["number"] for round_ in data["rounds"]}
    return [{**item, "round": round_of.get(index)} for index, item in enumerate(data["programme"])]


def as_demo_round(round_: ParsedRound) -> dict[str, Any]:
    """A parsed round in the shape of demo_rounds()."""
    return {
        "number": round_.number, "title": round_.title, "method_individual": round_.individual_minutes,
        "method_group": round_.group_minutes, "method_plenum": round_.plenum_minutes,
        "method_description": round_.method, "questions": list(round_.questions),
    }


def demo_rounds() -> list[dict[str, Any]]:
    return [
        {
            "number": round_["number"], "title": round_["title"],
            "method_individual": round_["individual_minutes"], "method_group": round_["group_minutes"],
            "method_plenum": round_["plenum_minutes"], "method_description": round_["method"],
            "questions": [question["text"] for question in round_["questions"]],
        }
        for round_ in demo_workshop()["rounds"]
    ]


def clock(text: str) -> datetime.time:
    return datetime.time.fromisoformat(text)


def demo_speaker(speaker: ParsedSpeaker) -> dict[str, str]:
    """A parsed speaker as the demo writes one: counties by their short name ("Agder", not "Agder
    fylkeskommune"), the names workshop/demo/inkludering-2025.json ORGANISATIONS uses."""
    return {
        "name": speaker.name,
        "role": speaker.role,
        "organisation": speaker.organisation.removesuffix(" fylkeskommune"),
    }


def only_item(text: str) -> ParsedItem:
    programme = parse_programme(text)
    assert len(programme.items) == 1, programme
    return programme.items[0]


def non_blank_line_numbers(text: str) -> set[int]:
    return {number for number, line in enumerate(text.split("\n"), start=1) if line.strip()}


def assert_every_line_is_accounted_for(text: str, programme: ParsedProgramme) -> None:
    """Each non-blank line is used by an item or listed as not used, never both and never neither."""
    listed = [number for number, _ in programme.not_used()]
    assert len(listed) == len(set(listed))
    assert not set(listed) & set(programme.used)
    assert set(listed) | set(programme.used) == non_blank_line_numbers(text)


# --- the real workshop ----------------------------------------------------------------------------------


def test_kinds_are_the_programme_item_kinds() -> None:
    assert set(KINDS) == set(ProgrammeItem.Kind.values)


def test_pasted_seed_programme_gives_the_demo_programme() -> None:
    items = parse_programme(PASTED).items

    assert [item.starts_at for item in items] == [clock(item["starts_at"]) for item in demo_programme()]
    assert [item.ends_at for item in items] == [clock(item["ends_at"]) for item in demo_programme()]
    assert [item.kind for item in items] == [item["kind"] for item in demo_programme()]
    assert [item.title for item in items] == [item["title"] for item in demo_programme()]
    assert [[demo_speaker(speaker) for speaker in item.speakers] for item in items] == [
        item["speakers"] for item in demo_programme()
    ]
    assert [item.round.number if item.round else None for item in items] == [
        item["round"] for item in demo_programme()
    ]


def test_pasted_seed_programme_gives_the_demo_rounds() -> None:
    rounds = parse_programme(PASTED).rounds()

    assert [as_demo_round(round_) for round_ in rounds] == demo_rounds()


def test_pasted_seed_programme_lists_every_line_it_did_not_use() -> None:
    programme = parse_programme(PASTED)

    assert programme.ignored == tuple(sorted([
        (line_number("Program"), "Program"),
        *((number, FOOTER) for number in line_numbers(FOOTER)),
        (line_number("preencoded.png"), "preencoded.png"),
        (line_number("https://gamma.app/?utm_source=made-with-gamma"), "https://gamma.app/?utm_source=made-with-gamma"),
        (line_number("Gruppearbeid. Veilederrolle og samarbeid med eksterne. "),
         "Gruppearbeid. Veilederrolle og samarbeid med eksterne."),
        (line_number("Foto: Lena Johnsen"), "Foto: Lena Johnsen"),
    ]))
    # The closing slide's "Takk for idag" comes after the day's end: nothing to put it in.
    assert programme.unrecognised == ((line_number("  Takk for idag"), "Takk for idag"),)
    assert programme.truncated == ()
    assert_every_line_is_accounted_for(PASTED, programme)


@pytest.mark.skipif(not SEED.exists(), reason="the seed slide deck is not in this checkout")
def test_the_whole_slide_deck_pasted_loses_no_line() -> None:
    text = SEED.read_text(encoding="utf-8")

    programme = parse_programme(text)

    assert_every_line_is_accounted_for(text, programme)
    # The programme slide comes first; its items are read as on the slide (13.34 and all).
    assert [item.title for item in programme.items[:3]] == ["Velkommen og presentasjon", "IMDi", "I2E"]
    assert programme.items[11].starts_at == datetime.time(13, 34)
    for item in programme.items:
        assert item.ends_at is None or item.ends_at > item.starts_at
    # The pause and lunch slides restate their items: no second "Pause", and "15.00 Slutt" ends the day.
    assert [item.kind for item in programme.items] == [
        "welcome", "talk", "talk", "group_work", "break", "group_work", "lunch", "pitch", "group_work", "break",
        "pitch", "group_work", "group_work", "closing",
    ]


@pytest.mark.skipif(not SEED.exists(), reason="the seed slide deck is not in this checkout")
def test_the_whole_slide_deck_pasted_gives_the_pitches_before_their_rounds_with_their_speakers() -> None:
    # A pitch's slide has no time: it opens the slot of the round whose slide follows it. (Troms's
    # pitch slide has no title line to tell it by, only its speaker: it stays in the list not used.)
    items = parse_programme(SEED.read_text(encoding="utf-8")).items
    pitches = [item for item in items if item.kind == "pitch"]

    assert [(item.starts_at, item.ends_at, item.title) for item in pitches] == [
        (datetime.time(12, 45), None, "Kort pitch fra Agder fylkeskommune"),
        (datetime.time(13, 34), None, "Kort pitch fra Telemark fylkeskommune"),
    ]
    assert [speaker for item in pitches for speaker in item.speakers] == [
        ParsedSpeaker("Tore Engelsen", "Rådgiver næring og inkludering", "Agder fylkeskommune"),
        ParsedSpeaker("Kjersti Norgård Aase", "Fagkoordinator analyse", "Telemark fylkeskommune"),
    ]
    assert items[items.index(pitches[0]) + 1].title.startswith("Hvordan utvikler vi samarbeidet")


def test_a_pitch_slide_no_round_slide_follows_is_listed_as_not_used() -> None:
    programme = parse_programme(
        "10.00 Hvordan kan vi dele erfaringer?\n"
        "11.00 Lunsj\n"
        "Kort pitch fra Agder fylkeskommune\n"
        "v/ Tore Engelsen, rådgiver\n"
        "12.00 Pause\n"
    )

    assert [item.kind for item in programme.items] == ["group_work", "lunch", "break"]
    assert [text for _, text in programme.unrecognised] == [
        "Kort pitch fra Agder fylkeskommune", "v/ Tore Engelsen, rådgiver",
    ]
    assert_every_line_is_accounted_for(
        "10.00 Hvordan kan vi dele erfaringer?\n11.00 Lunsj\nKort pitch fra Agder fylkeskommune\n"
        "v/ Tore Engelsen, rådgiver\n12.00 Pause\n", programme,
    )


@pytest.mark.skipif(not SEED.exists(), reason="the seed slide deck is not in this checkout")
def test_the_whole_slide_deck_pasted_gives_every_round_its_questions_and_method_from_its_own_slide() -> None:
    # The rounds' slides come long after the programme slide, and word their headings a little
    # differently ("styrke arbeid med", "overfor kommunen"). Before, every round had only its title
    # as its question and no minutes: the facilitator typed in all five rounds by hand.
    rounds = parse_programme(SEED.read_text(encoding="utf-8")).rounds()

    assert [as_demo_round(round_) for round_ in rounds] == demo_rounds()


@pytest.mark.skipif(not SEED.exists(), reason="the seed slide deck is not in this checkout")
def test_the_whole_slide_deck_pasted_gives_the_desired_outcomes_and_ground_rules() -> None:
    # The demo has them from the same slides (its one difference: "utordringer" corrected).
    programme = parse_programme(SEED.read_text(encoding="utf-8"))
    demo = demo_workshop()

    assert "\n".join(programme.desired_outcomes) == demo["desired_outcomes"].replace("utfordringer", "utordringer")
    assert "\n".join(programme.ground_rules) == demo["ground_rules"]


def test_outcomes_take_the_bullets_after_their_heading_and_rules_those_before_when_none_follow() -> None:
    text = (
        "Mål for dagen:\n• Lære av hverandre\n• Bli kjent\n\n"
        "Innsjekk\n• Vær presis\n• Mobilen på lydløs\nKjøreregler\n\n"
        "09.00 Velkommen\n10.00 Pause\n"
    )
    programme = parse_programme(text)

    assert programme.desired_outcomes == ("Lære av hverandre", "Bli kjent")
    assert programme.ground_rules == ("Vær presis", "Mobilen på lydløs")
    assert [item.title for item in programme.items] == ["Velkommen", "Pause"]
    assert programme.not_used() == [(5, "Innsjekk")]
    assert_every_line_is_accounted_for(text, programme)


def test_a_rounds_own_slide_later_in_the_paste_gives_it_questions_and_method() -> None:
    programme = parse_programme(
        "10.00 Hvordan kan vi dele erfaringer?\n"
        "10.30 Pause\n"
        "11.00 Slutt\n"
        "\n"
        "Pause\n"
        "10.30-11.00\n"
        "En tekst på pauseslidet\n"
        "\n"
        "Hvordan kan vi dele \n"
        "\n"
        "erfaringene?\n"
        "• Hva fungerer?\n"
        "• Hva fungerer ikke?\n"
        "I: 2 min, G: 20 min, P: 1 min per gruppe\n"
        "Takk for i dag\n"
        "Et sitat på siste slide\n"
    )

    assert [(item.title, item.ends_at) for item in programme.items] == [
        ("Hvordan kan vi dele erfaringer?", datetime.time(10, 30)), ("Pause", datetime.time(11, 0)),
    ]
    round_ = programme.rounds()[0]
    assert round_.questions == ("Hva fungerer?", "Hva fungerer ikke?")
    assert (round_.individual_minutes, round_.group_minutes, round_.plenum_minutes) == (2, 20, 1)
    assert [text for _, text in programme.unrecognised] == [
        "En tekst på pauseslidet", "Takk for i dag", "Et sitat på siste slide",
    ]


def test_a_heading_that_only_shares_words_with_a_round_is_not_its_slide() -> None:
    programme = parse_programme(
        "10.00 Hvordan kan vi styrke arbeidet med integrering?\n"
        "11.00 Lunsj\n"
        "Hvordan styrke arbeidet med med integrering og inkludering inkludering\n"
        "• Lav prioritering\n"
        "I: 5 min\n"
    )

    round_ = programme.rounds()[0]
    assert round_.questions == ("Hvordan kan vi styrke arbeidet med integrering?",)
    assert round_.individual_minutes == 0


# --- lines not understood -------------------------------------------------------------------------------


def test_junk_lines_come_back_as_unrecognised_with_their_line_numbers() -> None:
    programme = parse_programme(
        "Noe tekst før programmet\n"
        "09.00 Velkommen\n"
        "Leveres av Bing\n"
        "\n"
        "I: 3 min\n"
        "10.00 Pause\n"
        "0%\n"
        "10.15 Hvordan jobber vi?\n"
        "Dette er bare en setning under runden\n"
        "11.00 Lunsj\n"
    )

    assert programme.unrecognised == (
        (1, "Noe tekst før programmet"),
        (3, "Leveres av Bing"),
        (5, "I: 3 min"),  # method minutes outside a round
        (7, "0%"),
        (9, "Dette er bare en setning under runden"),  # no method next to it, no question mark
    )
    assert [item.title for item in programme.items] == ["Velkommen", "Pause", "Hvordan jobber vi?", "Lunsj"]


def test_slide_furniture_is_listed_as_ignored() -> None:
    programme = parse_programme(
        "Program\n"
        "09.00 Velkommen\n"
        "preencoded.png\n"
        "https://lovdata.no/lov/2020-11-06-127/%C2%A711\n"
        "Foto: Distriktssenteret\n"
        "14\n"
        f"{FOOTER}\n"
        "10.00 Pause\n"
        f"{FOOTER}\n"
        f"{FOOTER}\n"
    )

    assert [number for number, _ in programme.ignored] == [1, 3, 4, 5, 6, 7, 9, 10]
    assert programme.unrecognised == ()


def test_numbers_that_are_not_times_are_not_read_as_items() -> None:
    programme = parse_programme(
        "09.00 Velkommen\n"
        "15 oppskrifter på en rett\n"
        "2 min per person\n"
        "100 000 flyktninger\n"
        "2020 mistet IMDi noen oppgaver\n"
        "23. oktober\n"
    )

    assert [item.title for item in programme.items] == ["Velkommen"]
    assert [number for number, _ in programme.unrecognised] == [2, 3, 4, 5, 6]


# --- times ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "starts_at"),
    [
        ("9 Velkommen", datetime.time(9, 0)),
        ("09.00 Velkommen", datetime.time(9, 0)),
        ("9:00 Velkommen", datetime.time(9, 0)),
        ("0900 Velkommen", datetime.time(9, 0)),
        ("kl. 9.30 Velkommen", datetime.time(9, 30)),
        ("09.00 - Velkommen", datetime.time(9, 0)),
    ],
)
def test_a_time_at_the_start_of_a_line_is_read_as_norwegians_type_it(line: str, starts_at: datetime.time) -> None:
    item = only_item(line)

    assert (item.starts_at, item.title, item.kind) == (starts_at, "Velkommen", "welcome")


@pytest.mark.parametrize(
    "text",
    [
        "10.45-11.00 Pause",
        "10.45 - 11.00 Pause",
        "10.45 – 11.00 Pause",  # noqa: RUF001
        "Pause \n10.45-11.00",  # the pause slide: the title above the time
        "10.45-11.00\nPause",
    ],
)
def test_a_span_gives_the_end_time(text: str) -> None:
    item = only_item(text)

    assert (item.starts_at, item.ends_at, item.title, item.kind) == (
        datetime.time(10, 45), datetime.time(11, 0), "Pause", "break",
    )


def test_an_item_without_an_end_ends_where_the_next_begins_and_the_last_has_none() -> None:
    items = parse_programme("09.00 Velkommen\n09.30 IMDi\n12.00 Lunsj\n").items

    assert [item.ends_at for item in items] == [datetime.time(9, 30), datetime.time(12, 0), None]


def test_slutt_last_is_the_end_of_the_item_before_it() -> None:
    items = parse_programme("14.30 Veien videre\n15.00 Slutt\n").items

    assert [(item.title, item.starts_at, item.ends_at) for item in items] == [
        ("Veien videre", datetime.time(14, 30), datetime.time(15, 0)),
    ]


def test_slutt_stays_an_item_when_the_item_before_it_ends_earlier() -> None:
    items = parse_programme("14.30-14.50 Veien videre\n15.00 Slutt\n").items

    assert [(item.title, item.kind, item.ends_at) for item in items] == [
        ("Veien videre", "closing", datetime.time(14, 50)),
        ("Slutt", "closing", None),
    ]


@pytest.mark.parametrize("line", ["11.00-10.30 Lunsj", "12.00-12.00 Pause", "13.00 - 9 Gruppearbeid: Omvendt"])
def test_an_end_that_is_not_after_the_start_is_left_out_and_listed(line: str) -> None:
    # They were saved as written, and every later edit of the item was refused: "Slutten må være etter starten."
    programme = parse_programme(f"09.00 Velkommen\n{line}\n15.00 Foredrag\n")

    item = programme.items[1]
    assert (item.starts_at > datetime.time(9), item.ends_at) == (True, None)  # not the next item's start either
    assert programme.ends_left_out == ((2, line),)
    assert programme.items[0].ends_at == item.starts_at
    assert_every_line_is_accounted_for(f"09.00 Velkommen\n{line}\n15.00 Foredrag\n", programme)


def test_an_end_after_the_start_is_not_listed() -> None:
    assert parse_programme(PASTED).ends_left_out == ()
    assert parse_programme("10.45-11.00 Pause\n").ends_left_out == ()


# --- kinds and speakers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Velkommen og presentasjon", "welcome"),
        ("Pause", "break"),
        ("Kaffepause", "break"),
        # These were talks, with "Ingen notater fra dette innlegget" in the report.
        ("Kaffe og registrering", "break"),
        ("Innsjekk", "break"),
        ("Registrering og mingling", "break"),
        ("Velkommen og kaffe", "welcome"),
        ("Middag", "lunch"),
        ("Lunsj", "lunch"),
        ("Kort pitch fra Agder fylkeskommune", "pitch"),
        ("Oppspill fra Troms fylkeskommune: Hvordan styrke arbeidet?", "pitch"),
        ("Gruppearbeid", "group_work"),
        ("Runde 2", "group_work"),
        ("Hva er det viktigste vi gjør når vi kommer hjem?", "group_work"),
        ("Plenum", "plenum"),
        ("Oppsummering", "plenum"),
        ("Slutt", "closing"),
        ("Avslutning", "closing"),
        ("Veien videre", "closing"),
        ("Takk for i dag", "closing"),
        ("IMDi", "talk"),
    ],
)
def test_the_kind_is_read_from_norwegian_keywords(title: str, kind: str) -> None:
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # Nynorsk: these were talks.
        ("Velkomen og presentasjon", "welcome"),
        ("Kaffi og registrering", "break"),
        ("Oppspel frå Vestland fylkeskommune", "pitch"),
        ("Vegen vidare", "closing"),
        ("Avslutting", "closing"),
        # English: these were talks.
        ("Registration and coffee", "break"),
        ("Workshop round 2", "group_work"),
        ("Group work: working together", "group_work"),
        ("Breakout discussion", "group_work"),
        ("Summary in plenary", "plenum"),
        ("Closing", "closing"),
        ("Next steps", "closing"),
        ("Wrap-up", "closing"),
        ("End of the day", "closing"),
        # Words that hold a keyword without being one stay what they are.
        ("Weekend in Bergen", "talk"),
        ("Breaking barriers", "talk"),
    ],
)
def test_the_kind_is_read_from_nynorsk_and_english_keywords(title: str, kind: str) -> None:
    assert kind_of(title) == kind


def test_a_programme_in_nynorsk_is_read_as_one_in_bokmal() -> None:
    programme = parse_programme(
        "09.00 Velkomen og presentasjon\n09.30 Gruppearbeid: Kva gjer vi?\n• Korleis samarbeider vi?\n"
        "11.00 Oppsummering i plenum\n11.15 Vegen vidare\n12.00 Avslutting\n"
    )

    assert [(item.title, item.kind) for item in programme.items] == [
        ("Velkomen og presentasjon", "welcome"), ("Gruppearbeid: Kva gjer vi?", "group_work"),
        ("Oppsummering i plenum", "plenum"), ("Vegen vidare", "closing"), ("Avslutting", "closing"),
    ]
    assert programme.rounds()[0].questions == ("Korleis samarbeider vi?",)


def test_a_programme_in_english_is_read_as_one_in_bokmal() -> None:
    programme = parse_programme(
        "09.00 Welcome\n09.15 Coffee break\n09.30 Workshop round 1\n• What do we do?\nI: 3 min, G: 30 min\n"
        "10.30 Workshop round 2\n11.30 Summary in plenary\n12.00 Lunch\n12.45 Group work 10 min\n"
        "13.00 Closing\n13.30 End\n"
    )

    assert [item.kind for item in programme.items] == [
        "welcome", "break", "group_work", "group_work", "plenum", "lunch", "group_work", "closing",
    ]
    assert [(round_.number, round_.group_minutes) for round_ in programme.rounds()] == [(1, 30), (2, 0), (3, 10)]
    # "13.30 End" last: the day's end, as "15.00 Slutt" is.
    assert programme.items[-1].ends_at == datetime.time(13, 30)


@pytest.mark.parametrize("last", ["Takk for i dag", "Vel heim", "Thank you for today"])
def test_a_last_line_that_ends_the_day_in_any_of_the_three_languages_ends_it(last: str) -> None:
    # The closing slide's credits are not the last talk's speakers.
    programme = parse_programme(f"09.00 Velkommen\n10.00 Innlegg\n{last}\nv/ Kari Nordmann, fotograf, Foto AS\n")

    assert [(item.title, item.speakers) for item in programme.items] == [("Velkommen", ()), ("Innlegg", ())]
    assert [line for _, line in programme.unrecognised] == [last, "v/ Kari Nordmann, fotograf, Foto AS"]


def test_a_speaker_with_an_organisation_after_v() -> None:
    item = only_item("09.30 Velkommen v/ Marit Mellingen, Distriktssenteret")

    assert item.title == "Velkommen"
    assert item.speakers == (ParsedSpeaker(name="Marit Mellingen", role="", organisation="Distriktssenteret"),)


def test_a_pitch_from_an_organisation_gives_its_speaker_that_organisation() -> None:
    item = only_item(
        "12.45 Kort pitch fra Agder fylkeskommune v/Tore Engelsen, rådgiver næring og inkludering"
    )

    assert (item.title, item.kind) == ("Kort pitch fra Agder fylkeskommune", "pitch")
    assert item.speakers == (
        ParsedSpeaker(name="Tore Engelsen", role="Rådgiver næring og inkludering", organisation="Agder fylkeskommune"),
    )


def test_speaker_lines_under_a_talk_are_its_speakers_and_under_a_break_are_not() -> None:
    programme = parse_programme(
        "09.30 IMDi\n"
        "v/Tore Engelsen, rådgiver næring og inkludering\n"
        "Erle Holm-Varsi, fagleder integrering, Troms fylkeskommune\n"
        "10.45 Pause\n"
        "v/ Marit Mellingen, Distriktssenteret\n"
    )

    assert programme.items[0].speakers == (
        ParsedSpeaker(name="Tore Engelsen", role="Rådgiver næring og inkludering", organisation=""),
        ParsedSpeaker(name="Erle Holm-Varsi", role="Fagleder integrering", organisation="Troms fylkeskommune"),
    )
    assert programme.items[1].speakers == ()
    assert programme.unrecognised == ((5, "v/ Marit Mellingen, Distriktssenteret"),)


# --- rounds ----------------------------------------------------------------------------------------------


def test_method_minutes_on_one_line() -> None:
    item = only_item(
        "11.10 Gruppearbeid\n"
        "• Hvordan får vi til mer tverrsektorielt samarbeid?\n"
        "I: 3 min, G: 30 min, P: 2 min pr gruppe\n"
    )

    assert item.round is not None
    assert (item.round.individual_minutes, item.round.group_minutes, item.round.plenum_minutes) == (3, 30, 2)
    assert item.round.method == ""
    assert item.round.questions == ("Hvordan får vi til mer tverrsektorielt samarbeid?",)


def test_group_minutes_are_what_is_left_of_the_group_work_after_the_individual_minutes() -> None:
    item = only_item(
        "14.20 Hva er det viktigste vi gjør når vi kommer hjem?\n"
        "Gruppearbeid 10 min.\n"
        "Metode\n"
        "I: 1 min\n"
        "G: Runde rundt bordet. 2 min per person\n"
    )

    assert item.round is not None
    assert (item.round.individual_minutes, item.round.group_minutes, item.round.plenum_minutes) == (1, 9, 0)
    assert item.round.method == "Gruppearbeid 10 min. Runde rundt bordet. 2 min per person."


def test_rounds_are_numbered_in_programme_order() -> None:
    programme = parse_programme("10.00 Hvordan?\n11.00 Pause\n11.15 Gruppearbeid\n12.00 Runde 7\n")

    assert [(round_.number, round_.title) for round_ in programme.rounds()] == [
        (1, "Hvordan?"), (2, "Gruppearbeid"), (3, "Runde 7"),
    ]


# --- bounds and odd text --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\n\t\n"])
def test_empty_input_gives_an_empty_programme(text: str) -> None:
    assert parse_programme(text) == ParsedProgramme()


def test_more_than_20000_characters_is_refused_with_a_clear_message() -> None:
    at_the_limit = "09.00 Velkommen\n" + "x" * (MAX_CHARACTERS - len("09.00 Velkommen\n"))
    assert len(parse_programme(at_the_limit).items) == 1

    with pytest.raises(ProgrammeTooLong) as refused:
        parse_programme(at_the_limit + "x")

    assert isinstance(refused.value, ValueError)
    assert (refused.value.size, refused.value.limit, refused.value.unit) == (20_001, 20_000, "characters")
    assert str(refused.value) == (
        "The pasted programme has 20,001 characters; at most 20,000 can be read at a time. Paste a shorter part."
    )


def test_more_than_2000_lines_is_refused() -> None:
    with pytest.raises(ProgrammeTooLong) as refused:
        parse_programme("\n" * 2_001 + "09.00 Velkommen")

    assert (refused.value.size, refused.value.unit) == (2_002, "lines")


def test_html_and_bidi_text_is_kept_as_text() -> None:
    title = "<script>alert(1)</script> Velkommen \u202eneddih\u202c <b>IMDi</b> &amp;"
    item = only_item(f"09.00 {title}\nv/ <i>Kari</i> Nordmann, direktør, IMDi\u200f")

    assert item.title == title
    assert item.speakers[0].name == "<i>Kari</i> Nordmann"
    assert item.speakers[0].organisation == "IMDi\u200f"


def test_text_longer_than_its_model_field_is_cut_and_reported() -> None:
    long_title = "Hvordan " + "lenge " * 60 + "?"
    long_question = "• " + "Hva " * 130 + "?"
    programme = parse_programme(f"10.00 {long_title}\n{long_question}\n")

    item = programme.items[0]
    assert item.round is not None
    assert len(item.title) == 300 and item.title.endswith("…")
    assert len(item.round.title) == 300
    assert len(item.round.questions[0]) <= 500 and item.round.questions[0].endswith("…")
    assert [number for number, _ in programme.truncated] == [1, 2]
    assert programme.truncated[0][1] == f"10.00 {long_title}".strip()


def test_the_same_text_gives_the_same_preview() -> None:
    assert parse_programme(PASTED) == parse_programme(PASTED)


def test_a_question_with_a_speaker_is_a_talk_not_group_work() -> None:
    item = only_item("09.30 Hva vet vi om inkludering? v/ Kari Nordmann, direktør, IMDi")
    assert item.kind == "talk" and item.round is None
    assert item.speakers[0].name == "Kari Nordmann"


def test_a_question_under_a_bulleted_question_is_a_question_of_its_own() -> None:
    programme = parse_programme(
        "10.00 Gruppearbeid: Samarbeid\n"
        "• Hvordan får vi til mer samarbeid på tvers av sektorer?\n"
        "Hva trenger frivilligheten fra fylkeskommunen?\n"
        "I: 2 min, G: 20 min\n"
    )
    assert programme.rounds()[0].questions == (
        "Hvordan får vi til mer samarbeid på tvers av sektorer?",
        "Hva trenger frivilligheten fra fylkeskommunen?",
    )


def test_minutes_no_phase_can_last_are_kept_as_the_methods_words_not_cut_to_three_digits() -> None:
    # "I: 99999 min" was read as 999 minutes, and "P: 601" saved above the 600 the set-up form allows.
    text = "10.00 Gruppearbeid runde 1: Samarbeid\n• Hvem gjør hva?\nI: 99999 min, G: 20 min, P: 601 min pr gruppe\n"

    round_ = parse_programme(text).rounds()[0]

    assert (round_.individual_minutes, round_.group_minutes, round_.plenum_minutes) == (0, 20, 0)
    assert "99999" in round_.method and "601" in round_.method


def test_every_dash_between_two_times_and_a_leading_byte_order_mark_are_read() -> None:
    # A BOM hid the first time ("no items found"); U+2010 dropped the line, U+2012 and U+2212 went into the title.
    text = (
        "\ufeff09.00\u201009.30 Velkommen\n09.30\u201210.00 Innledning\n"
        "10.00\u221210.30 Pause\n10.30\u201111.00 Slutt\n"
    )

    items = parse_programme(text).items

    assert [(item.title, str(item.starts_at), str(item.ends_at)) for item in items] == [
        ("Velkommen", "09:00:00", "09:30:00"), ("Innledning", "09:30:00", "10:00:00"),
        ("Pause", "10:00:00", "10:30:00"), ("Slutt", "10:30:00", "11:00:00"),
    ]
