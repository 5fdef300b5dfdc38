"""The published report, as participants read it, and the start page listing reports."""

from __future__ import annotations

import datetime
import re

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ImproperlyConfigured
from django.db.models import F
from django.test import Client
from django.utils import timezone
from pytest_django import DjangoAssertNumQueries, Settings

from evaluation.demo import build_survey as build_demo_survey
from groups.models import Note, Theme
from tests.evaluation.factories import closed_survey, respond
from tests.factories import build_workshop, table
from workshop import report
from workshop.demo import load_workshop
from workshop.exchange import COPY, export_json, import_workshop
from workshop.models import Organisation, ProgrammeItem, Question, Workshop

# Anonymous reader: the workshop, then programme + speakers, rounds + questions,
# tables + organisations, all the notes at once, which notes are highlights on which question,
# whether there is an evaluation survey
# (tests/evaluation/test_report.py counts a report with one), and the workshop's themes
# (none here; tests/groups/test_themes.py counts a report with themes: one more, their notes).
# Before those, the cache key: the notes' state and the survey's (workshop/report.py).
REPORT_QUERIES = 2 + 11
# The same report again, unchanged: the workshop and the cache key's two, then the cached body.
CACHED_REPORT_QUERIES = 3


@pytest.fixture(autouse=True)
def english(settings: Settings) -> None:
    """Assert on the English msgids, whatever Bokmål translations arrive later."""
    settings.LANGUAGE_CODE = "en"


def publish(workshop: Workshop) -> Workshop:
    workshop.publish()
    return workshop


def note(workshop: Workshop, text: str, **fields: object) -> Note:
    return Note.objects.create(workshop=workshop, text=text, **fields)


def organisation(workshop: Workshop, name: str) -> Organisation:
    return workshop.organisations.get(name=name)


def report_html(client: Client, workshop: Workshop) -> str:
    response = client.get(f"/rapport/{workshop.slug}/")
    assert response.status_code == 200
    return response.content.decode()


def test_reader_sees_title_date_venue_organiser_summary_and_desired_outcomes(
    client: Client, workshop: Workshop
) -> None:
    workshop.summary = "Fylkeskommunen er en nøkkelaktør i integreringsarbeidet."
    workshop.save()
    publish(workshop)

    html = report_html(client, workshop)

    assert "<h1>Arbeidsverksted inkludering</h1>" in html
    assert 'datetime="2025-10-23"' in html
    assert "Oslo" in html
    assert "Organised by Distriktssenteret" in html
    assert "Summary (conclusion)" in html
    assert "Fylkeskommunen er en nøkkelaktør i integreringsarbeidet." in html
    assert "<li>Nye ideer og motivasjon</li>" in html
    assert "<li>Innspill til nasjonal politikkutvikling</li>" in html
    assert html.index("Summary (conclusion)</h2>") < html.index("Desired outcomes</h2>")


def test_reader_sees_talks_then_pitches_with_speakers_and_their_notes(
    client: Client, workshop: Workshop
) -> None:
    talk = workshop.programme.get(kind=ProgrammeItem.Kind.TALK)
    note(workshop, "58 % av introdeltakerne fra Ukraina er i jobb.", programme_item=talk)
    pitch = ProgrammeItem.objects.create(
        workshop=workshop, starts_at=datetime.time(10), title="Agder-modellen", kind="pitch"
    )
    pitch.speakers.create(name="Ola Nordmann", role="Rådgiver", organisation="Agder")
    note(workshop, "Tverrfaglig team på tvers av avdelinger.", programme_item=pitch)
    publish(workshop)

    html = report_html(client, workshop)

    assert "Kari Nordmann, Direktør, IMDi" in html
    assert "58 % av introdeltakerne fra Ukraina er i jobb." in html
    assert "Ola Nordmann, Rådgiver, Agder" in html
    assert html.index("Talks</h2>") < html.index("IMDi</h3>") < html.index("Pitches</h2>")
    assert html.index("Pitches</h2>") < html.index("Agder-modellen</h3>")
    assert html.index("Agder-modellen</h3>") < html.index("Tverrfaglig team")


