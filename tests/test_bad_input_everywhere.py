"""Whatever arrives at any address, from anyone, the answer is never a server error."""

from __future__ import annotations

import uuid

import pytest
from django.test import Client

from evaluation.models import Survey
from groups.models import Note
from tests.factories import table
from workshop.models import Workshop

pytestmark = pytest.mark.django_db

# "²" is a digit to str.isdigit() and not to int(): the organisation a note was "said by" was a 500.
JUNK_VALUES = ["", "\x00", "x" * 50_000, "<script>alert(1)</script>", "-1", "99999999999999999999", "ø", "1.5", "²"]
FIELDS = [
    "text", "kind", "question", "organisation", "client_id", "position", "shared", "request_id", "version",
    "code", "summary", "highlights", "action", "phase", "from_round", "seen_code", "comments", "approved",
    "closes_at",
]


def addresses(workshop: Workshop, note: Note) -> list[str]:
    board = table(workshop).get_absolute_url()
    slug = workshop.slug
    talk = workshop.programme.get(kind="talk").pk
    question = workshop.current_round.questions.first().pk
    note_urls = [f"notater/{note.pk}/{action}/" for action in ("endre", "slett", "angre", "flytt", "plenum")]
    return [
        "/", "/bord/", board, f"{board}notater/", *[board + url for url in note_urls],
        f"/rapport/{slug}/", f"/evaluering/{slug}/", f"/evaluering/{slug}/takk/",
        f"/fasilitator/{slug}/", f"/fasilitator/{slug}/neste-runde/", f"/fasilitator/{slug}/qr/",
        f"/fasilitator/{slug}/timer/",
        *[f"/fasilitator/{slug}/timer/{action}/" for action in ("start", "pause", "neste", "nullstill", "tull")],
        f"/fasilitator/{slug}/bord/1/ny-tilgang/", f"/fasilitator/{slug}/bord/99/ny-tilgang/",
        f"/fasilitator/{slug}/plenum/1/", f"/fasilitator/{slug}/plenum/1/notater/", f"/fasilitator/{slug}/plenum/9/",
        f"/fasilitator/{slug}/program/{talk}/", f"/fasilitator/{slug}/program/{talk}/notater/",
        f"/fasilitator/{slug}/sammenstill/", f"/fasilitator/{slug}/sammenstill/sporsmal/{question}/",
        f"/fasilitator/{slug}/sammenstill/sporsmal/999999/", f"/fasilitator/{slug}/sammenstill/runde/1/",
        f"/fasilitator/{slug}/sammenstill/sammendrag/", f"/fasilitator/{slug}/publiser/",
        f"/fasilitator/{slug}/evaluering/", f"/fasilitator/{slug}/evaluering/kommentarer/",
        f"/fasilitator/{slug}/evaluering/opprett/",
        f"/fasilitator/{slug}/evaluering/vis/", f"/fasilitator/{slug}/evaluering/svar.csv",
        f"/fasilitator/{slug}/evaluering/resultater.csv", "/rapport/finnes-ikke/", "/bord/finnes-ikke/notater/",
        f"/fasilitator/{slug}/forrige-runde/", f"/fasilitator/{slug}/avslutt-dagen/",
        "/fasilitator/oppsett/nytt/", f"/fasilitator/{slug}/oppsett/",
        *[f"/fasilitator/{slug}/oppsett/{step}" for step in (
            "detaljer/", "program/", "program/lim-inn/", f"program/{talk}/", f"program/{talk}/slett/",
            "program/999999/", "runder/", "runder/1/", "runder/9/", "runder/2/slett/", "organisasjoner/",
            "organisasjoner/999999/", "organisasjoner/999999/slett/", "bord/", "bord/plassering/", "mal/",
        )],
        f"/fasilitator/{slug}/eksport/", f"/fasilitator/{slug}/notater.csv", "/fasilitator/importer/",
        *[f"/rapport/{slug}/{name}" for name in ("rapport.pdf", "rapport.docx", "rapport.md", "alt.zip")],
    ]


