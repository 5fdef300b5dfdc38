from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from workshop.exchange import export_json
from workshop.models import Workshop


class Command(BaseCommand):
    help = "Write a workshop, whole, as a JSON file that import_workshop reads back."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug", help="The workshop's address, e.g. inkludering-2025.")
        parser.add_argument("-o", "--output", help="The file to write; standard output when left out.")
        parser.add_argument("--history", action="store_true", help="Include every note's history of changes.")

    def handle(self, *args: Any, slug: str, output: str | None, history: bool, **options: Any) -> None:
        workshop = Workshop.objects.filter(slug=slug).first()
        if workshop is None:
            raise CommandError(f"No workshop has the address “{slug}”.")
        text = export_json(workshop, history=history) + "\n"
        if output:
            Path(output).write_text(text, encoding="utf-8")
            self.stderr.write(f"Wrote {workshop.title} to {output} ({len(text.encode()) // 1024} KB).")
        else:
            sys.stdout.write(text)
