"""The main pages every look-and-feel check visits, and one sign-in for a whole loop of them."""

from __future__ import annotations

import re
from typing import Literal

from playwright.sync_api import Browser, BrowserContext, Page

from nextyes.accounts.models import User
from nextyes.home.demo import build_demo
from tests.conftest import PASSWORD, make_user

WIDTHS = (390, 1366)
Theme = Literal["light", "dark"]
THEMES: tuple[Theme, ...] = ("light", "dark")
# name → a path, or (a list page, the first link on it that matches).
SIGNED_IN: dict[str, str | tuple[str, str]] = {
    "today": "/",
    "board": "/board/",
    "applications": "/applications/",
    "application": ("/applications/", r"^/applications/\d+/$"),
    "contacts": "/contacts/",
    "wins": "/wins/",
    "checkins": "/checkins/",
    "thoughts": "/thoughts/",
    "thought record": ("/thoughts/", r"^/thoughts/\d+/$"),
    "gratitude": "/gratitude/",
    "lessons": "/lessons/",
    "goals": "/goals/",
    "insights": "/insights/",
    "inbox": "/inbox/",
    "import/export": "/transfer/",
    "profile": "/accounts/profile/",
    "rituals": "/rituals/",
    "ritual": ("/rituals/", r"^/rituals/\d+/"),
}
SIGNED_OUT = {"sign-in": "/accounts/login/", "sign-up": "/accounts/signup/"}


def demo_person() -> User:
    """Alice with the demo account's four months of searching, so every page has something."""
    alice = make_user("alice", display_name="Alice")
    build_demo(alice)
    return alice


def open_context(browser: Browser, width: int, theme: Theme) -> BrowserContext:
    return browser.new_context(
        viewport={"width": width, "height": 900},
        color_scheme=theme,  # the profile follows the device by default
        reduced_motion="reduce",
        service_workers="block",
    )


def sign_in(page: Page, site: str) -> None:
    page.goto(site + "/accounts/login/")
    page.get_by_label(re.compile(r"^Username")).fill("alice")
    page.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(site + "/")


def signed_in_urls(page: Page, site: str) -> dict[str, str]:
    urls = {}
    for name, target in SIGNED_IN.items():
        if isinstance(target, str):
            urls[name] = site + target
            continue
        listing, pattern = target
        page.goto(site + listing)
        hrefs = page.eval_on_selector_all(
            "main a[href]", "all => all.map(a => a.getAttribute('href'))"
        )
        found = next((href for href in hrefs if re.match(pattern, href)), None)
        assert found, f"no link like {pattern} on {listing}"
        urls[name] = site + found
    return urls
