"""The demo workshop: the real workshop of 23 October 2025, kept as an export file and loaded
through the importer (workshop/exchange.py), so that every `make demo` proves the import too.

The file is workshop/demo/inkludering-2025.json, made with `manage.py export_workshop`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.db import transaction

from workshop.exchange import COPY, RESTORE, import_workshop
from workshop.models import Workshop

DEMO_FILE = Path(__file__).parent / "demo" / "inkludering-2025.json"
DEMO_SLUG = "inkludering-2025"


def demo_envelope() -> dict[str, Any]:
    envelope: dict[str, Any] = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    return envelope


def demo_workshop() -> dict[str, Any]:
    """The demo workshop's data as the file has it: programme, rounds, tables, notes."""
    data: dict[str, Any] = demo_envelope()["workshop"]
    return data


@transaction.atomic
def load_workshop(*, slug: str = DEMO_SLUG, title: str | None = None, with_notes: bool = True) -> Workshop:
    """(Re)load the demo workshop under `slug`, replacing any workshop already there.

    Under its own address it is restored as it was. Under another, or without its notes (an empty
    workshop to try the tables with), it is a copy: new table links and codes, so that the two can
    sit side by side.
    """
    envelope = demo_envelope()
    data = envelope["workshop"]
    if not with_notes:
        data["notes"], data["themes"], data["summary"] = [], [], ""
        for round_ in data["rounds"]:
            round_["summary"] = ""
            for question in round_["questions"]:
                question["summary"] = ""
    Workshop.objects.filter(slug=slug).delete()
    if slug == DEMO_SLUG and with_notes:
        result = import_workshop(json.dumps(envelope), mode=RESTORE, replace=True)
    else:
        result = import_workshop(json.dumps(envelope), mode=COPY, slug=slug, title=title or data["title"])
    workshop = result.workshop
    assert workshop is not None
    if workshop.current_round is None:  # a copy starts on its first round, ready to try
        workshop.current_round = workshop.rounds.order_by("number").first()
        workshop.save(update_fields=["current_round"])
    return workshop
