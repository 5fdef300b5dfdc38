"""A host reaches their own table only, and nothing once the day is closed."""

from __future__ import annotations

import datetime
import uuid

import pytest
from django.test import Client
from django.utils import timezone

from groups.models import Note
from tests.factories import table
from workshop.models import Workshop

pytestmark = pytest.mark.django_db


@pytest.fixture
def note_of_table_two(workshop: Workshop) -> Note:
    return Note.objects.create(
        workshop=workshop, table=table(workshop, 2), round=workshop.current_round, text="Bord to"
    )


def actions(base: str, note: Note) -> list[tuple[str, dict[str, str]]]:
    return [
        (
            f"{base}notater/{note.pk}/endre/",
            {f"note-{note.pk}-text": "Overskrevet", f"note-{note.pk}-kind": "note", f"note-{note.pk}-version": "1"},
        ),
        (f"{base}notater/{note.pk}/slett/", {}),
        (f"{base}notater/{note.pk}/flytt/", {"position": "1"}),
        (f"{base}notater/{note.pk}/plenum/", {"shared": "1"}),
    ]


def test_host_cannot_touch_another_tables_note(
    client: Client, workshop: Workshop, note_of_table_two: Note
) -> None:
    base = table(workshop, 1).get_absolute_url()
    for url, data in actions(base, note_of_table_two):
        assert client.post(url, data).status_code == 404
    note_of_table_two.refresh_from_db()
    assert note_of_table_two.text == "Bord to" and not note_of_table_two.shared_in_plenum


def test_host_of_another_workshop_cannot_touch_this_workshops_note(
    client: Client, workshop: Workshop, other_workshop: Workshop, note_of_table_two: Note
) -> None:
    base = table(other_workshop, 1).get_absolute_url()
    for url, data in actions(base, note_of_table_two):
        assert client.post(url, data).status_code == 404
    assert Note.objects.get().text == "Bord to"


def test_unknown_token_is_not_found(client: Client, workshop: Workshop) -> None:
    assert client.get("/bord/gjettet-token/").status_code == 404
    data = {"client_id": str(uuid.uuid4()), "text": "x", "kind": "note"}
    response = client.post("/bord/gjettet-token/notater/", data)
    assert response.status_code == 404
    assert not Note.objects.exists()


@pytest.mark.parametrize("status", [Workshop.Status.CLOSED, Workshop.Status.PUBLISHED])
def test_closed_workshop_refuses_every_write(
    client: Client, workshop: Workshop, note_of_table_two: Note, status: str
) -> None:
    workshop.status = status
    workshop.save()
    base = table(workshop, 2).get_absolute_url()
    response = client.post(f"{base}notater/", {"client_id": str(uuid.uuid4()), "text": "Sent", "kind": "note"})
    assert response.status_code == 403
    assert "notatene kan ikke lenger endres" in response.content.decode()
    for url, data in actions(base, note_of_table_two):
        assert client.post(url, data).status_code == 403
    assert list(Note.objects.values_list("text", flat=True)) == ["Bord to"]
    page = client.get(base).content.decode()
    assert "Bord to" in page and 'id="compose"' not in page


def test_a_note_written_before_the_day_ended_and_sent_after_is_kept_until_the_report_is_published(
    client: Client, workshop: Workshop, note_of_table_two: Note
) -> None:
    # An offline tablet's note came back after "End the day" to a 403: Retry failed for ever, and the
    # host could only throw it away.
    def made(minutes_ago: int) -> int:
        return int((timezone.now() - datetime.timedelta(minutes=minutes_ago)).timestamp() * 1000)

    def send(text: str, made_at: int | None) -> int:
        data: dict[str, str | int] = {"client_id": str(uuid.uuid4()), "text": text, "kind": "note"}
        return client.post(f"{base}notater/", data if made_at is None else {**data, "made_at": made_at}).status_code

    base = table(workshop, 2).get_absolute_url()
    written_at = made(30)
    assert workshop.end_day()
    Workshop.objects.filter(pk=workshop.pk).update(closed_at=timezone.now() - datetime.timedelta(minutes=10))

    assert send("Skrevet før dagen var slutt", written_at) == 302
    late = Note.objects.get(text="Skrevet før dagen var slutt")
    assert (late.table, late.round) == (table(workshop, 2), workshop.current_round)
    assert send("Skrevet etter", made(0)) == 403
    assert send("Uten tid", None) == 403
    for url, data in actions(base, note_of_table_two):  # a change without its device time, or made after
        assert client.post(url, data).status_code == 403
        assert client.post(url, {**data, "made_at": made(0), f"note-{note_of_table_two.pk}-made_at": made(0)}
                           ).status_code == 403
    workshop.refresh_from_db()
    workshop.publish()
    assert send("Skrevet før, sendt etter publisering", written_at) == 403
    assert set(Note.objects.values_list("text", flat=True)) == {"Bord to", "Skrevet før dagen var slutt"}