def test_a_talk_without_notes_says_so_instead_of_an_empty_heading(client: Client, workshop: Workshop) -> None:
    publish(workshop)

    html = report_html(client, workshop)

    talk = html.index("<h3>IMDi</h3>")
    assert talk < html.index("No notes from this talk.", talk) < html.index("</article>", talk)


def test_reader_sees_table_notes_under_their_question_with_who_said_them(
    client: Client, workshop: Workshop
) -> None:
    round_one = workshop.rounds.get(number=1)
    first, second = round_one.questions.all()
    note(
        workshop, "Vi har et fagnettverk med NAV.", table=table(workshop, 1), round=round_one,
        question=first, organisation=organisation(workshop, "Fylke 1A"),
    )
    note(
        workshop, "Bosetting hører til vår avdeling.", table=table(workshop, 2),
        round=round_one, question=second, organisation=organisation(workshop, "Fylke 2B"),
    )
    publish(workshop)

    html = report_html(client, workshop)

    first_heading = html.index("1.1 Spørsmål 1.1</h4>")
    second_heading = html.index("1.2 Spørsmål 1.2</h4>")
    agder = html.index('<span class="said-by"><bdi>Fylke 1A</bdi>:</span> <bdi>Vi har et fagnettverk med NAV.</bdi>')
    bosetting = html.index(
        '<span class="said-by"><bdi>Fylke 2B</bdi>:</span> <bdi>Bosetting hører til vår avdeling.</bdi>'
    )
    assert first_heading < html.index("Group 1</h5>", first_heading) < agder < second_heading
    assert second_heading < html.index("Group 2</h5>", second_heading) < bosetting
    assert "I: 3 min, G: 30 min, P: 2 min per table" in html


def test_reader_sees_notes_about_the_round_as_a_whole_per_table(
    client: Client, workshop: Workshop
) -> None:
    round_one = workshop.rounds.get(number=1)
    note(workshop, "Generelt om runden.", table=table(workshop, 2), round=round_one)
    publish(workshop)

    html = report_html(client, workshop)

    whole = html.index("The round as a whole</h4>")
    assert whole < html.index("Group 2</h5>", whole) < html.index("Generelt om runden.")


def test_the_rounds_summary_comes_first_under_the_round_as_a_whole_as_a_questions_does(
    client: Client, workshop: Workshop
) -> None:
    # It used to come after every table's notes on the round as a whole.
    round_one = workshop.rounds.get(number=1)
    round_one.summary = "Runden samlet seg om bolig."
    round_one.save()
    note(workshop, "Generelt om runden.", table=table(workshop, 2), round=round_one)
    publish(workshop)

    html = report_html(client, workshop)

    whole = html.index("The round as a whole</h4>")
    assert whole < html.index("Runden samlet seg om bolig.") < html.index("Group 2</h5>", whole)
    round_two = workshop.rounds.get(number=2)
    round_two.summary = "Bare et sammendrag."
    round_two.save()
    html = report_html(client, workshop)
    assert html.index('id="round-2-whole"') < html.index("Bare et sammendrag.")


def test_reader_sees_question_summary_and_highlights_before_the_tables(
    client: Client, workshop: Workshop
) -> None:
    round_one = workshop.rounds.get(number=1)
    question = round_one.questions.first()
    assert question is not None
    question.summary = "Alle bordene peker på samarbeid med NAV."
    question.save()
    note(
        workshop, "Samarbeid med NAV er avgjørende.", table=table(workshop, 2), round=round_one,
        question=question, kind=Note.Kind.ADVICE,
    ).highlighted_on.add(question)
    note(
        workshop, "Vanlig notat.", table=table(workshop, 1), round=round_one, question=question,
        shared_in_plenum=True,
    )
    publish(workshop)

    html = report_html(client, workshop)

    summary = html.index("Alle bordene peker på samarbeid med NAV.")
    highlights = html.index("Highlights</h5>")
    group_one = html.index("Group 1</h5>")
    assert summary < highlights < group_one
    assert html.index("Group 2</span> \N{EN DASH} <bdi>Samarbeid med NAV er avgjørende.</bdi>") < group_one
    assert "Good advice</span>" in html
    assert "Shared in plenum</span>" in html


