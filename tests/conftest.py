from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from tests.factories import build_workshop
from workshop.models import Workshop


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    """Each test starts with nothing cached (suggestions, reports): no test sees another's."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def workshop(db: None) -> Workshop:
    return build_workshop()


@pytest.fixture
def other_workshop(db: None) -> Workshop:
    return build_workshop(slug="annet-verksted", tables=1)


@pytest.fixture
def facilitator(db: None) -> User:
    return User.objects.create_user(
        "fasilitator", password="hemmelig-passord", is_staff=True, is_superuser=True
    )


@pytest.fixture
def participant(db: None) -> User:
    """Logged in, but not staff: must see no more than an anonymous reader."""
    return User.objects.create_user("deltaker", password="hemmelig-passord")


@pytest.fixture
def facilitator_client(client: Client, facilitator: User) -> Client:
    client.force_login(facilitator)
    return client


# ---------------------------------------------------------------------------------------------
# Test plumbing (static files, PostgreSQL reachability). Keep fixtures above this line.
# ---------------------------------------------------------------------------------------------

import os  # noqa: E402
from collections.abc import Iterator  # noqa: E402

from django.test.utils import override_settings  # noqa: E402

PLAIN_STATIC_STORAGE = "django.contrib.staticfiles.storage.StaticFilesStorage"


@pytest.fixture(scope="session", autouse=True)
def _plain_static_storage() -> Iterator[None]:
    """Serve static files as they are in tests.

    Without DEBUG the settings choose WhiteNoise's manifest storage, which needs collectstatic:
    `{% static %}` would raise and `live_server` would 404 every hashed file (htmx never loads).
    tests/test_deployment.py checks the manifest storage on its own.
    """
    from django.conf import settings

    storages = {**settings.STORAGES, "staticfiles": {"BACKEND": PLAIN_STATIC_STORAGE}}
    with override_settings(STORAGES=storages):
        yield


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    django_db_modify_db_settings_parallel_suffix: None, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """On SQLite the test database is a file, as the demo's is, not one in memory.

    In memory, the live server's request threads share the test's one connection: two requests
    at once, or one still running while a browser test's data is flushed, meet on it ("database
    table is locked" answered as a 500; "FOREIGN KEY constraint failed" broke a CI run). With a
    file each thread has its own connection and waits for the write lock as the app does in
    production (WAL, IMMEDIATE, a timeout).
    """
    from django.db import connections

    database = connections["default"].settings_dict
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database.setdefault("TEST", {})["NAME"] = str(tmp_path_factory.mktemp("database") / "test.sqlite3")


def _postgres_unreachable() -> str | None:
    """Why the PostgreSQL server DATABASE_URL names cannot be reached, or None if it can."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://", "pgsql://")):
        return None
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    try:
        # The maintenance database: the test database does not exist yet.
        psycopg.connect(
            host=config.get("HOST") or None, port=config.get("PORT") or None,
            user=config.get("USER") or None, password=config.get("PASSWORD") or None,
            dbname="postgres", connect_timeout=3,
        ).close()
    except psycopg.Error as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
        return f"PostgreSQL at {config.get('HOST')}:{config.get('PORT')} unreachable: {first_line}"
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip database tests when DATABASE_URL's PostgreSQL is down; under CI=true, fail instead."""
    db_items = [item for item in items if "django_db_setup" in getattr(item, "fixturenames", ())]
    if not db_items:
        return
    reason = _postgres_unreachable()
    if reason is None:
        return
    if os.environ.get("CI", "").lower() == "true":
        raise pytest.UsageError(f"{reason} (CI=true: database tests must run, not skip)")
    skip = pytest.mark.skip(reason=f"{reason}; start it or unset DATABASE_URL")
    for item in db_items:
        item.add_marker(skip)
