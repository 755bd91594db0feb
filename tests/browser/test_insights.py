"""In Chromium: the demo account's Insights page draws every chart, each with its table."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from nextyes.accounts.models import User
from nextyes.home.demo import build_demo
from nextyes.pipeline.models import Application
from tests.browser.test_ritual import sign_in
from tests.conftest import make_user

pytestmark = pytest.mark.django_db(transaction=True)

CHARTS = ("funnel", "weekly", "response", "channels", "mood")


@pytest.fixture
def demo_alice() -> User:
    alice = make_user("alice", display_name="Alice", timezone="Europe/Paris")
    build_demo(alice)
    return alice


def test_it_renders_every_chart_and_table_for_the_demo_search(
    page: Page, site: str, demo_alice: User
) -> None:
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    sign_in(page, site)

    page.get_by_role("link", name="Insights").first.click()
    expect(page.get_by_role("heading", name="Insights", level=1)).to_be_visible()

    # The funnel table counts the demo's applications, step by step.
    applied = Application.objects.filter(owner=demo_alice).exclude(status="saved").count()
    funnel_rows = page.locator("#funnel table tbody tr")
    expect(funnel_rows.first).to_contain_text(str(applied))
    expect(funnel_rows).to_have_count(6)
    expect(page.locator("#odds")).to_contain_text("not a promise")

    for key in CHARTS:
        figure = page.locator(f"#chart-{key}")
        expect(figure).to_be_visible()
        expect(figure.locator(".empty")).to_have_count(0)
        svg = figure.locator("svg")
        expect(svg).to_have_count(1)
        # Something is drawn: bars or lines with a real size, not an empty frame.
        assert svg.locator("rect, path, line, circle").count() > 3, key
        box = svg.bounding_box()
        assert box is not None and box["width"] > 200 and box["height"] > 80, key
        rows = figure.locator("table.chart-table tbody tr")
        assert rows.count() >= 2, key
        # Every table cell after the row heading holds a number or a range.
        first_row = rows.first.locator("td")
        assert any(re.search(r"\d", t) for t in first_row.all_inner_texts()), key

    # The weekly review is one click away, in the Insights section's own navigation.
    page.get_by_role("navigation", name="Insights").get_by_role(
        "link", name="Weekly review"
    ).click()
    expect(page).to_have_url(re.compile(r"/review/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Weekly review")

    assert errors == []
    # No request left this server: charts are drawn here, not fetched.
    assert all(url.startswith(site) for url in requests), [u for u in requests if site not in u]
