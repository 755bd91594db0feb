"""No main page is wider than the screen, on a phone (390 px) or a desktop (1,366 px), light or
dark: one sign-in per width and theme, then every page in a loop."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser
from pytest_django import Settings

from tests.browser.main_pages import demo_person, open_context, sign_in, signed_in_urls
from tests.browser.pages import SIGNED_OUT, THEMES, WIDTHS, Theme

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_no_main_page_scrolls_sideways(
    browser: Browser, site: str, settings: Settings, width: int, theme: Theme
) -> None:
    settings.SIGNUP_MODE = "open"
    demo_person()
    context = open_context(browser, width, theme)
    page = context.new_page()
    page.set_default_timeout(15_000)
    widths: dict[str, int] = {}
    for name, path in SIGNED_OUT.items():
        page.goto(site + path)
        widths[name] = page.evaluate("document.documentElement.scrollWidth")
    sign_in(page, site)
    for name, url in signed_in_urls(page, site).items():
        page.goto(url)
        widths[name] = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    too_wide = {name: px for name, px in widths.items() if px > width}
    assert not too_wide, f"wider than {width}px: {too_wide}"
    assert "board" in widths  # the page that used to scroll sideways is among them
