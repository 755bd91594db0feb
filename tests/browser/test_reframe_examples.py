"""The balanced-thought step in Chromium: example reframes of a similar thought are shown as
examples to adapt, the field stays the person's own, and nothing overflows on a phone or a laptop.

NEXTYES_SCREENSHOTS=/some/dir keeps a screenshot of each width there, for a look by eye.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from nextyes.journal.models import ThoughtRecord
from nextyes.journal.services.thoughts import save_step, start_record
from tests.browser.test_ritual import sign_in
from tests.conftest import make_user

pytestmark = pytest.mark.django_db(transaction=True)
THOUGHT = "Another rejection after the final round. I'll never get hired."


@pytest.fixture
def record() -> ThoughtRecord:
    alice = make_user("alice", display_name="Alice", timezone="Europe/Paris")
    record = start_record(alice, situation="The no from Northwind")
    save_step(record, "thought", {"thought": THOUGHT})
    save_step(
        record,
        "evidence",
        {"evidence_against": "Three interviews this month.\nThey asked me back twice."},
    )
    return record


@pytest.mark.parametrize("width", [390, 1366])
def test_it_shows_examples_to_adapt_beside_an_empty_field(
    page: Page, site: str, record: ThoughtRecord, width: int
) -> None:
    page.set_default_timeout(10_000)
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, site)
    page.goto(f"{site}/thoughts/{record.pk}/step/balanced/")

    examples = page.get_by_role("region", name="Example reframes of similar thoughts")
    expect(examples).to_be_visible()
    expect(examples).to_contain_text("Examples to adapt, not answers.")
    assert 2 <= examples.locator("li").count() <= 3
    expect(examples.locator("dt").first).to_have_text("A similar thought")
    field = page.get_by_label("A fairer way to put it")
    expect(field).to_have_value("")

    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert not overflow
    if shots := os.environ.get("NEXTYES_SCREENSHOTS"):
        page.screenshot(path=str(Path(shots) / f"balanced-{width}.png"), full_page=True)

    field.fill("One no after a final round still means I got close.")
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("heading", level=1)).not_to_have_text("Balanced thought")
    record.refresh_from_db()
    assert record.balanced_thought == "One no after a final round still means I got close."


def test_it_needs_no_javascript(browser: Browser, site: str, record: ThoughtRecord) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    sign_in(page, site)
    page.goto(f"{site}/thoughts/{record.pk}/step/balanced/")
    expect(page.get_by_role("region", name="Example reframes of similar thoughts")).to_be_visible()
    context.close()
