"""Waiting in the browser tests for what the page or the server says, not for a fixed time."""

from __future__ import annotations

import threading
import time

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

# socketserver names each request thread of the live server after its target.
REQUEST_THREAD = "(process_request_thread)"


def holds(page: Page, predicate: str, timeout: float = 5_000) -> bool:
    """Whether `predicate` (an arrow function's source: the CSP allows no other string) comes true within
    `timeout` ms. A layout read once, straight after a change, can be read before the page has settled:
    `assert holds(page, "() => …"), what_it_was` retries as `expect` does and still says what it found."""
    try:
        page.wait_for_function(predicate, timeout=timeout)
    except PlaywrightError:
        return False
    return True


def live_server_requests_ended(timeout: float = 10) -> None:
    """Waits until the live server has answered every request it has taken in, for at most `timeout` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(thread.name.endswith(REQUEST_THREAD) for thread in threading.enumerate()):
        time.sleep(0.02)
