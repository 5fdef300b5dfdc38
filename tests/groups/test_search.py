"""Searching the notes: facilitators find what the tables said, by every form of a word.

The same tests run on SQLite (stems read in Python) and on PostgreSQL (the full-text index).
"""

from __future__ import annotations

import html
import re
import unicodedata

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from pytest_django import DjangoAssertNumQueries, Settings

from groups.models import Actor, Note, Theme
from groups.norwegian import search_terms, stem
from groups.search import SHOWN_MAX, matching
from tests.factories import build_workshop, table
from workshop.models import Organisation, Question, Workshop

ALL_URL = "/fasilitator/sok/"
# Facilitator: session, user, workshop; the matching ids, the shown notes, their themes;
# the filters' choices (rounds, questions, tables, organisations, themes).
SEARCH_QUERIES = 11
# + checking the chosen table and theme belong to the workshop.
FILTERED_QUERIES = SEARCH_QUERIES + 2
# Session, user; the matching ids, the shown notes, their themes (no workshop, no choices).
SEARCH_ALL_QUERIES = 5


@pytest.fixture(autouse=True)
def english(settings: Settings) -> None:
    """Assert on the English msgids, whatever Bokmål translations arrive later."""
    settings.LANGUAGE_CODE = "en"


def search_url(workshop: Workshop) -> str:
    return f"/fasilitator/{workshop.slug}/sok/"


def question(workshop: Workshop, round_number: int = 1, order: int = 1) -> Question:
    return Question.objects.get(round__workshop=workshop, round__number=round_number, order=order)


def organisation(workshop: Workshop, name: str) -> Organisation:
    return workshop.organisations.get(name=name)


def add_note(
    workshop: Workshop, text: str, *, number: int | None = 1, round_number: int = 1,
    question: Question | None = None, kind: str = Note.Kind.NOTE, said_by: Organisation | None = None,
) -> Note:
    """A note at table `number` (None: the plenum) in round `round_number`."""
    return Note.objects.create(
        workshop=workshop, table=table(workshop, number) if number else None,
        round=workshop.rounds.get(number=round_number), question=question, kind=kind,
        organisation=said_by, text=text,
    )


