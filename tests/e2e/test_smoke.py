"""The start page in a real Chromium: it loads, htmx runs, and the CSP blocks nothing."""

from __future__ import annotations

import pytest
from playwright.sync_api import ConsoleMessage, Page, Response
from pytest_django.live_server_helper import LiveServer

# Playwright injects this before the page's own scripts, outside the page's CSP.
RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.mark.django_db(transaction=True)
def test_start_page_loads_htmx_without_csp_violations(page: Page, live_server: LiveServer) -> None:
    console_errors: list[str] = []
    failed_responses: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            console_errors.append(message.text)

    def on_response(response: Response) -> None:
        if response.status >= 400:
            failed_responses.append(f"{response.status} {response.url}")

    page.on("console", on_console)
    page.on("response", on_response)
    page.add_init_script(RECORD_CSP_VIOLATIONS)

    response = page.goto(live_server.url + "/")
    page.wait_for_load_state("load")

    assert response is not None and response.status == 200
    assert page.locator("html").get_attribute("lang") == "nb"
    assert page.evaluate("typeof htmx") == "object", "htmx did not load"
    assert failed_responses == []
    assert page.evaluate("window.__cspViolations") == []
    assert [text for text in console_errors if "Content Security Policy" in text] == []
