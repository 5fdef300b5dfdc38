"""A table's page asks for news every few seconds: cheap when nothing changed, fresh when it did."""

from __future__ import annotations

import uuid

import pytest
from django.test import Client

from tests.factories import table
from workshop.models import Workshop

pytestmark = pytest.mark.django_db

POLL = {"HX-Request": "true"}


def poll_url(workshop: Workshop) -> str:
    return f"{table(workshop).get_absolute_url()}?round={workshop.current_round_id}"


def test_a_poll_with_nothing_new_costs_one_query_and_answers_304(
    client: Client, workshop: Workshop, django_assert_num_queries: object
) -> None:
    url = poll_url(workshop)
    first = client.get(url, headers=POLL)
    assert first.status_code == 200 and 'id="notes-panel"' in first.content.decode()
    with django_assert_num_queries(1):  # type: ignore[operator]
        again = client.get(url, headers={**POLL, "If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""


def test_a_note_from_the_other_device_reaches_the_poll(client: Client, workshop: Workshop) -> None:
    etag = client.get(poll_url(workshop), headers=POLL)["ETag"]
    Client().post(f"{table(workshop).get_absolute_url()}notater/",
                  {"client_id": str(uuid.uuid4()), "text": "Fra det andre nettbrettet", "kind": "note"})
    response = client.get(poll_url(workshop), headers={**POLL, "If-None-Match": etag})
    assert response.status_code == 200
    assert "Fra det andre nettbrettet" in response.content.decode()


def test_an_edit_and_a_delete_change_the_poll(client: Client, workshop: Workshop) -> None:
    base = f"{table(workshop).get_absolute_url()}notater/"
    client.post(base, {"client_id": str(uuid.uuid4()), "text": "Før", "kind": "note"})
    note = workshop.notes.get()
    etag = client.get(poll_url(workshop), headers=POLL)["ETag"]
    client.post(f"{base}{note.pk}/endre/", {f"note-{note.pk}-text": "Etter", f"note-{note.pk}-kind": "note",
                                            f"note-{note.pk}-version": 1})
    edited = client.get(poll_url(workshop), headers={**POLL, "If-None-Match": etag})
    assert edited.status_code == 200 and "Etter" in edited.content.decode()
    client.post(f"{base}{note.pk}/slett/")
    deleted = client.get(poll_url(workshop), headers={**POLL, "If-None-Match": edited["ETag"]})
    assert deleted.status_code == 200 and "Nylig slettet" in deleted.content.decode()


def test_the_next_round_reaches_the_hosts_page_in_place(
    client: Client, facilitator_client: Client, workshop: Workshop
) -> None:
    url = poll_url(workshop)
    facilitator_client.post(f"/fasilitator/{workshop.slug}/neste-runde/", {"from_round": workshop.current_round_id})
    response = client.get(url, headers=POLL)
    html = response.content.decode()
    assert response.status_code == 200
    assert (response["HX-Retarget"], response["HX-Reswap"]) == ("#board-main", "outerHTML")
    assert "Spørsmål 2.1" in html and 'id="compose"' in html and "<html" not in html
    assert f"?round={workshop.rounds.get(number=2).pk}" in html


def test_the_end_of_the_day_reaches_the_hosts_page_in_place(
    client: Client, facilitator_client: Client, workshop: Workshop
) -> None:
    # An open page kept its "New note" form after the day was ended: a note typed later failed with a
    # 403 and a "Try again" that could never work, and the host was never told.
    page = client.get(table(workshop).get_absolute_url()).content.decode()
    url = page.split('id="board-poll" data-poll hx-get="')[1].split('"')[0].replace("&amp;", "&")
    assert url.endswith("&open=1")
    assert client.get(url, headers=POLL).status_code == 200
    facilitator_client.post(f"/fasilitator/{workshop.slug}/avslutt-dagen/")
    response = client.get(url, headers=POLL)
    html = response.content.decode()
    assert (response["HX-Retarget"], response["HX-Reswap"]) == ("#board-main", "outerHTML")
    assert 'id="compose"' not in html and "open=0" in html
    assert "notatene kan ikke lenger endres" in html


def test_the_page_shows_the_timers_phase(client: Client, facilitator_client: Client, workshop: Workshop) -> None:
    etag = client.get(poll_url(workshop), headers=POLL)["ETag"]
    facilitator_client.post(f"/fasilitator/{workshop.slug}/timer/start/", {"phase": ""})
    response = client.get(poll_url(workshop), headers={**POLL, "If-None-Match": etag})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="phase" hx-swap-oob="true"' in html and "Individuelt" in html
    assert "data-timer-ends-at" in client.get(table(workshop).get_absolute_url()).content.decode()


def test_a_poll_sends_the_rounds_phase_only_to_a_page_that_has_one(
    facilitator_client: Client, workshop: Workshop
) -> None:
    """htmx reports an out-of-band swap with no target as an error: a talk's page has no round."""
    talk = workshop.programme.get(kind="talk")
    htmx = {"HX-Request": "true"}
    talk_poll = facilitator_client.get(f"/fasilitator/{workshop.slug}/program/{talk.pk}/", headers=htmx)
    assert talk_poll.status_code == 200 and 'id="phase"' not in talk_poll.content.decode()

    table_url = table(workshop, 1).get_absolute_url()
    table_poll = Client().get(f"{table_url}?round={workshop.current_round_id}", headers=htmx)
    assert 'id="phase" hx-swap-oob="true"' in table_poll.content.decode()