def found(response: object) -> list[str]:
    """The texts of the notes found, as a reader sees them, in the page's order."""
    page = response.content.decode()  # type: ignore[attr-defined]
    texts = re.findall(r'<p class="search-text">(.*?)</p>', page, flags=re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", text)) for text in texts]


def search(client: Client, url: str, **params: str | int) -> list[str]:
    response = client.get(url, params)
    assert response.status_code == 200, response.content.decode()[:2000]
    return found(response)


# Words, in Bokmål and Nynorsk -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("barnehagene", {"Kommunen bygger en ny barnehage.", "Barnehagane treng fleire tilsette."}),
        ("barnehage", {"Kommunen bygger en ny barnehage.", "Barnehagane treng fleire tilsette."}),
        ("barnehagane", {"Kommunen bygger en ny barnehage.", "Barnehagane treng fleire tilsette."}),
        ("rutinar", {"Skolen har gode rutiner.", "Vi manglar rutinar for tolk."}),
        ("rutiner", {"Skolen har gode rutiner.", "Vi manglar rutinar for tolk."}),
        # Snowball stems these three apart (innvandr, innvandrer, innvandrern): the other forms are tried too.
        ("innvandrer", {"Innvandrere trenger språkopplæring.", "Innvandrerne kjenner ikke systemet."}),
        ("innvandrere", {"Innvandrere trenger språkopplæring.", "Innvandrerne kjenner ikke systemet."}),
        ("innvandrerne", {"Innvandrere trenger språkopplæring.", "Innvandrerne kjenner ikke systemet."}),
        ("ungdom", {"Ungdommene vil bli boende.", "Ungdom trenger møteplasser."}),
        ("lærer", {"Lærerne mangler tid.", "En lærer per klasse."}),
        # Nynorsk -heit, -heita for Bokmål -het, -heten, both ways ("frivilligheita" found nothing).
        ("frivilligheita", {"Frivilligheten stiller opp.", "Frivilligheit er viktig.", "Vi treng frivilligheita."}),
        ("frivillighet", {"Frivilligheten stiller opp.", "Frivilligheit er viktig.", "Vi treng frivilligheita."}),
        ("frivilligheten", {"Frivilligheten stiller opp.", "Frivilligheit er viktig.", "Vi treng frivilligheita."}),
        # A Bokmål word finds its Nynorsk form too, as the Nynorsk finds the Bokmål ("bosetting" found only
        # Bokmål notes).
        ("bosetting", {"Bosettingen går fort.", "Busetjinga tek tid."}),
        ("busetjing", {"Bosettingen går fort.", "Busetjinga tek tid."}),
        ("skule", {"Skolen har gode rutiner.", "Ein ny skule i bygda."}),
        ("skole", {"Skolen har gode rutiner.", "Ein ny skule i bygda."}),
        ("videregående", {"Videregående opplæring for voksne.", "Elevar i vidaregåande."}),
        ("vidaregåande", {"Videregående opplæring for voksne.", "Elevar i vidaregåande."}),
        # A bare stem takes no bare -ne: "NAV" found "navn" (as "navne").
        ("nav", {"NAV har en særlig rolle."}),
        # Nor does a two-letter stem take it ("gjer" found "gjerne"); a doubled r is not undoubled ("berre"
        # found "ber").
        ("gjer", {"Dei gjer ein god jobb."}),
        ("berre", {"Det er berre tull."}),
        ("ber", {"Vi ber om svar."}),
    ],
)
def test_every_form_of_a_word_finds_the_others_in_bokmal_and_nynorsk(
    facilitator_client: Client, workshop: Workshop, query: str, expected: set[str]
) -> None:
    for text in (
        "Kommunen bygger en ny barnehage.", "Barnehagane treng fleire tilsette.",
        "Skolen har gode rutiner.", "Vi manglar rutinar for tolk.", "Noe helt annet.",
        "Innvandrere trenger språkopplæring.", "Innvandrerne kjenner ikke systemet.",
        "Ungdommene vil bli boende.", "Ungdom trenger møteplasser.", "Lærerne mangler tid.", "En lærer per klasse.",
        "Frivilligheten stiller opp.", "Frivilligheit er viktig.", "Vi treng frivilligheita.",
        "Bosettingen går fort.", "Busetjinga tek tid.", "Ein ny skule i bygda.",
        "Videregående opplæring for voksne.", "Elevar i vidaregåande.", "NAV har en særlig rolle.",
        "Navnet på tiltaket er nytt.", "Dei gjer ein god jobb.", "Hun kommer gjerne.", "Det er berre tull.",
        "Vi ber om svar.",
    ):
        add_note(workshop, text)

    assert set(search(facilitator_client, search_url(workshop), q=query)) == expected


def test_every_word_of_the_query_must_be_in_the_note(
    facilitator_client: Client, workshop: Workshop
) -> None:
    add_note(workshop, "Kommunen bygger en ny barnehage.")
    add_note(workshop, "Barnehagane treng fleire tilsette.")

    assert search(facilitator_client, search_url(workshop), q="barnehagene kommunen") == [
        "Kommunen bygger en ny barnehage."
    ]


def test_letters_with_rings_and_strokes_are_never_folded_but_case_is(
    facilitator_client: Client, workshop: Workshop
) -> None:
    add_note(workshop, "Far og mor kom.")
    add_note(workshop, "Vi får hjelp av NAV.")
    add_note(workshop, "Dårlig økonomi i kommunen.")
    url = search_url(workshop)

    assert search(facilitator_client, url, q="far") == ["Far og mor kom."]
    assert search(facilitator_client, url, q="får") == ["Vi får hjelp av NAV."]
    assert search(facilitator_client, url, q="ØKONOMI") == ["Dårlig økonomi i kommunen."]
    page = facilitator_client.get(url, {"q": "ØKONOMI"}).content.decode()
    assert "Dårlig <mark>økonomi</mark> i kommunen." in page


