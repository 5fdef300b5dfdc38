"""The live room (who writes, who went quiet) and table access that survives a lost tablet."""

from __future__ import annotations

import datetime
import uuid
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from groups.models import JoinAttempt, Note, RevokedAccess, Table
from tests.factories import table
from workshop.models import Workshop

pytestmark = pytest.mark.django_db


def live_url(workshop: Workshop) -> str:
    return f"/fasilitator/{workshop.slug}/"


def renew_url(workshop: Workshop, number: int = 1) -> str:
    return f"/fasilitator/{workshop.slug}/bord/{number}/ny-tilgang/"


def note_at(workshop: Workshop, number: int, minutes_ago: float, text: str = "Et notat") -> Note:
    note = Note.objects.create(
        workshop=workshop, table=table(workshop, number), round=workshop.current_round, text=text
    )
    created = timezone.now() - datetime.timedelta(minutes=minutes_ago)
    Note.objects.filter(pk=note.pk).update(created_at=created, updated_at=created)
    return note


def card(html: str, workshop: Workshop, number: int) -> str:
    """The live overview's card of one table."""
    start = html.index(f'id="table-{table(workshop, number).pk}"')
    end = html.find('class="card table-column', start)
    return html[start:end if end != -1 else len(html)]


# The live room. -------------------------------------------------------------------------------


def test_each_table_shows_how_many_notes_came_this_round_and_when_the_last_came(
    facilitator_client: Client, workshop: Workshop
) -> None:
    note_at(workshop, 1, minutes_ago=5)
    last = note_at(workshop, 1, minutes_ago=2)
    Note.objects.create(workshop=workshop, table=table(workshop, 1), round=workshop.rounds.get(number=2), text="Senere")
    html = facilitator_client.get(live_url(workshop)).content.decode()
    first = card(html, workshop, 1)
    clock = timezone.localtime(Note.objects.get(pk=last.pk).created_at).strftime("%H:%M")
    assert "2 notater denne runden" in first
    assert f">{clock}</time>" in first and "for 2\xa0minutter siden" in first
    assert "0 notater denne runden" in card(html, workshop, 2)


def test_a_note_of_the_last_minute_came_just_now_and_an_empty_card_is_no_numbered_list(
    facilitator_client: Client, workshop: Workshop
) -> None:
    note_at(workshop, 1, minutes_ago=0.2)
    html = facilitator_client.get(live_url(workshop)).content.decode()
    assert "(akkurat nå)" in card(html, workshop, 1)
    assert "0\xa0minutter" not in card(html, workshop, 1)
    assert '<li class="empty muted">Ingen notater ennå.</li>' in card(html, workshop, 2)


def test_a_table_with_no_note_for_a_while_is_flagged_quiet_in_words(
    facilitator_client: Client, workshop: Workshop, settings: object
) -> None:
    note_at(workshop, 1, minutes_ago=9)
    note_at(workshop, 2, minutes_ago=1)
    html = facilitator_client.get(live_url(workshop)).content.decode()
    assert "Stille:" in card(html, workshop, 1) and "ingen nye notater på 8 minutter" in card(html, workshop, 1)
    assert "Stille" not in card(html, workshop, 2)


def test_a_table_that_has_not_written_yet_is_flagged_once_the_round_has_run_that_long(
    facilitator_client: Client, workshop: Workshop
) -> None:
    html = facilitator_client.get(live_url(workshop)).content.decode()
    assert "Stille" not in html  # nobody has written: the round may not have begun
    note_at(workshop, 2, minutes_ago=3)
    html = facilitator_client.get(live_url(workshop)).content.decode()
    assert "Stille" not in html
    note_at(workshop, 2, minutes_ago=10)
    html = facilitator_client.get(live_url(workshop)).content.decode()
    assert "ingen notater ennå i denne runden" in card(html, workshop, 1)
    assert "Stille" not in card(html, workshop, 2)


