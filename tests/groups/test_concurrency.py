"""Double taps that arrive at the same moment still make one note."""

from __future__ import annotations

import threading
import uuid

import pytest
from django.db import connection
from django.test import Client

from groups.models import Note
from tests.factories import build_workshop, table


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent writers: runs on PostgreSQL")
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
