"""In Chromium (issue 13): a card moved to Rejected on the board, with and without JavaScript,
is followed at once by the panel that offers the ritual; the move menu works from the keyboard."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from nextyes.accounts.models import User
from nextyes.pipeline import services
from nextyes.recovery.models import Ritual
from tests.browser.test_ritual import sign_in
from tests.conftest import make_user

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def searching_alice() -> User:
    """Alice, in an interview at Northwind, with one more lead saved."""
    alice = make_user("alice", display_name="Alice", timezone="Europe/Paris")
    app = services.create_application(alice, company="Northwind", role="Data Engineer")
    services.move_application(app, "interview")
    services.create_application(alice, company="Initech", role="Platform Engineer")
    return alice


# Any: Playwright's new_context options, passed on unchanged
def _board(browser: Browser, site: str, **options: Any) -> Page:
    page = browser.new_context(viewport={"width": 1366, "height": 900}, **options).new_page()
    page.set_default_timeout(10_000)
    sign_in(page, site)
    page.goto(site + "/board/")
    return page


def _panel(page: Page):  # type: ignore[no-untyped-def]
    return page.locator("section.rejection-prompt")


def test_without_javascript_the_next_page_offers_the_ritual(
    browser: Browser, site: str, searching_alice: User
) -> None:
    page = _board(browser, site, java_script_enabled=False)
    card = page.locator("article.card", has_text="Data Engineer")
    card.locator(".card-move > summary").click()  # a <details> opens without JavaScript
    card.get_by_label(re.compile("Move")).select_option("rejected")
    card.get_by_role("button", name="Move", exact=True).click()

    expect(page.get_by_text("Moved Data Engineer at Northwind to Rejected.")).to_be_visible()
    expect(_panel(page)).to_be_visible()
    expect(_panel(page).get_by_role("heading")).to_have_text("A no from Northwind")
    # The card sits in the Closed drawer, opened for it.
    moved = page.locator("#col-rejected article.card", has_text="Data Engineer")
    expect(moved).to_be_visible()

    # Later: the panel goes and stays gone; the ritual waits on Today.
    _panel(page).get_by_role("button", name="Later").click()
    expect(page.get_by_role("heading", name="Your board")).to_be_visible()
    expect(_panel(page)).to_have_count(0)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Today").click()
    expect(page.get_by_role("link", name=re.compile("After the no from Northwind"))).to_be_visible()
    expect(_panel(page)).to_have_count(0)
    ritual = Ritual.objects.get(owner=searching_alice)
    assert ritual.prompt_answered and ritual.status == "open"


def test_with_javascript_the_swap_brings_the_panel_and_the_keyboard_moves_cards(
    browser: Browser, site: str, searching_alice: User
) -> None:
    page = _board(browser, site)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.evaluate("window.__marker = 'same page'")

    # Keyboard only: focus the card's menu, open it, choose, submit.
    menu = page.locator("article.card", has_text="Data Engineer").locator(".card-move")
    menu.locator("summary").focus()
    page.keyboard.press("Enter")
    select = menu.get_by_label(re.compile("Move"))
    expect(select).to_be_visible()
    page.keyboard.press("Tab")
    expect(select).to_be_focused()
    select.select_option("rejected")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    expect(_panel(page)).to_be_visible()
    expect(_panel(page).get_by_role("heading")).to_have_text("A no from Northwind")
    expect(page.locator("#col-rejected article.card", has_text="Data Engineer")).to_be_visible()
    assert page.evaluate("window.__marker") == "same page"
    # Focus comes back to the moved card's menu, in its new place.
    expect(
        page.locator("#col-rejected article.card", has_text="Data Engineer").locator("summary")
    ).to_be_focused()

    # "Later" swaps the panel away in place; "Take five minutes now" would open the ritual.
    _panel(page).get_by_role("button", name="Later").click()
    expect(_panel(page)).to_have_count(0)
    assert page.evaluate("window.__marker") == "same page"
    assert Ritual.objects.get(owner=searching_alice).prompt_answered
    assert not errors, errors


def test_take_five_minutes_now_opens_the_ritual(
    browser: Browser, site: str, searching_alice: User
) -> None:
    page = _board(browser, site)
    card = page.locator("article.card", has_text="Data Engineer")
    card.drag_to(page.locator("section.column[data-stage='screen']"))
    expect(page.locator("#col-screen article.card", has_text="Data Engineer")).to_be_visible()
    # A card dropped on the Closed drawer's Rejected stage (opened first) is a no too.
    page.locator("#closed > summary").click()
    page.locator("article.card", has_text="Data Engineer").drag_to(page.locator("#col-rejected"))
    expect(_panel(page)).to_be_visible()
    _panel(page).get_by_role("link", name="Take five minutes now").click()
    expect(page.get_by_text("Step 1 of 6")).to_be_visible()
    expect(_panel(page)).to_have_count(0)
