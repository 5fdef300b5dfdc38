"""The bench's data, the same in every run: workshops at conference size, on a fresh database.

Run inside Django (manage.py shell); prints one JSON line with what the bench needs to address.
"""

from __future__ import annotations

import json
import random

from django.contrib.auth.models import User
from django.contrib.sessions.backends.db import SessionStore
from django.db import transaction

from evaluation.models import Answer, Response, Survey
from groups.models import Note
from tests.evaluation.factories import build_survey, question
from tests.factories import build_workshop
from workshop.models import Workshop

SEED = 20251023
NOTE_WORDS = (
    "samarbeid kommunene fylkeskommunen bosetting kvalifisering arbeidskraft opplæring språk næringsliv "
    "frivillighet nettverk veiledning tilskudd prioritering rekruttering kompetanse helhet ansvar"
).split()


def sentence(chance: random.Random) -> str:
    return " ".join(chance.choice(NOTE_WORDS) for _ in range(chance.randint(6, 18))).capitalize() + "."


def notes_for(workshop: Workshop, count: int, chance: random.Random, *, but: int | None = None) -> None:
    """`count` notes spread over the workshop's tables (all but table number `but`) and its first
    round's questions."""
    tables = [table for table in workshop.tables.order_by("number") if table.number != but]
    round_ = workshop.rounds.get(number=1)
    questions = [*round_.questions.all(), None]
    Note.objects.bulk_create(
        Note(workshop=workshop, table=tables[n % len(tables)], round=round_, question=questions[n % len(questions)],
             text=sentence(chance), position=n // len(tables) + 1)
        for n in range(count)
    )


# One transaction: tens of thousands of rows without a commit (and its flush to disk) for each.
@transaction.atomic
def responses_for(survey: Survey, count: int) -> None:
    """`count` responses, the two segments in turn, alike but for their comment (made in bulk)."""
    where, used, useful, inspiring, comments = (question(survey, order) for order in range(1, 6))
    segments = [where.options.get(value=value) for value in ("fylkeskommune", "annen-organisasjon")]
    yes = used.options.get(value="yes")
    useful_enough = useful.options.get(value="nyttig")
    agree = inspiring.options.get(value="enig")
    made = Response.objects.bulk_create(Response(survey=survey) for _ in range(count))
    Answer.objects.bulk_create(
        answer
        for n, response in enumerate(made)
        for answer in (
            Answer(response=response, question=where, option=segments[n % 2]),
            Answer(response=response, question=used, option=yes),
            Answer(response=response, question=useful, option=useful_enough),
            Answer(response=response, question=inspiring, option=agree),
            Answer(response=response, question=comments, text=f"Kommentar {n}"),
        )
    )


def seed(responses: int) -> dict[str, object]:
    chance = random.Random(SEED)
    facilitator = User.objects.create_user("benk", password="benk-passord", is_staff=True, is_superuser=True)
    session = SessionStore()
    session["_auth_user_id"] = str(facilitator.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = facilitator.get_session_auth_hash()
    session.create()

    room = build_workshop(slug="benk-40", tables=40)
    host_table = room.tables.get(number=1)
    Note.objects.bulk_create(
        Note(workshop=room, table=host_table, round=room.current_round, text=sentence(chance), position=n)
        for n in range(1, 51)
    )
    # New notes go to a table of a workshop of their own: the host's page stays at its 50 notes, and the
    # room's live overview at its 40 tables' notes (thousands of saved notes at one of its tables made
    # "live overview, 40 tables" slower than the 200 tables').
    save_table = build_workshop(slug="benk-lagre", tables=1).tables.get()
    # Notes to edit, one each: in round 2, so that the current round's pages stay conference-sized.
    edit_table = room.tables.get(number=2)
    second_round = room.rounds.get(number=2)
    Note.objects.bulk_create(
        Note(workshop=room, table=edit_table, round=second_round, text=sentence(chance), position=n)
        for n in range(1, 20_001)
    )
    # The room's other tables are busy too, but not the host's: its page is measured at 50 notes.
    notes_for(room, 39 * 6, chance, but=1)
    hall = build_workshop(slug="benk-200", tables=200)
    notes_for(hall, 200 * 6, chance)

    reports = {}
    for size in (100, 10_000):
        workshop = build_workshop(slug=f"rapport-{size}", tables=8 if size == 100 else 40)
        notes_for(workshop, size, chance)
        workshop.publish()
        reports[size] = {"slug": workshop.slug, "id": workshop.pk}

    survey = build_survey(build_workshop(slug="evaluering-2000", tables=2))
    responses_for(survey, responses)

    return {
        "session": session.session_key,
        "room": {"slug": room.slug, "id": room.pk, "round": room.current_round_id,
                 "host_token": host_table.access_token, "host_table": host_table.pk,
                 "edit_token": edit_table.access_token, "save_token": save_table.access_token,
                 "save_table": save_table.pk, "save_workshop": save_table.workshop_id,
                 "edit_notes": list(Note.objects.filter(table=edit_table).order_by("pk").values_list("pk", flat=True))},
        "hall": {"slug": hall.slug, "id": hall.pk},
        "reports": reports,
        "survey": survey.workshop.slug,
    }


def main(responses: int) -> None:
    print("BENCH-SEED " + json.dumps(seed(responses)))
