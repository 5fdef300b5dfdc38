"""The workshop report as PDF, made by WeasyPrint from the report's own HTML (workshop.views.report_body).

    report_pdf(request, workshop)   the PDF as bytes, cached like the body; PdfUnavailable without Pango
    print_document(request, workshop)  the HTML WeasyPrint is given: heading, contents, body
    html_to_pdf(html)               any HTML through the same fetcher and print stylesheet
    render_report(workshop, body, css)  one document, or a large report in pieces joined with pypdf
    pdf_available(), PDF_UNAVAILABLE_REASON   for the view's 503
    safe_url_fetcher(url)           what WeasyPrint may read: our own static files, nothing else

WeasyPrint is imported lazily: importing it loads Pango through ctypes and raises OSError where
Pango is not installed, and the site must still start (and serve the HTML report) there.

The fetcher never reaches the network or the file system outside the static files: a report is
made from what participants typed, and WeasyPrint's own fetcher follows any URL it is given,
redirects included (CVE-2025-68616). The notes are escaped by the templates anyway; the fetcher
is the second wall.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import io
import logging
import mimetypes
import os
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import unescape
from types import ModuleType
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.exceptions import SuspiciousFileOperation
from django.http import HttpRequest
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from workshop.models import Workshop
from workshop.report import report_cache_key

logger = logging.getLogger(__name__)

# Relative URLs in the document resolve against this made-up origin (.invalid never resolves):
# the fetcher maps BASE_URL + STATIC_URL to our static files and refuses everything else.
BASE_URL = "https://bordnotat.invalid/"
PRINT_STYLESHEET = "bordnotat/report-print.css"

PDF_UNAVAILABLE_REASON = (
    "PDF needs Pango (apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core)"
)

# Django's language → the html lang WeasyPrint hyphenates with (through pyphen). "no" has no
# hyphenation dictionary, so a bare "no" (or anything unknown) becomes Bokmål, the site's default.
HYPHENATION_LANGUAGES = {"nb": "nb", "nn": "nn", "en": "en", "no": "nb"}

# What the fetcher serves from the static files: stylesheets, images and fonts, nothing runnable.
STATIC_TYPES = {
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
}


class PdfUnavailable(RuntimeError):
    """WeasyPrint cannot run here (no Pango): the view answers 503 with a translated message."""


@functools.cache
def _load_weasyprint() -> ModuleType | None:
    """WeasyPrint, or None where it cannot be imported. Cached: a failed import is not retried per request."""
    try:
        import weasyprint
    except (OSError, ImportError) as error:  # OSError: ctypes could not load libpango / libgobject
        logger.warning("PDF downloads are off: %s. %s", error, PDF_UNAVAILABLE_REASON)
        return None
    return weasyprint


def pdf_available() -> bool:
    return _load_weasyprint() is not None


def _weasyprint() -> ModuleType:
    module = _load_weasyprint()
    if module is None:
        raise PdfUnavailable(PDF_UNAVAILABLE_REASON)
    return module


# ---------------------------------------------------------------------------------------------
# Fetching: our static files only
# ---------------------------------------------------------------------------------------------


def _static_prefix() -> tuple[str, str, str]:
    """(scheme, host, path) under which the document's static URLs lie."""
    # settings.STATIC_URL is "/static/" here (Django prefixes a relative one with the script
    # name); an absolute STATIC_URL (a CDN) is mapped to the same local files, never fetched.
    parts = urlsplit(urljoin(BASE_URL, settings.STATIC_URL or "/static/"))
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return parts.scheme.lower(), parts.netloc.lower(), path


def static_name(url: str) -> str | None:
    """The static file's name ("bordnotat/x.css") a URL stands for, or None if it is not one of ours."""
    scheme, host, prefix = _static_prefix()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() != scheme or parts.netloc.lower() != host or not parts.path.startswith(prefix):
        return None
    # Decoded before checking, so "%2e%2e/" and "%5c" are seen for what they are.
    name = unquote(parts.path[len(prefix):])
    segments = name.split("/")
    if (
        not name
        or "\\" in name
        or "\x00" in name
        or name.startswith("/")
        or any(segment in ("", ".", "..") for segment in segments)
        or posixpath.normpath(name) != name
    ):
        return None
    if posixpath.splitext(name)[1].lower() not in STATIC_TYPES:
        return None
    return name


