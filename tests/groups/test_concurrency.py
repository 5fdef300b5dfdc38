"""Double taps that arrive at the same moment still make one note."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client

from groups.models import Note
from tests.factories import build_workshop, table


def at_once(*requests: Callable[[], None]) -> None:
    """Each request in a thread of its own, on a database connection of its own, all let go at the same
    moment; back when every one is done."""
    start = threading.Barrier(len(requests))

    def send(request: Callable[[], None]) -> None:
        start.wait()
        try:
            request()
        finally:
            connection.close()

    threads = [threading.Thread(target=send, args=(request,)) for request in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)


@pytest.mark.django_db(transaction=True)
def test_simultaneous_creates_with_one_client_id_make_one_note() -> None:
    workshop = build_workshop(tables=1)
    url = f"{table(workshop).get_absolute_url()}notater/"
    data = {"client_id": str(uuid.uuid4()), "text": "Dobbelttrykk", "kind": "note"}
    statuses: list[int] = []

    def tap() -> None:
        statuses.append(Client().post(url, data).status_code)

    at_once(tap, tap, tap, tap)
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
        with transaction.atomic():
            results["first"] = Note.objects.get(pk=note.pk).edit(
                {"text": "Rettet tekst"}, version=1, by=by, request_id=request_id
            )
            first_is_in.wait()
            time.sleep(0.5)  # the answer is slow: the browser resends meanwhile

    def resent_copy() -> None:
        first_is_in.wait()
        results["resent"] = Note.objects.get(pk=note.pk).edit(
            {"text": "Rettet tekst"}, version=1, by=by, request_id=request_id
        )

    at_once(slow_first_copy, resent_copy)
    assert results == {"first": True, "resent": True}
    note.refresh_from_db()
    assert (note.text, note.version) == ("Rettet tekst", 2)
    assert NoteChange.objects.filter(request_id=request_id).count() == 1


def _four_at_once(url: str, data: dict[str, str]) -> list[tuple[int, str]]:
    """Four facilitators' tabs send the same set-up form at the same moment (htmx: the section comes back)."""
    from django.contrib.auth.models import User

    facilitator = User.objects.create_user("fasilitator", is_staff=True, is_superuser=True)
    answers: list[tuple[int, str]] = []

    def tab() -> Callable[[], None]:
        client = Client(raise_request_exception=False)
        client.force_login(facilitator)

        def send() -> None:
            response = client.post(url, data, headers={"HX-Request": "true"})
            answers.append((response.status_code, response.content.decode()))

        return send

    at_once(tab(), tab(), tab(), tab())
    return answers


@pytest.mark.django_db(transaction=True)
def test_create_the_tables_sent_four_times_at_once_makes_each_table_once_and_says_so() -> None:
    workshop = build_workshop(tables=0)
    answers = _four_at_once(f"/fasilitator/{workshop.slug}/oppsett/bord/", {"count": "30"})
    # On PostgreSQL three of them were a server error: duplicate key "unique_table_number".
    assert [status for status, _ in answers] == [200, 200, 200, 200]
    assert sorted(workshop.tables.values_list("number", flat=True)) == list(range(1, 31))
    first, again = "30 bord er lagt til.", "Verkstedet har allerede 30 bord, så ingen er lagt til."
    said = sorted(first if first in html else again if again in html else html for _, html in answers)
    assert said == [first] + [again] * 3


@pytest.mark.django_db(transaction=True)
def test_add_the_organisations_sent_four_times_at_once_adds_each_name_once_and_says_so() -> None:
    workshop = build_workshop(tables=0)
    names = [f"Kommune {n}" for n in range(1, 31)]
    answers = _four_at_once(
        f"/fasilitator/{workshop.slug}/oppsett/organisasjoner/", {"names": "\n".join(names), "kind": "municipal"}
    )
    # On PostgreSQL three of them were a server error: duplicate key "unique_organisation_name".
    assert [status for status, _ in answers] == [200, 200, 200, 200]
    assert sorted(workshop.organisations.values_list("name", flat=True)) == sorted(names)
    first, again = "30 organisasjoner er lagt til.", "0 organisasjoner er lagt til. 30 navn fantes fra før"
    said = sorted(first if first in html else again if again in html else html for _, html in answers)
    assert said == [again] * 3 + [first]
