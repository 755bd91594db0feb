"""The bookmarklet in a real browser: on a job page served from another site, it opens NextYes
with the ad filled in, and confirming saves the lead."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from playwright.sync_api import Browser, expect

from nextyes.pipeline.models import Application
from tests.browser.main_pages import sign_in
from tests.conftest import make_user

pytestmark = pytest.mark.django_db(transaction=True)

PAGES = Path(__file__).parent.parent / "pipeline" / "job_pages"


class QuietHandler(SimpleHTTPRequestHandler):
    # Any: the signature of BaseHTTPRequestHandler.log_message, which takes printf arguments
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def job_board() -> Iterator[str]:
    """The saved job pages, served from 127.0.0.1 while NextYes runs on localhost: another site,
    so the browser treats the bookmarklet's post as cross-site, cookies and all."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(PAGES)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_the_bookmarklet_saves_a_job_from_another_site(
    browser: Browser, site: str, job_board: str
) -> None:
    alice = make_user("alice")
    assert "localhost" in site  # the job board is on 127.0.0.1: another site
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, site)
    page.goto(site + "/accounts/profile/")
    link = page.get_by_role("link", name="Save to NextYes")
    href = link.get_attribute("href")
    assert href and href.startswith("javascript:")
    code = unquote(href.removeprefix("javascript:"))

    page.goto(job_board + "/personio.html")
    with context.expect_page() as opened:
        page.evaluate(code)
    nextyes = opened.value
    nextyes.set_default_timeout(15_000)
    # Through the relay page and on to the form, now with the session cookie.
    expect(nextyes.get_by_role("heading", level=1)).to_have_text("Save this job?")
    expect(nextyes.get_by_label("Company")).to_have_value("Fernweh Räder GmbH")
    expect(nextyes.get_by_label("Role")).to_have_value("Werkstudent (m/w/d) Marketing")
    expect(nextyes.get_by_label("Applications close")).to_have_value("")
    expect(nextyes.get_by_label("Salary range")).to_have_value("€16 an hour")
    expect(nextyes.get_by_label("Location")).to_have_value("Hamburg, DE; Bremen, DE")
    nextyes.get_by_role("button", name="Save this job").click()
    expect(nextyes.get_by_role("heading", level=1)).to_contain_text("Werkstudent")

    saved = Application.objects.get(owner=alice)
    assert (saved.company.name, saved.status) == ("Fernweh Räder GmbH", "saved")
    assert saved.link == job_board + "/personio.html"
    assert saved.job_description.startswith("Deine Aufgaben")
    context.close()


def test_the_closing_date_reaches_the_form(browser: Browser, site: str, job_board: str) -> None:
    alice = make_user("alice")
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, site)
    page.goto(site + "/accounts/profile/")
    href = page.get_by_role("link", name="Save to NextYes").get_attribute("href") or ""
    page.goto(job_board + "/successfactors.html")
    with context.expect_page() as opened:
        page.evaluate(unquote(href.removeprefix("javascript:")))
    nextyes = opened.value
    expect(nextyes.get_by_label("Company")).to_have_value("Alpenluft Flugsicherung")
    expect(nextyes.get_by_label("Role")).to_have_value("Network Architect (80-100%)")
    expect(nextyes.get_by_label("Applications close")).to_have_value("2026-12-31")
    nextyes.get_by_role("button", name="Save this job").click()
    expect(nextyes.get_by_role("heading", level=1)).to_contain_text("Network Architect")
    saved = Application.objects.get(owner=alice)
    assert saved.closes_on == dt.date(2026, 12, 31)
    context.close()
