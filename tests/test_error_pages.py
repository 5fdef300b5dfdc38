"""Error pages speak Norwegian: the server error and the refused form, not Django's English."""

from __future__ import annotations

import pytest
from django.test import Client
from django.views.defaults import server_error

from workshop.models import Workshop


def test_the_server_error_page_is_in_bokmal(rf: pytest.FixtureRequest) -> None:
    response = server_error(rf.get("/"))  # type: ignore[attr-defined]
    html = response.content.decode()
    assert response.status_code == 500
    assert "Noe gikk galt" in html and "Server Error" not in html


def test_a_refused_form_says_so_in_bokmal(workshop: Workshop) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post(f"/evaluering/{workshop.slug}/", {})
    assert response.status_code == 403
    html = response.content.decode()
    assert "Ikke tillatt" in html and "CSRF verification failed" not in html


def test_opening_a_forms_address_gets_a_page_that_says_so_not_a_blank_one(client: Client, workshop: Workshop) -> None:
    # Django answers 405 with an empty body: a blank screen, e.g. for a bookmarked timer button.
    response = client.get(f"/fasilitator/{workshop.slug}/timer/start/")
    html = response.content.decode()
    assert response.status_code == 405 and response["Allow"] == "POST"
    assert "<h1>Ikke en side</h1>" in html and "Gå tilbake til siden du kom fra" in html
    client.cookies["django_language"] = "en"
    assert "<h1>Not a page</h1>" in client.get(f"/fasilitator/{workshop.slug}/timer/start/").content.decode()
    assert client.head(f"/fasilitator/{workshop.slug}/timer/start/").content == b""
