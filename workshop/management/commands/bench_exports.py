"""How long the report's downloads and the JSON export take for a large workshop, and their memory.

A made-up workshop of 10,000 notes (20 tables, two rounds) is made in a transaction that is rolled
back afterwards. Each format is timed on its own, from the report's body as the page renders it;
peak memory is the process's peak resident memory during that format (reset before each on Linux).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.test import RequestFactory

from workshop.exchange import export_json
from workshop.report_docx import report_docx
from workshop.report_markdown import report_markdown
from workshop.report_pdf import _bench_workshop, _peak_rss_mb, _reset_peak_rss, pdf_available, report_pdf
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
            workshop = _bench_workshop(notes)
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
                _reset_peak_rss()
                started = time.perf_counter()
                made = make()
                seconds = time.perf_counter() - started
                peak = _peak_rss_mb()
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