def test_reader_sees_plenum_notes_of_a_round(client: Client, workshop: Workshop) -> None:
    round_two = workshop.rounds.get(number=2)
    note(workshop, "Ungdom. Føringer og midler må følge med.", round=round_two)
    round_two.summary = "Runden viste behov for midler."
    round_two.save()
    publish(workshop)

    html = report_html(client, workshop)

    round_heading = html.index("2. Runde 2</h3>")
    assert round_heading < html.index("Runden viste behov for midler.")
    assert html.index("Plenum</h4>", round_heading) < html.index("Ungdom. Føringer og midler")


def test_reader_sees_actions_grouped_by_organisation(client: Client, workshop: Workshop) -> None:
    round_one = workshop.rounds.get(number=1)
    note(
        workshop, "Ringe Tore i Agder.", table=table(workshop, 2), round=round_one,
        kind=Note.Kind.ACTION, organisation=organisation(workshop, "Fylke 2A"),
    )
    note(
        workshop, "Ta kontakt med integreringsrådgiveren.", table=table(workshop, 1),
        round=round_one, kind=Note.Kind.ACTION, organisation=organisation(workshop, "Fylke 1B"),
    )
    note(
        workshop, "Ryddig eget hus.", table=table(workshop, 1), round=round_one,
        kind=Note.Kind.ACTION,
    )
    note(workshop, "Ikke en handling.", table=table(workshop, 1), round=round_one)
    publish(workshop)

    html = report_html(client, workshop)
    actions = html[html.index("What we do when we get home</h2>"):]

    fylke_1b = actions.index("<h3>Fylke 1B</h3>")
    fylke_2a = actions.index("<h3>Fylke 2A</h3>")
    without = actions.index("<h3>Without organisation</h3>")
    assert fylke_1b < actions.index("Ta kontakt med integreringsrådgiveren.") < fylke_2a
    assert fylke_2a < actions.index("Ringe Tore i Agder.") < without
    assert without < actions.index("Group 1:</span> Ryddig eget hus.")
    assert "Ikke en handling." not in actions


def test_a_round_of_things_to_do_is_reported_once_by_organisation_with_the_unsaid_table_by_table(
    client: Client, workshop: Workshop
) -> None:
    """The seed's last round, "What do we do when we get home?": every note an action. They were listed
    by table under the round and again by organisation, with the unattributed in the order of the questions."""
    round_two = workshop.rounds.get(number=2)
    question = round_two.questions.order_by("order").first()
    round_two.summary = "Alle skal følge opp."
    round_two.save()
    for number, text, organisation_name, asked in (
        (2, "Ringe statsforvalteren.", None, question), (1, "Orientere internt.", None, question),
        (2, "Lage politiske saker.", None, None), (1, "Ta kontakt med rådgiveren.", "Fylke 1B", None),
    ):
        note(
            workshop, text, table=table(workshop, number), round=round_two, question=asked, kind=Note.Kind.ACTION,
            organisation=organisation(workshop, organisation_name) if organisation_name else None,
        )
    publish(workshop)

    html = report_html(client, workshop)

    said = ("Ringe statsforvalteren.", "Orientere internt.", "Lage politiske saker.", "Ta kontakt med rådgiveren.")
    for text in said:
        assert html.count(text) == 1, text
    round_part = html[html.index("2. Runde 2</h3>"):html.index("What we do when we get home</h2>")]
    assert 'under <a href="#actions">What we do when we get home</a>, by organisation.' in round_part
    assert "Alle skal følge opp." in round_part and "No notes for this question." not in round_part
    # Each question's heading says where its notes are: the seed's 5.1 had nothing under it.
    for order in (1, 2):
        section = round_part.split(f"<h4 id=\"round-2-question-{order}-heading\">")[1]
        section = section[:section.index("</section>")]
        assert 'Its notes are under <a href="#actions">What we do when we get home</a>.' in section, order
    without = html.split("<h3>Without organisation</h3>")[1]
    assert (
        without.index("Orientere internt.") < without.index("Ringe statsforvalteren.")
        < without.index("Lage politiske saker.")
    )


