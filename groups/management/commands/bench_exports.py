"""How long the report's downloads and the JSON export take for a large workshop, and their memory.

A made-up workshop of 10,000 notes (20 tables, two rounds) is made in a transaction that is rolled
back afterwards. Each format is timed on its own, from the report's body as the page renders it;
peak memory is the process's peak resident memory during that format (reset before each on Linux).
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.test import RequestFactory
from django.utils.translation import get_language

from groups.models import Note, Table
from workshop.exchange import export_json
from workshop.models import ProgrammeItem, Question, Round, Workshop
from workshop.report import report_cache_key
from workshop.report_docx import report_docx
from workshop.report_markdown import report_markdown
from workshop.report_pdf import pdf_available, pdf_cache_key, peak_rss_mb, print_stylesheet, report_pdf, reset_peak_rss
from workshop.views import report_body

# Targets from the issue, for 10,000 notes: seconds per format, and megabytes of memory.
TARGETS = {"pdf": 30.0, "docx": 10.0, "json": 5.0, "markdown": 5.0}
MEMORY_TARGET_MB = 500.0


class Command(BaseCommand):
    help = "Time and peak memory of the PDF, Word, Markdown and JSON exports of a 10,000-note workshop."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--notes", type=int, default=10_000)

    def handle(self, *args: Any, notes: int, **options: Any) -> None:
        with transaction.atomic():
            workshop = bench_workshop(notes)
            request = RequestFactory().get(f"/rapport/{workshop.slug}/")
            request.user = AnonymousUser()
            body = report_body(request, workshop)
            formats: dict[str, Callable[[], object]] = {
                "json": lambda: export_json(workshop),
                "markdown": lambda: report_markdown(body, title=workshop.title),
                "docx": lambda: report_docx(body, title=workshop.title, language="nb"),
            }
            if pdf_available():
                formats["pdf"] = lambda: report_pdf(request, workshop)
            self.stdout.write(f"exports of a workshop with {notes} notes (body {len(body) // 1024} KB)")
            for name, make in formats.items():
                reset_peak_rss()
                started = time.perf_counter()
                made = make()
                seconds = time.perf_counter() - started
                peak = peak_rss_mb()
                size = len(made[0] if isinstance(made, tuple) else made) // 1024  # type: ignore[arg-type]
                verdict = "ok" if seconds <= TARGETS[name] and peak <= MEMORY_TARGET_MB else "MISSED"
                self.stdout.write(
                    f"  {name:8} {seconds:6.1f} s (target {TARGETS[name]:.0f} s)  peak {peak:5.0f} MB "
                    f"(target {MEMORY_TARGET_MB:.0f} MB)  {size} KB  {verdict}"
                )
            if "pdf" not in formats:
                self.stdout.write("  pdf      not measured: WeasyPrint cannot load Pango here")
            cache.clear()
            transaction.set_rollback(True)


def bench_report_pdf(notes: int) -> tuple[float, float]:
    """(seconds, peak MB) for the report of a made-up workshop with `notes` notes, PDF included.

    The workshop is made in a transaction that is rolled back, so it leaves nothing behind in
    the database it runs against; its cached body and PDF are removed too. Peak MB is the process's peak
    resident memory during the render (reset first where Linux allows; else the process's peak
    so far, which is an upper bound).
    """
    with transaction.atomic():
        workshop = bench_workshop(notes)
        request = RequestFactory().get(f"/rapport/{workshop.slug}/")
        request.user = AnonymousUser()
        reset_peak_rss()
        started = time.perf_counter()
        report_pdf(request, workshop)
        seconds = time.perf_counter() - started
        peak = peak_rss_mb()
        cache.delete_many([
            report_cache_key(workshop, get_language() or settings.LANGUAGE_CODE),
            pdf_cache_key(workshop, print_stylesheet()),
        ])
        transaction.set_rollback(True)
    return seconds, peak


def bench_workshop(notes: int) -> Workshop:
    """Twenty tables, two rounds of two questions, `notes` notes spread over them (bulk-made)."""
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
