"""Issue 12: the published report's page may be kept by browsers and shared caches; staff pages may not.

Every reader who is not a facilitator gets the same bytes for the same language: no CSP nonce,
no CSRF token, no cookie, and an ETag to revalidate against. Facilitators (who may see the
unpublished preview and edit links) get `private, no-store` and their request's own nonce and token.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from django.contrib.auth.models import User
from django.contrib.messages import constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpResponse
from django.test import Client, RequestFactory

from groups.models import Note
from workshop.models import Workshop
from workshop.views import PUBLIC_REPORT_MAX_AGE

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

PUBLIC = f"public, max-age={PUBLIC_REPORT_MAX_AGE}"


@pytest.fixture
def published(workshop: Workshop) -> Workshop:
    workshop.publish()
    return workshop


def url(workshop: Workshop) -> str:
    return f"/rapport/{workshop.slug}/"


def reader() -> Client:
    """A browser that has never been here, and that Django's test client checks CSRF for."""
    return Client(enforce_csrf_checks=True)


def assert_public(response: Response) -> None:
    assert response.status_code == 200
    assert response["Cache-Control"] == PUBLIC
    assert "Cookie" in [v.strip() for v in response["Vary"].split(",")]
    assert re.fullmatch(r'"[0-9a-f]{32}"', response["ETag"])
    assert not response.cookies, response.cookies.output()
    assert "nonce" not in response["Content-Security-Policy"]
    assert "script-src 'self'" in response["Content-Security-Policy"]
    html = response.content.decode()
    assert "nonce" not in html
    assert "csrf" not in html.lower()


def test_two_readers_get_the_same_bytes_and_public_caching_headers(published: Workshop) -> None:
    first, second = reader().get(url(published)), reader().get(url(published))

    assert_public(first)
    assert_public(second)
    assert first.content == second.content
    assert first["ETag"] == second["ETag"]
    assert first["Content-Security-Policy"] == second["Content-Security-Policy"]
    assert first["Content-Language"] == "nb"
    # The scripts are our own static files, which script-src 'self' allows without a nonce.
    assert re.findall(r"<script[^>]*>", first.content.decode()) == [
        '<script src="/static/django_htmx/htmx-2.min.js" defer>',
        '<script src="/static/bordnotat/bordnotat.js" defer>',
        '<script src="/static/bordnotat/report.js" defer>',
    ]


def test_a_logged_in_participant_gets_the_readers_page(published: Workshop, participant: User) -> None:
    anonymous = reader().get(url(published))
    client = reader()
    client.force_login(participant)

    page = client.get(url(published))

    assert_public(page)
    assert page.content == anonymous.content


def test_the_page_is_kept_as_long_as_the_downloads(published: Workshop) -> None:
    page = reader().get(url(published))
    download = reader().get(f"{url(published)}rapport.md")

    assert page["Cache-Control"] == download["Cache-Control"] == PUBLIC


def test_head_answers_like_get(published: Workshop) -> None:
    get = reader().get(url(published))
    head = reader().head(url(published))

    assert head.status_code == 200
    assert head.content == b""
    for header in ("Cache-Control", "Vary", "ETag", "Content-Security-Policy"):
        assert head[header] == get[header], header
    assert not head.cookies


def test_revalidation_gives_304_until_the_report_changes(published: Workshop) -> None:
    first = reader().get(url(published))

    same = reader().get(url(published), headers={"If-None-Match": first["ETag"]})
    assert same.status_code == 304
    assert same.content == b""
    assert same["ETag"] == first["ETag"]
    assert same["Cache-Control"] == PUBLIC
    assert not same.cookies
    assert reader().head(url(published), headers={"If-None-Match": first["ETag"]}).status_code == 304

    Note.objects.create(workshop=published, round=published.rounds.get(number=1), text="Et nytt notat")
    changed = reader().get(url(published), headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]
    assert "Et nytt notat" in changed.content.decode()


