"""The admin's own pages pass axe-core too (PRODUCT: every page): Django's tabular inlines, its
two-box picker and its search-as-you-type boxes did not, so ours do without them."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page
from pytest_django.live_server_helper import LiveServer

from groups.models import Note, Theme
from tests.e2e.test_accessibility import serious_violations
from tests.e2e.test_core_loop import log_in
from tests.factories import build_workshop

pytestmark = pytest.mark.django_db(transaction=True)


def test_every_admin_page_passes_axe(page: Page, live_server: LiveServer) -> None:
    workshop = build_workshop(slug="axe-admin", notes_per_table=2)
    facilitator = User.objects.create_user(
        "fasilitator", password="hemmelig-passord", is_staff=True, is_superuser=True
    )
    theme = Theme.objects.create(workshop=workshop, name="Bolig")
    theme.notes.set(Note.objects.all()[:2])
    note = Note.objects.first()
    assert note is not None
    log_in(page, live_server.url, "/admin/")
    page.wait_for_url("**/admin/")
    found: list[str] = []

    for path in (
        "/admin/",
        "/admin/workshop/workshop/", f"/admin/workshop/workshop/{workshop.pk}/change/", "/admin/workshop/workshop/add/",
        "/admin/workshop/programmeitem/", f"/admin/workshop/programmeitem/{workshop.programme.first().pk}/change/",
        "/admin/workshop/round/", f"/admin/workshop/round/{workshop.rounds.first().pk}/change/",
        "/admin/workshop/organisation/", f"/admin/workshop/organisation/{workshop.organisations.first().pk}/change/",
        "/admin/groups/table/", f"/admin/groups/table/{workshop.tables.first().pk}/change/",
        "/admin/groups/note/", f"/admin/groups/note/{note.pk}/change/", "/admin/groups/note/add/",
        "/admin/groups/theme/", f"/admin/groups/theme/{theme.pk}/change/", "/admin/groups/theme/add/",
        "/admin/auth/user/", f"/admin/auth/user/{facilitator.pk}/change/", "/admin/auth/user/add/",
        "/admin/auth/group/add/", "/admin/password_change/",
    ):
        page.goto(live_server.url + path)
        found += serious_violations(page)
    assert found == []
