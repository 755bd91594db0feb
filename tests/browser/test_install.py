"""Installable: the service worker registers, keeps the shell, and a failed page shows the kind
offline page instead of the browser's error."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from nextyes.accounts.models import User
from tests.browser.main_pages import sign_in
from tests.conftest import make_user

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_shows_the_offline_page_when_the_network_is_gone(browser: Browser, site: str) -> None:
    make_user("alice")
    context = browser.new_context(service_workers="allow")
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, site)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    cached = page.evaluate(
        "caches.keys().then(names => Promise.all(names.map(n => caches.open(n)"
        ".then(c => c.keys())))).then(lists => lists.flat().map(r => new URL(r.url).pathname))"
    )
    assert "/offline/" in cached
    # Only the shell is kept: no page with someone's data.
    assert all(path.startswith("/static/") or path == "/offline/" for path in cached), cached
    page.reload()  # now under the worker's control
    context.set_offline(True)
    page.goto(site + "/wins/")
    expect(page.get_by_role("heading", level=1)).to_have_text("You are offline for a moment")
    expect(page.get_by_role("link", name="Try again")).to_be_visible()
    context.set_offline(False)
    page.get_by_role("link", name="Try again").click()
    expect(page.get_by_role("heading", level=1)).not_to_have_text("You are offline for a moment")
    context.close()


def test_the_chosen_dark_theme_wins_over_a_light_device(browser: Browser, site: str) -> None:
    alice: User = make_user("alice", theme="dark")
    assert alice.theme == "dark"
    context = browser.new_context(color_scheme="light", service_workers="block")
    page = context.new_page()
    sign_in(page, site)
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(20, 24, 28)"
    context.close()
