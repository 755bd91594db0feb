"""In Chromium at 390 px: the Insights charts' labels stay readable (at least 11 px on screen,
the viewBox's scale included), and every chart and table scrolls inside its own box."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from tests.browser.main_pages import demo_person, open_context, sign_in

pytestmark = pytest.mark.django_db(transaction=True)

# Each <text>'s font size times the scale the SVG is drawn at: what the eye gets.
SIZES = """() => [...document.querySelectorAll('svg.chart text')].map(t => ({
    chart: t.closest('figure').id,
    label: t.textContent,
    px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,
    height: t.getBoundingClientRect().height,
}))"""

# Every table and chart on the page sits in a box no wider than the page.
BOXES = """() => [...document.querySelectorAll('main table, main svg.chart')].map(e => ({
    what: e.tagName + (e.closest('[id]') ? '#' + e.closest('[id]').id : ''),
    scroller: getComputedStyle(e.parentElement).overflowX,
    boxRight: e.parentElement.getBoundingClientRect().right,
}))"""


def test_chart_labels_are_readable_on_a_phone(browser: Browser, site: str) -> None:
    demo_person()
    context = open_context(browser, 390, "light")
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, site)
    page.goto(site + "/insights/")

    sizes = page.evaluate(SIZES)
    assert len(sizes) > 20
    small = [s for s in sizes if s["px"] < 11 or s["height"] < 11]
    assert not small, small[:5]

    for box in page.evaluate(BOXES):
        assert box["scroller"] in {"auto", "scroll"}, box
        assert box["boxRight"] <= 390, box
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()
