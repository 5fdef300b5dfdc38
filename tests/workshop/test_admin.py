"""The facilitators' admin: every registered page opens, and choices stay within a workshop."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest
from django.contrib import admin
from django.db.models import Model
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from groups.models import Note, Table, Theme
from tests.factories import FormReader, build_workshop
from workshop.admin import FACILITATOR_LINKS
from workshop.models import Organisation, ProgrammeItem, Question, Round, Speaker, Workshop

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

OUR_APPS = {"workshop", "groups"}


def our_admin_models() -> list[type[Model]]:
    return sorted(
        (model for model in admin.site._registry if model._meta.app_label in OUR_APPS),
        key=lambda model: model._meta.label,
    )


def admin_url(model: type[Model], view: str, *args: object) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def test_every_model_of_ours_is_registered() -> None:
    labels = {model._meta.label for model in our_admin_models()}
    assert {
        "workshop.Workshop", "workshop.ProgrammeItem", "workshop.Round",
        "workshop.Organisation", "groups.Table", "groups.Note", "groups.Theme",
    } <= labels


@pytest.mark.django_db
@pytest.mark.parametrize("model", our_admin_models(), ids=lambda model: model._meta.label)
def test_facilitator_opens_changelist_add_and_change_pages(
    facilitator_client: Client, model: type[Model]
) -> None:
    workshop = build_workshop(notes_per_table=3)
    Theme.objects.tag(workshop, "Bolig", workshop.notes.all()[:2])
    obj = model._default_manager.first()
    assert obj is not None, f"the test workshop has no {model._meta.label}"

    assert facilitator_client.get(admin_url(model, "changelist")).status_code == 200
    assert facilitator_client.get(admin_url(model, "changelist"), {"q": "ø"}).status_code == 200
    assert facilitator_client.get(admin_url(model, "add")).status_code == 200
    assert facilitator_client.get(admin_url(model, "change", obj.pk)).status_code == 200


@pytest.mark.django_db
def test_admin_refuses_participants(client: Client, participant: object) -> None:
    client.force_login(participant)  # type: ignore[arg-type]
    response = client.get(admin_url(Workshop, "changelist"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_workshop_page_links_to_the_facilitator_pages_that_exist(
    facilitator_client: Client, workshop: Workshop
) -> None:
    html = facilitator_client.get(admin_url(Workshop, "change", workshop.pk)).content.decode()
    for _label, url_name in FACILITATOR_LINKS:
        try:
            url = reverse(url_name, kwargs={"slug": workshop.slug})
        except NoReverseMatch:
            assert url_name not in html
            continue
        assert f'href="{url}"' in html, f"no link to {url_name}"


def test_current_round_offers_only_this_workshops_rounds(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    response = facilitator_client.get(admin_url(Workshop, "change", workshop.pk))
    choices = response.context["adminform"].form.fields["current_round"].queryset
    assert set(choices) == set(workshop.rounds.all())
    assert not set(choices) & set(Round.objects.filter(workshop=other_workshop))

    add_response = facilitator_client.get(admin_url(Workshop, "add"))
    assert not add_response.context["adminform"].form.fields["current_round"].queryset.exists()


def test_table_offers_only_its_workshops_organisations_and_its_host_link(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    table = workshop.tables.get(number=1)
    response = facilitator_client.get(admin_url(Table, "change", table.pk))
    choices = response.context["adminform"].form.fields["organisations"].queryset
    assert set(choices) == set(workshop.organisations.all())
    html = response.content.decode()
    assert table.join_code in html
    assert f'href="{table.get_absolute_url()}"' in html


def test_a_note_offers_only_its_workshops_tables_rounds_and_organisations_and_saves(
    facilitator_client: Client, workshop: Workshop, other_workshop: Workshop
) -> None:
    note = Note.objects.create(workshop=workshop, table=workshop.tables.get(number=1), round=workshop.current_round,
                               text="Gammel tekst")
    # A deleted note's page too: facilitators restore and correct them.
    Note.everything.filter(pk=note.pk).update(deleted_at=timezone.now())
    response = facilitator_client.get(admin_url(Note, "change", note.pk))
    form = response.context["adminform"].form
    assert set(form.fields["table"].queryset) == set(workshop.tables.all())
    assert set(form.fields["round"].queryset) == set(workshop.rounds.all())
    assert set(form.fields["organisation"].queryset) == set(workshop.organisations.all())
    assert "select2" not in response.content.decode()
    second = workshop.tables.get(number=2)
    history = response.context["inline_admin_formsets"][0].formset.prefix
    data = {
        "workshop": workshop.pk, "table": second.pk, "round": workshop.current_round_id, "text": "Ny tekst",
        "kind": "note", "position": 1, "question": "", "programme_item": "", "organisation": "",
        f"{history}-TOTAL_FORMS": 0, f"{history}-INITIAL_FORMS": 0, "seen_version": note.version,
    }
    saved = facilitator_client.post(admin_url(Note, "change", note.pk), data)
    assert saved.status_code == 302
    note = Note.everything.get(pk=note.pk)
    assert (note.text, note.table) == ("Ny tekst", second)
    other_table = other_workshop.tables.get(number=1)
    refused = facilitator_client.post(
        admin_url(Note, "change", note.pk), {**data, "table": other_table.pk, "seen_version": note.version}
    )
    assert refused.status_code == 200 and Note.everything.get(pk=note.pk).table == second
    assert "Noen andre har endret notatet" not in refused.content.decode()  # refused for the table alone


def test_table_organisations_are_boxes_to_tick_each_with_its_label(
    facilitator_client: Client, workshop: Workshop
) -> None:
    table = workshop.tables.get(number=1)
    html = facilitator_client.get(admin_url(Table, "change", table.pk)).content.decode()
    assert 'type="checkbox" name="organisations"' in html and "SelectFilter" not in html


def test_table_changelist_shows_codes_and_organisations(
    facilitator_client: Client, workshop: Workshop
) -> None:
    html = facilitator_client.get(admin_url(Table, "changelist")).content.decode()
    for table in workshop.tables.all():
        assert table.join_code in html
        assert f'href="{table.get_absolute_url()}"' in html
    assert "Fylke 1A, Fylke 1B" in html


def test_note_changelist_filters_and_searches(facilitator_client: Client) -> None:
    workshop = build_workshop(notes_per_table=6)
    url = admin_url(Note, "changelist")
    response = facilitator_client.get(url, {"workshop__id__exact": str(workshop.pk), "q": '"fra bord 2"'})
    assert response.status_code == 200
    shown = response.context["cl"].result_list
    assert len(shown) == 6
    assert all(note.table.number == 2 for note in shown)


def test_the_admins_start_page_links_each_workshops_pages(facilitator_client: Client, workshop: Workshop) -> None:
    html = facilitator_client.get(reverse("admin:index")).content.decode()
    for page in ("oppsett/", "", "sammenstill/"):
        assert f'href="/fasilitator/{workshop.slug}/{page}"' in html
    assert f'href="/rapport/{workshop.slug}/"' in html
    assert 'href="/fasilitator/oppsett/nytt/"' in html


def test_the_admin_takes_programme_times_as_norwegians_type_them(
    facilitator_client: Client, workshop: Workshop
) -> None:
    from workshop.models import ProgrammeItem

    response = facilitator_client.post(
        admin_url(ProgrammeItem, "add"),
        {"workshop": workshop.pk, "starts_at": "09.00", "ends_at": "0930", "title": "Velkommen", "kind": "welcome",
         "speakers-TOTAL_FORMS": 0, "speakers-INITIAL_FORMS": 0},
    )
    assert response.status_code == 302
    item = ProgrammeItem.objects.get(title="Velkommen")
    assert (item.starts_at.hour, item.ends_at.minute if item.ends_at else None) == (9, 30)


def test_the_admin_says_add_table_without_the_wrong_gender(facilitator_client: Client) -> None:
    html = facilitator_client.get(admin_url(Table, "changelist")).content.decode()
    assert "Legg til bord" in html and "ny bord" not in html
    html = facilitator_client.get(admin_url(Workshop, "changelist")).content.decode()
    assert "Legg til verksted" in html and "ny verksted" not in html


@pytest.mark.parametrize(
    ("language", "words"),
    [("nb", ("Gå til hovedinnholdet", "Skriv for å filtrere …")), ("nn", ("Gå til hovudinnhaldet", "Brødsmulesti"))],
)
def test_the_admins_frame_is_norwegian_where_djangos_own_catalogue_is_not(
    facilitator_client: Client, workshop: Workshop, language: str, words: tuple[str, ...]
) -> None:
    facilitator_client.cookies["django_language"] = language
    html = facilitator_client.get(f"/fasilitator/{workshop.slug}/sammenstill/").content.decode()

    for word in words:
        assert word in html
    for english in ("Skip to main content", "Start typing to filter", "Breadcrumbs", "Toggle theme"):
        assert english not in html


def test_the_admins_change_links_keep_djangos_word_not_the_language_buttons(
    facilitator_client: Client, workshop: Workshop
) -> None:
    """Our language button's "Change" is "Bytt"; the admin's "Change" (a link to edit) is "Endre"."""
    html = facilitator_client.get("/admin/").content.decode()
    assert re.search(r'class="changelink"[^>]*>Endre</a>', html)
    assert "Bytt</a>" not in html
    assert ">Bytt</button>" in facilitator_client.get("/").content.decode()
    # The start page's table headers, which screen readers read, are Norwegian too.
    assert "Model name" not in html and ">Modellnavn</th>" in html


def test_the_list_filters_offer_their_counts_in_norwegian(facilitator_client: Client, workshop: Workshop) -> None:
    html = facilitator_client.get("/admin/groups/note/").content.decode()
    assert "Show counts" not in html and "Vis antall" in html


def test_the_browsers_favicon_request_from_an_admin_page_is_no_404(facilitator_client: Client) -> None:
    response = facilitator_client.get("/favicon.ico")
    assert response.status_code == 204 and response["Cache-Control"] == "public, max-age=86400"


@pytest.mark.django_db
@pytest.mark.parametrize("label", ["workshop.Round", "groups.Table", "groups.Theme", "workshop.Organisation",
                                   "workshop.ProgrammeItem", "evaluation.Survey"])
def test_a_part_of_a_workshop_shows_its_workshop_but_cannot_be_moved_to_another(
    facilitator_client: Client, label: str
) -> None:
    # A round moved to another workshop took 128 notes with it; a theme its notes; a table its organisations.
    from django.apps import apps

    from tests.evaluation.factories import build_survey

    workshop = build_workshop(notes_per_table=1)
    build_survey(workshop)
    Theme.objects.tag(workshop, "Bolig", workshop.notes.all()[:2])
    model = apps.get_model(label)
    obj = model._default_manager.filter(workshop=workshop).first()
    assert obj is not None

    html = facilitator_client.get(admin_url(model, "change", obj.pk)).content.decode()
    assert 'name="workshop"' not in html
    assert workshop.title in html
    assert 'name="workshop"' in facilitator_client.get(admin_url(model, "add")).content.decode()


@pytest.mark.django_db
def test_a_theme_posted_with_another_workshop_stays_with_its_own_and_its_notes(facilitator_client: Client) -> None:
    workshop = build_workshop(notes_per_table=1)
    other = build_workshop(slug="et-annet", tables=1)
    notes = list(workshop.notes.all()[:2])
    theme = Theme.objects.tag(workshop, "Bolig", notes)[0]

    response = facilitator_client.post(admin_url(Theme, "change", theme.pk), {
        "workshop": other.pk, "name": "Bolig", "description": "", "notes": [note.pk for note in notes],
    })

    assert response.status_code == 302
    theme.refresh_from_db()
    assert theme.workshop == workshop
    assert set(theme.notes.all()) == set(notes)


@pytest.mark.django_db
def test_the_admins_error_note_and_action_boxes_are_norwegian(facilitator_client: Client) -> None:
    # "Please correct the error(s) below." and "Select this object for an action" stayed English: Django's
    # Bokmål catalogue has the first only as two separate words, the others not at all.
    workshop = build_workshop()
    round_ = workshop.rounds.get(number=1)
    page = facilitator_client.post(admin_url(Round, "change", round_.pk), {"number": "", "title": ""})
    assert page.status_code == 200
    html = page.content.decode()
    assert "Vennligst korriger feil" in html and "Please correct" not in html

    listing = facilitator_client.get(admin_url(Round, "changelist")).content.decode()
    assert "Velg alle objektene på denne siden for en handling" in listing
    assert "Velg dette objektet for en handling" in listing
    assert "Select this object" not in listing


@pytest.mark.django_db
def test_a_notes_history_in_the_admin_names_its_columns_in_norwegian(facilitator_client: Client) -> None:
    # The column of who made each change was headed "By", in English.
    workshop = build_workshop(notes_per_table=1)
    note = workshop.notes.first()
    assert note is not None
    html = facilitator_client.get(admin_url(Note, "change", note.pk)).content.decode()
    assert re.search(r"<th[^>]*>\s*Endret av", html)
    assert not re.search(r"<th[^>]*>\s*By\s*<", html)


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["/admin/", "oppsett/", "sammenstill/", "evaluering/"])
def test_every_facilitator_page_in_the_admin_frame_can_switch_language(
    facilitator_client: Client, workshop: Workshop, page: str
) -> None:
    # The set-up and compile pages had no way to change language; only the public pages had one.
    address = page if page.startswith("/") else f"/fasilitator/{workshop.slug}/{page}"
    html = facilitator_client.get(address).content.decode()
    assert '<form class="language" action="/i18n/setlang/" method="post">' in html
    assert f'<input name="next" type="hidden" value="{address}">' in html
    assert '<option value="nb" selected>' in html

    switched = facilitator_client.post("/i18n/setlang/", {"language": "en", "next": address})
    assert switched.status_code == 302 and switched["Location"] == address
    english = facilitator_client.get(address).content.decode()
    assert '<html lang="en"' in english and '<option value="en" selected>' in english


@dataclass
class AdminPage:
    """An admin page as a facilitator loaded it: `data` is what saving it sends, changed as they change it."""

    client: Client
    url: str
    data: dict[str, Any]

    def save(self) -> Response:
        return self.client.post(self.url, self.data)


def open_admin_page(client: Client, url: str) -> AdminPage:
    reader = FormReader()
    reader.feed(client.get(url).content.decode())
    return AdminPage(client, url, reader.data)


def open_change_page(client: Client, model: type[Model], pk: int) -> AdminPage:
    return open_admin_page(client, admin_url(model, "change", pk))


def test_saving_the_workshops_page_keeps_what_other_facilitators_did_since_it_was_opened(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # The page stayed open while the day went on; saving a new venue then put the first round back,
    # reopened the published report and emptied the summary written on the compile page.
    page = open_change_page(facilitator_client, Workshop, workshop.pk)
    workshop.advance_round(workshop.current_round_id)
    workshop.end_day()
    workshop.summary = "Oppsummert på sammenstillingssiden"
    workshop.report_shows_themes = True
    workshop.save(update_fields=["summary", "report_shows_themes"])
    workshop.publish()

    page.data["venue"] = "Bodø"
    response = page.save()

    assert response.status_code == 302
    workshop = Workshop.objects.get(pk=workshop.pk)
    assert workshop.venue == "Bodø"
    assert workshop.current_round == workshop.rounds.get(number=2)
    assert workshop.status == Workshop.Status.PUBLISHED
    assert workshop.summary == "Oppsummert på sammenstillingssiden"
    assert workshop.report_shows_themes


def test_a_field_changed_on_the_workshops_page_and_elsewhere_meanwhile_is_refused_not_overwritten(
    facilitator_client: Client, workshop: Workshop
) -> None:
    page = open_change_page(facilitator_client, Workshop, workshop.pk)
    workshop.summary = "Oppsummert på sammenstillingssiden"
    workshop.save(update_fields=["summary"])

    page.data["summary"] = "Oppsummert i administrasjonen"
    page.data["venue"] = "Bodø"
    response = page.save()

    assert response.status_code == 200
    assert "Noen andre har endret dette etter at du åpnet siden" in response.content.decode()
    workshop = Workshop.objects.get(pk=workshop.pk)
    assert (workshop.summary, workshop.venue) == ("Oppsummert på sammenstillingssiden", "Oslo")


def test_a_text_stored_with_a_trailing_space_can_be_changed_on_the_workshops_page(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # The form strips what it reads back and compared it with the stored text unstripped: "someone else
    # has changed this", for ever, with nobody else on the page.
    Workshop.objects.filter(pk=workshop.pk).update(summary="Linje en\nLinje to  \n")
    page = open_change_page(facilitator_client, Workshop, workshop.pk)

    page.data["summary"] = "Ny oppsummering"
    response = page.save()

    assert response.status_code == 302
    assert Workshop.objects.get(pk=workshop.pk).summary == "Ny oppsummering"


def inline_row(page: AdminPage, prefix: str, pk: int) -> str:
    """The name of the inline row that shows row `pk` on the page ("organisations-2")."""
    for key, value in page.data.items():
        if key.startswith(f"{prefix}-") and key.endswith("-id") and value == str(pk):
            return key.removesuffix("-id")
    raise AssertionError(f"no row {pk} in {prefix}")


CHANGED_ELSEWHERE = "Noen andre har endret dette etter at du åpnet siden"


def renamed_elsewhere(workshop: Workshop) -> Organisation:
    """Fylke 1A, renamed on the set-up page while an admin page showing it is open."""
    organisation = workshop.organisations.get(name="Fylke 1A")
    organisation.name = "Fylke 1A med nytt navn"
    organisation.save(update_fields=["name"])
    return organisation


def test_an_organisation_renamed_elsewhere_keeps_its_name_when_the_workshops_page_is_saved(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # The set-up page renamed an organisation while the workshop's admin page was open; saving a new venue
    # there wrote the organisation's old name back, as its row on the page still showed it.
    page = open_change_page(facilitator_client, Workshop, workshop.pk)
    organisation = renamed_elsewhere(workshop)

    page.data["venue"] = "Bodø"
    response = page.save()

    assert response.status_code == 302
    assert Workshop.objects.get(pk=workshop.pk).venue == "Bodø"
    assert Organisation.objects.get(pk=organisation.pk).name == "Fylke 1A med nytt navn"
    # What each row showed went with the page in a hidden input, which has no label of its own.
    assert page.data[f"initial-{inline_row(page, 'organisations', organisation.pk)}-name"] == "Fylke 1A"


def test_a_question_changed_elsewhere_keeps_its_text_when_the_rounds_page_is_saved(
    facilitator_client: Client, workshop: Workshop
) -> None:
    round_ = workshop.rounds.get(number=1)
    page = open_change_page(facilitator_client, Round, round_.pk)
    question = round_.questions.get(order=1)
    question.text = "Hva gjør dere allerede?"
    question.save(update_fields=["text"])

    page.data["title"] = "Runde 1: Erfaringer"
    response = page.save()

    assert response.status_code == 302
    assert Round.objects.get(pk=round_.pk).title == "Runde 1: Erfaringer"
    assert Question.objects.get(pk=question.pk).text == "Hva gjør dere allerede?"


def test_a_speaker_changed_elsewhere_keeps_the_change_when_the_talks_page_is_saved(
    facilitator_client: Client, workshop: Workshop
) -> None:
    talk = workshop.programme.get(title="IMDi")
    page = open_change_page(facilitator_client, ProgrammeItem, talk.pk)
    speaker = talk.speakers.get()
    speaker.role = "Avdelingsdirektør"
    speaker.save(update_fields=["role"])

    page.data["title"] = "IMDi om inkludering"
    response = page.save()

    assert response.status_code == 302
    assert ProgrammeItem.objects.get(pk=talk.pk).title == "IMDi om inkludering"
    assert Speaker.objects.get(pk=speaker.pk).role == "Avdelingsdirektør"


def test_a_row_changed_here_writes_only_its_changed_columns(facilitator_client: Client, workshop: Workshop) -> None:
    # Its kind changed here, its name elsewhere: both stay.
    page = open_change_page(facilitator_client, Workshop, workshop.pk)
    organisation = workshop.organisations.get(name="Fylke 1A")
    Organisation.objects.filter(pk=organisation.pk).update(name="Fylke 1A med nytt navn")

    page.data[f"{inline_row(page, 'organisations', organisation.pk)}-kind"] = Organisation.Kind.MUNICIPALITY
    response = page.save()

    assert response.status_code == 302
    organisation.refresh_from_db()
    assert (organisation.name, organisation.kind) == ("Fylke 1A med nytt navn", Organisation.Kind.MUNICIPALITY)


def test_an_organisation_renamed_here_and_elsewhere_meanwhile_is_refused_not_overwritten(
    facilitator_client: Client, workshop: Workshop
) -> None:
    page = open_change_page(facilitator_client, Workshop, workshop.pk)
    organisation = renamed_elsewhere(workshop)

    page.data[f"{inline_row(page, 'organisations', organisation.pk)}-name"] = "Fylke 1A, et annet navn"
    page.data["venue"] = "Bodø"
    response = page.save()

    assert response.status_code == 200
    assert CHANGED_ELSEWHERE in response.content.decode()
    assert Organisation.objects.get(pk=organisation.pk).name == "Fylke 1A med nytt navn"
    assert Workshop.objects.get(pk=workshop.pk).venue == "Oslo"


def test_a_new_organisation_is_added_from_a_workshops_page_opened_before_another_change(
    facilitator_client: Client, workshop: Workshop
) -> None:
    page = open_change_page(facilitator_client, Workshop, workshop.pk)
    organisation = renamed_elsewhere(workshop)

    first_extra = page.data["organisations-INITIAL_FORMS"]
    page.data[f"organisations-{first_extra}-name"] = "Bodø kommune"
    page.data[f"organisations-{first_extra}-kind"] = Organisation.Kind.MUNICIPALITY
    response = page.save()

    assert response.status_code == 302
    added = workshop.organisations.get(name="Bodø kommune")
    assert added.kind == Organisation.Kind.MUNICIPALITY
    assert Organisation.objects.get(pk=organisation.pk).name == "Fylke 1A med nytt navn"


def test_an_organisation_deleted_elsewhere_does_not_stop_the_workshops_page_saving(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # Its row, unchanged here, was refused with "Please correct the error below" and no error to be seen.
    page = open_change_page(facilitator_client, Workshop, workshop.pk)
    workshop.organisations.get(name="Fylke 1A").delete()

    page.data["venue"] = "Bodø"
    response = page.save()

    assert response.status_code == 302
    assert Workshop.objects.get(pk=workshop.pk).venue == "Bodø"
    assert set(workshop.organisations.values_list("name", flat=True)) == {"Fylke 1B", "Fylke 2A", "Fylke 2B"}


def test_an_organisation_changed_here_and_deleted_elsewhere_is_refused_with_a_message(
    facilitator_client: Client, workshop: Workshop
) -> None:
    page = open_change_page(facilitator_client, Workshop, workshop.pk)
    organisation = workshop.organisations.get(name="Fylke 1A")
    row = inline_row(page, "organisations", organisation.pk)
    organisation.delete()

    page.data[f"{row}-name"] = "Fylke 1A med nytt navn"
    page.data["venue"] = "Bodø"
    response = page.save()

    assert response.status_code == 200
    html = response.content.decode()
    assert CHANGED_ELSEWHERE in html
    assert "Vennligst korriger feilen under" in html  # that one, not an error about the row's hidden id
    assert Workshop.objects.get(pk=workshop.pk).venue == "Oslo"
    assert not workshop.organisations.filter(name__startswith="Fylke 1A").exists()


def open_page_with_choices(client: Client, model: type[Model], pk: int, name: str) -> AdminPage:
    """The change page as it would be sent, with the boxes ticked for `name` and what the page showed of them."""
    url = admin_url(model, "change", pk)
    html = client.get(url).content.decode()
    reader = FormReader()
    reader.feed(html)
    page = AdminPage(client, url, reader.data)
    page.data[name] = re.findall(rf'<input type="checkbox" name="{name}" value="(\d+)"[^>]* checked', html)
    page.data[f"initial-{name}"] = re.findall(rf'<input type="hidden" name="initial-{name}" value="(\d+)"', html)
    return page


def test_a_tables_organisations_seated_elsewhere_stay_when_the_tables_page_is_saved(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # The set-up page's seating grid sat another organisation at the table while its admin page was open;
    # the page's save set the table's organisations to those it had shown, with one taken away.
    table = workshop.tables.get(number=1)
    page = open_page_with_choices(facilitator_client, Table, table.pk, "organisations")
    late = Organisation.objects.create(workshop=workshop, name="Kom sent kommune")
    table.organisations.add(late)

    one_a = workshop.organisations.get(name="Fylke 1A")
    page.data["organisations"] = [str(one_a.pk)]  # 1B unticked here
    page.data["name"] = "Vindusbordet"
    response = page.save()

    assert response.status_code == 302
    table = Table.objects.get(pk=table.pk)
    assert table.name == "Vindusbordet"
    assert set(table.organisations.values_list("name", flat=True)) == {"Fylke 1A", "Kom sent kommune"}


def test_a_themes_notes_tagged_elsewhere_stay_when_the_themes_page_is_saved(facilitator_client: Client) -> None:
    workshop = build_workshop(notes_per_table=2)
    first, second, third = workshop.notes.order_by("pk")[:3]
    theme = Theme.objects.tag(workshop, "Bolig", [first, second])[0]
    page = open_page_with_choices(facilitator_client, Theme, theme.pk, "notes")
    Theme.objects.tag(workshop, "Bolig", [third])  # on the themes page, meanwhile

    page.data["notes"] = [str(first.pk)]  # the second unticked here
    page.data["description"] = "Boliger til alle"
    response = page.save()

    assert response.status_code == 302
    theme = Theme.objects.get(pk=theme.pk)
    assert theme.description == "Boliger til alle"
    assert set(theme.notes.all()) == {first, third}


def test_a_rounds_talks_organisations_and_surveys_page_writes_only_what_was_changed_on_it(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # Their own fields were written back as the page had loaded them: a round's timing set on the set-up
    # page, or a survey's closing time moved on its results page, went back when the page was saved.
    from evaluation.models import Survey
    from tests.evaluation.factories import closed_survey

    survey = closed_survey(workshop)
    round_ = workshop.rounds.get(number=1)
    talk = workshop.programme.get(title="IMDi")
    organisation = workshop.organisations.get(name="Fylke 1A")
    cases: list[tuple[type[Model], int, dict[str, object], dict[str, object]]] = [
        (Round, round_.pk, {"group_minutes": 45}, {"title": "Runde 1: Erfaringer"}),
        (ProgrammeItem, talk.pk, {"description": "Lagt til på oppsettsiden."}, {"title": "IMDi om inkludering"}),
        (Organisation, organisation.pk, {"name": "Fylke 1A med nytt navn"}, {"kind": Organisation.Kind.MUNICIPALITY}),
        (Survey, survey.pk, {"introduction": "Skrevet av en annen."}, {"in_report": ""}),
    ]
    for model, pk, elsewhere, here in cases:
        page = open_change_page(facilitator_client, model, pk)
        model._default_manager.filter(pk=pk).update(**elsewhere)
        page.data.update({name: str(value) for name, value in here.items()})
        if here.get("in_report") == "":
            del page.data["in_report"]  # an unticked box sends nothing

        response = page.save()

        assert response.status_code == 302, model
        saved = model._default_manager.filter(pk=pk).values(*elsewhere, *here).get()
        expected_here = {name: (False if value == "" else value) for name, value in here.items()}
        assert saved == {**elsewhere, **expected_here}, model


def open_add_page(client: Client, model: type[Model]) -> AdminPage:
    return open_admin_page(client, admin_url(model, "add"))


def test_a_programme_item_another_round_has_is_refused_in_plain_words(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # Django's own said "Runde med Programpost finnes allerede.": a word used nowhere else, and no way out.
    one, two = workshop.rounds.order_by("number")
    page = open_change_page(facilitator_client, Round, one.pk)
    page.data["programme_item"] = str(two.programme_item_id)

    response = page.save()

    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "En annen runde er allerede knyttet til dette programpunktet. Velg et annet gruppearbeid, eller ingen."
    ) in html
    assert "rogrampost" not in html and "finnes allerede" not in html
    assert Round.objects.get(pk=one.pk).programme_item_id == one.programme_item_id


def test_a_second_survey_for_a_workshop_is_refused_in_plain_words(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # Django's own said "Evaluering med Verksted finnes allerede."
    from evaluation.models import Survey

    Survey.objects.create(workshop=workshop)
    page = open_add_page(facilitator_client, Survey)
    page.data["workshop"] = str(workshop.pk)

    response = page.save()

    assert response.status_code == 200
    html = response.content.decode()
    assert "Verkstedet har allerede en evaluering." in html and "finnes allerede" not in html
    assert Survey.objects.count() == 1


@pytest.mark.parametrize(("typed", "suggested"), [
    ("inkludering-på-østlandet", "inkludering-pa-ostlandet"),
    ("Bærum 2026", "baerum-2026"),
    ("!!!", "inkludering-2025"),
])
def test_an_address_with_aeoa_is_refused_with_what_an_address_can_have_and_one_to_use(
    facilitator_client: Client, workshop: Workshop, typed: str, suggested: str
) -> None:
    # Django's own said 'Oppgi en gyldig "slug" bestående av bokstaver, ...': an English word, and æøå
    # are letters to anyone who writes Norwegian.
    page = open_change_page(facilitator_client, Workshop, workshop.pk)
    page.data["slug"] = typed

    response = page.save()

    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "En adresse kan bare ha bokstavene a–z, sifre og bindestrek (-): ikke æ, ø, å, mellomrom eller andre tegn. "  # noqa: RUF001
        f"For eksempel «{suggested}»."
    ) in html
    assert "Oppgi en gyldig" not in html  # Django's own, once, not twice
    assert Workshop.objects.get(pk=workshop.pk).slug == "inkludering"


def test_an_address_with_aeoa_is_refused_on_the_set_up_page_as_in_the_admin(facilitator_client: Client) -> None:
    response = facilitator_client.post(
        "/fasilitator/oppsett/nytt/", {"title": "Bærum", "slug": "bærum", "date": "2026-10-22"}
    )
    assert response.status_code == 422
    assert "ikke æ, ø, å, mellomrom eller andre tegn. For eksempel «baerum»." in response.content.decode()
    assert not Workshop.objects.exists()


TABLE_KEPT = (
    "Et bord med notater blir ikke slettet, og ingenting er slettet. Flytt notatene som står under, til et annet "
    "bord, eller slett dem under Notater først. Notater som er slettet ved bordet, teller også: de kan hentes tilbake."
)
ROUND_KEPT = (
    "En runde med notater blir ikke slettet, og ingenting er slettet. Flytt notatene som står under, til en annen "
    "runde, eller slett dem under Notater først. Slettede notater teller også: de kan hentes tilbake."
)
PROTECTED = "krever sletting av følgende beskyttede relaterte objekter"


def page_text(response: object) -> str:
    """The page as a reader sees it: its words, without tags or line breaks."""
    html = response.content.decode()  # type: ignore[attr-defined]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize(("model", "kept"), [(Table, TABLE_KEPT), (Round, ROUND_KEPT)], ids=["table", "round"])
def test_a_table_or_round_with_notes_is_not_deleted_from_the_admin_and_the_page_says_why(
    facilitator_client: Client, model: type[Table | Round], kept: str
) -> None:
    # The delete page listed the notes among what would be deleted with it: two clicks lost a table's notes.
    workshop = build_workshop(notes_per_table=2)
    obj = model.objects.get(workshop=workshop, number=1)
    delete_page = admin_url(model, "delete", obj.pk)

    page = facilitator_client.get(delete_page)
    assert kept in page_text(page)
    assert PROTECTED in page.content.decode() and "Notat 1 fra bord 1" in page.content.decode()
    assert "Ja, jeg er sikker" not in page.content.decode()

    confirmed = facilitator_client.post(delete_page, {"post": "yes"})
    assert confirmed.status_code == 200 and kept in page_text(confirmed)
    assert model.objects.filter(pk=obj.pk).exists()
    assert Note.objects.filter(workshop=workshop).count() == 4


def test_delete_selected_deletes_no_table_when_one_of_them_has_notes(facilitator_client: Client) -> None:
    workshop = build_workshop(tables=3)
    Note.objects.create(workshop=workshop, table=workshop.tables.get(number=2), round=workshop.current_round,
                        text="Bare ved bord 2")
    selected = {"action": "delete_selected", "_selected_action": [t.pk for t in workshop.tables.all()]}

    page = facilitator_client.post(admin_url(Table, "changelist"), selected)
    confirmed = facilitator_client.post(admin_url(Table, "changelist"), {**selected, "post": "yes"})

    for response in (page, confirmed):
        assert response.status_code == 200
        assert TABLE_KEPT in page_text(response) and "Bare ved bord 2" in response.content.decode()
    assert workshop.tables.count() == 3
    assert Note.objects.get().text == "Bare ved bord 2"


def test_a_table_and_round_whose_only_notes_are_deleted_are_kept_as_the_notes_can_be_brought_back(
    facilitator_client: Client,
) -> None:
    workshop = build_workshop(notes_per_table=1, tables=1)
    Note.objects.update(deleted_at=timezone.now())
    table, round_one = workshop.tables.get(), workshop.rounds.get(number=1)

    facilitator_client.post(admin_url(Table, "delete", table.pk), {"post": "yes"})
    facilitator_client.post(admin_url(Round, "delete", round_one.pk), {"post": "yes"})

    assert Table.objects.filter(pk=table.pk).exists() and Round.objects.filter(pk=round_one.pk).exists()
    assert Note.everything.count() == 1


def test_a_table_and_round_without_notes_are_still_deleted_from_the_admin(
    facilitator_client: Client, workshop: Workshop
) -> None:
    for model in (Table, Round):
        obj = model.objects.get(workshop=workshop, number=2)
        response = facilitator_client.post(admin_url(model, "delete", obj.pk), {"post": "yes"})
        assert response.status_code == 302
        assert not model.objects.filter(pk=obj.pk).exists()


def test_the_round_the_tables_are_in_is_not_deleted_from_the_admin_while_the_day_runs(
    facilitator_client: Client, workshop: Workshop
) -> None:
    # Deleted, it left the day running in no round: every table said that no round had started. The set-up
    # page kept it; the admin deleted it.
    current = workshop.current_round
    assert current is not None and not current.notes.exists()
    kept = "Runde 1 er runden bordene er i nå, og blir ikke slettet."
    delete_page = admin_url(Round, "delete", current.pk)

    assert kept in page_text(facilitator_client.get(delete_page))
    confirmed = facilitator_client.post(delete_page, {"post": "yes"})
    assert confirmed.status_code == 200 and kept in page_text(confirmed)
    selected = {"action": "delete_selected", "_selected_action": [current.pk], "post": "yes"}
    assert kept in page_text(facilitator_client.post(admin_url(Round, "changelist"), selected))
    assert Round.objects.filter(pk=current.pk).exists()

    workshop.status = Workshop.Status.CLOSED
    workshop.save()
    assert facilitator_client.post(delete_page, {"post": "yes"}).status_code == 302
    assert not Round.objects.filter(pk=current.pk).exists()


def test_a_question_with_notes_is_not_deleted_from_its_rounds_page_and_the_page_says_why(
    facilitator_client: Client,
) -> None:
    # Ticked "Delete" in the questions' rows, it left its notes to the round as a whole, its summary gone.
    workshop = build_workshop(notes_per_table=3, tables=1)
    round_one = workshop.rounds.get(number=1)
    answered = round_one.questions.get(order=1)
    Question.objects.filter(pk=answered.pk).update(summary="Et sammendrag som ble borte.")
    page = open_change_page(facilitator_client, Round, round_one.pk)
    page.data[f"{inline_row(page, 'questions', answered.pk)}-DELETE"] = "on"

    response = facilitator_client.post(admin_url(Round, "change", round_one.pk), page.data)

    assert response.status_code == 200
    assert (
        "«Spørsmål 1.1» har notater og blir ikke slettet. Flytt notatene til et annet spørsmål eller til runden "
        "som helhet under Notater først. Slettede notater teller også: de kan hentes tilbake."
    ) in page_text(response)
    assert Question.objects.get(pk=answered.pk).summary == "Et sammendrag som ble borte."
    assert Note.objects.filter(question=answered).count() == 1

    # A question without notes goes as before.
    unanswered = workshop.rounds.get(number=2).questions.get(order=1)
    page = open_change_page(facilitator_client, Round, unanswered.round_id)
    page.data[f"{inline_row(page, 'questions', unanswered.pk)}-DELETE"] = "on"
    assert facilitator_client.post(admin_url(Round, "change", unanswered.round_id), page.data).status_code == 302
    assert not Question.objects.filter(pk=unanswered.pk).exists()


def test_the_whole_workshop_is_still_deleted_with_its_tables_rounds_and_notes(facilitator_client: Client) -> None:
    from django.db.models import RestrictedError

    workshop = build_workshop(notes_per_table=2)
    Note.objects.filter(pk=Note.objects.first().pk).update(deleted_at=timezone.now())  # type: ignore[union-attr]
    Note.objects.create(workshop=workshop, round=workshop.current_round, text="Plenum i runde 1")
    other = build_workshop(slug="annet", notes_per_table=1, tables=1)
    for part in (workshop.tables.first(), workshop.rounds.first()):
        with pytest.raises(RestrictedError):
            part.delete()  # type: ignore[union-attr]

    response = facilitator_client.post(admin_url(Workshop, "delete", workshop.pk), {"post": "yes"})

    assert response.status_code == 302
    assert not Workshop.objects.filter(pk=workshop.pk).exists()
    assert not Note.everything.filter(workshop_id=workshop.pk).exists()
    assert not Table.objects.filter(workshop_id=workshop.pk).exists()
    assert not Round.objects.filter(workshop_id=workshop.pk).exists()
    assert Note.everything.filter(workshop=other).count() == 1
