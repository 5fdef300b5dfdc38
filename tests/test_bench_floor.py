"""The bench's floor (tests/bench/urls.py) must do what it claims, or every ratio against it is void."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings

from groups.models import Note
from tests.factories import build_workshop, table

pytestmark = pytest.mark.django_db


@override_settings(ROOT_URLCONF="tests.bench.urls")
def test_the_bare_insert_floor_stores_a_note(client: Client) -> None:
    workshop = build_workshop(slug="gulv", tables=2)
    target = table(workshop, 2)
    response = client.post(f"/benk/gulv/lagre/{target.pk}/", {"workshop": workshop.pk, "text": "Fra gulvet"})
    assert response.status_code == 200
    assert Note.objects.filter(table=target, text="Fra gulvet").count() == 1


@override_settings(ROOT_URLCONF="tests.bench.urls")
def test_the_bare_list_floor_lists_every_note(client: Client) -> None:
    workshop = build_workshop(slug="gulv", tables=2)
    Note.objects.create(workshop=workshop, table=table(workshop, 1), round=workshop.current_round, text="Én lapp")
    response = client.get(f"/benk/gulv/liste/{workshop.pk}/")
    assert response.status_code == 200 and "Én lapp" in response.content.decode()
