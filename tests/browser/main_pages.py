"""The main pages every look-and-feel check visits, and one sign-in for a whole loop of them."""

from __future__ import annotations

import re

from playwright.sync_api import Browser, BrowserContext, Page

from nextyes.accounts.models import User
from nextyes.home.demo import build_demo
from tests.browser.pages import (
    MAIN_PAGES,
    Theme,
    page_url,
)
from tests.conftest import PASSWORD, make_user

SIGNED_IN = MAIN_PAGES


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
        url = page_url(page, site, target)
        assert url, f"no link for {name}: {target}"
        urls[name] = url
    return urls