@pytest.mark.parametrize("query", ["og i på", "()", "!!! ???", "*", '"', "det er"])
def test_a_query_of_only_small_common_words_or_punctuation_finds_nothing_and_says_why(
    facilitator_client: Client, workshop: Workshop, query: str
) -> None:
    add_note(workshop, "Det er og i på.")
    add_note(workshop, "Kommunen bygger en ny barnehage.")

    response = facilitator_client.get(search_url(workshop), {"q": query})

    assert response.status_code == 200
    assert found(response) == []
    assert "The search must contain at least one word" in response.content.decode()


def test_query_syntax_is_read_as_plain_words(facilitator_client: Client, workshop: Workshop) -> None:
    add_note(workshop, "Barnehage eller skole.")
    add_note(workshop, "Skole ved barnehagen.")
    add_note(workshop, "Bare barnehage.")
    url = search_url(workshop)

    # "or" is a word that no note has, not an operator.
    assert search(facilitator_client, url, q="barnehage OR skole") == []
    # A minus does not exclude, quotes do not ask for a phrase, a star is no wildcard.
    assert set(search(facilitator_client, url, q="-skole barnehage")) == {
        "Barnehage eller skole.", "Skole ved barnehagen."
    }
    assert set(search(facilitator_client, url, q='"barnehage skole"')) == {
        "Barnehage eller skole.", "Skole ved barnehagen."
    }
    assert search(facilitator_client, url, q="barne*") == []


# Filters --------------------------------------------------------------------------------------


def test_words_table_and_kind_filter_together(facilitator_client: Client, workshop: Workshop) -> None:
    add_note(workshop, "Tiltak: flere barnehager.", number=1, kind=Note.Kind.ACTION)
    add_note(workshop, "Om barnehager.", number=1)
    add_note(workshop, "Tiltak for barnehager.", number=2, kind=Note.Kind.ACTION)
    add_note(workshop, "Tiltak uten ordet.", number=1, kind=Note.Kind.ACTION)

    hits = search(
        facilitator_client, search_url(workshop),
        q="barnehage", table=table(workshop, 1).pk, kind=Note.Kind.ACTION,
    )

    assert hits == ["Tiltak: flere barnehager."]


def test_round_question_organisation_and_theme_filter_too(
    facilitator_client: Client, workshop: Workshop
) -> None:
    first, second = question(workshop, 1, 1), question(workshop, 1, 2)
    said_by = organisation(workshop, "Fylke 1A")
    wanted = add_note(workshop, "Samarbeid med NAV.", question=first, said_by=said_by)
    add_note(workshop, "Samarbeid med skolen.", question=second, said_by=said_by)
    add_note(workshop, "Samarbeid i runde to.", round_number=2, question=question(workshop, 2, 1))
    add_note(workshop, "Samarbeid, sa ingen.", question=first)
    theme = Theme.objects.create(workshop=workshop, name="Samarbeid")
    theme.notes.add(wanted)
    url = search_url(workshop)

    assert search(facilitator_client, url, q="samarbeid", question=first.pk, organisation=said_by.pk) == [
        "Samarbeid med NAV."
    ]
    assert search(facilitator_client, url, theme=theme.pk) == ["Samarbeid med NAV."]
    assert search(facilitator_client, url, q="samarbeid", round=workshop.rounds.get(number=2).pk) == [
        "Samarbeid i runde to."
    ]


