"""Every page of the core loop passes axe-core with no serious or critical violations."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import User
from playwright.sync_api import Page
from pytest_django.live_server_helper import LiveServer

from tests.factories import build_workshop

pytestmark = pytest.mark.django_db(transaction=True)


def serious_violations(page: Page) -> list[str]:
    # A click on a link returns once the next page has begun to arrive: axe reads the page whole, styled.
    page.wait_for_load_state("load")
    results = Axe().run(page)
    return [
        f"{page.url}: {violation['id']} ({violation['impact']}): {violation['help']} "
        f"— {[node['target'] for node in violation['nodes']][:3]}"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def test_host_facilitator_and_reader_pages_pass_axe(page: Page, live_server: LiveServer) -> None:
    workshop = build_workshop(slug="axe", tables=3, notes_per_table=4)
    User.objects.create_user("fasilitator", password="hemmelig-passord", is_staff=True, is_superuser=True)
    table = workshop.tables.get(number=1)
    question = workshop.rounds.get(number=1).questions.first()
    base = live_server.url
    found: list[str] = []

    for path in ("/", "/bord/", table.get_absolute_url()):
        page.goto(base + path)
        found += serious_violations(page)
    page.locator("#notes li >> nth=1").get_by_role("link").first.click()
    page.locator("#notes li.editing textarea").wait_for()
    found += serious_violations(page)

    page.goto(f"{base}/admin/login/?next=/fasilitator/{workshop.slug}/")
    page.locator("#id_username").fill("fasilitator")
    page.locator("#id_password").fill("hemmelig-passord")
    page.locator("input[type=submit]").click()
    page.wait_for_url(f"**/fasilitator/{workshop.slug}/")
    for path in (
        f"/fasilitator/{workshop.slug}/",
        f"/fasilitator/{workshop.slug}/qr/",
        f"/fasilitator/{workshop.slug}/plenum/1/",
        f"/fasilitator/{workshop.slug}/sammenstill/",
        f"/fasilitator/{workshop.slug}/sammenstill/sporsmal/{question.pk}/",
        f"/rapport/{workshop.slug}/",
    ):
        page.goto(base + path)
        found += serious_violations(page)
    assert found == []


def relative_luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(value) for value in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_the_keyboard_focus_ring_stands_out_3_to_1_against_the_page(page: Page, live_server: LiveServer) -> None:
    """WCAG 1.4.11: what shows where the keyboard is must contrast 3:1 with what is around it."""
    table = build_workshop(slug="fokus", tables=1).tables.get()
    page.goto(live_server.url + table.get_absolute_url())
    page.locator("#compose textarea").focus()
    page.keyboard.press("Tab")  # to the next control, by keyboard: :focus-visible
    colour = page.evaluate("getComputedStyle(document.activeElement).outlineColor")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    if background == "rgba(0, 0, 0, 0)":
        background = "rgb(255, 255, 255)"  # nothing painted: the browser's white canvas

    def rgb(css: str) -> tuple[int, int, int]:
        r, g, b = (int(part) for part in css[css.index("(") + 1 : css.index(")")].split(",")[:3])
        return r, g, b

    lighter, darker = sorted((relative_luminance(rgb(colour)), relative_luminance(rgb(background))), reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 3, (colour, background)
