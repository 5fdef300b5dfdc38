"""Double taps that arrive at the same moment still make one note."""

from __future__ import annotations

import threading
import time
import uuid

import pytest
from django.db import connection
from django.test import Client

from groups.models import Note
from tests.factories import build_workshop, table


@pytest.mark.django_db(transaction=True)
def test_simultaneous_creates_with_one_client_id_make_one_note() -> None:
    workshop = build_workshop(tables=1)
    url = f"{table(workshop).get_absolute_url()}notater/"
    data = {"client_id": str(uuid.uuid4()), "text": "Dobbelttrykk", "kind": "note"}
    start = threading.Barrier(4)
    statuses: list[int] = []

    def tap() -> None:
        start.wait()
        try:
            statuses.append(Client().post(url, data).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=tap) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert statuses == [302, 302, 302, 302]
    assert Note.objects.filter(client_id=data["client_id"]).count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_resent_copy_of_a_slow_edit_is_applied_once_and_is_no_conflict() -> None:
    """The first copy is still uncommitted when the resent one arrives (a request over 15 s)."""
    from django.db import transaction

    from groups.models import Actor, NoteChange

    workshop = build_workshop(tables=1, notes_per_table=1)
    note = Note.objects.get(workshop=workshop)
    by = Actor(table=table(workshop))
    request_id = uuid.uuid4()
    first_is_in = threading.Barrier(2)
    results: dict[str, bool] = {}

    def slow_first_copy() -> None:
        try:
            with transaction.atomic():
                results["first"] = Note.objects.get(pk=note.pk).edit(
                    {"text": "Rettet tekst"}, version=1, by=by, request_id=request_id
                )
                first_is_in.wait()
                time.sleep(0.5)  # the answer is slow: the browser resends meanwhile
        finally:
            connection.close()

    def resent_copy() -> None:
        try:
            first_is_in.wait()
            results["resent"] = Note.objects.get(pk=note.pk).edit(
                {"text": "Rettet tekst"}, version=1, by=by, request_id=request_id
            )
        finally:
            connection.close()

    threads = [threading.Thread(target=slow_first_copy), threading.Thread(target=resent_copy)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert results == {"first": True, "resent": True}
    note.refresh_from_db()
    assert (note.text, note.version) == ("Rettet tekst", 2)
    assert NoteChange.objects.filter(request_id=request_id).count() == 1
