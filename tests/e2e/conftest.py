"""Browser tests: pytest-playwright driving Debian's Chromium against `live_server`.

Never `playwright install`: `apt-get install chromium` gives /usr/bin/chromium.
Every test here is marked `e2e` (`pytest -m "not e2e"` leaves them out) and needs
`@pytest.mark.django_db(transaction=True)` when it uses `live_server`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.waits import live_server_requests_ended as wait_for_live_server_requests

# pytest-playwright's sync API runs an event loop in the test thread; the ORM calls that the
# tests' fixtures make there are safe (nothing else runs in that thread).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
# Without it Playwright's offline mode does not reach requests that pass through the tables'
# service worker, and an "offline" tablet would still reach the server.
os.environ.setdefault("PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS", "1")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    # The machine's network is closed: no update, sync or background connections.
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
# A table host's tablet: iPad Air, portrait.
TABLET_VIEWPORT = {"width": 820, "height": 1180}
E2E_DIR = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # This hook sees the whole session's items: mark only those in this folder.
    for item in items:
        if E2E_DIR in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(autouse=True)
def live_server_requests_ended() -> Iterator[None]:
    """After each browser test, waits for the live server's requests in flight to end.

    Closing a page does not stop a request the server is still handling. A save still running
    while the test's data is flushed would either break the flush or land after it, in the next
    test's database ("FOREIGN KEY constraint failed" broke a CI run of stop 17, when SQLite's
    test database was in memory and shared with the server's threads; see tests/conftest.py).
    Autouse, so it is torn down after the pages and before the database.
    """
    yield
    wait_for_live_server_requests()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    if not CHROMIUM.exists():
        message = f"Chromium not installed: apt-get install chromium ({CHROMIUM} is missing)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{message}; CI=true: browser tests must run, not skip", pytrace=False)
        pytest.skip(message)
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    return {
        **browser_context_args,
        "viewport": TABLET_VIEWPORT,
        "has_touch": True,
        "locale": "nb-NO",
        "timezone_id": "Europe/Oslo",
    }


@pytest.fixture
def another_page(browser: Any) -> Any:
    """Pages in fresh browser contexts (another device, another role), closed after the test.

    A context left open goes on polling the live server during later tests, reading and writing
    their data.
    """
    contexts: list[Any] = []

    def open_page(**context_args: Any) -> Any:
        context = browser.new_context(**{"viewport": TABLET_VIEWPORT, "locale": "nb-NO", **context_args})
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
