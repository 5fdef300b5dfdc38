"""`<script>` typed into any text field is stored as text and shown as text, on every page."""

from __future__ import annotations

import uuid

import pytest
from django.test import Client

from groups.models import Note
from tests.factories import table
from workshop.models import Workshop

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("bordnotat")</script>'
ESCAPED = "&lt;script&gt;alert(&quot;bordnotat&quot;)&lt;/script&gt;"


def test_script_in_every_text_field_is_escaped_on_every_page(
    client: Client, facilitator_client: Client, workshop: Workshop
) -> None:
    host = Client()
    base = table(workshop).get_absolute_url()
    host.post(f"{base}notater/", {"client_id": str(uuid.uuid4()), "text": SCRIPT, "kind": "note"})
    note = Note.objects.get()
    edit = {f"note-{note.pk}-text": SCRIPT + " rettet", f"note-{note.pk}-kind": "note", f"note-{note.pk}-version": 1}
    host.post(f"{base}notater/{note.pk}/endre/", edit)
    assert host.post("/bord/", {"code": SCRIPT}).status_code == 422

    question = workshop.rounds.get(number=1).questions.first()
    compile_base = f"/fasilitator/{workshop.slug}/sammenstill/"
    facilitator_client.post(f"{compile_base}sporsmal/{question.pk}/", {"summary": SCRIPT})
    facilitator_client.post(f"{compile_base}runde/1/", {"summary": SCRIPT})
    facilitator_client.post(f"{compile_base}sammendrag/", {"summary": SCRIPT})
    facilitator_client.post(f"/fasilitator/{workshop.slug}/plenum/1/notater/",
                            {"client_id": str(uuid.uuid4()), "text": SCRIPT, "kind": "note"})
    workshop.refresh_from_db()
    question.refresh_from_db()
    assert workshop.summary == SCRIPT and question.summary == SCRIPT
    assert Note.objects.filter(text__startswith=SCRIPT).count() == 2
    facilitator_client.post(f"/fasilitator/{workshop.slug}/publiser/", {"action": "publish", "confirmed": "on"})

    pages = [
        host.get(base),
        host.post("/bord/", {"code": SCRIPT}),
        facilitator_client.get(f"/fasilitator/{workshop.slug}/"),
        facilitator_client.get(f"/fasilitator/{workshop.slug}/plenum/1/"),
        facilitator_client.get(compile_base),
        facilitator_client.get(f"{compile_base}sporsmal/{question.pk}/"),
        client.get(f"/rapport/{workshop.slug}/"),
    ]
    for response in pages:
        html = response.content.decode()
        assert SCRIPT not in html, response.wsgi_request.path
    assert ESCAPED in pages[-1].content.decode()
