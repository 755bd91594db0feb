"""In Chromium: one tap from Today checks in (htmx), the calendar shows the day, the form is quick."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.sync_api import Page, expect

from nextyes.accounts.models import User
from nextyes.journal.models import CheckIn
from nextyes.lib.dates import today_for
from tests.browser.test_ritual import sign_in
from tests.conftest import make_user

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def low_alice() -> User:
    """Alice, with a hard fortnight of check-ins behind her."""
    alice = make_user("alice", display_name="Alice", timezone="Europe/Paris")
    today = today_for(alice)
    for back, mood in enumerate([2, 1, 2, 2, 3, 2], start=1):
        CheckIn.objects.create(owner=alice, day=today - dt.timedelta(days=back), mood=mood)
    return alice


def test_it_checks_in_with_one_tap_and_shows_it_on_the_calendar(
    page: Page, site: str, low_alice: User
) -> None:
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    sign_in(page, site)
    page.goto(site + "/")

    card = page.locator("#today-checkin")
    expect(card.get_by_role("heading", name="How are you today?")).to_be_visible()
    # One tap: htmx swaps the card in place, no page load.
    page.evaluate("window.__stayed = true")
    card.get_by_role("button", name="Good", exact=True).click()
    expect(page.locator("#today-checkin")).to_contain_text("Checked in: Good")
    assert page.evaluate("window.__stayed") is True
    saved = CheckIn.objects.get(owner=low_alice, day=today_for(low_alice))
    assert saved.mood == 4

    # The gentle card after a low stretch, put off with htmx.
    care = page.locator("#today-care")
    expect(care).to_contain_text("a friend, a mentor or a professional")
    care.get_by_role("button", name="Not now").click()
    expect(page.get_by_text("We will leave that for a week")).to_be_visible()

    # "change" opens today's form; the calendar shows the day in words and colour.
    page.locator("#today-checkin").get_by_role("link", name="change").click()
    expect(page.get_by_role("heading", name="How are you today?")).to_be_visible()
    expect(page.get_by_role("radio", name="Good", exact=True)).to_be_checked()
    page.get_by_role("link", name="Your year at a glance").click()
    today = today_for(low_alice)
    cell = page.locator("td.day.mood-4[title$=': Good']").first
    expect(cell).to_have_attribute("title", f"{today:%a} {today.day} {today:%B}: Good")
    expect(page.locator("#chart-mood svg")).to_be_visible()
    assert errors == []


def test_the_full_form_works_with_the_keyboard(page: Page, site: str, low_alice: User) -> None:
    page.set_default_timeout(10_000)
    sign_in(page, site)
    page.goto(site + "/checkin/")
    page.get_by_role("radio", name=re.compile(r"Okay$")).check()
    page.get_by_text("Add a little more (optional)").click()
    page.get_by_role("checkbox", name="Hopeful").check()
    page.get_by_label("Hours slept").fill("7.5")
    page.get_by_label("A note, if you like").fill("Walked by the river")
    page.get_by_role("button", name="Check in").click()
    expect(
        page.get_by_text("Checked in. Thank you for taking a moment for yourself.")
    ).to_be_visible()
    saved = CheckIn.objects.get(owner=low_alice, day=today_for(low_alice))
    assert (saved.mood, saved.emotions, str(saved.sleep_hours), saved.note) == (
        3,
        ["hopeful"],
        "7.5",
        "Walked by the river",
    )
