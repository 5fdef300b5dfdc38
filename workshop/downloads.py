"""The report as files: PDF, Word, Markdown, and "Download everything" as one ZIP.

Every format is made from the one rendering of the report's body (views.report_body), so the
files say what the page says. Anyone who may read the report may download it: the published
report for everyone, the preview for facilitators; an unpublished workshop answers 404 to
everyone else (readable_workshop). The ZIP adds the evaluation's CSVs and the JSON export for
facilitators only: those hold what the report leaves out (unapproved comments, table codes).
"""

from __future__ import annotations

import base64
import csv
import io
import zipfile
from collections.abc import Callable
from decimal import Decimal

from django.http import HttpRequest, HttpResponse
from django.utils.formats import get_format, number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from workshop.access import is_facilitator, readable_workshop
from workshop.exchange import export_json
from workshop.models import Workshop
from workshop.report_docx import report_docx
from workshop.report_markdown import report_markdown
from workshop.report_pdf import PDF_UNAVAILABLE_REASON, PdfUnavailable, pdf_available, report_pdf
from workshop.views import PUBLIC_REPORT_MAX_AGE, report_body

# Files other apps add to a facilitator's ZIP (the evaluation's CSVs), registered in their
# AppConfig.ready: each gives {file name: content} for the workshop.
StaffFiles = Callable[[HttpRequest, Workshop], dict[str, bytes]]
STAFF_FILES: list[StaffFiles] = []


def csv_cell(value: object) -> str:
    """A cell that spreadsheets show as text, never run as a formula; a decimal with the
    language's decimal mark (3,4 in Norwegian), which spreadsheets set to that language read as a number."""
    text = number_format(value) if isinstance(value, Decimal) else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_separator() -> str:
    """The separator spreadsheets expect in the active language: where the decimal mark is a comma
    (Norwegian), Excel opens a CSV split by semicolons, and puts a comma-separated one in one column."""
    return ";" if get_format("DECIMAL_SEPARATOR") == "," else ","


def csv_response(filename: str, rows: list[list[object]]) -> HttpResponse:
    """A CSV download for facilitators: the notes (groups), the evaluation's answers and results."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    response.write("\ufeff")  # so that spreadsheet programs read æøå as UTF-8
    writer = csv.writer(response, delimiter=csv_separator())
    for row in rows:
        writer.writerow([csv_cell(value) for value in row])
    return response


CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "text/markdown; charset=utf-8",
    "zip": "application/zip",
}


def file_response(request: HttpRequest, workshop: Workshop, content: bytes, extension: str) -> HttpResponse:
    response = HttpResponse(content, content_type=CONTENT_TYPES[extension])
    response["Content-Disposition"] = f'attachment; filename="{workshop.slug}.{extension}"'
    # A published report is public; a preview, or a facilitator's ZIP, is for the one who asked.
    if workshop.is_published and not is_facilitator(request):
        response["Cache-Control"] = f"public, max-age={PUBLIC_REPORT_MAX_AGE}"
    else:
        response["Cache-Control"] = "private, no-store"
    return response


def _language() -> str:
    return (get_language() or "nb").split("-")[0]


def _pdf(request: HttpRequest, workshop: Workshop) -> bytes:
    return report_pdf(request, workshop)


def _docx(workshop: Workshop, body: str) -> bytes:
    return report_docx(
        body, title=workshop.title, language=_language(), author=workshop.organiser,
        made_at=workshop.published_at or workshop.updated_at,
    )


@require_safe
def pdf(request: HttpRequest, slug: str) -> HttpResponse:
    workshop = readable_workshop(request, slug)
    try:
        content = _pdf(request, workshop)
    except PdfUnavailable:
        return HttpResponse(_("The PDF cannot be made on this server: %(reason)s") % {"reason": PDF_UNAVAILABLE_REASON},
                            status=503, content_type="text/plain; charset=utf-8")
    return file_response(request, workshop, content, "pdf")


@require_safe
def docx(request: HttpRequest, slug: str) -> HttpResponse:
    workshop = readable_workshop(request, slug)
    return file_response(request, workshop, _docx(workshop, report_body(request, workshop)), "docx")


@require_safe
def markdown(request: HttpRequest, slug: str) -> HttpResponse:
    workshop = readable_workshop(request, slug)
    text, charts = report_markdown(report_body(request, workshop), title=workshop.title)
    # One file on its own: the charts go inside it as data URLs (the ZIP has them as files).
    for name, content in charts.items():
        text = text.replace(f"]({name})", f"](data:image/svg+xml;base64,{base64.b64encode(content).decode()})")
    return file_response(request, workshop, text.encode(), "md")


@require_safe
def everything(request: HttpRequest, slug: str) -> HttpResponse:
    """One ZIP: the PDF (where it can be made), the .docx, the Markdown with its chart images,
    and for facilitators the evaluation's CSVs and the JSON export."""
    workshop = readable_workshop(request, slug)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        if pdf_available():
            archive.writestr(f"{workshop.slug}.pdf", _pdf(request, workshop))
        body = report_body(request, workshop)
        archive.writestr(f"{workshop.slug}.docx", _docx(workshop, body))
        text, charts = report_markdown(body, title=workshop.title)
        archive.writestr(f"{workshop.slug}.md", text)
        for name, content in charts.items():
            archive.writestr(name, content)
        if is_facilitator(request):
            archive.writestr(f"{workshop.slug}.json", export_json(workshop))
            for files in STAFF_FILES:
                for name, content in files(request, workshop).items():
                    archive.writestr(name, content)
    return file_response(request, workshop, buffer.getvalue(), "zip")
