"""The API's interactive docs work under the strict CSP, from our own static files only, and
"Try it out" reaches the API with the signed-in session."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Request, expect

from nextyes.pipeline import services
from tests.browser.main_pages import sign_in
from tests.conftest import make_user

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_docs_render_with_nothing_from_elsewhere(browser: Browser, site: str) -> None:
    alice = make_user("alice")
    services.create_application(alice, company="Quillfeather", role="Data Engineer")
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems: list[str] = []
    elsewhere: list[str] = []
    page.on("console", lambda m: _note(m, problems))
    page.on("request", lambda r: _outside(r, site, elsewhere))
    sign_in(page, site)

    page.goto(site + "/api/docs")

    expect(page.locator(".swagger-ui .info .title")).to_contain_text("NextYes API")
    expect(page.locator(".opblock-summary-path").first).to_be_visible()
    listed = page.evaluate("fetch('/api/applications').then(r => r.json())")
    assert listed["items"][0]["company"] == "Quillfeather"
    assert not elsewhere, elsewhere
    assert not [p for p in problems if "Content Security Policy" in p], problems
    context.close()


def _note(message: ConsoleMessage, into: list[str]) -> None:
    if message.type == "error":
        into.append(message.text)


def _outside(request: Request, site: str, into: list[str]) -> None:
    if not request.url.startswith((site, "data:")):
        into.append(request.url)