@pytest.mark.parametrize("change", ["closed", "plenum"])
def test_no_table_is_flagged_when_nobody_is_meant_to_write(
    facilitator_client: Client, workshop: Workshop, change: str
) -> None:
    note_at(workshop, 1, minutes_ago=30)
    if change == "closed":
        workshop.status = Workshop.Status.CLOSED
    else:
        workshop.timer_phase = "plenum"
    workshop.save()
    assert "Stille" not in facilitator_client.get(live_url(workshop)).content.decode()


def test_a_poll_picks_up_a_table_going_quiet_though_nothing_was_written(
    facilitator_client: Client, workshop: Workshop
) -> None:
    note_at(workshop, 1, minutes_ago=7)
    htmx = {"HX-Request": "true"}
    first = facilitator_client.get(live_url(workshop), headers=htmx)
    assert "Stille" not in first.content.decode()
    later = timezone.now() + datetime.timedelta(minutes=2)
    with mock.patch("django.utils.timezone.now", return_value=later):
        again = facilitator_client.get(live_url(workshop), headers={**htmx, "If-None-Match": first["ETag"]})
    assert again.status_code == 200 and "Stille" in again.content.decode()


# Renewing a table's access. ---------------------------------------------------------------------


def test_renewing_keeps_the_notes_and_the_old_link_and_code_stop_working(
    facilitator_client: Client, workshop: Workshop
) -> None:
    note_at(workshop, 1, minutes_ago=1, text="Skrevet før nettbrettet forsvant")
    old = table(workshop, 1)
    response = facilitator_client.post(renew_url(workshop), {"code": old.join_code, "back": "live"}, follow=True)
    new = table(workshop, 1)
    assert new.join_code != old.join_code and new.access_token != old.access_token
    assert f"Gruppe 1 har fått ny kode: {new.join_code}" in response.content.decode()
    assert RevokedAccess.objects.filter(table=new, join_code=old.join_code, access_token=old.access_token).exists()
    assert list(new.notes.values_list("text", flat=True)) == ["Skrevet før nettbrettet forsvant"]

    host = Client()
    assert host.get(old.get_absolute_url()).status_code >= 400
    note = {"client_id": str(uuid.uuid4()), "text": "x", "kind": "note"}
    posted = host.post(f"{old.get_absolute_url()}notater/", note)
    assert posted.status_code >= 400 and Note.objects.count() == 1
    refused = host.post("/bord/", {"code": old.join_code})
    assert refused.status_code == 410
    assert "Denne koden er byttet ut. Spør fasilitatoren om bordets nye kode." in refused.content.decode()
    joined = host.post("/bord/", {"code": new.join_code.lower()})
    assert joined.status_code == 302 and joined["Location"] == new.get_absolute_url()
    page = host.get(new.get_absolute_url()).content.decode()
    assert "Skrevet før nettbrettet forsvant" in page


def test_a_tables_page_learns_which_replaced_links_were_its_own_and_no_other_tables(workshop: Workshop) -> None:
    mine, other = table(workshop, 1), table(workshop, 2)
    my_old, other_old = mine.access_token, other.access_token
    mine.renew_access()
    other.renew_access()
    ask = f"{table(workshop, 1).get_absolute_url()}tidligere-lenke/"
    host = Client()

    assert host.post(ask, {"token": my_old}).json() == {"earlier": True}
    assert host.post(ask, {"token": other_old}).json() == {"earlier": False}
    assert host.post(ask, {"token": table(workshop, 2).access_token}).json() == {"earlier": False}
    assert host.post(ask, {"token": "x" * 65}).status_code == 400
    assert host.get(ask).status_code == 405
    # Only the current link may ask: the old one is refused, an unknown one not found.
    old_page = Table(access_token=my_old).get_absolute_url()
    assert host.post(f"{old_page}tidligere-lenke/", {"token": my_old}).status_code == 403
    assert host.post("/bord/ukjent/tidligere-lenke/", {"token": my_old}).status_code == 404


