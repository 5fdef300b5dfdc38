"""A facilitator sets up a 5-table, 3-round workshop on the set-up page with a pasted programme,
in a handful of page loads; then a host joins and the note form keeps the host's choices."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from tests.e2e.test_accessibility import serious_violations
from tests.e2e.test_core_loop import add_note, join_table, log_in
from tests.e2e.waits import holds, live_server_requests_ended
from tests.factories import build_workshop
from workshop.models import Organisation, Workshop

pytestmark = pytest.mark.django_db(transaction=True)

MAX_PAGE_LOADS = 10

# What a facilitator copies out of the slides: times, talks with speakers, three rounds.
PROGRAMME = """\
09.00 Velkommen v/ Marit Mellingen, Distriktssenteret
09.30 Hva vet vi om inkludering? v/ Kari Nordmann, direktør, IMDi
10.00 Gruppearbeid runde 1: Hva fungerer?
• Hva gjør vi for at innvandrere får brukt sine ressurser?
• Hvordan samarbeider vi?
I: 2 min, G: 25 min, P: 2 min pr gruppe
10.45 Pause
11.00 Gruppearbeid runde 2: Hva hindrer oss?
• Hvordan gripe tak i mangel på politisk prioritering?
I: 3 min, G: 30 min, P: 2 min pr gruppe
12.00 Lunsj
12.45 Gruppearbeid runde 3: Hva gjør vi når vi kommer hjem?
• Hva er det viktigste vi gjør når vi kommer hjem?
I: 1 min, G: 9 min
13.30 Slutt
"""
ORGANISATIONS = ["Agder", "Innlandet", "Telemark", "Vestland", "IMDi"]


def test_a_facilitator_sets_up_a_workshop_in_a_few_page_loads_and_a_host_keeps_the_choices(
    page: Page, another_page: Any, live_server: LiveServer
) -> None:
    User.objects.create_user("fasilitator", password="hemmelig-passord", is_staff=True, is_superuser=True)
    base = live_server.url
    loads: list[str] = []
    page.on("framenavigated", lambda frame: loads.append(frame.url) if frame == page.main_frame else None)
    found: list[str] = []

    # 1. Details: a new workshop from the admin's start page.
    log_in(page, base, "/admin/")
    page.get_by_role("link", name="Nytt verksted").click()
    found += serious_violations(page)
    page.get_by_label("Tittel").fill("Inkludering i Innlandet")
    page.get_by_label("Dato").fill("2026-10-22")
    page.get_by_label("Sted").fill("Hamar")
    page.get_by_role("button", name="Opprett verkstedet").click()
    expect(page.locator("#programme h2")).to_contain_text("Program")
    workshop = Workshop.objects.get(title="Inkludering i Innlandet")

    # 2 and 3. The programme pasted from the slides, previewed, then saved with its rounds.
    page.locator("#programme textarea[name=text]").fill(PROGRAMME)
    page.locator("#programme").get_by_role("button", name="Forhåndsvis").click()
    expect(page.locator("#preview-heading")).to_have_text("Forhåndsvisning: ingenting er lagret ennå")
    found += serious_violations(page)
    page.get_by_role("button", name="Lagre dette programmet").click()
    expect(page.locator("#programme .saved")).to_contain_text("3 runder er lagt til")
    expect(page.locator("#rounds details.card")).to_have_count(3)

    # 4. Organisations, several at once.
    page.locator("#organisations textarea[name=names]").fill("\n".join(ORGANISATIONS))
    page.locator("#organisations select[name=kind]").select_option(label="Fylkeskommune")
    page.get_by_role("button", name="Legg til organisasjonene").click()
    expect(page.locator("#organisations .saved")).to_contain_text("5 organisasjoner er lagt til")

    # 5. Five tables in one step, then everyone seated in the grid.
    page.locator("#tables input[name=count]").fill("5")
    page.get_by_role("button", name="Opprett bordene").click()
    expect(page.locator("#tables .seating-grid tbody tr")).to_have_count(5)
    for number, name in enumerate(ORGANISATIONS, start=1):
        page.get_by_label(f"Gruppe {number}: {name}").check()
    page.get_by_label("Gruppe 1: IMDi").check()
    page.get_by_role("button", name="Lagre hvem som sitter hvor").click()
    expect(page.locator("#tables .saved")).to_have_text("Hvem som sitter hvor, er lagret.")
    found += serious_violations(page)

    print(f"\nset-up page loads: {len(loads)} (at most {MAX_PAGE_LOADS}): {loads}")
    assert len(loads) <= MAX_PAGE_LOADS
    assert found == []
    assert workshop.rounds.count() == 3
    assert [r.questions.count() for r in workshop.rounds.order_by("number")] == [2, 1, 1]
    assert [(r.individual_minutes, r.group_minutes, r.plenum_minutes) for r in workshop.rounds.order_by("number")] == [
        (2, 25, 2), (3, 30, 2), (1, 9, 0)
    ]
    assert workshop.tables.count() == 5
    table_one = workshop.tables.get(number=1)
    assert sorted(table_one.organisations.values_list("name", flat=True)) == ["Agder", "IMDi"]

    # The day starts; a host joins table 1 and writes notes in a row for the same speaker.
    page.goto(f"{base}/fasilitator/{workshop.slug}/")
    page.get_by_role("button", name="Start første runde").click()
    expect(page.locator("#current-title")).to_contain_text("Runde 1:")
    host = another_page()
    table_one.refresh_from_db()
    join_table(host, base, table_one.join_code)
    form = host.locator("#compose")
    expect(form).to_contain_text("blir stående til neste notat")
    add_note(
        host, "Vi trenger mer samarbeid på tvers",
        question="Hvordan samarbeider vi?", organisation="Agder", kind="Godt råd",
    )
    add_note(host, "Og mer tid til det")
    expect(form.locator("select[name=question] option:checked")).to_have_text("Hvordan samarbeider vi?")
    expect(form.locator("select[name=organisation] option:checked")).to_have_text("Agder")
    expect(form.locator("select[name=kind] option:checked")).to_have_text("Godt råd")

    # A reload (a tablet that slept) keeps them too, in the same round.
    host.reload()
    expect(form.locator("select[name=organisation] option:checked")).to_have_text("Agder")
    expect(form.locator("select[name=kind] option:checked")).to_have_text("Godt råd")
    notes = list(workshop.notes.order_by("position").values_list("text", "organisation__name", "kind"))
    assert notes == [
        ("Vi trenger mer samarbeid på tvers", "Agder", "advice"), ("Og mer tid til det", "Agder", "advice"),
    ]


def test_a_seating_grid_of_many_organisations_scrolls_inside_the_set_up_page(
    page: Page, live_server: LiveServer
) -> None:
    User.objects.create_user("fasilitator", password="hemmelig-passord", is_staff=True, is_superuser=True)
    workshop = build_workshop(slug="mange-organisasjoner", tables=6)
    for number in range(1, 15):
        Organisation.objects.create(workshop=workshop, name=f"Frivillighetssentralen i kommune nummer {number}")
    page.set_viewport_size({"width": 1280, "height": 800})
    setup = f"/fasilitator/{workshop.slug}/oppsett/"
    log_in(page, live_server.url, setup)
    expect(page.locator(".seating-grid table")).to_be_visible()

    page_width = "document.documentElement.scrollWidth"
    assert holds(page, f"() => {page_width} <= 1280"), page.evaluate(page_width)
    assert holds(page, "() => (g => g.scrollWidth > g.clientWidth)(document.querySelector('.seating-grid'))")


def test_a_double_click_on_use_as_template_makes_one_copy(page: Page, live_server: LiveServer) -> None:
    # Two clicks made two workshops, "mal" and "mal-2".
    workshop = build_workshop(slug="forlegg", tables=2)
    User.objects.create_user("fasilitator", password="hemmelig-passord", is_staff=True, is_superuser=True)
    url = f"{live_server.url}/fasilitator/{workshop.slug}/oppsett/"
    log_in(page, live_server.url, url)
    page.wait_for_url(url)
    page.locator("#id_copy-title").fill("Mal for neste år")
    page.locator("#id_copy-date").fill("2026-10-22")
    page.get_by_role("button", name="Bruk som mal").dblclick()
    page.wait_for_url(re.compile(r"/fasilitator/mal-for-neste-ar/oppsett/"))
    live_server_requests_ended()  # a second request, had the browser sent one, has made its copy by now
    assert list(Workshop.objects.filter(title="Mal for neste år").values_list("slug", flat=True)) == [
        "mal-for-neste-ar"
    ]


def test_the_set_up_pages_buttons_leave_the_keyboard_focus_on_what_their_answer_says(
    page: Page, live_server: LiveServer
) -> None:
    # After every htmx button the focus fell to the page's start: 194 Tabs back to "Lagre dette programmet",
    # and a form's errors were neither announced nor reached.
    User.objects.create_user("fasilitator", password="hemmelig-passord", is_staff=True, is_superuser=True)
    workshop = Workshop.objects.create(title="Fokus", slug="fokus", date="2026-10-22")
    setup = f"/fasilitator/{workshop.slug}/oppsett/"
    log_in(page, live_server.url, setup)
    focused = page.locator(":focus")

    page.locator("#programme textarea[name=text]").fill(PROGRAMME)
    page.keyboard.press("Tab")
    expect(focused).to_have_text("Forhåndsvis")
    page.keyboard.press("Enter")
    expect(page.locator("#preview-heading")).to_be_focused()
    page.keyboard.press("Tab")
    expect(focused).to_have_text("Lagre dette programmet")
    page.keyboard.press("Enter")
    expect(page.locator("#programme [role=status]")).to_be_focused()
    expect(focused).to_contain_text("3 runder er lagt til")

    page.locator("#programme .add-item summary").focus()
    page.keyboard.press("Enter")  # opens "Legg til et programpunkt"
    page.locator("#programme .add-item").get_by_role("button", name="Legg til").focus()
    page.keyboard.press("Enter")
    errors = page.locator("#programme [role=alert]")
    expect(errors).to_be_focused()
    expect(errors).to_contain_text("Tittel: Feltet er påkrevet.")
    page.keyboard.press("Tab")
    expect(focused).to_have_text("Starter")  # the first error's link to its field
    page.keyboard.press("Enter")
    expect(page.locator("#programme .add-item input[name=item-new-starts_at]")).to_be_focused()

    page.locator("#tables input[name=count]").fill("3")
    page.keyboard.press("Tab")
    expect(focused).to_have_text("Opprett bordene")
    page.keyboard.press("Enter")
    expect(page.locator("#tables [role=status]")).to_be_focused()
    expect(focused).to_have_text("3 bord er lagt til.")
    assert (workshop.programme.count(), workshop.rounds.count(), workshop.tables.count()) == (7, 3, 3)
