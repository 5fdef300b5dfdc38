"""The facilitator follows every table live and moves the day on."""

from __future__ import annotations

import re
import uuid

import pytest
from django.contrib.auth.models import User
from django.test import Client

from groups.models import Note, RevokedAccess
from tests.factories import build_workshop, clear_of_the_minute_turn, table
from tests.groups.test_room import renew_url
from workshop.models import Organisation, Workshop

pytestmark = pytest.mark.django_db


def live_url(workshop: Workshop) -> str:
    return f"/fasilitator/{workshop.slug}/"


def test_live_overview_shows_each_tables_notes_for_the_current_round(
    facilitator_client: Client, workshop: Workshop
) -> None:
    Note.objects.create(workshop=workshop, table=table(workshop, 2), round=workshop.current_round,
                        text="Nytt fra bord to")
    Note.objects.create(workshop=workshop, table=table(workshop, 2), round=workshop.rounds.get(number=2),
                        text="Fra en annen runde")
    html = facilitator_client.get(live_url(workshop)).content.decode()
    assert "Nytt fra bord to" in html
    assert "Fra en annen runde" not in html
    assert 'hx-trigger="every 5s"' in html


def test_a_tables_card_does_not_repeat_the_tables_name_before_each_note(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # Every line in Gruppe 2's card began "Gruppe 2 -", and a screen reader said it before every note.
    for text in ("Første poeng", "Andre poeng"):
        Note.objects.create(workshop=workshop, table=table(workshop, 2), round=workshop.current_round, text=text)
    html = facilitator_client.get(live_url(workshop)).content.decode()
    card = html[html.index('id="table-'):]
    assert "Første poeng" in card and "Andre poeng" in card
    assert 'class="said-at"' not in html


def test_the_workshops_date_is_written_the_way_each_language_writes_dates(
    facilitator_client: Client, workshop: Workshop
) -> None:
    assert "23. oktober 2025" in facilitator_client.get(f"/fasilitator/{workshop.slug}/").content.decode()
    facilitator_client.cookies["django_language"] = "en"
    for page in (f"/fasilitator/{workshop.slug}/", "/admin/"):
        html = facilitator_client.get(page).content.decode()
        assert "23 October 2025" in html and "23. October" not in html and "Oct. 23" not in html, page


def test_poll_answers_304_when_nothing_changed(facilitator_client: Client, workshop: Workshop) -> None:
    clear_of_the_minute_turn(5)
    first = facilitator_client.get(live_url(workshop), headers={"HX-Request": "true"})
    assert first.status_code == 200 and "<html" not in first.content.decode()
    etag = first["ETag"]
    again = facilitator_client.get(live_url(workshop), headers={"HX-Request": "true", "If-None-Match": etag})
    assert again.status_code == 304
    host = Client()
    host.post(f"{table(workshop).get_absolute_url()}notater/",
              {"client_id": str(uuid.uuid4()), "text": "Ny lapp", "kind": "note"})
    changed = facilitator_client.get(live_url(workshop), headers={"HX-Request": "true", "If-None-Match": etag})
    assert changed.status_code == 200
    assert "Ny lapp" in changed.content.decode()


def test_page_and_fragment_have_different_etags(facilitator_client: Client, workshop: Workshop) -> None:
    page = facilitator_client.get(live_url(workshop))
    fragment = facilitator_client.get(live_url(workshop), headers={"HX-Request": "true"})
    assert page["ETag"] != fragment["ETag"]
    assert "HX-Request" in page["Vary"]


def poll_of(facilitator_client: Client, workshop: Workshop) -> str:
    """The address the live overview polls, as the page shows it."""
    html = facilitator_client.get(live_url(workshop)).content.decode()
    found = re.search(r'id="live-tables" data-poll hx-get="([^"]+)"', html)
    assert found
    return found.group(1).replace("&amp;", "&")


def test_an_overview_left_behind_by_a_round_moved_elsewhere_comes_again_whole(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # A second facilitator's overview polled in the new round's cards under the old round's heading,
    # questions and buttons: "Runde 1" over "0 notes this round" at every table.
    poll = poll_of(facilitator_client, workshop)
    assert facilitator_client.get(poll, headers={"HX-Request": "true"}).get("HX-Refresh") is None

    workshop.advance_round(workshop.current_round_id)
    response = facilitator_client.get(poll, headers={"HX-Request": "true"})
    assert response["HX-Refresh"] == "true"
    assert "notater denne runden" not in response.content.decode()
    html = facilitator_client.get(live_url(workshop)).content.decode()
    assert "Runde 2" in html and "Spørsmål 2.1" in html

    poll = poll_of(facilitator_client, workshop)
    workshop.end_day()
    assert facilitator_client.get(poll, headers={"HX-Request": "true"})["HX-Refresh"] == "true"
    assert "Dagen er avsluttet" in facilitator_client.get(live_url(workshop)).content.decode()


def test_next_round_moves_once_however_often_it_is_clicked(
    facilitator_client: Client, workshop: Workshop
) -> None:
    seen = workshop.current_round_id
    for _ in range(2):
        response = facilitator_client.post(f"{live_url(workshop)}neste-runde/", {"from_round": seen})
        assert response.status_code == 302
    workshop.refresh_from_db()
    assert workshop.current_round.number == 2
    host_page = facilitator_client.get(table(workshop).get_absolute_url()).content.decode()
    assert "Spørsmål 2.1" in host_page


def test_a_round_button_on_a_page_the_day_has_left_says_why_nothing_happened(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # The page reloaded on the new round without a word: had this click moved the day, or a second time?
    first = workshop.current_round_id
    workshop.advance_round(first)
    response = facilitator_client.post(f"{live_url(workshop)}neste-runde/", {"from_round": first}, follow=True)
    assert "Dagen står allerede i runde 2" in response.content.decode()
    workshop.refresh_from_db()
    assert workshop.current_round.number == 2

    workshop.end_day()
    for path in ("neste-runde/", "forrige-runde/"):
        response = facilitator_client.post(
            f"{live_url(workshop)}{path}", {"from_round": workshop.current_round_id}, follow=True
        )
        assert "Dagen er avsluttet. Ingenting ble endret." in response.content.decode(), path
    confirm = facilitator_client.get(f"{live_url(workshop)}forrige-runde/").content.decode()
    assert "Ja, gå tilbake" not in confirm and "åpnes igjen i administrasjonen" in confirm


def test_next_round_with_a_round_of_another_workshop_is_refused(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    response = facilitator_client.post(
        f"{live_url(workshop)}neste-runde/", {"from_round": other_workshop.current_round_id}
    )
    assert response.status_code == 400
    workshop.refresh_from_db()
    assert workshop.current_round.number == 1


def test_facilitator_writes_plenum_and_talk_notes(facilitator_client: Client, workshop: Workshop) -> None:
    talk = workshop.programme.get(kind="talk")
    facilitator_client.post(f"{live_url(workshop)}plenum/1/notater/",
                            {"client_id": str(uuid.uuid4()), "text": "Felles i plenum", "kind": "note"})
    facilitator_client.post(f"{live_url(workshop)}program/{talk.pk}/notater/",
                            {"client_id": str(uuid.uuid4()), "text": "Fra innlegget", "kind": "note"})
    plenum = Note.objects.get(text="Felles i plenum")
    assert plenum.table is None and plenum.round.number == 1
    from_talk = Note.objects.get(text="Fra innlegget")
    assert from_talk.programme_item == talk and from_talk.round is None


def test_the_plenum_and_talk_pages_lead_back_to_the_live_overview(
    client: Client, facilitator_client: Client, workshop: Workshop
) -> None:
    # Their only links were "Skip to content" and "Bordnotat", the public start page.
    talk = workshop.programme.get(kind="talk")
    back = f'<a href="{live_url(workshop)}">Tilbake til oversikten</a>'
    for page in (f"{live_url(workshop)}plenum/1/", f"{live_url(workshop)}program/{talk.pk}/"):
        assert back in facilitator_client.get(page).content.decode(), page
    assert live_url(workshop) not in client.get(table(workshop).get_absolute_url()).content.decode()


def test_qr_sheet_shows_every_tables_code(facilitator_client: Client, workshop: Workshop) -> None:
    html = facilitator_client.get(f"{live_url(workshop)}qr/").content.decode()
    for number in (1, 2):
        assert table(workshop, number).join_code in html
    assert html.count("<svg") == 2


def test_every_card_of_the_qr_sheet_says_where_to_type_its_code(facilitator_client: Client) -> None:
    # Only the sheet's introduction said it: a card cut apart, or one on the second printed page, had a
    # code but nowhere to type it, for a host whose camera would not scan.
    workshop = build_workshop(slug="qr-ark", tables=6)
    html = facilitator_client.get(f"{live_url(workshop)}qr/").content.decode()
    cards = html.split('<figure class="card qr">')[1:]
    assert len(cards) == 6
    for card in cards:
        assert "Får du ikke skannet? Åpne http://testserver/bord/ og skriv inn koden." in card


@pytest.mark.parametrize(("tables", "notes"), [(2, 3), (12, 40)])
def test_live_overview_runs_a_fixed_number_of_queries(
    facilitator_client: Client, django_assert_num_queries: object, tables: int, notes: int
) -> None:
    workshop = build_workshop(slug=f"stor-{tables}", tables=tables, notes_per_table=notes)
    facilitator_client.get(live_url(workshop))  # the session is loaded and cached
    with django_assert_num_queries(9):  # type: ignore[operator]
        response = facilitator_client.get(live_url(workshop), headers={"HX-Request": "true"})
    assert response.content.decode().count('class="card table-column"') == tables


def test_the_last_round_offers_no_next_round_and_moving_on_says_so(
    facilitator_client: Client, workshop: Workshop
) -> None:
    last = workshop.rounds.get(number=2)
    workshop.current_round = last
    workshop.save()
    html = facilitator_client.get(live_url(workshop)).content.decode()
    assert "neste-runde" in html  # the form stays for its other buttons
    assert "Gå til runde" not in html and "Dette er siste runde." in html

    response = facilitator_client.post(f"{live_url(workshop)}neste-runde/", {"from_round": last.pk}, follow=True)
    workshop.refresh_from_db()
    assert workshop.current_round == last
    assert "Runden er flyttet" not in response.content.decode()
    assert "Dette er siste runde" in response.content.decode()


def test_going_back_a_round_asks_first_then_moves_once(facilitator_client: Client, workshop: Workshop) -> None:
    second = workshop.rounds.get(number=2)
    workshop.advance_round(workshop.current_round_id)
    confirm = facilitator_client.get(f"{live_url(workshop)}forrige-runde/")
    assert confirm.status_code == 200
    workshop.refresh_from_db()
    assert workshop.current_round == second  # a GET only asks
    for _ in range(2):
        facilitator_client.post(f"{live_url(workshop)}forrige-runde/", {"from_round": second.pk})
    workshop.refresh_from_db()
    assert workshop.current_round.number == 1
    host_page = facilitator_client.get(table(workshop).get_absolute_url()).content.decode()
    assert "Spørsmål 1.1" in host_page


def test_the_first_round_has_no_round_before(facilitator_client: Client, workshop: Workshop) -> None:
    html = facilitator_client.get(live_url(workshop)).content.decode()
    assert "forrige-runde" not in html
    response = facilitator_client.post(
        f"{live_url(workshop)}forrige-runde/", {"from_round": workshop.current_round_id}
    )
    assert response.status_code == 302
    workshop.refresh_from_db()
    assert workshop.current_round.number == 1


def test_ending_the_day_closes_the_tables_for_writing_but_not_for_reading(
    facilitator_client: Client, client: Client, workshop: Workshop
) -> None:
    response = facilitator_client.post(f"{live_url(workshop)}avslutt-dagen/")
    assert response.status_code == 302
    assert response["Location"] == f"{live_url(workshop)}sammenstill/"
    workshop.refresh_from_db()
    assert workshop.status == Workshop.Status.CLOSED and not workshop.timer_phase

    host = table(workshop)
    page = client.get(host.get_absolute_url())
    assert page.status_code == 200
    added = client.post(
        f"{host.get_absolute_url()}notater/",
        {"text": "For sent", "kind": "note", "client_id": "9d4c1a8e-0000-4000-8000-000000000001"},
    )
    assert added.status_code in (403, 409, 400)
    assert not host.notes.filter(text="For sent").exists()
    live = facilitator_client.get(live_url(workshop)).content.decode()
    assert "neste-runde" not in live and "Dagen er avsluttet" in live


def test_going_back_or_ending_the_day_is_for_facilitators_only(client: Client, workshop: Workshop) -> None:
    for path in ("forrige-runde/", "avslutt-dagen/"):
        assert client.get(f"{live_url(workshop)}{path}").status_code == 403
        assert client.post(f"{live_url(workshop)}{path}", {"from_round": ""}).status_code == 403
    workshop.refresh_from_db()
    assert workshop.status == Workshop.Status.RUNNING


# The overview keeps each table's rendered card until something it shows changes (TableActivity.card_key).


def test_a_change_to_anything_a_table_card_shows_is_on_the_next_overview(
    facilitator_client: Client, workshop: Workshop
) -> None:
    note = Note.objects.create(workshop=workshop, table=table(workshop, 1), round=workshop.current_round,
                               question=workshop.current_round.questions.first(), text="Først skrevet")
    assert "Først skrevet" in facilitator_client.get(live_url(workshop)).content.decode()

    Note.objects.filter(pk=note.pk).update(text="Så rettet")
    question = workshop.current_round.questions.first()
    question.text = "Et omformulert spørsmål"
    question.save()
    organisation = Organisation.objects.create(workshop=workshop, name="Nyankommet etat")
    table(workshop, 1).organisations.add(organisation)
    html = facilitator_client.get(live_url(workshop)).content.decode()
    assert "Så rettet" in html and "Først skrevet" not in html
    assert "(Et omformulert spørsmål)" in html
    assert "Nyankommet etat" in html

    note.delete()
    assert "Så rettet" not in facilitator_client.get(live_url(workshop)).content.decode()


def test_each_browser_gets_a_renewal_form_it_can_post_however_the_cards_are_cached(
    facilitator: User, workshop: Workshop
) -> None:
    colleague = User.objects.create_user("medfasilitator", password="x", is_staff=True, is_superuser=True)
    browsers = []
    for user in (facilitator, colleague, facilitator):  # the last: the first facilitator on a second tablet
        browser = Client(enforce_csrf_checks=True)
        browser.force_login(user)
        html = browser.get(live_url(workshop)).content.decode()
        form = html[html.index(f'action="{renew_url(workshop)}"'):]
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)
        assert found, "the renewal form carries a CSRF token"
        browsers.append((browser, found.group(1)))
    seen = table(workshop, 1).join_code
    for browser, token in browsers:
        renewed = browser.post(renew_url(workshop), {"csrfmiddlewaretoken": token, "code": seen, "back": "live"})
        assert renewed.status_code == 302, "the token in a cached card is this browser's own"
    assert RevokedAccess.objects.filter(join_code=seen).count() == 1
