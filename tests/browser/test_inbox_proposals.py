"""From a mailbox to the ritual in Chromium: upload an mbox, review the proposals, apply the
rejection, and the same panel as on the board offers the ritual ("Take five minutes now" /
"Later") — with JavaScript (swapped in place) and without (on the next page)."""

from __future__ import annotations

import datetime as dt
import re
from email.utils import format_datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from nextyes.pipeline import services
from nextyes.pipeline.models import Application, StageEvent
from nextyes.recovery.models import Ritual
from tests.browser.test_ritual import sign_in
from tests.conftest import make_user
from tests.inbox.mail_helpers import NEWSLETTER, REJECTION, mbox
from tests.worker.helpers import run_worker

pytestmark = pytest.mark.django_db(transaction=True)


def raw(subject: str, body: str, sender: str, key: str) -> bytes:
    sent = format_datetime(dt.datetime.now(dt.UTC) - dt.timedelta(hours=3))
    return (
        f"From: {sender}\nTo: alice@example.org\nSubject: {subject}\nDate: {sent}\n"
        f"Message-ID: <{key}@test.example>\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


@pytest.fixture
def mailbox(tmp_path: Path) -> Path:
    alice = make_user("alice", display_name="Alice", timezone="Europe/Paris")
    services.create_application(
        alice,
        company="Acme",
        role="Data Analyst",
        applied_on=dt.date.today() - dt.timedelta(days=15),
    )
    return mbox(
        tmp_path / "mail.mbox",
        [
            raw(*REJECTION, "Acme Talent <talent@acme.example>", "no-thanks"),
            raw(*NEWSLETTER, "Garden Club <news@garden.example>", "garden"),
        ],
    )


def _review_and_apply(page: Page, site: str, mailbox: Path, *, marker: bool = False) -> None:
    sign_in(page, site)
    page.goto(site + "/inbox/")
    page.set_input_files("input[type=file]", str(mailbox))
    page.get_by_role("button", name="Upload and import").click()
    expect(page.get_by_text("waiting to start")).to_be_visible(timeout=60_000)
    run_worker()
    page.reload()
    expect(page.get_by_text("Read 2 messages: 1 kept about your search.")).to_be_visible(
        timeout=60_000
    )
    page.get_by_role("link", name="1 proposal to review").click()
    if marker:
        page.evaluate("window.__marker = 'same page'")
    proposal = page.locator("li.proposal").filter(has_text="Acme — Data Analyst")
    expect(proposal).to_contain_text("rejection")
    expect(proposal).to_contain_text(re.compile(r"mark rejected on \d+ \w+"))
    proposal.get_by_role("button", name="Apply").click()
    expect(_panel(page)).to_be_visible()
    expect(_panel(page).get_by_role("heading")).to_have_text("A no from Acme")
    expect(page.get_by_text("Done: Acme: rejected.")).to_be_visible()


def _panel(page: Page):  # type: ignore[no-untyped-def]
    return page.locator("section.rejection-prompt")


def test_it_goes_from_an_uploaded_mbox_to_the_ritual(page: Page, site: str, mailbox: Path) -> None:
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    _review_and_apply(page, site, mailbox, marker=True)
    # The panel came with the swap: still the same page, the decision in place to undo.
    assert page.evaluate("window.__marker") == "same page"
    expect(page.locator("li.proposal", has_text="Acme")).to_contain_text("Undo")
    event = StageEvent.objects.get(stage="rejected")
    assert event.source == "email"
    assert Application.objects.get().status == "rejected"
    _panel(page).get_by_role("link", name="Take five minutes now").click()
    expect(page.get_by_text("Step 1 of 6")).to_be_visible()
    expect(page.get_by_text("After the no from Acme")).to_be_visible()
    assert errors == []


def test_it_works_without_javascript(browser: Browser, site: str, mailbox: Path) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    _review_and_apply(page, site, mailbox)
    # Later: the panel goes and stays gone; the ritual waits on Today.
    _panel(page).get_by_role("button", name="Later").click()
    expect(page.get_by_role("heading", name=re.compile("Proposals"))).to_be_visible()
    expect(_panel(page)).to_have_count(0)
    ritual = Ritual.objects.get()
    assert ritual.prompt_answered and ritual.status == "open"
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Today").click()
    expect(page.get_by_role("link", name=re.compile("After the no from Acme"))).to_be_visible()
    expect(_panel(page)).to_have_count(0)
    # Back on the list, the decision is there to undo.
    page.goto(site + "/inbox/proposals/")
    page.get_by_role("button", name="Undo").click()
    expect(page.get_by_text("Undone: it is as it was before.")).to_be_visible()
    assert Application.objects.get().status == "applied"
    context.close()
