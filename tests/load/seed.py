"""The load run's data, the same every run: one running workshop of 40 tables, its round, its survey.

Run inside Django (manage.py shell); prints one JSON line with what the run needs to address.
"""

from __future__ import annotations

import json
import random

from django.contrib.auth.models import User

from tests.bench.seed import notes_for
from tests.evaluation.factories import build_survey
from tests.factories import build_workshop

SEED = 20251023
SLUG = "last-40"
FACILITATOR = ("last-fasilitator", "last-passord-2025")


def seed(tables: int) -> dict[str, object]:
    User.objects.create_user(FACILITATOR[0], password=FACILITATOR[1], is_staff=True, is_superuser=True)
    room = build_workshop(slug=SLUG, tables=tables)
    # Five notes a table already: the boards and the overview are not empty when the day starts.
    notes_for(room, tables * 5, random.Random(SEED))
    survey = build_survey(room)
    return {
        "slug": room.slug,
        "workshop": room.pk,
        "round": room.current_round_id,
        "questions": list(room.current_round.questions.order_by("order").values_list("pk", flat=True)),
        "tables": [
            {"number": table.number, "token": table.access_token,
             "organisations": list(table.organisations.order_by("pk").values_list("pk", flat=True))}
            for table in room.tables.order_by("number")
        ],
        "survey": survey.pk,
        "facilitator": list(FACILITATOR),
    }


def main(tables: int) -> None:
    print("LOAD-SEED " + json.dumps(seed(tables)))
