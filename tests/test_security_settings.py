"""Production settings from the environment: a key of its own, HTTPS, cookies, and headers."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.test import Client

from tests.servers import ROOT
from workshop.models import Workshop

# The production environment as the README documents it (with a made-up key and host).
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "k3Jx9-production-only-" + "q7Lw2" * 10,
    "ALLOWED_HOSTS": "bordnotat.kommune.no",
    "CSRF_TRUSTED_ORIGINS": "https://bordnotat.kommune.no",
    "SECURE_COOKIES": "true",
    "SECURE_SSL_REDIRECT": "true",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
    "SECURE_HSTS_PRELOAD": "true",
    "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto",
}


def environment(**values: str) -> dict[str, str]:
    # Not the browser tests' DJANGO_ALLOW_ASYNC_UNSAFE (tests/e2e/conftest.py): a server never has it.
    dropped = {"DEBUG", "SECRET_KEY", "STATICFILES_STORAGE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    kept = {k: v for k, v in os.environ.items() if k not in dropped}
    return {**kept, "DJANGO_SETTINGS_MODULE": "workshop.settings", **values}


def test_check_deploy_is_clean_with_the_documented_production_environment() -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=environment(**PRODUCTION), capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_server_refuses_to_start_without_a_secret_key_when_debug_is_off() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import workshop.wsgi"],
        cwd=ROOT, env=environment(DEBUG="false"), capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr
    started = subprocess.run(
        [sys.executable, "-c", "import workshop.wsgi"],
        cwd=ROOT, env=environment(DEBUG="false", SECRET_KEY=PRODUCTION["SECRET_KEY"]),
        capture_output=True, text=True, timeout=120,
    )
    assert started.returncode == 0, started.stderr


@pytest.mark.django_db
def test_every_answer_has_a_permissions_policy_and_facilitator_pages_are_never_cached(
    client: Client, facilitator_client: Client, workshop: Workshop
) -> None:
    public = Client().get("/")
    assert "camera=()" in public["Permissions-Policy"]
    for path in (f"/fasilitator/{workshop.slug}/", f"/fasilitator/{workshop.slug}/sammenstill/", "/admin/"):
        response = facilitator_client.get(path)
        assert response.status_code == 200, path
        assert response["Cache-Control"] == "private, no-store", path


@pytest.mark.django_db
def test_cookies_are_secure_and_same_site_and_the_csrf_cookie_is_http_only(client: Client, settings: object) -> None:
    for name in ("SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "LANGUAGE_COOKIE_SECURE"):
        setattr(settings, name, True)
    page = client.get("/")
    csrf = page.cookies["csrftoken"]
    assert csrf["httponly"] and csrf["secure"] and csrf["samesite"] == "Lax"
    chosen = client.post("/i18n/setlang/", {"language": "nn", "next": "/"})
    language = chosen.cookies["django_language"]
    assert language["secure"] and language["samesite"] == "Lax"


@pytest.mark.django_db
def test_behind_a_tls_proxy_the_qr_codes_carry_https(facilitator_client: Client, workshop: Workshop,
                                                    settings: object) -> None:
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")  # type: ignore[attr-defined]
    settings.ALLOWED_HOSTS = ["bordnotat.kommune.no"]  # type: ignore[attr-defined]
    html = facilitator_client.get(
        f"/fasilitator/{workshop.slug}/qr/", headers={"X-Forwarded-Proto": "https", "Host": "bordnotat.kommune.no"}
    ).content.decode()
    assert "https://bordnotat.kommune.no/bord/" in html
    assert "http://" not in html
