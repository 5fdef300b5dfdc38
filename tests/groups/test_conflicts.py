"""Two devices at one table: nobody's text is silently overwritten."""

from __future__ import annotations

import uuid

import pytest
from django.test import Client

from groups.models import Actor, Note, NoteChange
from tests.factories import FormReader, table
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


def open_in_the_admin(client: Client, note: Note) -> FormReader:
    """What the note's admin page sends when saved as it was loaded."""
    page = FormReader()
    page.feed(client.get(f"/admin/groups/note/{note.pk}/change/").content.decode())
    return page


def test_a_facilitators_save_in_the_admin_from_a_page_opened_before_a_hosts_edit_is_refused(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # The facilitator ticked "Delt i plenum" on a page opened before the host corrected the note: the host's
    # text was replaced by the old one, under a new version, and nobody was told.
    note = Note.objects.create(workshop=workshop, table=table(workshop), round=workshop.current_round,
                               text="Skrevet ved bordet")
    note.record(NoteChange.Action.CREATE, Actor(table=table(workshop)))
    page = open_in_the_admin(facilitator_client, note)
    assert note.edit({"text": "Rettet av verten"}, version=note.version, by=Actor(table=table(workshop)))

    page.data["shared_in_plenum"] = "on"
    response = facilitator_client.post(f"/admin/groups/note/{note.pk}/change/", page.data)

    assert response.status_code == 200
    assert "Noen andre har endret notatet etter at du åpnet det." in response.content.decode()
    note.refresh_from_db()
    assert (note.text, note.version, note.shared_in_plenum) == ("Rettet av verten", 2, False)
    assert list(note.changes.values_list("action", "text")) == [
        ("create", "Skrevet ved bordet"), ("edit", "Rettet av verten"),
    ]


def test_of_two_facilitators_saving_the_same_notes_admin_page_the_second_is_refused(
    facilitator_client: Client, workshop: Workshop
) -> None:
    note = Note.objects.create(workshop=workshop, table=table(workshop), round=workshop.current_round,
                               text="Skrevet ved bordet")
    first, second = open_in_the_admin(facilitator_client, note), open_in_the_admin(facilitator_client, note)

    first.data["text"] = "Rettet av den første"
    assert facilitator_client.post(f"/admin/groups/note/{note.pk}/change/", first.data).status_code == 302
    second.data["text"] = "Rettet av den andre"
    refused = facilitator_client.post(f"/admin/groups/note/{note.pk}/change/", second.data)

    assert refused.status_code == 200
    assert "Noen andre har endret notatet etter at du åpnet det." in refused.content.decode()
    note.refresh_from_db()
    assert (note.text, note.version) == ("Rettet av den første", 2)
    assert list(note.changes.values_list("action", "text", "version")) == [("edit", "Rettet av den første", 2)]