def read_static(name: str) -> bytes | None:
    """A static file's bytes, from the finders (source files) or the collected STATIC_ROOT; None if absent."""
    try:
        path = finders.find(name)
    except SuspiciousFileOperation:  # the finders' safe_join: a name outside their roots
        return None
    if isinstance(path, list):  # find(all=True) shape; not asked for, but typed so
        path = path[0] if path else None
    if path:
        if not os.path.isfile(path):
            return None
        with open(path, "rb") as file:
            return file.read()
    # Collected (and hashed) names exist only in STATIC_ROOT: the storage is a FileSystemStorage,
    # whose path() also refuses names outside its root.
    try:
        if staticfiles_storage.exists(name):
            with staticfiles_storage.open(name, "rb") as file:
                return bytes(file.read())
    except (SuspiciousFileOperation, NotImplementedError, OSError, ValueError):
        return None
    return None


def safe_url_fetcher(url: str, timeout: int = 10, ssl_context: object = None, **kwargs: object) -> dict[str, Any]:
    """WeasyPrint's fetcher: our static files only; any other URL raises ValueError.

    WeasyPrint logs the error and leaves the resource out. Refused: http(s) to any host (ours
    included: the static files are read from disk, not over HTTP), file:, ftp:, data: (the report
    needs none, and a data: SVG could carry more URLs), and static URLs leaving the static files
    ("..", encoded or not). `timeout` and `ssl_context` are WeasyPrint's and unused: nothing goes
    over the network.
    """
    name = static_name(url)
    if name is None:
        raise ValueError(f"Refused to fetch {url[:200]!r}: the PDF reads only this site's static files")
    content = read_static(name)
    if content is None:
        raise ValueError(f"No static file {name!r}")
    mime_type = STATIC_TYPES.get(posixpath.splitext(name)[1].lower()) or mimetypes.guess_type(name)[0]
    found: dict[str, Any] = {"string": content, "mime_type": mime_type, "redirected_url": url}
    if mime_type == "text/css":
        found["encoding"] = "utf-8"
    return found


@functools.cache
def _fetcher_class() -> type | None:
    """WeasyPrint ≥ 65 wants a URLFetcher instance (it reads `_fail_on_errors` and wants a
    URLFetcherResponse back); older versions a function returning a dict. None: the old kind."""
    urls = _weasyprint().urls
    if not hasattr(urls, "URLFetcher") or not hasattr(urls, "URLFetcherResponse"):
        return None

    class StaticOnlyURLFetcher(urls.URLFetcher):  # type: ignore[name-defined,misc]
        def __init__(self) -> None:
            # Should anything reach the inherited urllib opener, it allows no protocol and no redirect.
            super().__init__(allowed_protocols=(), allow_redirects=False, fail_on_errors=False)

        def fetch(self, url: str, headers: dict[str, str] | None = None) -> Any:
            found = safe_url_fetcher(url)  # looked up at call time: tests spy on it
            content_type = found["mime_type"] or "application/octet-stream"
            if found.get("encoding"):
                content_type += f"; charset={found['encoding']}"
            return urls.URLFetcherResponse(found["redirected_url"], found["string"], {"Content-Type": content_type})

    return StaticOnlyURLFetcher


def url_fetcher() -> Any:
    """The fetcher to hand WeasyPrint, in the shape its version expects."""
    fetcher_class = _fetcher_class()
    return safe_url_fetcher if fetcher_class is None else fetcher_class()


# ---------------------------------------------------------------------------------------------
# The print document
# ---------------------------------------------------------------------------------------------


def print_language() -> str:
    code = (get_language() or settings.LANGUAGE_CODE).lower().replace("_", "-").split("-")[0]
    return HYPHENATION_LANGUAGES.get(code, HYPHENATION_LANGUAGES.get(settings.LANGUAGE_CODE, "nb"))


def print_stylesheet() -> str:
    """The print CSS, read from disk each time (it is small), so that an edit shows without a restart."""
    content = read_static(PRINT_STYLESHEET)
    if content is None:
        raise FileNotFoundError(f"static/{PRINT_STYLESHEET} not found by the static file finders")
    return content.decode("utf-8")