def test_a_change_made_before_the_day_ended_and_sent_after_is_kept_until_the_report_is_published(
    client: Client, workshop: Workshop, note_of_table_two: Note
) -> None:
    # An offline tablet's edit came back after "End the day" to a 403, and the report kept the old
    # text; a note the table had deleted would have stayed in the report.
    written_at = int((timezone.now() - datetime.timedelta(minutes=30)).timestamp() * 1000)
    base = table(workshop, 2).get_absolute_url()
    assert workshop.end_day()
    Workshop.objects.filter(pk=workshop.pk).update(closed_at=timezone.now() - datetime.timedelta(minutes=10))
    prefix = f"note-{note_of_table_two.pk}"
    for url, data in actions(base, note_of_table_two):
        if not url.endswith("/slett/"):  # deleted last, below
            response = client.post(url, {**data, "made_at": written_at, f"{prefix}-made_at": written_at})
            assert response.status_code == 302, url
    note = Note.everything.get(pk=note_of_table_two.pk)
    assert (note.text, note.position, note.shared_in_plenum) == ("Overskrevet", 1, True)
    assert client.post(f"{base}notater/{note.pk}/slett/", {"made_at": written_at}).status_code == 302
    assert not Note.objects.filter(pk=note.pk).exists()  # deleted, as the table wanted: not in the report

    workshop.refresh_from_db()
    workshop.publish()
    assert client.post(f"{base}notater/{note.pk}/angre/", {"made_at": written_at}).status_code == 403


def test_host_page_does_not_link_other_tables(client: Client, workshop: Workshop) -> None:
    page = client.get(table(workshop, 1).get_absolute_url()).content.decode()
    assert table(workshop, 2).access_token not in page


def test_join_by_code_opens_the_table(client: Client, workshop: Workshop) -> None:
    code = table(workshop, 2).join_code
    response = client.post("/bord/", {"code": f" {code.lower()[:3]} {code.lower()[3:]} "})
    assert response.status_code == 302
    assert response["Location"] == table(workshop, 2).get_absolute_url()


def test_a_join_code_typed_with_a_hyphen_opens_the_table(client: Client, workshop: Workshop) -> None:
    # "28-JFBM" was "No table has that code".
    code = table(workshop, 2).join_code
    response = client.post("/bord/", {"code": f"{code[:3]}-{code[3:].lower()}"})
    assert response.status_code == 302
    assert response["Location"] == table(workshop, 2).get_absolute_url()


def test_wrong_join_code_gets_a_message(client: Client, workshop: Workshop) -> None:
    response = client.post("/bord/", {"code": "ZZZZZZ"})
    assert response.status_code == 422
    assert "Ingen bord har den koden" in response.content.decode()
    assert client.post("/bord/", {"code": "x" * 5000}).status_code == 422


def test_facilitator_pages_refuse_hosts_and_participants(
    client: Client, workshop: Workshop, participant: object
) -> None:
    urls = [
        f"/fasilitator/{workshop.slug}/",
        f"/fasilitator/{workshop.slug}/qr/",
        f"/fasilitator/{workshop.slug}/plenum/1/",
        f"/fasilitator/{workshop.slug}/program/{workshop.programme.get(kind='talk').pk}/",
    ]
    for url in urls:
        assert client.get(url).status_code == 403
    client.force_login(participant)  # type: ignore[arg-type]
    for url in urls:
        assert client.get(url).status_code == 403
    response = client.post(f"/fasilitator/{workshop.slug}/plenum/1/notater/",
                           {"client_id": str(uuid.uuid4()), "text": "x", "kind": "note"})
    assert response.status_code == 403
    next_round = client.post(f"/fasilitator/{workshop.slug}/neste-runde/", {"from_round": workshop.current_round_id})
    assert next_round.status_code == 403
    workshop.refresh_from_db()
    assert workshop.current_round.number == 1
    assert not Note.objects.exists()
