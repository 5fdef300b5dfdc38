"""A table's host writes, edits, orders and deletes the table's notes."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import pytest
from django.db.models import Model
from django.test import Client
from django.utils import timezone

from groups.models import Note
from tests.factories import table
from workshop.models import Organisation, Workshop

pytestmark = pytest.mark.django_db

QUEUE = {"Bordnotat-Queue": "1"}  # what static/bordnotat/queue.js sends


def notes_url(workshop: Workshop, number: int = 1) -> str:
    return f"{table(workshop, number).get_absolute_url()}notater/"


def new_note(workshop: Workshop, **fields: object) -> dict[str, object]:
    return {"client_id": str(uuid.uuid4()), "text": "Vi trenger mer samarbeid", "kind": "note", **fields}


def test_host_page_shows_round_questions_and_method(client: Client, workshop: Workshop) -> None:
    response = client.get(table(workshop).get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "Runde 1" in html
    assert "Spørsmål 1.1" in html and "Spørsmål 1.2" in html
    assert "I: 3 min" in html
    assert 'name="client_id"' in html


def test_in_a_round_with_one_question_a_new_note_answers_it_unless_the_host_chooses_otherwise(
    client: Client, workshop: Workshop
) -> None:
    page = client.get(table(workshop).get_absolute_url()).content.decode()
    assert '<option value="" selected>Runden som helhet</option>' in page
    workshop.current_round.questions.get(order=2).delete()
    only = workshop.current_round.questions.get()
    page = client.get(table(workshop).get_absolute_url()).content.decode()
    assert f'<option value="{only.pk}" selected>Spørsmål 1.1</option>' in page
    assert '<option value="">Runden som helhet</option>' in page


def test_host_adds_note_with_question_organisation_and_kind(client: Client, workshop: Workshop) -> None:
    question = workshop.current_round.questions.get(order=2)
    organisation = table(workshop).organisations.first()
    response = client.post(
        notes_url(workshop),
        new_note(workshop, question=question.pk, organisation=organisation.pk, kind="action"),
    )
    assert response.status_code == 302
    note = Note.objects.get()
    assert (note.table, note.round, note.question) == (table(workshop), workshop.current_round, question)
    assert (note.organisation, note.kind) == (organisation, "action")
    page = client.get(response["Location"]).content.decode()
    assert (
        f'<span class="said-by"><bdi>{organisation.name}</bdi>:</span> <span class="text"><bdi>Vi trenger mer samarbeid'
        in page
    )


def test_the_queue_saves_a_note_for_the_round_as_a_whole_and_hears_back_a_few_bytes(
    client: Client, workshop: Workshop
) -> None:
    response = client.post(notes_url(workshop), new_note(workshop), headers=QUEUE)

    assert response.status_code == 200
    note = Note.objects.get()
    assert note.question is None and note.organisation is None
    assert response.json() == {"note": note.pk, "version": 1, "position": 1, "deleted": False}
    assert len(response.content) < 200


def test_repeated_create_with_same_client_id_makes_one_note(client: Client, workshop: Workshop) -> None:
    data = new_note(workshop)
    for _ in range(3):
        response = client.post(notes_url(workshop), data)
        assert response.status_code == 302
    assert Note.objects.count() == 1


def test_client_id_of_another_tables_note_is_refused(client: Client, workshop: Workshop) -> None:
    data = new_note(workshop)
    client.post(notes_url(workshop, 1), data)
    response = client.post(notes_url(workshop, 2), {**data, "text": "Kapret"})
    assert response.status_code == 409
    note = Note.objects.get()
    assert note.table == table(workshop, 1) and note.text == "Vi trenger mer samarbeid"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Skriv noe i notatet før du lagrer det."),
        ("   \n ", "Skriv noe i notatet før du lagrer det."),
        ("x" * 50_000, "4000 eller færre tegn (den har nå 50000)"),
        ("før\x00etter", "Null-tegn er ikke tillatt."),
        # Nothing a reader would see: bidi controls (removed when kept) and zero-width characters.
        ("\u202e", "Skriv noe i notatet før du lagrer det."),
        ("\u200b \u200d\ufeff", "Skriv noe i notatet før du lagrer det."),
    ],
)
def test_bad_note_text_gets_a_message_and_a_4xx(
    client: Client, workshop: Workshop, text: str, message: str
) -> None:
    response = client.post(notes_url(workshop), new_note(workshop, text=text), headers=QUEUE)
    assert response.status_code == 422
    assert message in response.content.decode()
    assert Note.objects.count() == 0


def test_a_note_too_long_without_javascript_comes_back_whole_with_the_limit(client: Client, workshop: Workshop) -> None:
    """The textarea has no maxlength, which would cut a long paste without a word: the limit is the
    server's (and queue.js's), and the text comes back whole to be shortened."""
    page = client.get(table(workshop, 1).get_absolute_url()).content.decode()
    assert "maxlength" not in page and 'data-max-length="4000"' in page

    response = client.post(notes_url(workshop), new_note(workshop, text="lang " * 1000))
    assert response.status_code == 422
    assert "4000 eller færre tegn (den har nå 4999)" in response.content.decode()
    assert ("lang " * 1000).strip() in response.content.decode()
    assert Note.objects.count() == 0


def test_bad_note_text_is_refused_in_the_chosen_language(client: Client, workshop: Workshop) -> None:
    client.cookies["django_language"] = "en"
    response = client.post(notes_url(workshop), new_note(workshop, text=""))
    assert response.status_code == 422
    assert "Write something in the note before saving it." in response.content.decode()


def test_question_and_organisation_from_another_workshop_are_refused(
    client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    foreign_question = other_workshop.current_round.questions.first()
    foreign_organisation = other_workshop.organisations.first()
    for field, value in (("question", foreign_question.pk), ("organisation", foreign_organisation.pk)):
        response = client.post(notes_url(workshop), new_note(workshop, **{field: value}))
        assert response.status_code == 422
        assert "Velg et gyldig valg" in response.content.decode()
    assert Note.objects.count() == 0


def test_a_table_offers_its_own_organisations_but_keeps_one_unseated_since_the_note_was_written(
    client: Client, workshop: Workshop
) -> None:
    # A note kept on an offline tablet while the facilitator moved an organisation to another table
    # was refused for good (422, "not one of the available choices"): the host could only discard it.
    moved = table(workshop, 1).organisations.order_by("name")[0]
    elsewhere = table(workshop, 2).organisations.first()
    page = client.get(table(workshop, 1).get_absolute_url()).content.decode()
    assert f'<option value="{elsewhere.pk}"' not in page
    table(workshop, 1).organisations.remove(moved)
    table(workshop, 2).organisations.add(moved)

    response = client.post(notes_url(workshop, 1), new_note(workshop, organisation=moved.pk), headers=QUEUE)

    assert response.status_code == 200
    assert Note.objects.get().organisation == moved


def edit_said_by(client: Client, workshop: Workshop, organisation: Organisation) -> tuple[str, Note]:
    """A note of table 1 said by `organisation`: its editor's page, then the note after its text was
    changed to "Etter" with who said it as it was (the save must succeed)."""
    note = Note.objects.create(
        workshop=workshop, table=table(workshop, 1), round=workshop.current_round, organisation=organisation,
        text="Før",
    )
    url = f"{notes_url(workshop, 1)}{note.pk}/endre/"
    form = client.get(url).content.decode()
    prefix = f"note-{note.pk}"
    response = client.post(url, {
        f"{prefix}-text": "Etter", f"{prefix}-organisation": organisation.pk, f"{prefix}-kind": "note",
        f"{prefix}-version": note.version,
    })
    assert response.status_code == 302
    note.refresh_from_db()
    return form, note


def test_editing_a_note_keeps_who_said_it_when_they_no_longer_sit_at_the_table(
    client: Client, workshop: Workshop
) -> None:
    # The editor offered only those seated: the note's own was missing, and saving dropped it unseen.
    unseated = table(workshop, 1).organisations.order_by("name")[0]
    table(workshop, 1).organisations.remove(unseated)
    form, note = edit_said_by(client, workshop, unseated)
    assert f'<option value="{unseated.pk}" selected>{unseated.name}</option>' in form
    assert (note.text, note.organisation) == ("Etter", unseated)


def test_editing_a_note_said_by_an_organisation_seated_at_two_tables_saves_it(
    client: Client, workshop: Workshop
) -> None:
    # A 500 (MultipleObjectsReturned): the choices joined the seating and found the organisation twice,
    # and the tablet's queue retried the edit for ever while everything after it waited.
    organisation = table(workshop, 1).organisations.order_by("name")[0]
    table(workshop, 2).organisations.add(organisation)
    form, note = edit_said_by(client, workshop, organisation)
    assert form.count(f'<option value="{organisation.pk}" selected>{organisation.name}</option>') == 1
    assert (note.text, note.organisation) == ("Etter", organisation)


def test_a_form_whose_hidden_fields_come_back_wrong_says_so_and_keeps_the_text(
    client: Client, workshop: Workshop
) -> None:
    # The error used to stay on the hidden field: a 422 with no word of why.
    response = client.post(notes_url(workshop), new_note(workshop, client_id="ikke-en-id", text="Mitt lange notat"))
    html = response.content.decode()
    assert response.status_code == 422 and not Note.objects.exists()
    assert "Dette skjemaet kom tilbake ufullstendig eller utdatert" in html and "Mitt lange notat</textarea>" in html


def test_bad_kind_and_client_id_are_refused(client: Client, workshop: Workshop) -> None:
    assert client.post(notes_url(workshop), new_note(workshop, kind="secret")).status_code == 422
    assert client.post(notes_url(workshop), new_note(workshop, client_id="not-a-uuid")).status_code == 422
    assert Note.objects.count() == 0


def test_script_in_every_text_field_is_shown_as_text(client: Client, workshop: Workshop) -> None:
    script = "<script>alert(1)</script>"
    client.post(notes_url(workshop), new_note(workshop, text=script))
    page = client.get(table(workshop).get_absolute_url()).content.decode()
    assert script not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.fixture
def saved(client: Client, workshop: Workshop) -> Note:
    client.post(notes_url(workshop), new_note(workshop, text="Første"))
    return Note.objects.get()


def test_a_note_kept_on_the_tablet_while_the_day_moved_on_is_saved_in_its_own_round(
    client: Client, workshop: Workshop
) -> None:
    # Before, one tied to a question was refused for good ("not one of the available choices"),
    # and one for the round as a whole was filed under the next round.
    first = workshop.current_round
    question = first.questions.get(order=2)
    page = client.get(table(workshop).get_absolute_url()).content.decode()
    assert f'name="round" value="{first.pk}"' in page
    assert workshop.advance_round(first.pk)

    with_question = new_note(workshop, round=first.pk, question=question.pk, text="Skrevet i runde 1")
    assert client.post(notes_url(workshop), with_question, headers=QUEUE).status_code == 200
    whole = new_note(workshop, round=first.pk, text="Om hele runde 1")
    assert client.post(notes_url(workshop), whole, headers=QUEUE).status_code == 200
    assert {(n.text, n.round, n.question) for n in Note.objects.all()} == {
        ("Skrevet i runde 1", first, question), ("Om hele runde 1", first, None),
    }
    # A question of another round than the note's is still refused.
    mixed = new_note(workshop, round=first.pk, question=workshop.rounds.get(number=2).questions.first().pk)
    assert client.post(notes_url(workshop), mixed, headers=QUEUE).status_code == 422


def test_the_host_is_told_where_a_note_of_the_round_before_went_as_the_list_does_not_show_it(
    client: Client, workshop: Workshop
) -> None:
    # Before, "The note is saved." and the note nowhere in the list: it seemed lost.
    first = workshop.current_round
    assert workshop.advance_round(first.pk)
    told = (
        f"Notatet er lagret i runde 1, «{first.title}», der det ble påbegynt. Denne lista viser runden nå."
    )
    answer = client.post(notes_url(workshop), new_note(workshop, round=first.pk, text="Sent"), headers=QUEUE)
    assert answer.json()["elsewhere"] == told
    page = client.post(notes_url(workshop), new_note(workshop, round=first.pk, text="Uten skript"), follow=True)
    assert told in page.content.decode()
    # A note of the round shown is saved without a word more.
    answer = client.post(notes_url(workshop), new_note(workshop, text="I runde 2"), headers=QUEUE)
    assert "elsewhere" not in answer.json()
    page = client.post(notes_url(workshop), new_note(workshop, text="Også i runde 2"), follow=True)
    assert "Notatet er lagret." in page.content.decode()


def test_an_edit_kept_on_the_tablet_while_the_day_moved_on_keeps_its_rounds_question(
    client: Client, workshop: Workshop
) -> None:
    first = workshop.current_round
    question = first.questions.get(order=1)
    client.post(notes_url(workshop), new_note(workshop, question=question.pk, text="Første"))
    note = Note.objects.get()
    assert workshop.advance_round(first.pk)
    prefix = f"note-{note.pk}-"
    response = client.post(
        f"{notes_url(workshop)}{note.pk}/endre/",
        {f"{prefix}text": "Første, rettet", f"{prefix}kind": "note", f"{prefix}version": 1,
         f"{prefix}question": question.pk},
        headers=QUEUE,
    )
    assert response.status_code == 200
    note.refresh_from_db()
    assert (note.text, note.round, note.question) == ("Første, rettet", first, question)


def test_a_round_of_another_workshop_is_refused_and_nothing_saved(
    client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    stranger = other_workshop.rounds.first()
    response = client.post(notes_url(workshop), new_note(workshop, round=stranger.pk), headers=QUEUE)
    assert response.status_code == 422 and not Note.objects.exists()


def test_host_edits_a_note(client: Client, workshop: Workshop, saved: Note) -> None:
    url = f"{notes_url(workshop)}{saved.pk}/endre/"
    form_page = client.get(url).content.decode()  # without JavaScript: the page with the form open
    assert "<html" in form_page and f'name="note-{saved.pk}-text"' in form_page
    response = client.post(
        url,
        {f"note-{saved.pk}-text": "Første, rettet", f"note-{saved.pk}-kind": "advice", f"note-{saved.pk}-version": 1},
        headers=QUEUE,
    )
    assert response.status_code == 200
    assert response.json()["version"] == 2
    saved.refresh_from_db()
    assert (saved.text, saved.kind) == ("Første, rettet", "advice")


def test_an_edit_form_sent_twice_without_javascript_is_one_edit(
    client: Client, workshop: Workshop, saved: Note
) -> None:
    # The second send of the same form got "Someone else changed this note" about the host's own edit.
    url = f"{notes_url(workshop)}{saved.pk}/endre/"
    page = client.get(url).content.decode()
    prefix = f"note-{saved.pk}"
    marker = f'name="{prefix}-request_id" value="'
    assert marker in page
    request_id = page.split(marker)[1].split('"')[0]
    data = {f"{prefix}-text": "Første, rettet", f"{prefix}-kind": "note", f"{prefix}-version": 1,
            f"{prefix}-request_id": request_id}
    assert client.post(url, data).status_code == 302
    again = client.post(url, data)
    assert again.status_code == 302, again.content.decode()
    saved.refresh_from_db()
    assert (saved.text, saved.version) == ("Første, rettet", 2)


def test_a_change_made_offline_is_dated_by_the_device_within_the_servers_clock(
    client: Client, workshop: Workshop, saved: Note
) -> None:
    made = timezone.now() - datetime.timedelta(minutes=40)
    later = timezone.now() + datetime.timedelta(hours=3)
    url = f"{notes_url(workshop)}{saved.pk}/"
    client.post(f"{url}plenum/", {"shared": "1", "made_at": int(made.timestamp() * 1000)}, headers=QUEUE)
    client.post(f"{url}flytt/", {"position": "1", "made_at": int(later.timestamp() * 1000)}, headers=QUEUE)

    shared, moved = saved.changes.get(action="share"), saved.changes.get(action="move")
    assert abs((shared.at - made).total_seconds()) < 1
    # A device clock ahead of the server's is not believed.
    assert moved.at <= timezone.now()


def test_bad_edit_changes_nothing(client: Client, workshop: Workshop, saved: Note) -> None:
    url = f"{notes_url(workshop)}{saved.pk}/endre/"
    for text in ("", "y" * 50_000, "a\x00b"):
        data = {f"note-{saved.pk}-text": text, f"note-{saved.pk}-kind": "note", f"note-{saved.pk}-version": 1}
        response = client.post(url, data)
        assert response.status_code == 422
    saved.refresh_from_db()
    assert saved.text == "Første"


def test_host_deletes_a_note(client: Client, workshop: Workshop, saved: Note) -> None:
    response = client.post(f"{notes_url(workshop)}{saved.pk}/slett/")
    assert response.status_code == 302
    assert not Note.objects.exists()
    assert Note.everything.get().deleted_at is not None


def test_host_reorders_notes_and_a_repeat_changes_nothing(client: Client, workshop: Workshop) -> None:
    for text in ("En", "To", "Tre"):
        client.post(notes_url(workshop), new_note(workshop, text=text))
    last = Note.objects.get(text="Tre")
    for _ in range(2):
        client.post(f"{notes_url(workshop)}{last.pk}/flytt/", {"position": 1})
    assert [n.text for n in Note.objects.order_by("position")] == ["Tre", "En", "To"]
    response = client.post(f"{notes_url(workshop)}{last.pk}/flytt/", {"position": "x"})
    assert response.status_code == 400


def test_a_change_to_a_note_deleted_on_the_other_device_says_so_and_changes_nothing(
    client: Client, workshop: Workshop, saved: Note
) -> None:
    client.post(f"{notes_url(workshop)}{saved.pk}/slett/")  # the table's other tablet
    url = f"{notes_url(workshop)}{saved.pk}/"
    edit = {f"note-{saved.pk}-text": "Rettet", f"note-{saved.pk}-kind": "note", f"note-{saved.pk}-version": 1}

    answers = [
        client.post(f"{url}endre/", edit, headers=QUEUE),
        client.post(f"{url}plenum/", {"shared": "1"}, headers=QUEUE),
        client.post(f"{url}flytt/", {"position": "1"}, headers=QUEUE),
    ]

    # Not "nothing at this address": the queue shows why, and the change can be sent again after an undo.
    for answer in answers:
        assert answer.status_code == 410
        assert "Dette notatet er slettet, kanskje på en annen enhet" in answer.content.decode()
    saved.refresh_from_db()
    assert (saved.text, saved.shared_in_plenum, saved.deleted_at is not None) == ("Første", False, True)
    assert list(saved.changes.values_list("action", flat=True)) == ["create", "delete"]

    without_javascript = client.post(f"{url}endre/", edit, follow=True)
    assert "Dette notatet er slettet, kanskje på en annen enhet" in without_javascript.content.decode()


def test_host_marks_a_note_shared_in_plenum(client: Client, workshop: Workshop, saved: Note) -> None:
    url = f"{notes_url(workshop)}{saved.pk}/plenum/"
    client.post(url, {"shared": "1"})
    client.post(url, {"shared": "1"})
    saved.refresh_from_db()
    assert saved.shared_in_plenum
    client.post(url, {"shared": "0"})
    saved.refresh_from_db()
    assert not saved.shared_in_plenum


def test_a_waiting_edit_is_called_a_change_not_the_language_switchers_word(client: Client, workshop: Workshop) -> None:
    html = client.get(table(workshop).get_absolute_url()).content.decode()

    assert 'data-label-edit="Endring"' in html
    assert 'data-label-edit="Bytt"' not in html


def test_without_javascript_the_next_notes_form_keeps_the_choices_and_says_so(
    client: Client, workshop: Workshop
) -> None:
    question = workshop.current_round.questions.get(order=2)
    organisation = table(workshop).organisations.first()
    response = client.post(
        notes_url(workshop), new_note(workshop, question=question.pk, organisation=organisation.pk, kind="action")
    )
    page = client.get(response["Location"])
    form = page.context["form"]
    assert (form["question"].value(), form["organisation"].value(), form["kind"].value()) == (
        question.pk, organisation.pk, "action"
    )
    assert form["text"].value() in (None, "")
    html = page.content.decode()
    assert f'<option value="{organisation.pk}" selected>' in html
    assert "blir stående til neste notat" in html


def test_kept_choices_are_dropped_when_the_round_has_changed(client: Client, workshop: Workshop) -> None:
    question = workshop.current_round.questions.get(order=2)
    response = client.post(notes_url(workshop), new_note(workshop, question=question.pk, kind="advice"))
    workshop.advance_round(workshop.current_round_id)
    form = client.get(response["Location"]).context["form"]
    assert form["question"].value() is None
    assert form["kind"].value() == "note"


def test_bidi_controls_are_removed_and_the_text_is_isolated(client: Client, workshop: Workshop) -> None:
    """U+202E would show the rest of the note, and what follows it, reversed."""
    client.post(notes_url(workshop), new_note(workshop, text="\u202egnirts ond \u2066isolert\u2069 og \u200fmerke"))
    note = Note.objects.get()
    assert note.text == "gnirts ond isolert og \u200fmerke"  # the marks stay: they reorder nothing
    page = client.get(table(workshop).get_absolute_url()).content.decode()
    assert "<bdi>gnirts ond isolert" in page and "\u202e" not in page


def test_a_note_is_never_kept_without_its_history_when_the_database_fails_between_them(
    client: Client, workshop: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by make load: PostgreSQL restarting between the note's INSERT and its history's."""
    from django.db import OperationalError

    from groups import rows
    from groups.models import NoteChange

    real_new_row = rows.new_row
    calls = {"n": 0}

    def fails_once(instance: Model, **options: Any) -> rows.NewRow:
        # On SQLite the history's INSERT is a second statement, after the note's; PostgreSQL writes both in one.
        if isinstance(instance, NoteChange):
            calls["n"] += 1
            if calls["n"] == 1:
                raise OperationalError("terminating connection due to administrator command")
        return real_new_row(instance, **options)

    monkeypatch.setattr(rows, "new_row", fails_once)
    note = new_note(workshop)
    failing = Client(raise_request_exception=False)
    assert failing.post(notes_url(workshop), note, headers=QUEUE).status_code == 500
    assert not Note.objects.exists()  # all or nothing: the retry will make both
    assert client.post(notes_url(workshop), note, headers=QUEUE).status_code == 200
    saved = Note.objects.get()
    assert list(saved.changes.values_list("action", flat=True)) == ["create"]


def test_a_notes_choices_are_built_only_when_named_or_shown_and_stay_the_boards_own(workshop: Workshop) -> None:
    from groups.boards import table_board
    from groups.forms import NewNoteForm

    board = table_board(None, table(workshop).access_token)  # type: ignore[arg-type]
    other_round = workshop.rounds.get(number=2).questions.first()
    plain = NewNoteForm(new_note(workshop), board=board)
    naming_other = NewNoteForm(new_note(workshop, question=other_round.pk), board=board)

    assert plain.is_valid()
    assert [plain.fields[name]._queryset for name in ("question", "organisation")] == [None, None]  # type: ignore[attr-defined]
    assert not naming_other.is_valid() and "question" in naming_other.errors
    shown = str(NewNoteForm(board=board)["question"]) + str(NewNoteForm(board=board)["organisation"])
    assert "Spørsmål 1.1" in shown and "Fylke 1A" in shown
    assert "Spørsmål 2.1" not in shown and "Fylke 2A" not in shown
