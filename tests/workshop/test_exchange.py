"""A workshop exported as JSON and imported again is the same workshop; a bad file writes nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.apps import apps
from django.test import Client

from evaluation.demo import build_survey as build_demo_survey
from groups.models import Actor, Note, Theme
from tests.factories import build_workshop, table
from workshop.demo import load_workshop
from workshop.exchange import (
    COPY,
    SCHEMA_VERSION,
    ImportRefused,
    export_json,
    export_workshop,
    import_workshop,
)
from workshop.models import Workshop
from workshop.text import without_bidi_controls

pytestmark = pytest.mark.django_db

HOSTILE = [
    "<script>alert('x')</script><b>fet</b>",
    "# Ikke en overskrift\n- ikke en liste\n> ikke et sitat\n| a | b |",
    "=HYPERLINK(\"http://x\",\"klikk\") +SUM(A1) -2+3 @SUM(A1)",
    "Emoji 🎉🇳🇴 og bidi \u202egnirts\u202c med \u200f og \u2066isolert\u2069",
    "Lang: " + "æøå " * 998,
]


def row_counts() -> dict[str, int]:
    """How many rows every model of ours has: an import that is refused changes none of them."""
    return {
        model._meta.label: model._base_manager.count()
        for app in ("workshop", "groups", "evaluation") for model in apps.get_app_config(app).get_models()
    }


def without_time(text: str) -> dict[str, Any]:
    envelope: dict[str, Any] = json.loads(text)
    envelope.pop("exported_at")
    return envelope


def round_trip(workshop: Workshop, history: bool = False) -> tuple[str, str]:
    """Export, delete the workshop (the database is then as if empty of it), import, export again."""
    first = export_json(workshop, history=history)
    slug = workshop.slug
    workshop.delete()
    assert not Workshop.objects.filter(slug=slug).exists()
    result = import_workshop(first)
    assert result.workshop is not None
    return first, export_json(Workshop.objects.get(slug=slug), history=history)


def test_the_demo_workshop_survives_export_and_import() -> None:
    demo = load_workshop(slug="inkludering-2025")
    demo.publish()
    build_demo_survey(demo, responses=True, closes_at=None)
    first, second = round_trip(demo)
    assert without_time(first) == without_time(second)
    data = json.loads(first)
    assert (data["format"], data["schema_version"]) == ("bordnotat.workshop", SCHEMA_VERSION)
    assert {"app_version", "exported_at"} <= set(data)
    assert len(data["workshop"]["notes"]) > 400 and data["workshop"]["survey"]["responses"]
    assert Workshop.objects.get(slug="inkludering-2025").is_published


def test_a_workshop_with_hostile_text_survives_export_and_import() -> None:
    workshop = build_workshop(slug="fiendtlig", notes_per_table=2)
    table = workshop.tables.get(number=1)
    organisation = table.organisations.first()
    notes = [
        Note.objects.create(workshop=workshop, table=table, round=workshop.current_round, text=text,
                            organisation=organisation, kind="advice")
        for text in HOSTILE
    ]
    question = workshop.current_round.questions.first()  # type: ignore[union-attr]
    assert question is not None
    notes[0].highlighted_on.add(question)
    question.summary = HOSTILE[1]
    question.save()
    Theme.objects.tag(workshop, "<i>Tema</i> 🎉", notes[:3])
    notes[1].edit({"text": HOSTILE[2]}, version=1, by=Actor(table=table))
    first, second = round_trip(workshop, history=True)
    assert without_time(first) == without_time(second)
    texts = set(Note.objects.filter(workshop__slug="fiendtlig").values_list("text", flat=True))
    # Bidi controls are removed when a note is saved (workshop/text.py); everything else is kept.
    assert {without_bidi_controls(text) for text in HOSTILE[2:]} | {HOSTILE[0]} <= texts


def test_a_copy_gets_a_new_address_table_codes_and_note_ids_and_leaves_the_original() -> None:
    original = build_workshop(slug="original", notes_per_table=3)
    exported = export_json(original)
    result = import_workshop(exported, mode=COPY, title="Kopi av verkstedet")
    copy = result.workshop
    assert copy is not None and copy.slug == "kopi-av-verkstedet" and copy.status == Workshop.Status.DRAFT
    codes = set(original.tables.values_list("join_code", flat=True))
    client_ids = set(original.notes.values_list("client_id", flat=True))
    assert not set(copy.tables.values_list("join_code", flat=True)) & codes
    assert not set(copy.notes.values_list("client_id", flat=True)) & client_ids
    assert copy.notes.count() == original.notes.count() == 6
    assert without_time(export_json(original)) == without_time(exported)


def test_a_restore_over_an_existing_workshop_is_refused_unless_confirmed() -> None:
    workshop = build_workshop(slug="finnes", notes_per_table=1)
    exported = export_json(workshop)
    before = row_counts()
    with pytest.raises(ImportRefused) as refused:
        import_workshop(exported)
    assert "finnes" in refused.value.errors[0]
    assert row_counts() == before
    Note.objects.filter(workshop=workshop).delete()
    result = import_workshop(exported, replace=True)
    assert result.workshop is not None and result.workshop.notes.count() == 2


def test_a_dry_run_says_what_would_be_made_and_writes_nothing() -> None:
    workshop = build_workshop(slug="prove", notes_per_table=2)
    exported = export_json(workshop)
    workshop.delete()
    before = row_counts()
    result = import_workshop(exported, dry_run=True)
    assert result.made["notes"] == 4 and result.made["tables"] == 2 and result.made["rounds"] == 2
    assert row_counts() == before


def broken(change: Any) -> str:
    workshop = build_workshop(slug="kilde", notes_per_table=3)
    data = export_workshop(workshop)
    workshop.delete()
    change(data)
    return json.dumps(data)


def newer(data: dict[str, Any]) -> None:
    data["schema_version"] = SCHEMA_VERSION + 1


def missing_rounds(data: dict[str, Any]) -> None:
    del data["workshop"]["rounds"]


def question_of_another_round(data: dict[str, Any]) -> None:
    note = next(n for n in data["workshop"]["notes"] if n["round"] == 1)
    note["question"] = 7  # round 1 has two questions; the file's other round is where 7 would be


def duplicate_client_ids(data: dict[str, Any]) -> None:
    notes = data["workshop"]["notes"]
    notes[1]["client_id"] = notes[0]["client_id"]


def organisation_of_nobody(data: dict[str, Any]) -> None:
    data["workshop"]["tables"][0]["organisations"].append("Finnes ikke")


def infinite_minutes(data: dict[str, Any]) -> None:
    data["workshop"]["rounds"][0]["group_minutes"] = float("inf")  # json.dumps writes Infinity


def minutes_past_the_limit(data: dict[str, Any]) -> None:
    data["workshop"]["rounds"][0]["group_minutes"] = 10**12


def short_table_link(data: dict[str, Any]) -> None:
    data["workshop"]["tables"][0]["access_token"] = "a"


def table_link_with_a_slash(data: dict[str, Any]) -> None:
    data["workshop"]["tables"][0]["access_token"] = "a/b?c" + "x" * 40


def long_join_code(data: dict[str, Any]) -> None:
    data["workshop"]["tables"][0]["join_code"] = "Q" * 100


def note_past_its_length(data: dict[str, Any]) -> None:
    data["workshop"]["notes"][0]["text"] = "x" * 4001


def address_of_a_page(data: dict[str, Any]) -> None:
    data["workshop"]["slug"] = "importer"


def no_schema_version(data: dict[str, Any]) -> None:
    data["schema_version"] = -1


def date_in_words(data: dict[str, Any]) -> None:
    data["workshop"]["published_at"] = "yesterday"


def blank_note(data: dict[str, Any]) -> None:
    data["workshop"]["notes"][0]["text"] = ""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        # Each of these was a server error, a table page anyone could guess, or Python's own English.
        (infinite_minutes, "ikke JSON"),
        (minutes_past_the_limit, "600"),
        (short_table_link, "ikke av det slaget Bordnotat lager"),
        (table_link_with_a_slash, "ikke av det slaget Bordnotat lager"),
        (long_join_code, "ikke av det slaget Bordnotat lager"),
        (note_past_its_length, "Notat 1 er lengre enn 4000 tegn."),
        (address_of_a_page, "Den adressen er tatt av en side."),
        (no_schema_version, "ikke hvilken versjon"),
        (date_in_words, "en verdi i den har feil form"),
        (blank_note, "Notat 1: text: "),
        (newer, "nyere Bordnotat"),
        (missing_rounds, "«rounds»"),
        (question_of_another_round, "spørsmål"),
        (duplicate_client_ids, "samme klient-id"),
        (organisation_of_nobody, "organisasjon"),
    ],
    ids=["infinite minutes", "minutes past the limit", "short table link", "table link with a slash",
         "long join code", "note past its length", "address of a page", "no schema version", "date in words",
         "blank note", "newer schema", "missing field", "question of another round", "duplicate client ids",
         "unknown organisation"],
)
def test_a_bad_file_is_refused_with_a_message_and_nothing_written(change: Any, message: str) -> None:
    text = broken(change)
    before = row_counts()
    with pytest.raises(ImportRefused) as refused:
        import_workshop(text)
    assert message in " ".join(refused.value.errors)
    assert "{" not in " ".join(refused.value.errors)  # a Python dict was shown as it is
    assert row_counts() == before


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\x00junk" * (10 * 1024 * 1024), "for stor"),
        (b"this is not json {", "ikke JSON"),
        (json.dumps({"format": "something else"}).encode(), "ikke en eksport"),
        (b'{"format": "bordnotat.workshop", "schema_version": 1, "workshop": {"title": "x"', "ikke JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "ikke JSON"),
    ],
    ids=["50 MB of junk", "not JSON", "another format", "cut short", "nested past the stack"],
)
def test_junk_is_refused_with_a_message(raw: bytes, message: str) -> None:
    before = row_counts()
    with pytest.raises(ImportRefused) as refused:
        import_workshop(raw)
    assert message in " ".join(refused.value.errors)
    assert row_counts() == before


def nul_in_a_note(data: dict[str, Any]) -> None:
    data["workshop"]["notes"][0]["text"] = "før\x00etter"


def nul_in_an_organisation(data: dict[str, Any]) -> None:
    name = data["workshop"]["organisations"][0]["name"]
    data["workshop"]["organisations"][0]["name"] = f"{name}\x00"


def half_a_pair_in_the_date(data: dict[str, Any]) -> None:
    data["workshop"]["date"] = "\ud800"


def half_a_pair_in_a_key(data: dict[str, Any]) -> None:
    data["workshop"]["\udfff"] = 1


@pytest.mark.parametrize(
    "change", [nul_in_a_note, nul_in_an_organisation, half_a_pair_in_the_date, half_a_pair_in_a_key],
    ids=["NUL in a note", "NUL in an organisation", "half a UTF-16 pair in the date", "half a pair in a key"],
)
def test_a_file_with_a_character_no_text_may_hold_is_refused_on_the_page(
    facilitator_client: Any, change: Any
) -> None:
    # PostgreSQL refused the NUL (a 500), SQLite kept it; the lone surrogate could not be written as UTF-8 (a 500).
    from django.core.files.uploadedfile import SimpleUploadedFile

    text = broken(change)  # json.dumps writes them as \u0000 and \ud800, as an edited file would
    before = row_counts()
    response = facilitator_client.post(
        "/fasilitator/importer/",
        {"file": SimpleUploadedFile("verksted.json", text.encode(), content_type="application/json"),
         "mode": "copy", "title": "Kopi"},
    )
    assert response.status_code == 422
    assert "Filen har et tegn som ingen tekst kan ha" in response.content.decode()
    assert row_counts() == before


# The pages: export and import are for facilitators only.


def test_export_and_import_are_for_facilitators_only(client: Any, participant: Any, workshop: Workshop) -> None:
    for who in (None, participant):
        if who is not None:
            client.force_login(who)
        assert client.get(f"/fasilitator/{workshop.slug}/eksport/").status_code == 403
        assert client.get("/fasilitator/importer/").status_code == 403
        assert client.post("/fasilitator/importer/", {"mode": "copy"}).status_code == 403


def test_a_facilitator_downloads_the_export_and_imports_a_copy_after_a_preview(
    facilitator_client: Any, workshop: Workshop
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = facilitator_client.get(f"/fasilitator/{workshop.slug}/eksport/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{workshop.slug}.json"'
    assert "no-store" in response["Cache-Control"]
    exported = response.content

    def upload() -> SimpleUploadedFile:
        return SimpleUploadedFile("verksted.json", exported, content_type="application/json")

    before = row_counts()
    preview = facilitator_client.post(
        "/fasilitator/importer/", {"file": upload(), "mode": "copy", "title": "Kopi", "preview": "1"}
    )
    assert preview.status_code == 200
    assert "2 bord" in preview.content.decode()
    assert row_counts() == before
    done = facilitator_client.post("/fasilitator/importer/", {"file": upload(), "mode": "copy", "title": "Kopi"})
    assert done.status_code == 302
    assert Workshop.objects.get(title="Kopi").tables.count() == 2


def test_an_import_form_sent_twice_imports_once(facilitator_client: Any, workshop: Workshop) -> None:
    # A reload that posted the form again made "Kopi" and "Kopi-2".
    import re

    from django.core.files.uploadedfile import SimpleUploadedFile

    exported = facilitator_client.get(f"/fasilitator/{workshop.slug}/eksport/").content
    page = facilitator_client.get("/fasilitator/importer/").content.decode()
    found = re.search(r'name="client_id" value="([0-9a-f-]+)"', page)
    assert found

    def send() -> Any:
        upload = SimpleUploadedFile("verksted.json", exported, content_type="application/json")
        data = {"file": upload, "mode": "copy", "title": "Kopi", "client_id": found.group(1)}
        return facilitator_client.post("/fasilitator/importer/", data)

    first, again = send(), send()
    made = Workshop.objects.get(title="Kopi")
    assert first.status_code == again.status_code == 302
    assert first["Location"] == again["Location"] == made.setup_url()


def test_the_preview_of_a_restore_over_a_workshop_names_it_and_what_is_deleted_with_it(
    facilitator_client: Any, workshop: Workshop
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    exported = export_json(workshop)
    Note.objects.create(workshop=workshop, table=workshop.tables.first(), round=workshop.current_round, text="Ny")
    workshop.title = "Endret siden eksporten"
    workshop.save()
    before = row_counts()
    preview = facilitator_client.post("/fasilitator/importer/", {
        "file": SimpleUploadedFile("v.json", exported.encode()), "mode": "restore", "replace": "on", "preview": "1",
    })
    html = preview.content.decode()
    assert preview.status_code == 200 and row_counts() == before
    assert "Det erstatter verkstedet «Endret siden eksporten» på adressen «inkludering»" in html
    assert "<li>Notater: 1</li>" in html and "<li>Bord: 2</li>" in html and "relasjoner" not in html


def test_a_refused_import_page_says_why_and_writes_nothing(facilitator_client: Any, workshop: Workshop) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    before = row_counts()
    response = facilitator_client.post(
        "/fasilitator/importer/", {"file": SimpleUploadedFile("x.json", b"ikke json"), "mode": "restore"}
    )
    assert response.status_code == 422
    assert "Ingenting ble importert" in response.content.decode()
    assert row_counts() == before


def test_a_restore_keeps_when_each_note_was_written_and_when_the_day_ended() -> None:
    # Every note was timed at the import, and the day's end was lost: a tablet's late note was then refused.
    import datetime

    from django.utils import timezone

    workshop = build_workshop(slug="tider", notes_per_table=2)
    written = timezone.now() - datetime.timedelta(days=30)
    Note.objects.filter(workshop=workshop).update(created_at=written, updated_at=written + datetime.timedelta(hours=1))
    workshop.end_day()
    ended = Workshop.objects.get(pk=workshop.pk).closed_at
    exported = export_json(workshop)
    workshop.delete()
    restored = import_workshop(exported).workshop
    assert restored is not None and restored.closed_at == ended
    assert set(restored.notes.values_list("created_at", "updated_at")) == {
        (written, written + datetime.timedelta(hours=1))
    }


def test_a_restore_keeps_a_tables_replaced_link_replaced(client: Client) -> None:
    # The export did not carry replaced links: after a restore the old one gave a 404 instead of
    # "replaced", and a tablet's changes kept under it could no longer be taken over by the new one.
    workshop = build_workshop(slug="lenker", notes_per_table=1)
    first = table(workshop, 1)
    old_token = first.access_token
    first.renew_access()
    exported = export_json(workshop)
    workshop.delete()
    import_workshop(exported)
    restored = table(Workshop.objects.get(slug="lenker"), 1)
    assert restored.access_token == first.access_token
    refused = client.get(f"/bord/{old_token}/")
    assert refused.status_code == 403 and "Denne lenken er erstattet" in refused.content.decode()
    assert client.post(f"/bord/{restored.access_token}/tidligere-lenke/", {"token": old_token}).json() == {
        "earlier": True
    }
    # A second restore over it keeps it so as well, and the file says the same as before.
    import_workshop(exported, replace=True)
    assert client.get(f"/bord/{old_token}/").status_code == 403
    assert without_time(export_json(Workshop.objects.get(slug="lenker"))) == without_time(exported)


def test_a_restore_from_before_a_link_was_replaced_does_not_open_it_again(client: Client) -> None:
    # The facilitator replaced a leaked link; restoring an older export over the workshop made it good again.
    workshop = build_workshop(slug="lekket", notes_per_table=1)
    exported = export_json(workshop)
    leaked = table(workshop, 1).access_token
    table(workshop, 1).renew_access()
    before = row_counts()
    with pytest.raises(ImportRefused) as refused:
        import_workshop(exported, replace=True)
    assert refused.value.errors == [
        "Bord 1: lenken ble erstattet etter at denne filen ble laget, og en erstattet lenke åpnes ikke igjen. "
        "Gjenopprett en nyere eksport, eller importer en kopi."
    ]
    assert row_counts() == before
    assert client.get(f"/bord/{leaked}/").status_code == 403