@pytest.mark.parametrize("field", ["round", "question", "table", "organisation", "theme"])
def test_a_filter_from_another_workshop_is_refused_with_a_form_error(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop, field: str
) -> None:
    add_note(workshop, "Samarbeid med NAV.")
    foreign = {
        "round": other_workshop.rounds.get(number=1).pk,
        "question": question(other_workshop).pk,
        "table": table(other_workshop).pk,
        "organisation": other_workshop.organisations.first().pk,
        "theme": Theme.objects.create(workshop=other_workshop, name="Fremmed").pk,
    }

    response = facilitator_client.get(search_url(workshop), {"q": "samarbeid", field: foreign[field]})

    page = response.content.decode()
    assert response.status_code == 400
    assert "Select a valid choice." in page
    assert "The search could not be run." in page
    assert found(response) == []


def test_filters_offer_only_the_workshops_own_choices(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    Theme.objects.create(workshop=workshop, name="Vårt tema")
    Theme.objects.create(workshop=other_workshop, name="Deres tema")

    page = facilitator_client.get(search_url(workshop)).content.decode()

    assert '<input type="search" name="q"' in page
    assert '<label for="id_table">Table</label>' in page
    assert "Vårt tema" in page
    assert "Deres tema" not in page
    tables = page[page.index('<select name="table"') :]
    tables = tables[: tables.index("</select>")]
    assert f'<option value="{table(workshop, 2).pk}">Group 2</option>' in tables
    assert f'<option value="{table(other_workshop).pk}">' not in tables


# What a hit shows -----------------------------------------------------------------------------


def test_the_note_is_escaped_before_the_matching_words_are_marked(
    facilitator_client: Client, workshop: Workshop
) -> None:
    add_note(workshop, '<script>alert("barnehage")</script> Barnehagen er <b>full</b>.\nNy linje.')

    response = facilitator_client.get(search_url(workshop), {"q": "barnehagene"})

    page = response.content.decode()
    assert (
        "&lt;script&gt;alert(&quot;<mark>barnehage</mark>&quot;)&lt;/script&gt; "
        "<mark>Barnehagen</mark> er &lt;b&gt;full&lt;/b&gt;.<br>Ny linje." in page
    )
    assert "<script>alert" not in page
    assert "<b>full" not in page


def test_a_hit_shows_where_it_was_said_and_links_to_where_it_is_compiled(
    facilitator_client: Client, workshop: Workshop
) -> None:
    first = question(workshop)
    note = add_note(
        workshop, "Samarbeid med NAV.", number=2, question=first, kind=Note.Kind.ADVICE,
        said_by=organisation(workshop, "Fylke 2B"),
    )
    Theme.objects.create(workshop=workshop, name="Samarbeid").notes.add(note)
    Theme.objects.create(workshop=workshop, name="NAV").notes.add(note)
    add_note(workshop, "Samarbeid om hele runden.", number=1)
    add_note(workshop, "Samarbeid i plenum.", number=None)

    response = facilitator_client.get(search_url(workshop), {"q": "samarbeid"})

    page = response.content.decode()
    assert '<p class="search-status" role="status">' in page
    assert "3 notes found." in page
    assert page.count('<li class="search-result">') == 3
    hit = page[page.index("<mark>Samarbeid</mark> med NAV.") :]
    hit = hit[: hit.index("</li>")]
    for shown in ("Round 1: Runde 1", first.text, "Group 2", "Fylke 2B", "Good advice", "NAV", "Samarbeid"):
        assert shown in hit
    assert f'href="/fasilitator/{workshop.slug}/sammenstill/sporsmal/{first.pk}/#note-{note.pk}"' in hit
    assert "The round as a whole" in page
    assert "Plenum" in page
    assert f'href="/fasilitator/{workshop.slug}/sammenstill/runde/1/#note-' in page


def test_a_hits_link_opens_the_page_where_it_is_compiled_at_the_note(
    facilitator_client: Client, workshop: Workshop
) -> None:
    """A question's page has every table's notes side by side, hundreds after a long day: the link
    used to open it at its top, and the facilitator had to find the note again to tick or tag it."""
    notes = [
        add_note(workshop, "Tolk på spørsmålet.", number=2, question=question(workshop)),
        add_note(workshop, "Tolk for runden som helhet.", number=1),
        add_note(workshop, "Tolk i plenum på spørsmålet.", number=None, question=question(workshop)),
        add_note(workshop, "Tolk i plenum for runden.", number=None),
    ]

    response = facilitator_client.get(search_url(workshop), {"q": "tolk"})

    page = response.content.decode().split('<ol class="search-results">', 1)[1]
    links = dict(zip(found(response), re.findall(r'<a href="([^"]+)">Compile the', page), strict=True))
    for note in notes:
        anchor = f"note-{note.pk}"
        assert links[note.text].endswith(f"/#{anchor}")
        address = links[note.text].removesuffix(f"#{anchor}")
        compiled = facilitator_client.get(address).content.decode()
        assert re.search(rf'<li [^>]*id="{anchor}"[^>]*>(?:(?!</li>).)*{note.text}', compiled, flags=re.S)


def test_hits_come_in_the_order_of_the_day(facilitator_client: Client, workshop: Workshop) -> None:
    add_note(workshop, "Tolk i runde to.", round_number=2, number=1)
    add_note(workshop, "Tolk ved bord to.", number=2)
    add_note(workshop, "Tolk ved bord en.", number=1)
    add_note(workshop, "Tolk igjen ved bord en.", number=1)

    assert search(facilitator_client, search_url(workshop), q="tolk") == [
        "Tolk ved bord en.", "Tolk igjen ved bord en.", "Tolk ved bord to.", "Tolk i runde to.",
    ]


def test_more_hits_than_are_shown_are_counted_and_the_page_says_so(
    facilitator_client: Client, workshop: Workshop
) -> None:
    Note.objects.bulk_create(
        Note(workshop=workshop, table=table(workshop), round=workshop.rounds.get(number=1),
             text=f"Tolk nummer {n}.", position=n)
        for n in range(1, SHOWN_MAX + 2)
    )

    response = facilitator_client.get(search_url(workshop), {"q": "tolk"})

    page = response.content.decode()
    assert f"{SHOWN_MAX + 1} notes found." in page
    assert f"Showing the first {SHOWN_MAX}" in page
    assert len(found(response)) == SHOWN_MAX


def test_the_empty_search_page_finds_nothing_and_the_compile_page_links_to_it(
    facilitator_client: Client, workshop: Workshop
) -> None:
    add_note(workshop, "Et notat.")

    response = facilitator_client.get(search_url(workshop))
    compile_page = facilitator_client.get(f"/fasilitator/{workshop.slug}/sammenstill/").content.decode()

    assert response.status_code == 200
    assert found(response) == []
    assert "found." not in response.content.decode()
    assert f'action="{search_url(workshop)}"' in compile_page


def test_every_compile_and_theme_page_links_to_the_search(facilitator_client: Client, workshop: Workshop) -> None:
    theme = Theme.objects.create(workshop=workshop, name="Bolig")
    base = f"/fasilitator/{workshop.slug}/"
    pages = (f"sammenstill/sporsmal/{question(workshop).pk}/", "sammenstill/runde/1/", "tema/", f"tema/{theme.pk}/")
    for path in pages:
        page = facilitator_client.get(base + path).content.decode()
        assert f'href="{search_url(workshop)}"' in page, path


def test_deleted_notes_never_appear(
    facilitator_client: Client, workshop: Workshop, facilitator: User
) -> None:
    add_note(workshop, "Barnehagen er full.")
    gone = add_note(workshop, "Barnehagen er borte.", kind=Note.Kind.ACTION)
    gone.delete_softly(by=Actor(user=facilitator))

    assert search(facilitator_client, search_url(workshop), q="barnehage") == ["Barnehagen er full."]
    assert search(facilitator_client, search_url(workshop), kind=Note.Kind.ACTION) == []
    assert search(facilitator_client, ALL_URL, q="barnehage") == ["Barnehagen er full."]


# Every workshop -------------------------------------------------------------------------------


def test_the_search_over_every_workshop_finds_notes_of_each_and_names_the_workshop(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    add_note(workshop, "Tolk i Oslo.")
    add_note(other_workshop, "Tolkar i Bodø.", kind=Note.Kind.QUESTION)
    add_note(other_workshop, "Tolker, igjen.")

    response = facilitator_client.get(ALL_URL, {"q": "tolk", "kind": Note.Kind.QUESTION})
    everything = search(facilitator_client, ALL_URL, q="tolk")

    page = response.content.decode()
    assert found(response) == ["Tolkar i Bodø."]
    assert other_workshop.title in page
    assert set(everything) == {"Tolk i Oslo.", "Tolkar i Bodø.", "Tolker, igjen."}
    for absent in ("round", "question", "table", "organisation", "theme"):
        assert f'name="{absent}"' not in page


def test_the_search_over_every_workshop_ignores_filters_it_does_not_offer(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    add_note(other_workshop, "Tolk i Bodø.")

    assert search(facilitator_client, ALL_URL, q="tolk", table=table(workshop).pk) == ["Tolk i Bodø."]


# Hostile input --------------------------------------------------------------------------------

HOSTILE_QUERIES = [
    '"', "'", "*", "NEAR(", "OR", "a OR b", "-x", "()", "\x00", "barne\x00hage", "x" * 10_000,
    "'; DROP TABLE groups_note; --", "%", "_", "\\", "a:* & !b | c <-> d", "ø" * 200, "\u202e\u200b",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
@pytest.mark.parametrize("page", ["workshop", "every workshop"])
def test_hostile_queries_get_an_answer_never_a_server_error(
    facilitator_client: Client, workshop: Workshop, query: str, page: str
) -> None:
    add_note(workshop, "A or b, near x.")
    url = search_url(workshop) if page == "workshop" else ALL_URL

    response = facilitator_client.get(url, {"q": query})

    assert response.status_code in (200, 400)
    assert Note.objects.filter(workshop=workshop).count() == 1


def test_a_10000_character_query_is_refused_with_a_message(
    facilitator_client: Client, workshop: Workshop
) -> None:
    response = facilitator_client.get(search_url(workshop), {"q": "ø" * 10_000})

    assert response.status_code == 400
    assert "Ensure this value has at most 200 characters (it has 10000)." in response.content.decode()


@pytest.mark.parametrize("url", ["workshop", "every workshop"])
def test_a_null_character_in_the_query_is_a_form_error(
    facilitator_client: Client, workshop: Workshop, url: str
) -> None:
    response = facilitator_client.get(search_url(workshop) if url == "workshop" else ALL_URL, {"q": "a\x00b"})

    assert response.status_code == 400
    assert "Null characters are not allowed." in response.content.decode()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("table", "abc"), ("table", "99999999999999999999999"), ("table", "-1"), ("round", "1.5"),
        ("question", "\x00"), ("theme", "0x10"), ("organisation", "1 OR 1=1"), ("kind", "evil"),
    ],
)
def test_nonsense_filters_are_form_errors(
    facilitator_client: Client, workshop: Workshop, field: str, value: str
) -> None:
    response = facilitator_client.get(search_url(workshop), {"q": "tolk", field: value})

    assert response.status_code == 400
    message = "Null characters are not allowed." if "\x00" in value else "Select a valid choice."
    assert f'<ul class="errorlist" id="id_{field}_error"><li>{message}' in response.content.decode()


# Who may search -------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["anonymous", "participant"])
def test_only_facilitators_may_search(
    client: Client, workshop: Workshop, participant: User, who: str
) -> None:
    if who == "participant":
        client.force_login(participant)
    add_note(workshop, "Hemmelig barnehage.")

    for url in (search_url(workshop), ALL_URL):
        response = client.get(url, {"q": "barnehage"})
        assert response.status_code == 403, url
        assert "Hemmelig" not in response.content.decode()


def test_search_answers_head_and_refuses_post(facilitator_client: Client, workshop: Workshop) -> None:
    for url in (search_url(workshop), ALL_URL):
        assert facilitator_client.head(url, {"q": "tolk"}).status_code == 200
        assert facilitator_client.post(url, {"q": "tolk"}).status_code == 405


def test_an_unknown_workshop_is_not_found(facilitator_client: Client, db: None) -> None:
    assert facilitator_client.get("/fasilitator/finnes-ikke/sok/").status_code == 404


# Queries --------------------------------------------------------------------------------------


def test_search_runs_the_same_number_of_queries_for_2_and_40_tables(
    facilitator_client: Client, db: None, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    for slug, tables in (("liten", 2), ("stor", 40)):
        workshop = build_workshop(slug=slug, tables=tables, notes_per_table=4)
        theme = Theme.objects.create(workshop=workshop, name="Notater")
        theme.notes.set(workshop.notes.all())
        Theme.objects.create(workshop=workshop, name="Utvalg").notes.set(workshop.notes.all()[:3])
        url = search_url(workshop)
        filters: dict[str, str | int] = {"q": "notat", "table": table(workshop).pk, "theme": theme.pk}

        with django_assert_num_queries(SEARCH_QUERIES):
            everything = facilitator_client.get(url, {"q": "notat"})
        with django_assert_num_queries(FILTERED_QUERIES):
            filtered = facilitator_client.get(url, filters)
        with django_assert_num_queries(SEARCH_ALL_QUERIES):
            every_workshop = facilitator_client.get(ALL_URL, {"q": "notat"})

        assert len(found(everything)) == tables * 4
        assert len(found(filtered)) == 4
        assert len(found(every_workshop)) == min(Note.objects.count(), SHOWN_MAX)
        assert f"Group {tables}" in everything.content.decode()


# The same answers on SQLite and PostgreSQL ------------------------------------------------------

# Notes where PostgreSQL's parser and stemmer once read other words than the Python on SQLite did.
PARITY_NOTES = {
    # Words joined by a slash, a dot or an @ were one "file name", "host" or "e-mail" to PostgreSQL.
    "slash": "Samarbeid med kommunene/flyktningtjenestene.",
    "host": "Se nav.no og imdi.no for tall.",
    "email": "Skriv til post@imdi.no.",
    "abbreviations": "Vi har f.eks. tolk, bl.a. på arabisk.",
    "acronyms": "NHO/LO og IMDi/NIR var med.",
    "numbers": "Skoleåret 2015/16 møttes vi 2-3 ganger, kl. 10.30.",
    "url": "Siden https://www.imdi.no/tolk er god.",
    "hyphen": "E-post til alle.",
    # "å" as "a" and a combining ring, as some keyboards and pasted text have it: PostgreSQL split the word.
    "decomposed": unicodedata.normalize("NFD", "Språk åpner dører."),
    # Snowball 3 (Python) keeps the -ers of some words that PostgreSQL's Snowball takes off.
    "genitive": "Alle gruppers innspill tas med.",
    "across": "Samarbeid på tvers av etatene.",
    # PostgreSQL reads a word with a digit as it is, unstemmed; Python sent one form per Snowball stem.
    "digits": "Covid19-tiltakene når 20åringene.",
    # A one-letter word split off by an apostrophe was searched with endings put on: "s" as "ser", "sa", "se".
    "apostrophe": "Statsforvalter's rolle er uklar.",
    "sees": "Statsforvalteren ser på saken.",
    "says": "NAV sa ja til tiltaket.",
}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # 108 notes on SQLite, 107 on PostgreSQL in the demo workshop: "kommunene/flyktningtjenestene".
        ("kommunene", {"slash"}),
        ("kommune", {"slash"}),
        ("flyktningtjenesten", {"slash"}),
        ("kommunene/flyktningtjenestene", {"slash"}),
        ("nav", {"host", "says"}),
        ("imdi", {"host", "email", "acronyms", "url"}),
        ("post", {"email", "hyphen"}),
        ("eks", {"abbreviations"}),
        ("tolk", {"abbreviations", "url"}),
        ("NHO", {"acronyms"}),
        ("lo", {"acronyms"}),
        ("nir", {"acronyms"}),
        ("2015", {"numbers"}),
        ("16", {"numbers"}),
        ("3", {"numbers"}),
        ("30", {"numbers"}),
        ("e-post", {"hyphen"}),
        ("språket", {"decomposed"}),
        ("åpne", {"decomposed"}),
        ("gruppe", {"genitive"}),
        ("gruppene", {"genitive"}),
        ("tvers", {"across"}),
        ("20åringer", {"digits"}),
        ("20åring", {"digits"}),
        ("covid19", {"digits"}),
        ("statsforvalter's", {"apostrophe"}),
        ("statsforvalter", {"apostrophe", "sees"}),
        ("NAV's", set()),
        ("f.eks", {"abbreviations"}),
    ],
)
def test_sqlite_and_postgresql_find_the_same_notes(
    facilitator_client: Client, workshop: Workshop, query: str, expected: set[str]
) -> None:
    for text in PARITY_NOTES.values():
        add_note(workshop, text)

    hits = search(facilitator_client, search_url(workshop), q=query)

    assert set(hits) == {unicodedata.normalize("NFC", PARITY_NOTES[name]) for name in expected}


def test_a_one_letter_word_is_found_and_marked_as_it_is_never_inflected(
    facilitator_client: Client, workshop: Workshop
) -> None:
    add_note(workshop, "Statsforvalter's folk ser på saken.")

    page = facilitator_client.get(search_url(workshop), {"q": "statsforvalter's"}).content.decode()

    assert "<mark>Statsforvalter</mark>&#x27;<mark>s</mark> folk ser på saken." in page


# PostgreSQL -----------------------------------------------------------------------------------


def test_python_stems_every_word_as_postgresql_does(db: None) -> None:
    """SQLite's answers are PostgreSQL's only while both run the same Snowball algorithm: Snowball 3
    (PostgreSQL 19) stems words ending in -ers otherwise than Snowball 2 (PostgreSQL 15 to 18)."""
    if connection.vendor != "postgresql":
        pytest.skip("compares Python's stemmer with PostgreSQL's")
    words = [
        "gruppers", "tvers", "aktivers", "alters", "arbeidsgivers", "innbyggers", "lærers", "barnehagene",
        "barnehagane", "innvandrerne", "frivilligheita", "bosettingen", "tjenestene", "tenestene", "rutinar",
    ]
    with connection.cursor() as cursor:
        cursor.execute("SELECT word, (ts_lexize('norwegian_stem', word))[1] FROM unnest(%s::text[]) AS word", [words])
        postgresql = dict(cursor.fetchall())

    assert {word: stem(word) for word in words} == postgresql


def test_postgresql_answers_from_the_full_text_index(workshop: Workshop) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the full-text index exists on PostgreSQL only; SQLite reads the stems in Python")
    add_note(workshop, "Barnehagane treng fleire tilsette.")
    with CaptureQueriesContext(connection) as queries:
        ids = matching(Note.objects.all(), search_terms("barnehagene"))
    assert len(ids) == 1

    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {queries.captured_queries[-1]['sql']}")
        plan = "\n".join(row[0] for row in cursor.fetchall())

    # Every note's text is read through the index: the expression is the one Django writes.
    assert "Bitmap Index Scan on groups_note_text_search" in plan, plan