def test_renewing_twice_from_the_same_page_renews_once(facilitator_client: Client, workshop: Workshop) -> None:
    seen = table(workshop, 1).join_code
    facilitator_client.post(renew_url(workshop), {"code": seen, "back": "live"})
    renewed = table(workshop, 1).join_code
    response = facilitator_client.post(renew_url(workshop), {"code": seen, "back": "qr"}, follow=True)
    assert table(workshop, 1).join_code == renewed and RevokedAccess.objects.count() == 1
    assert response.redirect_chain[-1][0] == f"/fasilitator/{workshop.slug}/qr/"
    assert f"Gruppe 1 har allerede fått ny kode: {renewed}" in response.content.decode()


def test_renewing_a_table_of_another_workshop_is_not_found(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    code = table(workshop, 2).join_code
    assert facilitator_client.post(renew_url(other_workshop, 2), {"code": code}).status_code == 404
    assert facilitator_client.post(renew_url(workshop, 2), {}).status_code == 400
    assert table(workshop, 2).join_code == code


def test_live_overview_and_qr_sheet_offer_renewal_with_a_confirmation(
    facilitator_client: Client, workshop: Workshop
) -> None:
    for url in (live_url(workshop), f"{live_url(workshop)}qr/"):
        html = facilitator_client.get(url).content.decode()
        assert html.count(f'action="{renew_url(workshop, 1)}"') == 1
        assert "data-confirm=" in html and "Ny lenke og kode" in html


def test_admin_action_renews_access_once_confirmed_and_once_when_the_confirmation_comes_twice(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # The action renewed at once, and a repeated POST renewed again: the first new code was dead on arrival.
    old_codes = {t.pk: t.join_code for t in workshop.tables.all()}
    chosen = {"action": "renew_access", "_selected_action": list(old_codes)}
    asked = facilitator_client.post("/admin/groups/table/", chosen)
    assert asked.status_code == 200 and "Ja, forny tilgangen" in asked.content.decode()
    assert {t.pk: t.join_code for t in workshop.tables.all()} == old_codes  # nothing yet
    confirmed = {**chosen, "post": "yes", **{f"seen-{pk}": code for pk, code in old_codes.items()}}
    response = facilitator_client.post("/admin/groups/table/", confirmed, follow=True)
    assert response.status_code == 200
    new_codes = {t.pk: t.join_code for t in workshop.tables.all()}
    for pk, code in new_codes.items():
        assert code != old_codes[pk] and code in response.content.decode()
    again = facilitator_client.post("/admin/groups/table/", confirmed, follow=True)
    assert {t.pk: t.join_code for t in workshop.tables.all()} == new_codes
    assert "Fornyet allerede" in again.content.decode()
    assert RevokedAccess.objects.count() == 2


# Join codes. ----------------------------------------------------------------------------------


def tablet(address: str = "203.0.113.7") -> Client:
    """A tablet at the venue: it has opened the join page, so it carries its device cookie."""
    device = Client(REMOTE_ADDR=address)
    assert device.get("/bord/").status_code == 200
    return device


def test_guessed_codes_are_throttled_per_device(workshop: Workshop) -> None:
    valid = table(workshop, 1).join_code
    guesser = tablet()
    for n in range(10):
        response = guesser.post("/bord/", {"code": f"ZZZZ{n}"})
        assert response.status_code == 422
        assert "Ingen bord har den koden" in response.content.decode()
    blocked = guesser.post("/bord/", {"code": valid})
    assert blocked.status_code == 429 and 0 < int(blocked["Retry-After"]) <= 600
    html = blocked.content.decode()
    assert "For mange feil koder fra denne enheten. Vent 10 minutter" in html
    assert "QR-koden på bordet ditt" in html  # the host learns the way in that still works
    assert JoinAttempt.objects.count() == 20  # ten for the device, ten for the address
    assert not JoinAttempt.objects.filter(client__contains="203.0.113.7").exists()


def test_one_address_at_a_venue_does_not_lock_out_the_other_tablets(workshop: Workshop) -> None:
    """Ten wrong codes from one tablet behind the venue's NAT address block that tablet only."""
    prankster = tablet()
    for n in range(11):
        prankster.post("/bord/", {"code": f"YYYY{n}"})
    assert prankster.post("/bord/", {"code": table(workshop, 1).join_code}).status_code == 429
    host = tablet()  # another tablet, same address
    assert host.post("/bord/", {"code": table(workshop, 1).join_code}).status_code == 302


def test_an_address_has_a_higher_limit_of_its_own(workshop: Workshop, settings: object) -> None:
    settings.JOIN_ADDRESS_ATTEMPTS = 25  # type: ignore[attr-defined]
    for device in range(5):
        guesser = tablet()
        for n in range(5):
            guesser.post("/bord/", {"code": f"Z{device}ZZ{n}"})
    blocked = tablet().post("/bord/", {"code": table(workshop, 1).join_code})
    assert blocked.status_code == 429
    # Not "from this device": this tablet typed no wrong code, the network's others did.
    assert "For mange feil koder fra dette nettverket." in blocked.content.decode()
    # Without a device cookie (a script that drops it) only the address limit counts.
    assert Client(REMOTE_ADDR="203.0.113.7").post("/bord/", {"code": table(workshop).join_code}).status_code == 429
    assert tablet("198.51.100.4").post("/bord/", {"code": table(workshop).join_code}).status_code == 302


def test_a_blocked_device_gets_no_lookup_at_all(
    workshop: Workshop, django_assert_num_queries: object
) -> None:
    guesser = tablet()
    for n in range(10):
        guesser.post("/bord/", {"code": f"ZZZZ{n}"})
    valid = table(workshop).join_code
    with django_assert_num_queries(2):  # type: ignore[operator]  # the recent failures: address, device
        assert guesser.post("/bord/", {"code": valid}).status_code == 429


def test_revoked_codes_count_as_failures(facilitator_client: Client, workshop: Workshop) -> None:
    old = table(workshop, 1).join_code
    table(workshop, 1).renew_access()
    host = tablet("203.0.113.9")
    for _ in range(10):
        assert host.post("/bord/", {"code": old}).status_code == 410
    assert host.post("/bord/", {"code": table(workshop, 1).join_code}).status_code == 429


def test_failures_older_than_the_window_no_longer_count_and_are_cleared(workshop: Workshop) -> None:
    guesser = tablet()
    for n in range(10):
        guesser.post("/bord/", {"code": f"ZZZZ{n}"})
    JoinAttempt.objects.update(at=timezone.now() - datetime.timedelta(minutes=11))
    assert guesser.post("/bord/", {"code": "YYYYYY"}).status_code == 422
    assert JoinAttempt.objects.count() == 2
    assert guesser.post("/bord/", {"code": table(workshop).join_code}).status_code == 302


@pytest.mark.parametrize("status", [Workshop.Status.CLOSED, Workshop.Status.PUBLISHED])
def test_a_code_of_an_ended_workshop_says_so(client: Client, workshop: Workshop, status: str) -> None:
    workshop.status = status
    workshop.save()
    response = client.post("/bord/", {"code": table(workshop).join_code})
    html = response.content.decode()
    assert response.status_code == 410
    assert "Arbeidsverksted inkludering» er avsluttet" in html
    assert (f'href="/rapport/{workshop.slug}/"' in html) == (status == Workshop.Status.PUBLISHED)
    assert not JoinAttempt.objects.exists()


# Only facilitators. ------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["anonymous", "participant"])
def test_every_new_facilitator_address_refuses_others_and_changes_nothing(
    client: Client, workshop: Workshop, participant: User, who: str
) -> None:
    if who == "participant":
        client.force_login(participant)
    code = table(workshop).join_code
    base = f"/fasilitator/{workshop.slug}/"
    assert client.get(f"{base}timer/").status_code == 403
    assert client.get(f"{base}timer/", headers={"HX-Request": "true"}).status_code == 403
    for action in ("start", "pause", "neste", "nullstill"):
        assert client.post(f"{base}timer/{action}/", {"phase": ""}).status_code == 403
    assert client.post(renew_url(workshop), {"code": code}).status_code == 403
    assert client.get(base, headers={"HX-Request": "true"}).status_code == 403
    stored = Workshop.objects.get(pk=workshop.pk)
    assert stored.timer_phase == "" and not stored.timer_running
    assert table(workshop).join_code == code and not RevokedAccess.objects.exists()