def test_actions_are_grouped_by_organisation_in_norwegian_order(client: Client, workshop: Workshop) -> None:
    round_one = workshop.rounds.get(number=1)
    for name in ("Åfjord kommune", "Ørland kommune", "Agder fylkeskommune"):
        note(
            workshop, f"Handling fra {name}.", table=table(workshop, 1), round=round_one,
            kind=Note.Kind.ACTION, organisation=Organisation.objects.create(workshop=workshop, name=name),
        )
    publish(workshop)

    actions = report_html(client, workshop).split("What we do when we get home</h2>")[1]

    in_order = ("Agder fylkeskommune", "Ørland kommune", "Åfjord kommune")
    headings = [actions.index(f"<h3>{name}</h3>") for name in in_order]
    assert headings == sorted(headings)


def test_note_text_with_markup_is_escaped(client: Client, workshop: Workshop) -> None:
    round_one = workshop.rounds.get(number=1)
    note(
        workshop, '<script>alert("x")</script>', table=table(workshop, 1), round=round_one,
        kind=Note.Kind.ACTION,
    )
    workshop.summary = "<b>fet</b>"
    workshop.save()
    publish(workshop)

    html = report_html(client, workshop)

    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<b>fet</b>" not in html
    assert "&lt;b&gt;fet&lt;/b&gt;" in html