def test_facilitator_gets_a_private_page_with_their_nonce_and_csrf_token(
    published: Workshop, facilitator_client: Client
) -> None:
    response = facilitator_client.get(url(published))

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert not response.has_header("ETag")
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"])
    assert nonce is not None
    html = response.content.decode()
    assert f'nonce="{nonce.group(1)}"' in html
    assert 'hx-headers=\'{"x-csrftoken": "' in html
    # A page for one person: a conditional request never turns it into a shared 304.
    assert facilitator_client.get(url(published), headers={"If-None-Match": "*"}).status_code == 200


def test_an_unpublished_preview_is_never_public(workshop: Workshop, facilitator_client: Client) -> None:
    preview = facilitator_client.get(url(workshop))
    assert preview.status_code == 200
    assert 'class="preview-banner"' in preview.content.decode()
    assert preview["Cache-Control"] == "private, no-store"

    refused = reader().get(url(workshop))
    assert refused.status_code == 404
    assert "public" not in refused.get("Cache-Control", "")

    workshop.publish()
    assert reader().get(url(workshop))["Cache-Control"] == PUBLIC
    workshop.unpublish()
    assert reader().get(url(workshop)).status_code == 404
    assert facilitator_client.get(url(workshop))["Cache-Control"] == "private, no-store"


def test_a_reader_without_a_csrf_cookie_changes_the_language(published: Workshop) -> None:
    client = reader()
    page = client.get(url(published))
    html = page.content.decode()
    assert '<html lang="nb">' in html
    assert '<form class="language" action="/i18n/setlang/" method="post">' in html
    assert f'<input name="next" type="hidden" value="{url(published)}">' in html
    assert "csrftoken" not in client.cookies

    chosen = client.post("/i18n/setlang/", {"language": "nn", "next": url(published)})

    assert chosen.status_code == 302
    assert chosen["Location"] == url(published)
    assert chosen.cookies["django_language"].value == "nn"
    assert "csrftoken" not in chosen.cookies
    nynorsk = client.get(url(published))
    assert_public(nynorsk)
    assert nynorsk["Content-Language"] == "nn"
    assert '<html lang="nn">' in nynorsk.content.decode()
    assert '<option value="nn" selected>' in nynorsk.content.decode()
    # Another language is another page: another ETag, so a cache never answers one with the other.
    assert nynorsk["ETag"] != page["ETag"]

    client.post("/i18n/setlang/", {"language": "en", "next": url(published)})
    english = client.get(url(published))
    assert english["Content-Language"] == "en"
    assert "Download the report" in english.content.decode()


def test_the_language_switch_redirects_only_within_the_site(published: Workshop) -> None:
    client = reader()

    away = client.post("/i18n/setlang/", {"language": "en", "next": "https://angriper.example/"})
    assert away.status_code == 302
    assert away["Location"] == "/"
    # A GET changes nothing (Django's set_language), it only goes back.
    looked = client.get("/i18n/setlang/", {"language": "nn", "next": url(published)})
    assert looked.status_code == 302
    assert "django_language" not in looked.cookies
    assert client.get(url(published))["Content-Language"] == "en"


def test_a_reader_with_a_message_waiting_gets_a_private_page_that_shows_it(published: Workshop) -> None:
    client = reader()
    storage = CookieStorage(RequestFactory().get("/"))
    storage.add(constants.INFO, "Takk for innspillet")
    carrier = HttpResponse()
    storage.update(carrier)
    client.cookies["messages"] = carrier.cookies["messages"].value

    response = client.get(url(published))

    assert response["Cache-Control"] == "private, no-store"
    assert "Takk for innspillet" in response.content.decode()
    # The next page, the message shown, is the readers' page again.
    assert_public(client.get(url(published)))


def test_an_answer_that_sets_a_cookie_is_never_public(published: Workshop) -> None:
    client = reader()
    # A session that no longer exists: the session middleware deletes its cookie.
    client.cookies["sessionid"] = "utlopt0000000000000000000000000000"

    response = client.get(url(published))

    assert response.cookies["sessionid"].value == ""
    assert "public" not in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
