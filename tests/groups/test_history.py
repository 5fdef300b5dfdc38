"""Every change to a note is kept; deletes can be undone; retried changes apply once."""

from __future__ import annotations

import datetime
import uuid

import pytest
from django.test import Client
from django.utils import timezone

from groups.models import Note, NoteChange
from tests.factories import table
from workshop.models import Workshop

pytestmark = pytest.mark.django_db


@pytest.fixture
def base(workshop: Workshop) -> str:
    return f"{table(workshop).get_absolute_url()}notater/"


@pytest.fixture
def note(client: Client, base: str) -> Note:
    client.post(base, {"client_id": str(uuid.uuid4()), "text": "Første", "kind": "note"})
    return Note.objects.get()


def edit(note: Note, text: str, version: int, request_id: str = "") -> dict[str, object]:
    return {
        f"note-{note.pk}-text": text, f"note-{note.pk}-kind": "note",
        f"note-{note.pk}-version": version, f"note-{note.pk}-request_id": request_id,
    }


def test_every_change_is_kept_with_when_and_which_access(
    client: Client, facilitator_client: Client, workshop: Workshop, base: str, note: Note
) -> None:
    client.post(f"{base}{note.pk}/endre/", edit(note, "Endret", 1))
    client.post(f"{base}{note.pk}/flytt/", {"position": 1})
    client.post(f"{base}{note.pk}/plenum/", {"shared": "1"})
    client.post(f"{base}{note.pk}/slett/")
    client.post(f"{base}{note.pk}/angre/")
    changes = list(note.changes.all())
    assert [c.action for c in changes] == ["create", "edit", "move", "share", "delete", "restore"]
    assert all(c.table == table(workshop) and c.join_code == table(workshop).join_code for c in changes)
    assert changes[1].text == "Endret" and changes[1].version == 2
    page = facilitator_client.get(f"/admin/groups/note/{note.pk}/change/").content.decode()
    assert "Gruppe 1" in page and "Endret" in page


def test_a_retried_edit_with_the_same_request_id_is_applied_once(client: Client, base: str, note: Note) -> None:
    request_id = str(uuid.uuid4())
    for _ in range(3):
        response = client.post(f"{base}{note.pk}/endre/", edit(note, "Én gang", 1, request_id))
        assert response.status_code == 302
    note.refresh_from_db()
    assert (note.text, note.version) == ("Én gang", 2)
    assert note.changes.filter(action="edit").count() == 1


def test_a_retried_delete_and_move_apply_once(client: Client, base: str, note: Note) -> None:
    request_id = str(uuid.uuid4())
    client.post(base, {"client_id": str(uuid.uuid4()), "text": "Andre", "kind": "note"})
    second = Note.objects.get(text="Andre")
    for _ in range(2):
        assert client.post(f"{base}{second.pk}/flytt/", {"position": 1, "request_id": request_id}).status_code == 302
    assert second.changes.filter(action="move").count() == 1
    delete_id = str(uuid.uuid4())
    for _ in range(2):
        assert client.post(f"{base}{note.pk}/slett/", {"request_id": delete_id}).status_code == 302
    assert note.changes.filter(action="delete").count() == 1


def test_a_retried_create_after_the_note_was_deleted_does_not_bring_it_back(
    client: Client, base: str
) -> None:
    data = {"client_id": str(uuid.uuid4()), "text": "Borte", "kind": "note"}
    client.post(base, data)
    note = Note.objects.get()
    client.post(f"{base}{note.pk}/slett/")
    assert client.post(base, data).status_code == 302
    assert not Note.objects.exists() and Note.everything.count() == 1


def test_host_undoes_a_delete(client: Client, workshop: Workshop, base: str, note: Note) -> None:
    client.post(f"{base}{note.pk}/slett/")
    page = client.get(table(workshop).get_absolute_url()).content.decode()
    assert "Nylig slettet" in page and "Første" in page
    assert client.post(f"{base}{note.pk}/angre/").status_code == 302
    assert Note.objects.get().text == "Første"


def test_an_undo_sent_as_the_facilitator_moves_the_day_on_is_still_an_undo(
    client: Client, facilitator_client: Client, workshop: Workshop, base: str, note: Note
) -> None:
    # "Too late to undo" a few seconds after the delete: the restore looked only at the round the board shows.
    client.post(f"{base}{note.pk}/slett/")
    facilitator_client.post(f"/fasilitator/{workshop.slug}/neste-runde/", {"from_round": workshop.current_round_id})
    assert client.post(f"{base}{note.pk}/angre/").status_code == 302
    assert Note.objects.get().text == "Første"


def test_host_cannot_undo_after_the_undo_window(client: Client, workshop: Workshop, base: str, note: Note) -> None:
    client.post(f"{base}{note.pk}/slett/")
    Note.everything.filter(pk=note.pk).update(deleted_at=timezone.now() - datetime.timedelta(hours=1))
    page = client.get(table(workshop).get_absolute_url()).content.decode()
    assert "Nylig slettet" not in page
    response = client.post(f"{base}{note.pk}/angre/")
    assert response.status_code == 403
    assert "Fasilitatoren kan fortsatt gjenopprette" in response.content.decode()
    assert not Note.objects.exists()


def test_facilitator_restores_a_deleted_note_at_any_time(
    client: Client, facilitator_client: Client, base: str, note: Note
) -> None:
    client.post(f"{base}{note.pk}/slett/")
    Note.everything.filter(pk=note.pk).update(deleted_at=timezone.now() - datetime.timedelta(days=3))
    response = facilitator_client.post(
        "/admin/groups/note/", {"action": "restore_notes", "_selected_action": [note.pk]}
    )
    assert response.status_code == 302
    assert Note.objects.get().text == "Første"
    restore = note.changes.get(action="restore")
    assert restore.user is not None and restore.table is None


def test_another_table_cannot_undo_my_delete(client: Client, workshop: Workshop, base: str, note: Note) -> None:
    client.post(f"{base}{note.pk}/slett/")
    other = f"{table(workshop, 2).get_absolute_url()}notater/{note.pk}/angre/"
    assert client.post(other).status_code == 404
    assert not Note.objects.exists()
    assert NoteChange.objects.filter(action="restore").count() == 0


def test_a_deleted_note_is_in_no_report_overview_or_compile_page(
    client: Client, facilitator_client: Client, workshop: Workshop, base: str, note: Note
) -> None:
    client.post(f"{base}{note.pk}/slett/")
    workshop.publish()
    question = workshop.current_round.questions.first()
    pages = [
        client.get(f"/rapport/{workshop.slug}/"),
        facilitator_client.get(f"/fasilitator/{workshop.slug}/"),
        facilitator_client.get(f"/fasilitator/{workshop.slug}/sammenstill/sporsmal/{question.pk}/"),
    ]
    for page in pages:
        assert page.status_code == 200
        assert "Første" not in page.content.decode()
