"""User text in Norwegian alphabetical order, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import re

from django.test import Client

from groups.models import Theme
from workshop.models import Organisation, Workshop
from workshop.text import norwegian_key

# As a Norwegian reader looks them up: case aside, accents aside, Æ Ø Å after Z in that order.
IN_ORDER = ["Agder", "bydel Alna", "Écoles sans frontières", "Zebra AS", "Ærlig talt", "Østfold", "Ålesund kommune"]


def test_the_sort_key_puts_the_last_three_letters_last_and_in_their_own_order() -> None:
    assert sorted(reversed(IN_ORDER), key=norwegian_key) == IN_ORDER
    assert norwegian_key("Göteborg") == norwegian_key("Gøteborg")


def test_a_workshops_organisations_are_listed_in_norwegian_order(workshop: Workshop) -> None:
    workshop.organisations.all().delete()
    for name in reversed(IN_ORDER):
        Organisation.objects.create(workshop=workshop, name=name)

    assert list(workshop.organisations.values_list("name", flat=True)) == IN_ORDER


def test_the_themes_page_lists_themes_in_norwegian_order(facilitator_client: Client, workshop: Workshop) -> None:
    for name in reversed(IN_ORDER):
        Theme.objects.create(workshop=workshop, name=name)

    page = facilitator_client.get(f"/fasilitator/{workshop.slug}/tema/").content.decode()

    shown = [name for name in re.findall(r">([^<>]+)</a>", page) if name in IN_ORDER]
    assert shown == IN_ORDER