def test_report_shows_nothing_from_another_workshop(
    client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    other_round = other_workshop.rounds.get(number=1)
    note(other_workshop, "Hemmelig fra et annet verksted.", table=table(other_workshop, 1),
         round=other_round)
    publish(workshop)
    publish(other_workshop)

    html = report_html(client, workshop)

    assert "Hemmelig fra et annet verksted." not in html


def test_unpublished_report_is_not_found_for_anonymous_reader(
    client: Client, workshop: Workshop
) -> None:
    response = client.get(f"/rapport/{workshop.slug}/")

    assert response.status_code == 404


def test_unpublished_report_is_not_found_for_logged_in_participant(
    client: Client, workshop: Workshop, participant: User
) -> None:
    client.force_login(participant)

    response = client.get(f"/rapport/{workshop.slug}/")

    assert response.status_code == 404


def test_unknown_report_is_not_found(client: Client, db: None) -> None:
    assert client.get("/rapport/finnes-ikke/").status_code == 404


def test_facilitator_previews_unpublished_report_with_a_banner(
    facilitator_client: Client, workshop: Workshop
) -> None:
    html = report_html(facilitator_client, workshop)

    assert "Preview — not published" in html
    assert f'href="/fasilitator/{workshop.slug}/sammenstill/"' in html


def test_published_report_has_no_preview_banner(
    facilitator_client: Client, workshop: Workshop
) -> None:
    publish(workshop)

    html = report_html(facilitator_client, workshop)

    assert "Preview — not published" not in html


def test_report_answers_only_get(client: Client, workshop: Workshop) -> None:
    publish(workshop)

    response = client.post(f"/rapport/{workshop.slug}/")

    assert response.status_code == 405


def test_index_lists_only_published_listed_workshops(client: Client, db: None) -> None:
    publish(build_workshop(slug="publisert"))
    build_workshop(slug="utkast")
    hidden = publish(build_workshop(slug="skjult"))
    hidden.listed = False
    hidden.save()

    response = client.get("/")

    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="/rapport/publisert/"' in html
    assert "Arbeidsverksted publisert" in html
    assert "Oslo" in html
    assert "/rapport/utkast/" not in html
    assert "/rapport/skjult/" not in html


def test_unlisted_published_report_is_reachable_by_its_address(client: Client, db: None) -> None:
    hidden = publish(build_workshop(slug="skjult"))
    hidden.listed = False
    hidden.save()

    assert "/rapport/skjult/" not in client.get("/").content.decode()
    assert client.get("/rapport/skjult/").status_code == 200


def test_report_runs_the_same_number_of_queries_for_small_and_large_workshops(
    client: Client, db: None, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    small = publish(build_workshop(slug="liten", tables=2, notes_per_table=3))
    large = publish(build_workshop(slug="stor", tables=12, notes_per_table=40))
    round_two = large.rounds.get(number=2)
    note(large, "Plenum i runde 2.", round=round_two)
    # With every section the report can have, the themes' too.
    Workshop.objects.filter(pk__in=[small.pk, large.pk]).update(report_shows_themes=True)

    with django_assert_num_queries(REPORT_QUERIES):
        small_html = report_html(client, small)
    with django_assert_num_queries(REPORT_QUERIES):
        large_html = report_html(client, large)
    for workshop, html in ((small, small_html), (large, large_html)):
        with django_assert_num_queries(CACHED_REPORT_QUERIES):
            again = report_html(client, workshop)
        # The same page, byte for byte: a reader's published report carries no nonce or token of
        # its own, so caches may keep it (tests/workshop/test_report_caching.py).
        assert again == html
        assert "nonce=" not in html

    assert "Notat 1 fra bord 2" in small_html
    assert "Notat 39 fra bord 12" in large_html
    assert "Group 12</h5>" in large_html


def test_the_report_has_one_reader_of_its_tables_and_notes_and_refuses_a_second() -> None:
    # groups gave it in its AppConfig.ready; a second would leave which one the report shows to chance.
    with pytest.raises(ImproperlyConfigured, match="already"):
        report.register_tables_and_notes(report.tables_and_notes)


def test_a_report_without_a_reader_of_its_tables_and_notes_says_which_app_is_missing(
    workshop: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report, "_read_tables_and_notes", None)
    with pytest.raises(ImproperlyConfigured, match="is groups in INSTALLED_APPS"):
        report.build_report(workshop)


def test_a_question_without_notes_points_to_the_round_as_a_whole_when_the_tables_wrote_there(
    client: Client, workshop: Workshop
) -> None:
    # "No notes for this question." under each question, above 128 notes on the round as a whole, read as if
    # the round had produced nothing.
    round_one = workshop.rounds.get(number=1)
    note(workshop, "Om hele runden.", table=table(workshop, 1), round=round_one, question=None)
    publish(workshop)

    html = report_html(client, workshop)

    round_part = html[html.index("1. Runde 1</h3>"):html.index("2. Runde 2</h3>")]
    assert 'No notes for this question alone: the tables wrote on <a href="#round-1-whole">' in round_part
    assert "No notes for this question." not in round_part
    round_two = html[html.index("2. Runde 2</h3>"):]
    assert "No notes for this question." in round_two


def test_every_named_region_of_the_report_has_a_name_of_its_own(client: Client, workshop: Workshop) -> None:
    # "Runden som helhet" in every round and "Gruppe 1" under every question were regions of one name
    # each: a screen reader's list of landmarks could not tell them apart (axe: landmark-unique).
    for number in (1, 2):
        round_ = workshop.rounds.get(number=number)
        question = round_.questions.order_by("order").first()
        for table_number in (1, 2):
            note(workshop, "Svar.", table=table(workshop, table_number), round=round_, question=question)
            note(workshop, "Om runden.", table=table(workshop, table_number), round=round_, question=None)
        note(workshop, "Fra plenum.", round=round_, question=None)
    publish(workshop)

    html = report_html(client, workshop)

    headings = {
        found[2]: re.sub(r"<[^>]+>", "", found[3]).strip()
        for found in re.finditer(r'<(h[1-6]|p)[^>]* id="([^"]+)"[^>]*>(.*?)</\1>', html, re.S)
    }
    names = [
        " ".join(headings[ref] for ref in found[1].split())
        for found in re.finditer(r'<(?:section|nav)[^>]* aria-labelledby="([^"]+)"', html)
    ]
    assert "Group 1" not in names
    assert len(names) == len(set(names)), sorted(name for name in names if names.count(name) > 1)


def test_highlights_are_in_table_order_whatever_the_notes_places(client: Client, workshop: Workshop) -> None:
    # A note's place counts within its table: table 2's notes at places 1-2 came before table 1's at 3-4.
    round_one = workshop.rounds.get(number=1)
    question = round_one.questions.order_by("order").first()
    first = [note(workshop, f"Bord 1, notat {n}", table=table(workshop, 1), round=round_one, question=question)
             for n in (1, 2)]
    second = [note(workshop, f"Bord 2, notat {n}", table=table(workshop, 2), round=round_one, question=question)
              for n in (1, 2)]
    Note.objects.filter(pk__in=[n.pk for n in first]).update(position=F("position") + 10)
    question.highlights.set([*first, *second])
    publish(workshop)

    html = report_html(client, workshop)
    highlights = html.split("<h5>Highlights</h5>")[1].split("</ul>")[0]
    places = [highlights.index(text) for text in ("Bord 1, notat 1", "Bord 1, notat 2", "Bord 2, notat 1",
                                                  "Bord 2, notat 2")]
    assert places == sorted(places)


def ids_on(html: str) -> list[str]:
    return re.findall(r'\sid="([^"]+)"', html)


def test_the_reports_anchors_are_the_numbers_it_prints_and_outlive_an_import_into_another_workshop(
    client: Client, db: None
) -> None:
    # A link into the report (shared in an e-mail) ended "#question-12", the question's database id: after a
    # restore or an import into another server, with other ids, it led nowhere.
    workshop = build_workshop(slug="lenker", notes_per_table=5)
    respond(closed_survey(workshop), q1="fylkeskommune", q2="yes", q3="nyttig", q4="enig")
    for name, notes in (("Bolig", [0, 1]), ("Arbeid", [2])):
        Theme.objects.tag(workshop, name, Note.objects.filter(workshop=workshop).order_by("pk")[notes[0]:notes[-1] + 1])
    workshop.report_shows_themes = True
    workshop.save(update_fields=["report_shows_themes"])
    before = report_html(client, publish(workshop))

    copy = import_workshop(export_json(workshop), mode=COPY, slug="lenker-kopi").workshop
    assert copy is not None
    after = report_html(client, publish(copy))

    questions = {slug: set(Question.objects.filter(round__workshop__slug=slug).values_list("pk", flat=True))
                 for slug in ("lenker", "lenker-kopi")}
    assert questions["lenker"].isdisjoint(questions["lenker-kopi"])
    assert ids_on(after) == ids_on(before)
    # The anchor is the heading's number: round 1's second question is "1.2", at #round-1-question-2.
    assert '<li><a href="#round-1-question-2">Spørsmål 1.2</a></li>' in before
    assert '<section class="question" id="round-1-question-2"' in before
    assert '<h4 id="round-1-question-2-heading">1.2 Spørsmål 1.2</h4>' in before
    assert 'id="round-1-question-2-table-1"' in before
    # The evaluation's, by the question's number in the survey: its third question is "2a", shown after a yes.
    assert '<section class="survey-result" id="evaluation-question-2a"' in before
    assert '<h3 id="evaluation-question-2a-heading">2a. ' in before
    # A theme's, by its place among the report's themes (in Norwegian order).
    assert '<article class="theme" id="theme-1" aria-labelledby="theme-1-heading">' in before
    assert '<h3 id="theme-1-heading">Arbeid</h3>' in before and '<h3 id="theme-2-heading">Bolig</h3>' in before


def test_every_link_and_label_within_the_report_leads_to_one_id_on_the_page(client: Client, db: None) -> None:
    workshop = load_workshop(slug="hele-rapporten")
    build_demo_survey(workshop, responses=True, closes_at=timezone.now() - datetime.timedelta(minutes=1))
    html = report_html(client, publish(workshop))

    ids = ids_on(html)
    assert sorted(name for name in ids if ids.count(name) > 1) == []
    links = set(re.findall(r'href="#([^"]+)"', html))
    assert {"summary", "group-work", "evaluation", "round-3-question-1"} <= links
    assert sorted(links - set(ids)) == []
    labels = {name for value in re.findall(r'aria-labelledby="([^"]+)"', html) for name in value.split()}
    assert sorted(labels - set(ids)) == []
