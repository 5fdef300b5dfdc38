"""The report as a Word file: made from the page's own body HTML, and read back here with python-docx."""

from __future__ import annotations

import html
import io
import re
import zipfile

import docx
import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils.translation import get_language, override
from docx.document import Document as WordDocument
from docx.oxml.ns import qn

from groups.models import Note
from tests.evaluation.factories import closed_survey, respond
from tests.factories import build_workshop, table
from workshop.models import Organisation, Workshop
from workshop.report_docx import bench_report_docx, report_docx, word_language
from workshop.text import without_bidi_controls
from workshop.views import report_body

pytestmark = pytest.mark.django_db

LONG_NOTE = ("Lang merknad om bosetting og kvalifisering i kommunene. " * 80)[:4000]
HOSTILE_NOTES = [
    "<script>alert(1)</script>",
    '=HYPERLINK("http://x")',
    "Vi feiret 🎉 med kake",
    "\u202eomvendt tekst\u202c etter",
    LONG_NOTE,
]
# Word's own contents field: Heading 1 to 3, entries as links, no page numbers in Web Layout, outline levels.
TOC_FIELD = ' TOC \\o "1-3" \\h \\z \\u '


def published_workshop(slug: str = "word-rapport", *, responses: int = 6) -> Workshop:
    """Notes at two tables, a note by Agder (good advice, shared in plenum), and an evaluation with charts."""
    workshop = build_workshop(slug=slug, notes_per_table=4)
    workshop.summary = "Fylkeskommunen er en nøkkelaktør.\n\nÆrlig talt: større åpenhet om økonomien."
    workshop.save()
    round_one = workshop.rounds.get(number=1)
    first_question = round_one.questions.get(order=1)
    agder = Organisation.objects.create(workshop=workshop, name="Agder")
    Note.objects.create(
        workshop=workshop, table=table(workshop), round=round_one, question=first_question,
        organisation=agder, kind=Note.Kind.ADVICE, shared_in_plenum=True, text="Bygg lag på tvers: æøå ÆØÅ",
    )
    survey = closed_survey(workshop)  # the report shows the results of a closed survey
    for n in range(responses):
        respond(survey, q1=("fylkeskommune", "annen-organisasjon")[n % 2], q2="yes", q3="nyttig", q4="enig")
    workshop.publish()
    return workshop


def body_of(workshop: Workshop) -> str:
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    return report_body(request, workshop)


def as_word(workshop: Workshop, language: str = "nb") -> tuple[str, WordDocument]:
    with override(language):
        body = body_of(workshop)
        data = report_docx(body, title=workshop.title, language=get_language())
    return body, docx.Document(io.BytesIO(data))


def page_headings(body: str) -> list[tuple[int, str]]:
    """The page's headings, (level, text), outside its contents list (a document has its own)."""
    body = re.sub(r"<nav\b.*?</nav>", "", body, flags=re.DOTALL)
    found = []
    for level, inner in re.findall(r"<h([1-6])\b[^>]*>(.*?)</h\1>", body, flags=re.DOTALL):
        text = html.unescape(re.sub(r"<[^>]+>", "", inner))
        found.append((int(level), " ".join(text.split())))
    return found


def word_headings(document: WordDocument) -> list[tuple[str, str]]:
    return [
        (paragraph.style.name, paragraph.text)
        for paragraph in document.paragraphs
        if paragraph.style is not None and paragraph.style.name.startswith(("Title", "Heading"))
    ]


def test_the_headings_are_the_pages_in_order_with_words_own_heading_styles() -> None:
    body, document = as_word(published_workshop())

    expected = [("Title" if level == 1 else f"Heading {level - 1}", text) for level, text in page_headings(body)]
    assert word_headings(document) == expected
    styles = {style for style, _ in expected}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3", "Heading 4"} <= styles
    assert ("Heading 1", "Sammendrag (konklusjon)") in expected
    assert ("Heading 1", "Innhold") not in expected  # the page's contents list is not in the document


@pytest.mark.parametrize(("language", "word"), [("nb", "nb-NO"), ("nn", "nn-NO"), ("en", "en-GB")])
def test_the_language_is_set_where_word_spell_checks(language: str, word: str) -> None:
    _, document = as_word(published_workshop(), language)

    styles = document.styles.element
    default_lang = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert default_lang is not None and default_lang.get(qn("w:val")) == word
    assert default_lang.get(qn("w:eastAsia")) and default_lang.get(qn("w:bidi"))
    normal_lang = document.styles["Normal"].element.find(f"{qn('w:rPr')}/{qn('w:lang')}")
    assert normal_lang is not None and normal_lang.get(qn("w:val")) == word
    assert not [lang for lang in styles.iter(qn("w:lang")) if lang.get(qn("w:val")) != word]  # no en-US left
    assert document.settings.element.find(qn("w:themeFontLang")).get(qn("w:val")) == word
    assert document.core_properties.language == word


