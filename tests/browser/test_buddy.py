"""In Chromium, on a phone-sized screen: make a buddy link, copy it, open it as the buddy (no
account, nothing private), then stop sharing and undo.

Leaves screenshots at 390 px in NEXTYES_SCREENSHOTS (default: the temp folder), for a look by
eye: buddy-390.png (the person's buddy page) and buddy-view-390.png (what the buddy sees).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from pytest_django import Settings

from nextyes.accounts.models import User
from nextyes.journal.services.checkins import save_checkin
from nextyes.pipeline import services
from tests.browser.test_ritual import sign_in
from tests.conftest import make_user

pytestmark = pytest.mark.django_db(transaction=True)

PRIVATE_NOTE = "Cried in the car park after the panel"


@pytest.fixture
def alice(settings: Settings, site: str) -> User:
    settings.BASE_URL = site  # links are made on the live server's address
    alice = make_user("alice", display_name="Alice", timezone="Europe/Paris")
    today = dt.date.today()
    services.create_application(alice, company="Northwind", role="Data Engineer", applied_on=today)
    save_checkin(alice, mood=2, note=PRIVATE_NOTE)
    return alice


def _fits(page: Page, width: int) -> None:
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"{page.url} is {scroll_width}px wide"


def test_it_makes_opens_and_stops_a_buddy_link_on_a_phone(
    page: Page, browser: Browser, site: str, alice: User
) -> None:
    page.set_default_timeout(10_000)
    page.set_viewport_size({"width": 390, "height": 844})
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    sign_in(page, site)

    page.goto(site + "/accounts/profile/")
    page.get_by_role("link", name="Your buddy").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your accountability buddy")
    expect(page.get_by_role("heading", name="What stays yours alone")).to_be_visible()
    _fits(page, 390)

    page.get_by_label("Who is it for?").fill("Sam")
    page.get_by_role("button", name="Make a link").click()
    expect(page.get_by_role("heading", name="Your link for Sam is ready")).to_be_visible()
    link = page.get_by_label("Your secret link").input_value()
    assert link.startswith(f"{site}/buddy/")
    page.get_by_role("button", name="Copy link").click()
    expect(page.get_by_role("button", name="Copied")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == link
    expect(page.locator(".share-list")).to_contain_text("not opened yet")
    _fits(page, 390)
    shots = Path(os.environ.get("NEXTYES_SCREENSHOTS", tempfile.gettempdir()))
    page.screenshot(path=str(shots / "buddy-390.png"), full_page=True)

    # The buddy: another browser, no account.
    stranger = browser.new_context(viewport={"width": 390, "height": 844})
    buddy_page = stranger.new_page()
    buddy_page.goto(link)
    expect(buddy_page.get_by_role("heading", level=1)).to_have_text("Alice’s week")
    expect(buddy_page.locator(".buddy-points")).to_have_text("10")
    expect(buddy_page.get_by_role("heading", name="Goals")).to_be_visible()
    assert PRIVATE_NOTE not in buddy_page.content()
    _fits(buddy_page, 390)
    buddy_page.screenshot(path=str(shots / "buddy-view-390.png"), full_page=True)

    # Reloading shows the list again, not the secret, and makes no second link.
    page.reload()
    expect(page.locator(".share-list")).to_contain_text("last opened")
    expect(page.locator("#new-link")).to_have_count(0)
    expect(page.locator(".share-list > li")).to_have_count(1)
    page.get_by_role("button", name="Stop sharing").click()
    expect(page.get_by_text("You stopped sharing with Sam.")).to_be_visible()
    _fits(page, 390)

    buddy_page.reload()
    expect(buddy_page.get_by_role("heading", level=1)).to_have_text(
        "This page isn’t open right now"
    )

    page.get_by_role("button", name="Undo, keep sharing").click()
    expect(page.get_by_text("Shared again, just as before.")).to_be_visible()
    buddy_page.reload()
    expect(buddy_page.get_by_role("heading", level=1)).to_have_text("Alice’s week")
    stranger.close()
    assert errors == []
