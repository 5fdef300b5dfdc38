"""The report as PDF (workshop/report_pdf.py), read back with pypdf: text, contents, language, fonts,
charts, and a fetcher that reads nothing but our own static files."""

from __future__ import annotations

import builtins
import io
import re
import socket
import sys
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.test import RequestFactory
from django.utils import translation
from pypdf import PageObject, PdfReader
from pypdf.generic import DictionaryObject

from groups.management.commands.bench_exports import bench_report_pdf
from groups.models import Note
from tests.evaluation.factories import closed_survey, respond
from tests.factories import build_workshop, table
from workshop import report_pdf as module
from workshop.models import Question, Workshop
from workshop.report_pdf import (
    BASE_URL,
    PDF_UNAVAILABLE_REASON,
    PdfUnavailable,
    contents,
    html_to_pdf,
    pdf_available,
    print_document,
    print_language,
    report_pdf,
    safe_url_fetcher,
    url_fetcher,
)

SAMPLE = "Ærlig talt, både øyer og åser"
HOSTILE = '<img src="http://127.0.0.1:9/x.png">'
STATIC = BASE_URL + "static/"
OKABE_ITO_BLUE = "0 0.447059 0.698039 rg"  # the first bar colour of an unordered choice (evaluation/charts.py)


@pytest.fixture
def request_() -> HttpRequest:
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    return request


@pytest.fixture
def report_workshop(db: None) -> Workshop:
    """Two tables of 40 notes (several pages), twelve æøå notes on question 1.1, one that looks
    like an <img> tag, and a survey with eight answers (charts in the evaluation)."""
    workshop = build_workshop(notes_per_table=40)
    question = sample_question(workshop)
    for k in range(1, 13):
        Note.objects.create(
            workshop=workshop, table=table(workshop), round=question.round, question=question,
            text=f"{SAMPLE} nr. {k}", position=100 + k,
        )
    Note.objects.create(
        workshop=workshop, table=table(workshop, 2), round=question.round, question=question,
        text=f"Se her: {HOSTILE}", position=200,
    )
    survey = closed_survey(workshop)  # the report shows the results of a closed survey
    for n in range(8):
        respond(survey, q1=["fylkeskommune", "annen-organisasjon"][n % 2], q2="yes", q3="nyttig", q4="enig")
    workshop.publish()
    return workshop


def sample_question(workshop: Workshop) -> Question:
    return workshop.rounds.get(number=1).questions.get(order=1)