# The report's markup is written by our templates: balanced, attributes in double quotes, text escaped
# (a ">" in an attribute is "&gt;"). One pattern reads its tags, for the contents and for the pieces.
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^<>]*?)?)(/?)>|<!--.*?-->", re.DOTALL)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_ID = re.compile(r'\sid="([^"]*)"')
_CLASS = re.compile(r'\sclass="([^"]*)"')
HEADING_LEVELS = {"h2": 2, "h3": 3}


def _tags(body: str) -> Iterator[tuple[re.Match[str], bool, str]]:
    """The body's tags in order, comments left out: (match, is an end tag, lower-case name)."""
    for match in _TAG.finditer(body):
        if match.group(2):
            yield match, bool(match.group(1)), match.group(2).lower()


def contents(body: str) -> list[tuple[int, str, str]]:
    """(level, id, text) of each section (h2) and part (h3: rounds, themes, evaluation questions)
    that carries an id; not the headings inside a <nav> (the body's own contents list)."""
    found: list[tuple[int, str, str]] = []
    nav_depth = 0
    heading: tuple[str, str, int] | None = None  # the heading being read: tag, id, where its text begins
    for match, closing, tag in _tags(body):
        if tag == "nav":
            nav_depth = max(nav_depth - 1, 0) if closing else nav_depth + 1
        elif heading is None and not closing and tag in HEADING_LEVELS and not nav_depth:
            ident = _ID.search(match.group(0))
            if ident and ident.group(1):
                heading = (tag, unescape(ident.group(1)), match.end())
        elif heading is not None and closing and tag == heading[0]:
            text = " ".join(unescape(_TAG.sub("", body[heading[2]:match.start()])).split())
            if text:
                found.append((HEADING_LEVELS[tag], heading[1], text))
            heading = None
    return found


def _heading_block(workshop: Workshop) -> SafeString:
    # The body's own header (h1, date, venue) is hidden in print: this one comes before the
    # contents, and carries the running title and the preview mark for every page.
    meta = [date_format(workshop.date)]
    if workshop.venue:
        meta.append(workshop.venue)
    if workshop.organiser:
        meta.append(_("Organised by %(organiser)s") % {"organiser": workshop.organiser})
    preview = (
        format_html('<p class="print-preview">{}</p>', _("Preview — not published"))
        if not workshop.is_published
        else ""
    )
    return format_html(
        '<header class="print-heading">{}<h1>{}</h1><p class="meta">{}</p></header>',
        preview, workshop.title, " · ".join(meta),
    )


def _contents_block(body: str) -> SafeString:
    entries = format_html_join(
        "\n", '<li class="level-{}"><a href="#{}">{}</a></li>', contents(body)
    )
    return format_html(
        '<nav class="print-contents" aria-labelledby="print-contents-heading">'
        '<h2 id="print-contents-heading">{}</h2><ol>{}</ol></nav>',
        _("Contents"), entries,
    )


def print_document(request: HttpRequest, workshop: Workshop) -> str:
    """The HTML WeasyPrint lays out: lang for hyphenation, title, heading, contents, the report's body."""
    return _whole_document(workshop, _report_body(request, workshop))


def _report_body(request: HttpRequest, workshop: Workshop) -> str:
    # Imported here: the views will import this module for the PDF download.
    from workshop.views import report_body

    return str(report_body(request, workshop))


def _whole_document(workshop: Workshop, body: str) -> str:
    return _document_html(
        workshop, _heading_block(workshop) + "\n" + _contents_block(body) + "\n" + body,
    )


def _document_html(workshop: Workshop, inside: str) -> str:
    """A document around `inside` (the report's own HTML, escaped by its templates and format_html)."""
    author = format_html('<meta name="author" content="{}">', workshop.organiser) if workshop.organiser else ""
    return format_html(
        '<!doctype html>\n<html lang="{}">\n<head>\n<meta charset="utf-8">\n<title>{} – Bordnotat</title>\n{}\n'  # noqa: RUF001
        '</head>\n<body class="print-report">\n{}\n</body>\n</html>\n',
        print_language(), workshop.title, author, mark_safe(inside),
    )


def html_to_pdf(html: str, stylesheet: str | None = None) -> bytes:
    """Any HTML as PDF, with the print stylesheet (read from disk unless given) and the static-only fetcher.

    Tagged (headings, lists, links, reading order) for screen readers: a published report must be
    accessible. A report laid out in pieces is not: pypdf joins their pages, not their structure trees.
    """
    return bytes(_render(html, stylesheet or print_stylesheet()).write_pdf(pdf_tags=True))


def _render(html: str, *stylesheets: str) -> Any:
    """`html` laid out by WeasyPrint with these stylesheets, everything read through the static-only fetcher."""
    weasyprint = _weasyprint()
    fetcher = url_fetcher()
    css = [weasyprint.CSS(string=stylesheet, base_url=BASE_URL, url_fetcher=fetcher) for stylesheet in stylesheets]
    return weasyprint.HTML(string=html, base_url=BASE_URL, url_fetcher=fetcher).render(stylesheets=css)


def pdf_cache_key(workshop: Workshop, stylesheet: str) -> str:
    """The report body's key (it changes with anything the report shows) plus the stylesheet's."""
    language = get_language() or settings.LANGUAGE_CODE
    return f"{report_cache_key(workshop, language)}:pdf:{hashlib.sha256(stylesheet.encode()).hexdigest()[:16]}"


def report_pdf(request: HttpRequest, workshop: Workshop) -> bytes:
    """The workshop's report as PDF, in the active language. Raises PdfUnavailable without Pango.

    Cached like the body: a large report takes WeasyPrint seconds to tens of seconds (about 30 s
    and 440 pages for 10,000 notes), and the same PDF is downloaded again and again.
    """
    _weasyprint()  # before rendering the body: fail fast where no PDF can be made
    stylesheet = print_stylesheet()
    key = pdf_cache_key(workshop, stylesheet)
    pdf = cache.get(key)
    if not isinstance(pdf, bytes):
        pdf = render_report(workshop, _report_body(request, workshop), stylesheet)
        cache.set(key, pdf, settings.REPORT_CACHE_SECONDS)
    return pdf


def render_report(workshop: Workshop, body: str, stylesheet: str) -> bytes:
    """The report's PDF: one document, or for a large report pieces laid out one at a time."""
    pieces = body_pieces(body)
    with _old_objects_left_alone():
        if pieces is not None:
            try:
                return _pdf_in_pieces(workshop, body, pieces, stylesheet)
            except _Unsettled as error:  # slower and larger in memory, but right
                logger.warning("The report's PDF is laid out as one document: %s", error)
        return html_to_pdf(_whole_document(workshop, body), stylesheet)


@contextlib.contextmanager
def _old_objects_left_alone() -> Iterator[None]:
    """Python's cycle collector, during a render, looks only at the render's own objects.

    A render makes millions of short-lived objects, and each full collection also walked everything
    the process held before (Django, the ORM's rows, the report's body): about a sixth of the time
    of a large report. gc.freeze() sets those aside until the render is done; the larger first
    threshold makes young collections rarer. Garbage among the frozen objects waits until then.
    """
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(threshold[0], 10_000), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


# ---------------------------------------------------------------------------------------------
# A large report in pieces
# ---------------------------------------------------------------------------------------------

# WeasyPrint keeps every laid-out page of a document (with a Pango layout per line of text) until
# the PDF is written: about 1.3 MB a page, 575 MB for the 440 pages of 10,000 notes. The report is
# therefore laid out in pieces that each begin a page anyway (the contents, each part that breaks
# before it, each round), written to PDF and freed one at a time, and joined with pypdf. A round
# with more notes than this is laid out a question at a time, each question then beginning a page.
ROUND_NOTES_PER_PIECE = 1500
# Below this many notes the report is one document, as it always was: nothing to gain.
REPORT_NOTES_PER_PIECE = 2000

# The report's parts that begin a page in print (report-print.css): a piece may begin there.
PAGE_STARTING_PARTS = {"talks", "pitches", "group-work", "themes", "actions", "evaluation"}

# Added to the print stylesheet for a piece. The running heads and the footer are drawn once for
# the whole PDF afterwards (they need the total page count, known only when every piece is laid
# out); page numbers in a piece's own links are counted from the piece's first page number; links
# to other pieces carry their page in data-page.
PIECE_CSS = """
@page { @top-left { content: none } @top-right { content: none } @bottom-center { content: none } }
@page :first { counter-reset: page %(first_page)d }
.print-contents a[data-page]::after,
.report .question-list a[data-page]::after { content: leader(dotted) " " attr(data-page); }
"""
# The page furniture: blank pages with the running heads and footers, laid over the pieces.
FURNITURE_CSS = """
.print-furniture-page + .print-furniture-page { break-before: page; }
.print-furniture-page .print-heading { visibility: hidden; }
"""

@dataclass
class _Element:
    tag: str
    start_tag: str  # as written, attributes and all
    start: int  # offset of "<"
    end: int  # offset after the end tag's ">"
    children: list[_Element] = field(default_factory=list)

    @property
    def ident(self) -> str | None:
        found = _ID.search(self.start_tag)
        return found.group(1) if found else None

    def has_class(self, name: str) -> bool:
        found = _CLASS.search(self.start_tag)
        return bool(found and name in found.group(1).split())

    def continued_tag(self) -> str:
        """The start tag for a piece that continues this element: without its id, which is the
        first piece's (a second anchor of the same name would point to the wrong page)."""
        return _ID.sub("", self.start_tag, count=1)


def _element_tree(body: str, depth: int = 4) -> list[_Element] | None:
    """The body's elements down to `depth`, with their offsets; None if its tags do not balance
    (the templates write balanced HTML; anything else is laid out as one document)."""
    roots: list[_Element] = []
    stack: list[_Element] = []
    for match, closing, tag in _tags(body):
        if tag in _VOID or match.group(4):  # void and self-closed elements
            continue
        if closing:
            if not stack or stack[-1].tag != tag:
                return None
            element = stack.pop()
            element.end = match.end()
            continue
        if tag in ("script", "style"):  # raw text the tag pattern cannot read; the report has none
            return None
        element = _Element(tag, match.group(0), match.start(), -1)
        if len(stack) < depth:
            (stack[-1].children if stack else roots).append(element)
        stack.append(element)
    return None if stack else roots


@dataclass
class _Piece:
    """Part of the body in the start tags of the elements it lies in, laid out as a document of its own."""

    html: str
    # Has links to other pieces (the contents, a split round's list of questions): laid out first to
    # learn its length and again at the end, with the page numbers written in.
    links_out: bool = False


def _wrapped(body: str, ancestors: list[str], parts: list[_Element], inside: str = "") -> str:
    """`parts` of the body (then `inside`) in the start tags `ancestors`, closed again."""
    names = [tag[1:].split(None, 1)[0].rstrip(">") for tag in ancestors]
    return (
        "".join(ancestors) + "".join(body[part.start:part.end] for part in parts) + inside
        + "".join(f"</{name}>" for name in reversed(names))
    )


def _round_pieces(body: str, ancestors: list[str], round_: _Element, lead: list[_Element]) -> list[_Piece]:
    """A round as one piece, or, when it has too many notes, its heading and list of questions
    followed by a piece per question (the round's summary and plenum go with the last)."""
    questions = [child for child in round_.children if child.tag == "section" and child.has_class("question")]
    if body.count('<li class="note"', round_.start, round_.end) <= ROUND_NOTES_PER_PIECE or len(questions) < 2:
        return [_Piece(_wrapped(body, ancestors, [*lead, round_]))]
    first = round_.children.index(questions[0])
    head, rest = round_.children[:first], round_.children[first:]
    pieces = [_Piece(_wrapped(body, ancestors, lead, _wrapped(body, [round_.start_tag], head)), links_out=True)]
    inner = [*ancestors, round_.continued_tag()]
    batch: list[_Element] = []
    for child in rest:
        if batch and child in questions:
            pieces.append(_Piece(_wrapped(body, inner, batch)))
            batch = []
        batch.append(child)
    pieces.append(_Piece(_wrapped(body, inner, batch)))
    return pieces


def body_pieces(body: str) -> list[_Piece] | None:
    """The report's body cut where it begins a page anyway; None where it is not worth it or the
    body is not the shape expected (one <article class="report">): then it is one document."""
    if body.count('<li class="note"') <= REPORT_NOTES_PER_PIECE:
        return None
    roots = _element_tree(body)
    if roots is None or len(roots) != 1 or roots[0].tag != "article" or not roots[0].has_class("report"):
        return None
    article = roots[0]
    if body[:article.start].strip() or body[article.end:].strip():
        return None
    pieces: list[_Piece] = []
    batch: list[_Element] = []
    for child in article.children:
        if child.ident in PAGE_STARTING_PARTS and batch:
            pieces.append(_Piece(_wrapped(body, [article.start_tag], batch)))
            batch = []
        if child.ident != "group-work":
            batch.append(child)
            continue
        rounds = [part for part in child.children if part.tag == "section" and part.has_class("round")]
        if not rounds or rounds[-1] is not child.children[-1]:
            batch.append(child)  # not the usual shape: the whole of group work as one piece
            continue
        # The h2 leads the first round; each later round begins a page (.round + .round).
        lead = child.children[:child.children.index(rounds[0])]
        for number, round_ in enumerate(rounds):
            start = child.start_tag if number == 0 else child.continued_tag()
            pieces += _round_pieces(body, [article.start_tag, start], round_, lead if number == 0 else [])
    if batch:
        pieces.append(_Piece(_wrapped(body, [article.start_tag], batch)))
    return pieces


# WeasyPrint lays out in CSS pixels from a page's top left; PDF counts points from its bottom left.
PX_TO_PT = 0.75
_LINK = re.compile(r'<a href="#([^"<>]+)">')


@dataclass
class _Laid:
    """A piece laid out (and written, unless only its length was wanted); pages counted from 0 in the piece."""

    pdf: bytes
    pages: int
    anchors: dict[str, tuple[int, float, float]]  # name → page, x, y
    links: list[tuple[int, str, tuple[float, float, float, float]]]  # to other pieces: page, target, rect
    bookmarks: list[tuple[int, str, int, float, float]]  # level, label, page, x, y


class _Unsettled(RuntimeError):
    """A piece with its page numbers written in came out longer or shorter than with placeholders."""


def _lay_out(html: str, stylesheet: str, first_page: int, write: bool = True) -> _Laid:
    """One piece through WeasyPrint (with the static-only fetcher), freed before returning."""
    document = _render(html, stylesheet, PIECE_CSS % {"first_page": first_page})
    anchors: dict[str, tuple[int, float, float]] = {}
    bookmarks: list[tuple[int, str, int, float, float]] = []
    for number, page in enumerate(document.pages):
        for name, (x, y, *_size) in page.anchors.items():
            anchors.setdefault(name, (number, x, y))
        bookmarks += [(level, label, number, x, y) for level, label, (x, y), _state in page.bookmarks]
    links = []
    for number, page in enumerate(document.pages):
        # Links to other pieces are drawn after joining; WeasyPrint would drop them with an error.
        out = [link for link in page.links if link[0] == "internal" and link[1] not in anchors]
        links += [(number, target, tuple(rect)) for _type, target, rect, _box in out]
        page.links[:] = [link for link in page.links if link not in out]
    laid = _Laid(bytes(document.write_pdf()) if write else b"", len(document.pages), anchors, links, bookmarks)
    del document
    gc.collect()  # the pages' boxes hold Pango layouts in reference cycles: free them before the next piece
    return laid


def _with_page_numbers(html: str, pages: dict[str, int]) -> str:
    """Links to the report's parts with the page each is on written in, for the print CSS (attr(data-page))."""
    return _LINK.sub(lambda found: f'{found.group(0)[:-1]} data-page="{pages.get(found.group(1), 0)}">', html)


def _furniture_pdf(workshop: Workshop, stylesheet: str, pages: int) -> bytes:
    """Blank pages with the print stylesheet's running heads and footers ("3 / 440"), to lay over
    the pieces. The heading, invisible, sets the running title and preview mark as in the report."""
    first = format_html('<div class="print-furniture-page">{}</div>', _heading_block(workshop))
    blank = '<div class="print-furniture-page"></div>'
    html = _document_html(workshop, first + blank * (pages - 1))
    document = _render(html, stylesheet + FURNITURE_CSS)
    if len(document.pages) != pages:
        raise _Unsettled(f"{len(document.pages)} pages of furniture for {pages} pages")
    pdf = bytes(document.write_pdf())
    del document
    gc.collect()
    return pdf


def _pdf_in_pieces(workshop: Workshop, body: str, pieces: list[_Piece], stylesheet: str) -> bytes:
    """Lay out the pieces one at a time and join them, with page numbers, links and bookmarks
    as one document would have them."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Link
    from pypdf.generic import Fit, NameObject, TextStringObject

    front = _Piece(_heading_block(workshop) + _contents_block(body), links_out=True)
    pieces = [front, *pieces]
    documents = [_document_html(workshop, piece.html) for piece in pieces]
    # First the lengths of the pieces whose page numbers are written in, with placeholders: a
    # number's width only shortens its dotted leader. Their anchors count too (a round's heading).
    laid: list[_Laid | None] = [
        _lay_out(_with_page_numbers(html, {}), stylesheet, 1, write=False) if piece.links_out else None
        for piece, html in zip(pieces, documents, strict=True)
    ]
    lengths = [0 if first is None else first.pages for first in laid]
    first_pages: list[int] = []
    for index, piece in enumerate(pieces):
        first_pages.append(1 + sum(lengths[:index]))
        if not piece.links_out:
            laid[index] = _lay_out(documents[index], stylesheet, first_pages[index])
            lengths[index] = laid[index].pages  # type: ignore[union-attr]
    pages: dict[str, int] = {}
    for index, done in enumerate(laid):
        assert done is not None
        for name, (page, _x, _y) in done.anchors.items():
            pages.setdefault(name, first_pages[index] + page)
    for index, piece in enumerate(pieces):
        if piece.links_out:
            final = _lay_out(_with_page_numbers(documents[index], pages), stylesheet, first_pages[index])
            if final.pages != lengths[index]:
                raise _Unsettled(f"piece {index}: {final.pages} pages with numbers, {lengths[index]} without")
            laid[index] = final
    total = sum(lengths)
    results = [result for result in laid if result is not None]

    writer = PdfWriter()
    for result in results:
        writer.append(PdfReader(io.BytesIO(result.pdf)), import_outline=False)
    furniture = PdfReader(io.BytesIO(_furniture_pdf(workshop, stylesheet, total)))
    for merged, over in zip(writer.pages, furniture.pages, strict=True):
        merged.merge_page(over)
        merged.compress_content_streams()  # merging leaves them uncompressed: 20 times the size
    front_info = PdfReader(io.BytesIO(results[0].pdf)).metadata
    if front_info:
        writer.add_metadata(front_info)
    writer.root_object[NameObject("/Lang")] = TextStringObject(print_language())

    height = float(writer.pages[0].mediabox.height)
    anchors: dict[str, tuple[int, float, float]] = {}
    for index, result in enumerate(results):
        for name, (page, x, y) in result.anchors.items():
            anchors.setdefault(name, (first_pages[index] - 1 + page, x, y))  # the first of a name, as WeasyPrint
    for index, result in enumerate(results):
        for page, target, (x1, y1, x2, y2) in result.links:
            if target in anchors:
                to_page, x, y = anchors[target]
                writer.add_annotation(first_pages[index] - 1 + page, Link(
                    rect=(x1 * PX_TO_PT, height - y2 * PX_TO_PT, x2 * PX_TO_PT, height - y1 * PX_TO_PT),
                    border=[0, 0, 0], target_page_index=to_page,
                    fit=Fit.xyz(left=x * PX_TO_PT, top=height - y * PX_TO_PT),
                ))
    # The outline as one document would have it: each bookmark under the last one of a lower level.
    parents: list[tuple[int, Any]] = []
    for index, result in enumerate(results):
        for level, label, page, x, y in result.bookmarks:
            while parents and parents[-1][0] >= level:
                parents.pop()
            item = writer.add_outline_item(
                title=label, page_number=first_pages[index] - 1 + page, parent=parents[-1][1] if parents else None,
                fit=Fit.xyz(left=x * PX_TO_PT, top=height - y * PX_TO_PT),
            )
            parents.append((level, item))
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


# ---------------------------------------------------------------------------------------------
# Benchmark
# ---------------------------------------------------------------------------------------------


def reset_peak_rss() -> bool:
    """Reset the process's peak RSS (Linux: "5" to clear_refs), so the next reading is this render's."""
    try:
        with open("/proc/self/clear_refs", "w") as file:
            file.write("5")
    except OSError:
        return False
    return True


def peak_rss_mb() -> float:
    try:
        with open("/proc/self/status") as file:
            for line in file:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # not on Windows; /proc is the first choice anyway

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