def test_word_language_maps_djangos_codes() -> None:
    assert [word_language(code) for code in ("nb", "nn", "en", "en-us", "nb-NO", "xx")] == [
        "nb-NO", "nn-NO", "en-GB", "en-GB", "nb-NO", "nb-NO",
    ]


def test_each_chart_is_a_picture_with_alt_text_and_its_numbers_as_a_table_beneath() -> None:
    body, document = as_word(published_workshop())

    charts = body.count('<svg class="chart"')
    assert charts == 4  # the four questions with options; the comments have none
    pictures = document.inline_shapes
    assert len(pictures) == charts
    for picture in pictures:
        description = picture._inline.docPr.get("descr")
        assert description and "n = 6" in description
        image = document.part.related_parts[picture._inline.graphic.graphicData.pic.blipFill.blip.embed]
        assert image.content_type == "image/png"
    assert "Hvor jobber du?" in pictures[0]._inline.docPr.get("descr")

    # Beneath each picture, the next thing in the body is its numbers table.
    body_elements = list(document.element.body.iterchildren())
    drawing_paragraphs = [i for i, element in enumerate(body_elements) if element.findall(f".//{qn('w:drawing')}")]
    assert len(drawing_paragraphs) == charts
    tables = iter(document.tables)
    for index in drawing_paragraphs:
        assert body_elements[index + 1].tag == qn("w:tbl")
        numbers = next(tables)
        assert [cell.text for cell in numbers.rows[0].cells][:2] == ["Gruppe", "n"]
        assert numbers.rows[1].cells[0].text == "I alt"
        assert numbers.rows[1].cells[1].text == "6"
        caption = numbers._tbl.tblPr.find(qn("w:tblCaption"))
        assert caption is not None and caption.get(qn("w:val"))


def test_notes_are_bullets_with_the_organisation_in_bold_and_the_kind_and_sharing_shown() -> None:
    _, document = as_word(published_workshop())

    [note] = [p for p in document.paragraphs if "Bygg lag på tvers" in p.text]
    assert note.style.name == "List Bullet"
    assert note.text == "Agder: Bygg lag på tvers: æøå ÆØÅ (Godt råd) (Delt i plenum)"
    runs = {run.text: run for run in note.runs}
    assert runs["Agder:"].bold
    assert runs["(Godt råd)"].italic and runs["(Delt i plenum)"].italic
    assert not runs["Bygg lag på tvers: æøå ÆØÅ"].bold
    # Every other note is a bullet too, under its table's heading.
    assert sum(p.style.name == "List Bullet" and "Notat" in p.text for p in document.paragraphs) >= 8
    summaries = [p.text for p in document.paragraphs if p.style.name == "Normal"]
    assert "Fylkeskommunen er en nøkkelaktør." in summaries
    assert "Ærlig talt: større åpenhet om økonomien." in summaries


def test_hostile_notes_stay_text() -> None:
    workshop = published_workshop()
    round_one = workshop.rounds.get(number=1)
    for text in [*HOSTILE_NOTES, "Før\x0bkontroll\x1btegn\x08etter"]:
        Note.objects.create(workshop=workshop, table=table(workshop), round=round_one, text=text)
    _, document = as_word(workshop)

    texts = [p.text for p in document.paragraphs]
    for text in HOSTILE_NOTES:
        # Bidi controls are removed when a note is saved (workshop/text.py): the rest stays text.
        assert without_bidi_controls(text) in texts, text[:40]
    assert "Førkontrolltegnetter" in texts  # characters XML cannot hold are left out, not an error
    xml = document.element.xml
    # The one field and the only links are the contents list's, to the headings: no note became one.
    assert "<w:fldSimple" not in xml
    assert [instruction.text for instruction in document.element.body.iter(qn("w:instrText"))] == [TOC_FIELD]
    links = [link for paragraph in document.paragraphs for link in paragraph.hyperlinks]
    assert links and all(link.address == "" and link.fragment.startswith("_Toc") for link in links)
    assert {link.text for link in links} <= {text for _, text in word_headings(document)}
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in xml  # as characters, in a w:t
    assert len(document.inline_shapes) == 4  # nothing made a picture or object of a note


def contents_entries(document: WordDocument) -> list[tuple[str, str]]:
    """The contents list's entries as a reader sees them: (style, text)."""
    return [
        (paragraph.style.name, paragraph.text)
        for paragraph in document.paragraphs
        if paragraph.style is not None and paragraph.style.name.startswith("toc ")
    ]