@pytest.mark.parametrize("role", ["anonymous", "participant", "facilitator"])
def test_junk_to_every_address_never_gets_a_server_error(
    client: Client, workshop: Workshop, participant: object, facilitator: object, role: str
) -> None:
    Survey.objects.create(workshop=workshop)
    board = table(workshop).get_absolute_url()
    client.post(f"{board}notater/", {"client_id": str(uuid.uuid4()), "text": "Et notat", "kind": "note"})
    note = Note.objects.get()
    if role != "anonymous":
        client.force_login(participant if role == "participant" else facilitator)  # type: ignore[arg-type]
    table_pks = list(workshop.tables.values_list("pk", flat=True))
    errors = []
    for address in addresses(workshop, note):
        requests: list[tuple[str, dict[str, str]]] = [("get", {}), ("post", {})]
        for value in JUNK_VALUES:
            junk = {name: value for name in FIELDS}
            junk.update({f"note-{note.pk}-{name}": value for name in ("text", "kind", "version", "request_id")})
            junk.update({f"table-{pk}": value for pk in table_pks})  # the seating grid's rows
            requests += [("get", junk), ("post", junk)]
        for method, data in requests:
            response = getattr(client, method)(address, data)
            if response.status_code >= 500:
                sample = sorted({str(value)[:20] for value in data.values()})[:1]
                errors.append(f"{method.upper()} {address} {sample} → {response.status_code}")
    assert errors == []


@pytest.mark.parametrize("role", ["anonymous", "participant", "facilitator"])
def test_a_form_in_another_charset_with_a_csrf_cookie_gets_400_everywhere(
    workshop: Workshop, participant: object, facilitator: object, role: str
) -> None:
    client = Client(enforce_csrf_checks=True)
    if role != "anonymous":
        client.force_login(participant if role == "participant" else facilitator)  # type: ignore[arg-type]
    client.cookies["csrftoken"] = "a" * 32
    note = Note.objects.create(workshop=workshop, table=table(workshop), round=workshop.current_round, text="x")
    errors = []
    for address in addresses(workshop, note):
        for charset in ("latin-1", "windows-1252", "utf-16", "ikke-et-tegnsett"):
            # generic(): the test client's post() would encode the body in that charset itself.
            response = client.generic(
                "POST", address, data=b"text=%E6%F8%E5&csrfmiddlewaretoken=" + b"a" * 32,
                content_type=f"application/x-www-form-urlencoded; charset={charset}",
            )
            if response.status_code != 400:
                errors.append(f"POST {address} charset={charset} → {response.status_code}")
    assert errors == []



def test_bidi_controls_sent_anywhere_are_never_kept(
    client: Client, workshop: Workshop, facilitator: object
) -> None:
    """U+202E and its kind, posted to every field of every address, are stored nowhere."""
    from django.apps import apps
    from django.db import models

    from workshop.text import BIDI_CONTROLS

    Survey.objects.create(workshop=workshop)
    board = table(workshop).get_absolute_url()
    client.post(f"{board}notater/", {"client_id": str(uuid.uuid4()), "text": "\u202eEt notat", "kind": "note"})
    note = Note.objects.get()
    client.force_login(facilitator)  # type: ignore[arg-type]
    hostile = "\u202eslik\u202c \u2066snudd\u2069 \u202aog\u202b \u202d"
    errors = []
    for address in addresses(workshop, note):
        data = {name: hostile for name in [*FIELDS, "title", "name", "names", "description", "questions", "method"]}
        data.update({f"note-{note.pk}-text": hostile, "item-new-title": hostile, "round-new-title": hostile})
        response = client.post(address, data)
        if response.status_code >= 500:
            errors.append(f"POST {address} → {response.status_code}")
    kept, written = [], 0
    for app in ("workshop", "groups", "evaluation"):
        for model in apps.get_app_config(app).get_models():
            texts = [
                f.attname for f in model._meta.concrete_fields if isinstance(f, (models.CharField, models.TextField))
            ]
            for row in model._base_manager.values(*texts) if texts else []:
                kept += [f"{model.__name__}.{name}" for name, value in row.items()
                         if isinstance(value, str) and BIDI_CONTROLS.search(value)]
                written += sum(1 for value in row.values() if isinstance(value, str) and "snudd" in value)
    assert errors == [] and kept == []
    assert written >= 2  # the hostile text did arrive (the summaries), and arrived without its controls


@pytest.mark.parametrize("role", ["anonymous", "facilitator"])
def test_head_is_answered_wherever_get_is(
    client: Client, workshop: Workshop, facilitator: object, role: str
) -> None:
    if role == "facilitator":
        client.force_login(facilitator)  # type: ignore[arg-type]
    workshop.publish()
    note = Note.objects.create(workshop=workshop, table=table(workshop), round=workshop.current_round, text="x")
    errors = []
    for address in addresses(workshop, note):
        get = client.get(address).status_code
        head = client.head(address).status_code
        if get < 500 and get != 405 and head == 405:
            errors.append(f"HEAD {address} → 405 (GET → {get})")
        if head >= 500:
            errors.append(f"HEAD {address} → {head}")
    assert errors == []
