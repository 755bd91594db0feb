"""The main pages and the Chromium flags, shared by the browser tests and `make screenshots`
(tools/screenshots.py). Plain data and one Playwright helper: no Django here, so the tool can
import it without a test database."""

from __future__ import annotations

import re
from typing import Literal

from playwright.sync_api import Page

# Debian's Chromium as root in a sandbox without a network: no sandbox, GPU or background calls.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WIDTHS = (390, 1366)
Theme = Literal["light", "dark"]
THEMES: tuple[Theme, ...] = ("light", "dark")
# name → a path, or (a list page, the pattern of the first link on it to follow).
MAIN_PAGES: dict[str, str | tuple[str, str]] = {
    "today": "/",
    "board": "/board/",
    "applications": "/applications/",
    "application": ("/applications/", r"^/applications/\d+/$"),
    "contacts": "/contacts/",
    "wins": "/wins/",
    "checkins": "/checkins/",
    "thoughts": "/thoughts/",
    "thought-record": ("/thoughts/", r"^/thoughts/\d+/$"),
    "gratitude": "/gratitude/",
    "lessons": "/lessons/",
    "goals": "/goals/",
    "insights": "/insights/",
    "inbox": "/inbox/",
    "import-export": "/transfer/",
    "profile": "/accounts/profile/",
    "rituals": "/rituals/",
    "ritual": ("/rituals/", r"^/rituals/\d+/"),
    "reminders": "/reminders/",
    "reminder-settings": "/reminders/settings/",
    "tokens": "/accounts/tokens/",
}
SIGNED_OUT = {"sign-in": "/accounts/login/", "sign-up": "/accounts/signup/"}


def page_url(page: Page, site: str, target: str | tuple[str, str]) -> str | None:
    """The address of a main page; for a (list, pattern) target, the first matching link on the
    list page (None when there is none)."""
    if isinstance(target, str):
        return site + target
    listing, pattern = target
    page.goto(site + listing)
    hrefs = page.eval_on_selector_all("main a[href]", "all => all.map(a => a.getAttribute('href'))")
    found = next((href for href in hrefs if re.match(pattern, href)), None)
    return site + found if found else None