@pytest.fixture
def fetched(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every URL WeasyPrint asks the fetcher for, with "served" or "refused"."""
    calls: list[tuple[str, str]] = []
    real = module.safe_url_fetcher

    def spy(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        try:
            found = real(url, *args, **kwargs)
        except ValueError:
            calls.append((url, "refused"))
            raise
        calls.append((url, "served"))
        return found

    monkeypatch.setattr(module, "safe_url_fetcher", spy)
    return calls


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any attempt to open a connection or a URL with urllib (WeasyPrint's own fetcher), recorded and refused."""
    attempts: list[str] = []

    def refuse(name: str) -> Callable[..., Any]:
        def refused(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args[1:2]}")
            raise OSError(f"test: no network ({name})")

        return refused

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(urllib.request.OpenerDirector, "open", refuse("OpenerDirector.open"))
    return attempts


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def resources(page: PageObject) -> DictionaryObject:
    return cast(DictionaryObject, page["/Resources"].get_object())


def flat(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------------------------
# What the PDF holds
# ---------------------------------------------------------------------------------------------


def test_text_keeps_æøå_and_every_note_of_a_question_in_order_over_several_pages(
    report_workshop: Workshop, request_: HttpRequest
) -> None:
    pages = pages_text(report_pdf(request_, report_workshop))
    text = flat("\n".join(pages))

    assert len(pages) > 1
    assert f"{SAMPLE} nr. 12" in text
    # The question's notes as the report orders them: by table, then position.
    question = sample_question(report_workshop)
    notes = Note.objects.filter(question=question).order_by("table__number", "position", "pk")
    assert notes.count() > 20
    at = text.index(f"1.1 {question.text}")
    for note in notes:
        at = text.index(note.text, at) + len(note.text)


def test_every_page_has_its_number_and_the_contents_give_the_right_pages(
    report_workshop: Workshop, request_: HttpRequest
) -> None:
    pages = pages_text(report_pdf(request_, report_workshop))

    for number, text in enumerate(pages, start=1):
        assert f"{number} / {len(pages)}" in text
    # "Gruppearbeid ........ 4": each entry's heading is on the page it names.
    entries = re.findall(r"^(\S.*?) ?\.{4,}\s*(\d+)\s*$", pages[0], flags=re.MULTILINE)
    titles = [title for title, _ in entries]
    assert "Gruppearbeid" in titles
    assert "1. Runde 1" in titles
    assert "Evaluering" in titles
    for title, page in entries:
        assert 1 < int(page) <= len(pages)
        assert title in pages[int(page) - 1], f"{title!r} is not on page {page}"


def test_the_pdf_says_its_language_bokmål_not_no(report_workshop: Workshop, request_: HttpRequest) -> None:
    reader = PdfReader(io.BytesIO(report_pdf(request_, report_workshop)))

    assert reader.root_object["/Lang"] == "nb"
    assert reader.metadata is not None
    assert reader.metadata.title == f"{report_workshop.title} – Bordnotat"  # noqa: RUF001


def structure_roles(reader: PdfReader) -> list[str]:
    """The roles of the PDF's structure tree (what a screen reader reads), in document order."""
    roles: list[str] = []

    def walk(node: Any) -> None:
        node = node.get_object()
        if not isinstance(node, DictionaryObject):
            return  # a marked-content id: a leaf
        if "/S" in node:
            roles.append(str(node["/S"]))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            walk(kid)

    walk(reader.root_object["/StructTreeRoot"])
    return roles


def test_the_pdf_is_tagged_so_that_a_screen_reader_finds_its_headings_and_lists(
    report_workshop: Workshop, request_: HttpRequest
) -> None:
    """A published PDF must be accessible (WCAG 2.1 AA for the Norwegian public sector): untagged, a
    screen reader gets a stream of words with no headings, lists or reading order."""
    reader = PdfReader(io.BytesIO(report_pdf(request_, report_workshop)))

    assert cast(DictionaryObject, reader.root_object["/MarkInfo"])["/Marked"]
    roles = structure_roles(reader)
    assert roles.count("/H1") == 1 and "/H2" in roles and "/H3" in roles
    assert "/L" in roles and "/LI" in roles and "/Link" in roles


@pytest.mark.parametrize(("active", "lang"), [("nb", "nb"), ("nn", "nn"), ("en", "en"), ("no", "nb")])
def test_the_document_language_is_one_with_a_hyphenation_dictionary(
    report_workshop: Workshop, request_: HttpRequest, active: str, lang: str
) -> None:
    with translation.override(active):
        assert print_language() == lang
        html = print_document(request_, report_workshop)
    assert f'<html lang="{lang}">' in html
    assert 'lang="no"' not in html


def test_the_chart_is_drawn_as_vectors_not_a_picture(report_workshop: Workshop, request_: HttpRequest) -> None:
    reader = PdfReader(io.BytesIO(report_pdf(request_, report_workshop)))
    chart_pages = [page for page in reader.pages if "Hvor jobber du?" in page.extract_text()[200:]]
    assert chart_pages
    page = chart_pages[-1]  # not the contents

    assert len(page.images) == 0
    xobjects = resources(page).get("/XObject", {})
    assert all(xobject.get_object()["/Subtype"] == "/Form" for xobject in xobjects.values())
    # The bar's fill colour as a vector fill operator in the page's own drawing.
    assert OKABE_ITO_BLUE in page.get_contents().get_data().decode("latin-1")


def test_fonts_are_embedded(report_workshop: Workshop, request_: HttpRequest) -> None:
    reader = PdfReader(io.BytesIO(report_pdf(request_, report_workshop)))
    fonts = {}
    for page in reader.pages:
        for font in resources(page).get("/Font", {}).values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font

    assert any("DejaVu" in name for name in fonts)
    for name, font in fonts.items():
        described = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = described["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor or "/FontFile3" in descriptor, f"{name} is not embedded"


def test_an_emoji_in_a_note_is_drawn_from_an_emoji_font_not_an_empty_box(db: None, request_: HttpRequest) -> None:
    # DejaVu has no emoji: "👍" typed on a tablet printed as an empty box (the set-up now installs
    # fonts-noto-color-emoji, which WeasyPrint falls back to).
    workshop = build_workshop(slug="emoji", notes_per_table=1)
    question = sample_question(workshop)
    Note.objects.create(workshop=workshop, table=table(workshop), round=question.round, question=question,
                        text="Bra jobba 👍🎉")
    reader = PdfReader(io.BytesIO(report_pdf(request_, workshop)))
    fonts = {
        str(font.get_object()["/BaseFont"]) for page in reader.pages
        for font in resources(page).get("/Font", {}).values()
    }
    assert any("Emoji" in name for name in fonts), fonts


def test_the_document_has_a_heading_contents_and_the_body(report_workshop: Workshop, request_: HttpRequest) -> None:
    html = print_document(request_, report_workshop)

    assert f"<title>{report_workshop.title} – Bordnotat</title>" in html  # noqa: RUF001
    assert '<header class="print-heading">' in html
    assert '<a href="#group-work-heading">Gruppearbeid</a>' in html
    assert '<a href="#round-1-heading">1. Runde 1</a>' in html
    assert '<article class="report">' in html
    # The note that looks like markup stays text.
    assert "&lt;img src=&quot;http://127.0.0.1:9/x.png&quot;&gt;" in html
    assert HOSTILE not in html


def test_the_contents_list_the_bodys_headings_with_ids_as_a_reader_sees_them() -> None:
    body = (
        '<article class="report"><nav><h2 id="own-contents">Innhold</h2></nav>'
        '<section><h2 id="summary">Sammendrag</h2><h3>Uten anker</h3>'
        '<h3 id="round-1-heading"><span class="number">1.</span>\n  Bu &amp; ar&lt;beid</h3>'
        '<!-- <h3 id="kommentar">Ikke en overskrift</h3> --><h3 id="tom"> </h3>'
        '<h2 class="x" id="a&amp;b">Æ, ø og å</h2></section></article>'
    )

    assert contents(body) == [
        (2, "summary", "Sammendrag"), (3, "round-1-heading", "1. Bu & ar<beid"), (2, "a&b", "Æ, ø og å"),
    ]


def test_a_preview_says_so_on_every_page(db: None, request_: HttpRequest) -> None:
    workshop = build_workshop(slug="utkast", notes_per_table=2)

    pages = pages_text(report_pdf(request_, workshop))

    assert len(pages) > 1
    for text in pages:  # in the heading on the first, in the running head on the others
        assert "Forhåndsvisning – ikke publisert" in text  # noqa: RUF001


def test_the_pdf_is_cached_until_the_report_changes(
    report_workshop: Workshop, request_: HttpRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = report_pdf(request_, report_workshop)
    renders: list[str] = []
    real = module.html_to_pdf

    def counted(html: str, stylesheet: str | None = None) -> bytes:
        renders.append(html)
        return real(html, stylesheet)

    monkeypatch.setattr(module, "html_to_pdf", counted)

    assert report_pdf(request_, report_workshop) == first
    assert renders == []

    question = sample_question(report_workshop)
    Note.objects.create(
        workshop=report_workshop, table=table(report_workshop), round=question.round, question=question,
        text="Et nytt notat etter publisering", position=300,
    )
    report_workshop.refresh_from_db()
    assert "Et nytt notat etter publisering" in flat("\n".join(pages_text(report_pdf(request_, report_workshop))))
    assert len(renders) == 1


# ---------------------------------------------------------------------------------------------
# Fetching: our static files, nothing else
# ---------------------------------------------------------------------------------------------


def test_rendering_the_report_fetches_nothing_and_shows_the_img_note_as_text(
    report_workshop: Workshop, request_: HttpRequest, fetched: list[tuple[str, str]], network: list[str]
) -> None:
    text = flat("\n".join(pages_text(report_pdf(request_, report_workshop))))

    assert HOSTILE in text
    assert fetched == []
    assert network == []


def test_markup_that_asks_for_urls_gets_only_our_static_files(
    db: None, fetched: list[tuple[str, str]], network: list[str]
) -> None:
    html = """<!doctype html><html lang="nb"><head>
      <link rel="stylesheet" href="http://127.0.0.1:9/x.css">
      <link rel="stylesheet" href="file:///etc/passwd">
      <link rel="stylesheet" href="/static/bordnotat/report-print.css">
      <style>@import url("https://example.com/i.css"); p.bg { background: url(http://169.254.169.254/latest) }</style>
    </head><body>
      <p class="bg">Trygt nok</p>
      <img src="http://127.0.0.1:9/x"><img src="https://example.com/x.png"><img src="file:///etc/passwd">
      <img src="/static/../workshop/settings.py"><img src="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'/%3E">
      <svg width="10" height="10"><image href="http://127.0.0.1:9/y.png" width="10" height="10"/></svg>
    </body></html>"""

    pdf = html_to_pdf(html)

    assert "Trygt nok" in pages_text(pdf)[0]
    assert network == []
    served = [url for url, outcome in fetched if outcome == "served"]
    refused = {url for url, outcome in fetched if outcome == "refused"}
    assert served == [STATIC + "bordnotat/report-print.css"]
    assert {
        "http://127.0.0.1:9/x.css", "file:///etc/passwd", "https://example.com/i.css", "http://127.0.0.1:9/x",
        "https://example.com/x.png", "http://169.254.169.254/latest",
    } <= refused


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/",
        "https://example.com/x.png",
        "file:///etc/passwd",
        "ftp://example.com/x.css",
        "data:image/png;base64,iVBORw0KGgo=",
        "data:text/css,p{color:red}",
        STATIC + "../workshop/settings.py",
        STATIC + "%2e%2e/workshop/settings.py",
        STATIC + "bordnotat/..%2f..%2fworkshop%2fsettings.py",
        STATIC + "bordnotat/%5c..%5c..%5cmanage.py",
        STATIC + "/etc/passwd.css",
        STATIC + "bordnotat/bordnotat.js",  # ours, but not a stylesheet, image or font
        STATIC + "bordnotat/nothing-here.css",
        "http://bordnotat.invalid/static/bordnotat/report-print.css",  # not the base URL's scheme
        "https://bordnotat.invalid.example.com/static/bordnotat/report-print.css",
        "https://x@bordnotat.invalid/static/bordnotat/report-print.css",
        "https://bordnotat.invalid/staticx/bordnotat/report-print.css",
        "https://bordnotat.invalid/bordnotat/report-print.css",
    ],
)
def test_the_fetcher_refuses_everything_but_our_static_files(url: str, network: list[str]) -> None:
    with pytest.raises(ValueError):
        safe_url_fetcher(url)
    with pytest.raises(ValueError):
        url_fetcher().fetch(url)
    assert network == []


def test_the_fetcher_serves_our_static_files_from_disk() -> None:
    url = STATIC + "bordnotat/report-print.css"
    on_disk = (Path(settings.BASE_DIR) / "static/bordnotat/report-print.css").read_bytes()

    found = safe_url_fetcher(url)
    assert found["string"] == on_disk
    assert found["mime_type"] == "text/css"

    # The shape WeasyPrint 70 wants: its URLFetcher, with a response it reads.
    from weasyprint.urls import URLFetcher

    fetcher = url_fetcher()
    assert isinstance(fetcher, URLFetcher)
    response = fetcher.fetch(url)
    assert response.read() == on_disk
    assert response.content_type == "text/css"
    assert response.charset == "utf-8"


# ---------------------------------------------------------------------------------------------
# No Pango, and the benchmark
# ---------------------------------------------------------------------------------------------


def test_without_weasyprint_the_pdf_is_unavailable_with_a_plain_reason(
    report_workshop: Workshop, request_: HttpRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(module, "_load_weasyprint", lambda: None)

    assert not pdf_available()
    with pytest.raises(PdfUnavailable, match=re.escape("apt-get install libpango-1.0-0")):
        report_pdf(request_, report_workshop)
    with pytest.raises(PdfUnavailable):
        html_to_pdf("<p>x</p>")
    assert "Pango" in PDF_UNAVAILABLE_REASON


@pytest.mark.parametrize("error", [OSError, ImportError])
def test_an_import_that_fails_for_want_of_pango_is_caught(
    monkeypatch: pytest.MonkeyPatch, error: type[Exception]
) -> None:
    real_import = builtins.__import__

    def failing_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "weasyprint":
            raise error("cannot load library 'libpango-1.0-0'")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "weasyprint")
    monkeypatch.setattr(builtins, "__import__", failing_import)

    assert module._load_weasyprint.__wrapped__() is None


def test_pdf_available_here() -> None:
    assert pdf_available()


def test_bench_report_pdf_measures_and_leaves_nothing_behind(db: None) -> None:
    seconds, peak_mb = bench_report_pdf(200)

    print(f"\nbench_report_pdf(200): {seconds:.2f} s, peak {peak_mb:.0f} MB")
    assert seconds > 0
    assert peak_mb > 0
    assert not Workshop.objects.filter(slug__startswith="benchmark-").exists()


# ---------------------------------------------------------------------------------------------
# A large report, laid out in pieces and joined
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fixture's report laid out as a large one is: in pieces, each round a question at a time."""
    monkeypatch.setattr(module, "REPORT_NOTES_PER_PIECE", 0)
    monkeypatch.setattr(module, "ROUND_NOTES_PER_PIECE", 10)


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(depth, title, page number) of each bookmark, in order."""
    found: list[tuple[int, str, int]] = []

    def walk(items: list[Any], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, cast(int, reader.get_destination_page_number(item)) + 1))

    walk(reader.outline, 0)
    return found


def test_a_small_report_stays_one_document_and_a_large_one_is_cut_where_pages_begin(
    report_workshop: Workshop, request_: HttpRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = module._report_body(request_, report_workshop)
    assert module.body_pieces(body) is None

    monkeypatch.setattr(module, "REPORT_NOTES_PER_PIECE", 0)
    pieces = module.body_pieces(body)
    assert pieces is not None
    # Each round whole: its list of questions counts to pages in the same document.
    assert not any(piece.links_out for piece in pieces)
    assert sum(piece.html.count('<li class="note"') for piece in pieces) == body.count('<li class="note"')
    assert sum(piece.html.count('id="group-work"') for piece in pieces) == 1  # no anchor twice
    assert all(piece.html.startswith('<article class="report">') for piece in pieces)


def test_pieces_join_into_one_pdf_with_continuous_footers_contents_links_and_bookmarks(
    report_workshop: Workshop, request_: HttpRequest, in_pieces: None,
    fetched: list[tuple[str, str]], network: list[str],
) -> None:
    body = module._report_body(request_, report_workshop)
    pieces = module.body_pieces(body)
    assert pieces is not None
    assert any(piece.links_out for piece in pieces)  # a round's heading and list of questions, on its own
    reader = PdfReader(io.BytesIO(report_pdf(request_, report_workshop)))
    pages = [page.extract_text() for page in reader.pages]
    text = flat("\n".join(pages))

    # Every note, in order, once; the footers count on over the pieces.
    question = sample_question(report_workshop)
    at = text.index(f"1.1 {question.text}")
    for note in Note.objects.filter(question=question).order_by("table__number", "position", "pk"):
        at = text.index(note.text, at) + len(note.text)
    assert HOSTILE in text
    for number, page_text in enumerate(pages, start=1):
        assert f"{number} / {len(pages)}" in page_text
        if number > 1:  # the running title, as on the pages of one document
            assert report_workshop.title in page_text
    # The contents' page numbers are the pages the headings are on, and so are the round's list of questions'.
    entries = re.findall(r"^(\S.*?) ?\.{4,}\s*(\d+)\s*$", pages[0], flags=re.MULTILINE)
    assert {"Gruppearbeid", "1. Runde 1", "Evaluering"} <= {title for title, _ in entries}
    for title, page in entries:
        assert 1 < int(page) <= len(pages)
        assert title in pages[int(page) - 1], f"{title!r} is not on page {page}"
    listed = [
        (title, page) for number, page_text in enumerate(pages) if "Runde 1" in page_text
        for title, page in re.findall(r"^(Spørsmål \S+) ?\.{4,}\s*(\d+)\s*$", page_text, flags=re.MULTILINE)
    ]
    assert listed
    for title, page in listed:
        assert f"1.1 {title}" in pages[int(page) - 1] or title in pages[int(page) - 1]
    # The contents link to those pages.
    annotations = cast(list[Any], reader.pages[0]["/Annots"])
    linked = sorted({
        cast(int, reader.get_page_number(annotation.get_object()["/Dest"][0].get_object())) + 1
        for annotation in annotations
    })
    assert linked == sorted({int(page) for _, page in entries})
    # Bookmarks as one document has them: headings nested under the part they are in.
    marks = outline(reader)
    by_title = {title: (depth, page) for depth, title, page in marks}
    assert by_title["Gruppearbeid"][0] < by_title["1. Runde 1"][0] < by_title[f"1.1 {question.text}"][0]
    for _depth, title, page in marks:
        assert title in flat(pages[page - 1]), f"bookmark {title!r} does not go to page {page}"
    # The document's language and title; nothing fetched for any piece.
    assert reader.root_object["/Lang"] == "nb"
    assert reader.metadata is not None
    assert reader.metadata.title == f"{report_workshop.title} – Bordnotat"  # noqa: RUF001
    assert fetched == []
    assert network == []
