"""Two devices at one table: nobody's text is silently overwritten."""

from __future__ import annotations

import uuid

import pytest
from django.test import Client

from groups.models import Note
from tests.factories import table
from workshop.models import Workshop

pytestmark = pytest.mark.django_db


def edit(note: Note, text: str, version: int) -> dict[str, object]:
    return {f"note-{note.pk}-text": text, f"note-{note.pk}-kind": "note", f"note-{note.pk}-version": version}


def test_second_save_from_an_old_version_gets_the_conflict_view(client: Client, workshop: Workshop) -> None:
    base = f"{table(workshop).get_absolute_url()}notater/"
    client.post(base, {"client_id": str(uuid.uuid4()), "text": "Original", "kind": "note"})
    note = Note.objects.get()
    first, second = Client(), Client()
    assert first.post(f"{base}{note.pk}/endre/", edit(note, "Fra nettbrett A", 1)).status_code == 302
    queue = {"Bordnotat-Queue": "1"}
    response = second.post(f"{base}{note.pk}/endre/", edit(note, "Fra nettbrett B", 1), headers=queue)
    html = response.content.decode()
    assert response.status_code == 409
    assert "Noen andre endret dette notatet" in html
    assert "Fra nettbrett A" in html and "Fra nettbrett B" in html
    note.refresh_from_db()
    assert (note.text, note.version) == ("Fra nettbrett A", 2)
    # Keeping mine posts my text against the version now saved.
    assert second.post(f"{base}{note.pk}/endre/", edit(note, "Fra nettbrett B", 2)).status_code == 302
    note.refresh_from_db()
    assert note.text == "Fra nettbrett B"
    assert list(note.changes.values_list("text", flat=True)) == ["Original", "Fra nettbrett A", "Fra nettbrett B"]


def test_conflict_without_javascript_is_a_page_with_both_texts(client: Client, workshop: Workshop) -> None:
    base = f"{table(workshop).get_absolute_url()}notater/"
    client.post(base, {"client_id": str(uuid.uuid4()), "text": "Original", "kind": "note"})
    note = Note.objects.get()
    client.post(f"{base}{note.pk}/endre/", edit(note, "Først", 1))
    response = client.post(f"{base}{note.pk}/endre/", edit(note, "Sist", 1))
    html = response.content.decode()
    assert response.status_code == 409
    assert "<html" in html and "Først" in html and "Sist" in html
    assert "Behold begge" in html
