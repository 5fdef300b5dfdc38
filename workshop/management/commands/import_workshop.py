from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from workshop.exchange import COPY, RESTORE, ImportRefused, import_workshop


class Command(BaseCommand):
    help = "Read a workshop from a file made by export_workshop: all of it, or nothing."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="The JSON file; - for standard input.")
        parser.add_argument("--copy", action="store_true",
                            help="A copy next to the original: a new address, new table codes and note ids.")
        parser.add_argument("--slug", default="", help="The copy's address (made from the title when left out).")
        parser.add_argument("--title", default="", help="The copy's title.")
        parser.add_argument("--replace", action="store_true",
                            help="Restore over a workshop that has the same address, deleting it first.")
        parser.add_argument("--dry-run", action="store_true", help="Check the file and say what would be made.")

    def handle(self, *args: Any, file: str, copy: bool, slug: str, title: str, replace: bool, dry_run: bool,
               **options: Any) -> None:
        raw = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
        try:
            result = import_workshop(
                raw, mode=COPY if copy else RESTORE, replace=replace, slug=slug, title=title, dry_run=dry_run,
            )
        except ImportRefused as refused:
            raise CommandError("Nothing was imported:\n  " + "\n  ".join(refused.errors)) from None
        made = ", ".join(f"{count} {what}" for what, count in result.made.items())
        if dry_run:
            self.stdout.write(f"Would make: {made}. Nothing was written.")
        else:
            assert result.workshop is not None
            imported = result.workshop
            self.stdout.write(self.style.SUCCESS(f"Imported “{imported.title}” ({imported.slug}): {made}."))
