"""axe-core on every main page, light and dark, on a phone and a desktop: no serious or critical
violation. One sign-in per width and theme, then the pages in a loop (axe comes from the
axe-playwright-python package, which ships axe.min.js: nothing is fetched while testing).
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page
from pytest_django import Settings

from tests.browser.main_pages import demo_person, open_context, sign_in, signed_in_urls
from tests.browser.pages import SIGNED_OUT, THEMES, WIDTHS, Theme

pytestmark = pytest.mark.django_db(transaction=True)

AXE = Axe()
SERIOUS = {"serious", "critical"}


def serious_violations(page: Page) -> list[str]:
    """One line per serious or critical rule broken: how many elements, and the first of them."""
    response = AXE.run(page).response
    return [
        f"{rule['id']} ({rule['impact']}) on {len(rule['nodes'])}: {rule['nodes'][0]['target']} "
        + rule["nodes"][0].get("failureSummary", "").replace("\n", " ")[:200]
        for rule in response["violations"]
        if rule["impact"] in SERIOUS
    ]


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_every_main_page_passes_axe(
    browser: Browser, site: str, settings: Settings, width: int, theme: Theme
) -> None:
    settings.SIGNUP_MODE = "open"  # so the sign-up page shows its form
    demo_person()
    context = open_context(browser, width, theme)
    page = context.new_page()
    page.set_default_timeout(15_000)
    found: dict[str, list[str]] = {}
    for name, path in SIGNED_OUT.items():
        page.goto(site + path)
        found[name] = serious_violations(page)
    sign_in(page, site)
    for name, url in signed_in_urls(page, site).items():
        page.goto(url)
        found[name] = serious_violations(page)
    context.close()
    problems = {name: lines for name, lines in found.items() if lines}
    assert not problems, "\n".join(
        f"{name}: {line}" for name, lines in problems.items() for line in lines
    )
