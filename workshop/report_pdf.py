"""The workshop report as PDF, made by WeasyPrint from the report's own HTML (workshop.views.report_body).

    report_pdf(request, workshop)   the PDF as bytes, cached like the body; PdfUnavailable without Pango
    print_document(request, workshop)  the HTML WeasyPrint is given: heading, contents, body
    html_to_pdf(html)               any HTML through the same fetcher and print stylesheet
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

import functools
import hashlib
import logging
import mimetypes
import os
import posixpath
import time
from html.parser import HTMLParser
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


class _Headings(HTMLParser):
    """The body's h2 and h3 that carry an id, with their text: the entries of the contents."""

    LEVELS = {"h2": 2, "h3": 3}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str, str]] = []
        self._open: tuple[str, int, str] | None = None  # tag, level, id of the heading being read
        self._text: list[str] = []
        self._nav_depth = 0  # inside the body's own contents list, whose heading is not an entry

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "nav":
            self._nav_depth += 1
        elif tag in self.LEVELS and self._open is None and not self._nav_depth:
            ident = dict(attrs).get("id")
            if ident:
                self._open, self._text = (tag, self.LEVELS[tag], ident), []

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav" and self._nav_depth:
            self._nav_depth -= 1
        elif self._open is not None and tag == self._open[0]:
            text = " ".join("".join(self._text).split())
            if text:
                self.found.append((self._open[1], self._open[2], text))
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)


def contents(body: str) -> list[tuple[int, str, str]]:
    """(level, id, text) of each section (h2) and part (h3: rounds, themes, evaluation questions)."""
    parser = _Headings()
    parser.feed(body)
    parser.close()
    return parser.found


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
    # Imported here: the views will import this module for the PDF download.
    from workshop.views import report_body

    body = report_body(request, workshop)
    author = format_html('<meta name="author" content="{}">', workshop.organiser) if workshop.organiser else ""
    return format_html(
        '<!doctype html>\n<html lang="{}">\n<head>\n<meta charset="utf-8">\n<title>{} – Bordnotat</title>\n{}\n'  # noqa: RUF001
        '</head>\n<body class="print-report">\n{}\n{}\n{}\n</body>\n</html>\n',
        print_language(), workshop.title, author,
        _heading_block(workshop), _contents_block(body),
        mark_safe(body),  # rendered and escaped by the report's templates
    )


def html_to_pdf(html: str, stylesheet: str | None = None) -> bytes:
    """Any HTML as PDF, with the print stylesheet (read from disk unless given) and the static-only fetcher."""
    weasyprint = _weasyprint()
    fetcher = url_fetcher()
    css = weasyprint.CSS(string=stylesheet or print_stylesheet(), base_url=BASE_URL, url_fetcher=fetcher)
    document = weasyprint.HTML(string=html, base_url=BASE_URL, url_fetcher=fetcher)
    return bytes(document.write_pdf(stylesheets=[css]))


def pdf_cache_key(workshop: Workshop, stylesheet: str) -> str:
    """The report body's key (it changes with anything the report shows) plus the stylesheet's."""
    language = get_language() or settings.LANGUAGE_CODE
    return f"{report_cache_key(workshop, language)}:pdf:{hashlib.sha256(stylesheet.encode()).hexdigest()[:16]}"


def report_pdf(request: HttpRequest, workshop: Workshop) -> bytes:
    """The workshop's report as PDF, in the active language. Raises PdfUnavailable without Pango.

    Cached like the body: a large report takes WeasyPrint seconds to tens of seconds (about 36 s
    and 440 pages for 10,000 notes), and the same PDF is downloaded again and again.
    """
    _weasyprint()  # before rendering the body: fail fast where no PDF can be made
    stylesheet = print_stylesheet()
    key = pdf_cache_key(workshop, stylesheet)
    pdf = cache.get(key)
    if not isinstance(pdf, bytes):
        pdf = html_to_pdf(print_document(request, workshop), stylesheet)
        cache.set(key, pdf, settings.REPORT_CACHE_SECONDS)
    return pdf


# ---------------------------------------------------------------------------------------------
# Benchmark
# ---------------------------------------------------------------------------------------------


def _reset_peak_rss() -> bool:
    """Reset the process's peak RSS (Linux: "5" to clear_refs), so the next reading is this render's."""
    try:
        with open("/proc/self/clear_refs", "w") as file:
            file.write("5")
    except OSError:
        return False
    return True


def _peak_rss_mb() -> float:
    try:
        with open("/proc/self/status") as file:
            for line in file:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # not on Windows; /proc is the first choice anyway

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def bench_report_pdf(notes: int) -> tuple[float, float]:
    """(seconds, peak MB) for the report of a made-up workshop with `notes` notes, PDF included.

    The workshop is made in a transaction that is rolled back, so it leaves nothing behind in
    the database it runs against; its cached body and PDF are removed too. Peak MB is the process's peak
    resident memory during the render (reset first where Linux allows; else the process's peak
    so far, which is an upper bound).
    """
    from django.contrib.auth.models import AnonymousUser
    from django.db import transaction
    from django.test import RequestFactory

    with transaction.atomic():
        workshop = _bench_workshop(notes)
        request = RequestFactory().get(f"/rapport/{workshop.slug}/")
        request.user = AnonymousUser()
        _reset_peak_rss()
        started = time.perf_counter()
        report_pdf(request, workshop)
        seconds = time.perf_counter() - started
        peak = _peak_rss_mb()
        cache.delete_many([
            report_cache_key(workshop, get_language() or settings.LANGUAGE_CODE),
            pdf_cache_key(workshop, print_stylesheet()),
        ])
        transaction.set_rollback(True)
    return seconds, peak


def _bench_workshop(notes: int) -> Workshop:
    """Twenty tables, two rounds of two questions, `notes` notes spread over them (bulk-made)."""
    import datetime

    from groups.models import Note, Table
    from workshop.models import ProgrammeItem, Question, Round

    workshop = Workshop.objects.create(
        title="Benchmark: Ærlig talt", slug=f"benchmark-{time.time_ns()}", date=datetime.date(2025, 10, 23),
        venue="Oslo", organiser="Bordnotat", summary="Et sammendrag.\n\nMed to avsnitt.",
    )
    questions = []
    for number in (1, 2):
        item = ProgrammeItem.objects.create(
            workshop=workshop, starts_at=datetime.time(9 + number), kind="group_work", title=f"Runde {number}"
        )
        round_ = Round.objects.create(
            workshop=workshop, programme_item=item, number=number, title=f"Runde {number}",
            individual_minutes=3, group_minutes=30, plenum_minutes=2,
        )
        questions += [
            Question.objects.create(round=round_, order=order, text=f"Spørsmål {number}.{order}") for order in (1, 2)
        ]
    tables = [Table.objects.create(workshop=workshop, number=n) for n in range(1, 21)]
    sentence = "Ærlig talt, både øyer og åser trenger bedre samarbeid mellom kommunene og fylkeskommunen"
    Note.objects.bulk_create(
        Note(
            workshop=workshop, table=tables[i % len(tables)], round=questions[i % 4].round,
            question=questions[i % 4], text=f"{sentence} ({i}).", position=i,
        )
        for i in range(notes)
    )
    workshop.publish()
    return workshop
