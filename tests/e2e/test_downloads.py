"""A reader downloads the published report in every format from the report page, in Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from tests.factories import build_workshop

pytestmark = pytest.mark.django_db(transaction=True)

# Each link's text on the page, the file it gives, and how that kind of file begins.
DOWNLOADS = [
    ("PDF", "nedlasting.pdf", b"%PDF-"),
    ("Word (.docx)", "nedlasting.docx", b"PK"),
    ("Markdown", "nedlasting.md", b"# "),
    ("Last ned alt (ZIP)", "nedlasting.zip", b"PK"),
]


def test_a_reader_downloads_every_format_from_the_report_page(page: Page, live_server: LiveServer) -> None:
    workshop = build_workshop(slug="nedlasting", notes_per_table=3)
    workshop.publish()
    page.goto(f"{live_server.url}/rapport/{workshop.slug}/")
    for label, filename, start in DOWNLOADS:
        with page.expect_download() as waiting:
            page.locator("nav.downloads").get_by_role("link", name=label, exact=True).click()
        download = waiting.value
        assert download.suggested_filename == filename
        content = Path(download.path()).read_bytes()
        assert content.startswith(start), (label, content[:20])
        assert len(content) > 200


def test_the_printed_report_leaves_out_the_download_links(page: Page, live_server: LiveServer) -> None:
    # Printed, page 1 began with "Last ned rapporten PDF Word (.docx) Markdown Last ned alt (ZIP)".
    workshop = build_workshop(slug="utskrift", notes_per_table=1)
    workshop.publish()
    page.goto(f"{live_server.url}/rapport/{workshop.slug}/")
    expect(page.locator("nav.downloads")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator("nav.downloads")).to_be_hidden()
    expect(page.locator("h1")).to_be_visible()
