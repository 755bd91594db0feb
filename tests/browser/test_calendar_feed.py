"""In Chromium, on a phone-sized screen: copy the calendar link from the profile page, read the
feed with it as a calendar app would, then make a new link and see the old one answer 404.

Leaves calendar-390.png (the profile page's calendar part) in NEXTYES_SCREENSHOTS (default: the
temp folder), for a look by eye.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import urllib.error
import urllib.request
import zoneinfo
from pathlib import Path

import pytest
from icalendar import Calendar
from playwright.sync_api import Page, expect

from nextyes.accounts.models import User
from nextyes.pipeline import services
from tests.browser.test_ritual import sign_in
from tests.conftest import make_user

pytestmark = pytest.mark.django_db(transaction=True)


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def alice(site: str) -> User:
    alice = make_user("alice", display_name="Alice", timezone="Europe/Paris")
    app = services.create_application(alice, company="Northwind", role="Data Engineer")
    at = dt.datetime(2026, 12, 8, 10, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Paris"))
    services.schedule_interview(app, at, kind="video", location="https://meet.example/abc")
    return alice


def test_it_copies_the_link_reads_the_feed_and_makes_a_new_link(
    page: Page, site: str, alice: User
) -> None:
    page.set_default_timeout(10_000)
    page.set_viewport_size({"width": 390, "height": 844})
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    sign_in(page, site)

    page.goto(site + "/accounts/profile/")
    expect(page.get_by_role("heading", name="Your dates in your own calendar")).to_be_visible()
    link = page.get_by_label("Your calendar link").input_value()
    assert link.startswith(f"{site}/calendar/") and link.endswith(".ics")
    page.get_by_role("button", name="Copy link").click()
    expect(page.get_by_role("button", name="Copied")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == link
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shots = Path(os.environ.get("NEXTYES_SCREENSHOTS", tempfile.gettempdir()))
    page.locator("#calendar-feed").screenshot(path=str(shots / "calendar-390.png"))

    # A calendar app: no cookies, only the address.
    with urllib.request.urlopen(link) as response:
        assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
        (event,) = Calendar.from_ical(response.read()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Interview: Data Engineer at Northwind"
    assert event.decoded("DTSTART").strftime("%Y-%m-%d %H:%M %Z") == "2026-12-08 10:30 CET"

    page.get_by_role("link", name="Make a new link…").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Make a new calendar link?")
    page.get_by_role("button", name="Yes, make a new link").click()
    expect(page.get_by_text("Here is your new calendar link.")).to_be_visible()
    new = page.get_by_label("Your calendar link").input_value()
    assert new != link
    assert (_status(link), _status(new)) == (404, 200)
    assert errors == []