def test_a_contents_list_follows_the_title_with_each_section_round_and_question_in_order() -> None:
    body, document = as_word(published_workshop())

    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert paragraphs[:3] == [
        ("Title", "Arbeidsverksted word-rapport"),
        ("Normal", "23. oktober 2025 · Oslo · Arrangert av Distriktssenteret"),
        ("TOC Heading", "Innhold"),
    ]
    # Heading 1 to 3 as the page has them: the sections, the talks and rounds, the questions;
    # not the tables under each question.
    expected = [(f"toc {level - 1}", text) for level, text in page_headings(body) if 2 <= level <= 4]
    entries = contents_entries(document)
    assert entries == expected
    assert entries[:8] == [
        ("toc 1", "Sammendrag (konklusjon)"),
        ("toc 1", "Ønsket resultat for dagen"),
        ("toc 1", "Innlegg"),
        ("toc 2", "IMDi"),
        ("toc 1", "Gruppearbeid"),
        ("toc 2", "1. Runde 1"),
        ("toc 3", "1.1 Spørsmål 1.1"),
        ("toc 3", "1.2 Spørsmål 1.2"),
    ]
    assert ("toc 3", "2.2 Spørsmål 2.2") in entries and ("toc 1", "Evaluering") in entries
    assert not [text for _, text in entries if text.startswith("Gruppe ")]
    # All of it between the title and the report's first section.
    assert paragraphs[3 : 3 + len(entries)] == entries
    assert paragraphs[3 + len(entries)] == ("Heading 1", "Sammendrag (konklusjon)")
    # Indented by level, a round's questions under it.
    indents = [document.styles[f"toc {level}"].paragraph_format.left_indent or 0 for level in (1, 2, 3)]
    assert indents[0] < indents[1] < indents[2]


def test_each_contents_entry_links_to_a_bookmark_on_its_heading() -> None:
    _, document = as_word(published_workshop())

    bookmarks = {}  # name → the heading it is on
    for paragraph in document.paragraphs:
        starts = paragraph._p.findall(qn("w:bookmarkStart"))
        ends = paragraph._p.findall(qn("w:bookmarkEnd"))
        assert [start.get(qn("w:id")) for start in starts] == [end.get(qn("w:id")) for end in ends]
        for start in starts:
            name = start.get(qn("w:name"))
            assert name not in bookmarks and len(name) <= 40
            bookmarks[name] = paragraph
    links = [
        (paragraph.style.name, link)
        for paragraph in document.paragraphs if paragraph.style.name.startswith("toc ")
        for link in paragraph.hyperlinks
    ]
    assert len(links) == len(contents_entries(document)) == len(bookmarks)
    assert {"1. Runde 1", "1.1 Spørsmål 1.1", "2.2 Spørsmål 2.2"} <= {link.text for _, link in links}
    for style, link in links:
        heading = bookmarks[link.fragment]
        assert (heading.style.name, heading.text) == (style.replace("toc", "Heading"), link.text)
        assert link.address == ""  # within the document
    ids = [start.get(qn("w:id")) for start in document.element.body.iter(qn("w:bookmarkStart"))]
    assert len(set(ids)) == len(ids)


def test_the_contents_are_a_field_word_fills_in_with_page_numbers() -> None:
    workshop = published_workshop()
    with override("nb"):
        data = report_docx(body_of(workshop), title=workshop.title, language="nb")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
    document = docx.Document(io.BytesIO(data))

    assert [instruction.text for instruction in document.element.body.iter(qn("w:instrText"))] == [TOC_FIELD]
    # The field's result is the entries as written: it begins in the first and ends in the last.
    field_characters = [
        (character.get(qn("w:fldCharType")), character.getparent().getparent().text)
        for character in document.element.body.iter(qn("w:fldChar"))
    ]
    entries = contents_entries(document)
    assert [kind for kind, _ in field_characters] == ["begin", "separate", "end"]
    assert field_characters[0][1] == entries[0][1] and field_characters[2][1] == entries[-1][1]
    settings = document.settings.element
    update = settings.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val")) == "true"
    assert list(settings).index(update) < list(settings).index(settings.find(qn("w:compat")))  # the schema's order


@pytest.mark.parametrize(("language", "heading"), [("nn", "Innhald"), ("en", "Contents")])
def test_the_contents_heading_in_the_readers_language(language: str, heading: str) -> None:
    _, document = as_word(published_workshop(), language)

    assert [(p.style.name, p.text) for p in document.paragraphs][2] == ("TOC Heading", heading)
    assert contents_entries(document)[0][0] == "toc 1"


def test_the_title_and_the_core_properties() -> None:
    _, document = as_word(published_workshop())

    assert document.core_properties.title == "Arbeidsverksted word-rapport"
    assert word_headings(document)[0] == ("Title", "Arbeidsverksted word-rapport")


def test_bench_report_docx_measures_time_and_memory() -> None:
    workshop = published_workshop(responses=3)
    with override("nb"):
        seconds, peak_mib = bench_report_docx(body_of(workshop), title=workshop.title, language="nb")
    print(f"report_docx: {seconds:.3f} s, peak {peak_mib:.1f} MiB (small workshop)")
    assert seconds > 0 and peak_mib > 0
