"""In Chromium, with the demo search (issue 13): no page scrolls sideways on a phone or a laptop,
the phone gets a bottom tab bar and a short header, the board shows one stage at a time there."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from nextyes.accounts.models import User
from nextyes.home.demo import build_demo
from tests.browser.test_ritual import sign_in
from tests.conftest import make_user

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 768}
PAGES = (
    "/",
    "/board/",
    "/applications/",
    "/contacts/",
    "/inbox/",
    "/transfer/",
    "/rituals/",
    "/lessons/",
    "/wins/",
    "/checkins/",
    "/thoughts/",
    "/gratitude/",
    "/vision/",
    "/insights/",
    "/review/",
    "/goals/",
    "/accounts/profile/",
    "/more/",
)
MAX_HEADER = 64


@pytest.fixture
def demo_alice() -> User:
    alice = make_user("alice", display_name="Alice", timezone="Europe/Paris")
    build_demo(alice)
    return alice


# Any: Playwright's new_context options, passed on unchanged
def _page(browser: Browser, site: str, viewport: dict[str, int], **options: Any) -> Page:
    page = browser.new_context(viewport=viewport, **options).new_page()  # type: ignore[arg-type]
    page.set_default_timeout(10_000)
    sign_in(page, site)
    expect(page.get_by_role("navigation", name="Main")).to_be_attached()
    return page


def overflow(page: Page) -> int:
    """How far the page reaches past the window's right edge (0 when it never scrolls sideways)."""
    return int(page.evaluate("document.documentElement.scrollWidth - window.innerWidth"))


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=["390", "1366"])
def test_no_page_scrolls_sideways(
    browser: Browser, site: str, demo_alice: User, viewport: dict[str, int]
) -> None:
    page = _page(browser, site, viewport)
    wide = {path: overflow(page) for path in PAGES if page.goto(site + path)}
    assert {path: px for path, px in wide.items() if px > 0} == {}
    # Nor the board after a move, nor with its Closed drawer and a move menu open.
    page.goto(site + "/board/")
    card = page.locator(".board-open article.card").first
    card.locator(".card-move > summary").click()
    card.get_by_label("Move", exact=False).select_option("screen")
    card.get_by_role("button", name="Move", exact=True).click()
    expect(page.locator("#board-status")).to_contain_text("Moved")
    page.locator("#closed > summary").click()
    page.locator(".board-open article.card:visible .card-move > summary").last.click()
    assert overflow(page) == 0


def test_a_phone_gets_a_tab_bar_and_a_short_header(
    browser: Browser, site: str, demo_alice: User
) -> None:
    page = _page(browser, site, PHONE)
    header = page.locator(".site-header").bounding_box()
    assert header is not None and header["height"] <= MAX_HEADER
    tabs = page.get_by_role("navigation", name="Main")
    for name in ("Today", "Search", "Bounce back", "Mind", "More"):
        expect(tabs.get_by_role("link", name=name, exact=True)).to_be_visible()
    for name in ("Insights", "You"):
        expect(tabs.get_by_role("link", name=name, exact=True)).to_be_hidden()
    # An icon above each tab's label, big enough to read at a glance.
    icon = tabs.get_by_role("link", name="Mind", exact=True).locator("svg").bounding_box()
    label = tabs.get_by_role("link", name="Mind", exact=True).locator("span").bounding_box()
    assert icon is not None and label is not None
    assert icon["height"] >= 20 and icon["y"] + icon["height"] <= label["y"] + 1
    bar = page.locator(".main-nav ul").bounding_box()
    assert bar is not None
    assert bar["y"] + bar["height"] == pytest.approx(PHONE["height"], abs=1)
    assert bar["width"] == pytest.approx(PHONE["width"], abs=1)
    expect(page.locator(".quick-win > summary")).to_be_visible()
    # "More" reaches the rest, Insights and signing out included.
    tabs.get_by_role("link", name="More").click()
    expect(page.get_by_role("heading", name="Everything in NextYes")).to_be_visible()
    page.locator("main").get_by_role("link", name="Weekly review").click()
    expect(
        page.get_by_role("navigation", name="Main").get_by_role("link", name="More")
    ).to_be_visible()
    expect(page.get_by_role("navigation", name="Insights")).to_be_visible()


def test_a_laptop_gets_six_sections_and_the_sections_pages(
    browser: Browser, site: str, demo_alice: User
) -> None:
    page = _page(browser, site, LAPTOP)
    header = page.locator(".site-header").bounding_box()
    assert header is not None and header["height"] <= MAX_HEADER
    nav = page.get_by_role("navigation", name="Main")
    for name in ("Today", "Search", "Bounce back", "Mind", "Insights", "You"):
        expect(nav.get_by_role("link", name=name, exact=True)).to_be_visible()
    expect(nav.get_by_role("link", name="More")).to_be_hidden()
    nav.get_by_role("link", name="Mind").click()
    subnav = page.get_by_role("navigation", name="Mind")
    expect(subnav.get_by_role("link", name="Check-ins")).to_have_attribute("aria-current", "page")
    subnav.get_by_role("link", name="Breathe").click()
    expect(nav.get_by_role("link", name="Mind")).to_have_attribute("aria-current", "true")
    expect(
        page.get_by_role("navigation", name="Mind").get_by_role("link", name="Breathe")
    ).to_have_attribute("aria-current", "page")


def test_a_phone_shows_one_stage_at_a_time(browser: Browser, site: str, demo_alice: User) -> None:
    page = _page(browser, site, PHONE, java_script_enabled=False)
    page.goto(site + "/board/")
    visible = page.locator(".board-open section.column:visible")
    expect(visible).to_have_count(1)
    first = visible.get_attribute("data-stage")
    tabs = page.get_by_role("navigation", name="Stages")
    # The first tab with a card is the one shown; never an empty stage.
    expect(visible.locator("article.card").first).to_be_visible()
    tabs.get_by_role("link", name="Applied").click()
    expect(visible).to_have_count(1)
    assert visible.get_attribute("data-stage") == "applied"
    assert first != "applied" or visible.locator("article.card").count() > 0
    assert overflow(page) == 0
