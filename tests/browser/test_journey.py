"""A new job seeker's first session, in a real Chromium: sign up, track, move, import, export.

It also saves docs/screenshot.png of the board for the README.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from nextyes.pipeline.models import Application

pytestmark = pytest.mark.django_db(transaction=True)

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshot.png"
PASSWORD = "a long and quiet river"

IMPORTED_CSV = """Employer;Position;Stage;Date Applied;Source;URL
Brightwater Labs;Product Analyst;Recruiter Call;14/03/2026;LinkedIn;https://jobs.example/bw/1
Copperline;Data Engineer;Turned Down;02/03/2026;Referral;
Fernhill Health;Analytics Engineer;Onsite;20/03/2026;Company website;
Kestrel & Co;BI Developer;Sleeping on it;25/03/2026;Indeed;
Lumen Transit;Data Analyst;No Response;01/02/2026;Indeed;
"""


def column(page: Page, stage: str):  # type: ignore[no-untyped-def]
    return page.locator(f"section.column[data-stage='{stage}']")


def card(page: Page, role: str):  # type: ignore[no-untyped-def]
    return page.locator("article.card").filter(has_text=role)


def move(page: Page, role: str, stage: str) -> None:
    """With the card's own folded "Move" menu (issue 13), as a keyboard user would."""
    menu = card(page, role).locator(".card-move")
    menu.locator("summary").click()
    menu.get_by_label(re.compile("Move")).select_option(stage)
    menu.get_by_role("button", name="Move", exact=True).click()


def to_board(page: Page) -> None:
    # The board is the Search section's first page (issue 13).
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Search").click()


def sign_up(page: Page, site: str) -> None:
    page.goto(site + "/")
    expect(page.get_by_role("heading", name="Create your account")).to_be_visible()
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Display name").fill("Alice")
    page.get_by_label(re.compile(r"^Password\W*$")).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_text("Your account is ready")).to_be_visible()
    to_board(page)
    expect(page.get_by_role("heading", name="Your board is ready when you are")).to_be_visible()


def add_application(page: Page, company: str, role: str, channel: str, applied: str) -> None:
    page.get_by_role("link", name="Add application").first.click()
    page.get_by_label("Company").fill(company)
    page.get_by_label("Role").fill(role)
    page.get_by_label("Channel").select_option(label=channel)
    page.get_by_label("Date applied").fill(applied)
    page.get_by_role("button", name="Add application").click()
    expect(page.get_by_role("heading", name=re.compile(role))).to_be_visible()
    to_board(page)


def test_it_carries_a_new_user_through_their_search(page: Page, site: str, tmp_path: Path) -> None:
    page.set_default_timeout(10_000)
    page.set_viewport_size({"width": 1440, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    sign_up(page, site)
    add_application(page, "Northwind", "Data Engineer", "Referral", "2026-03-02")
    add_application(page, "Globex", "Analytics Engineer", "Job board", "2026-03-05")
    add_application(page, "Initech", "Platform Engineer", "Company site", "2026-03-09")
    for role in ("Data Engineer", "Analytics Engineer", "Platform Engineer"):
        expect(column(page, "applied").locator("article.card", has_text=role)).to_be_visible()

    # Move with the card's own menu (htmx swaps the columns, no full reload).
    page.evaluate("window.__marker = 'same page'")
    move(page, "Data Engineer", "interview")
    expect(
        column(page, "interview").locator("article.card", has_text="Data Engineer")
    ).to_be_visible()
    assert page.evaluate("window.__marker") == "same page"

    # Drag another card to the screen column.
    card(page, "Analytics Engineer").drag_to(column(page, "screen"))
    expect(
        column(page, "screen").locator("article.card", has_text="Analytics Engineer")
    ).to_be_visible()

    # Then the interview ends in a rejection: the card goes into the Closed drawer, opened.
    move(page, "Data Engineer", "rejected")
    expect(
        column(page, "rejected").locator("article.card", has_text="Data Engineer")
    ).to_be_visible()

    # The timeline tells the story in order.
    column(page, "rejected").get_by_role("link", name="Data Engineer").click()
    timeline = page.locator(".timeline")
    expect(timeline).to_contain_text("Applied")
    expect(timeline).to_contain_text("Interview (round 1)")
    expect(timeline).to_contain_text("Rejected")
    assert Application.objects.get(role="Data Engineer").status == "rejected"

    # Import another tracker's CSV through the mapping page.
    page.get_by_role("navigation", name="Search").get_by_role(
        "link", name="Import / export"
    ).click()
    csv_path = tmp_path / "from-another-tracker.csv"
    csv_path.write_text(IMPORTED_CSV, encoding="utf-8-sig")
    page.locator("input[type=file]").set_input_files(str(csv_path))
    page.get_by_role("button", name="Upload and continue").click()
    expect(page.get_by_text("Sleeping on it")).to_be_visible()
    page.get_by_label("Sleeping on it").select_option("saved")
    page.get_by_role("button", name="Check the rows").click()
    page.get_by_role("button", name="Import 5 applications").click()
    expect(page.get_by_text("Imported 5 applications")).to_be_visible()
    assert Application.objects.get(role="Product Analyst").status == "screen"
    assert Application.objects.get(role="Data Analyst").status == "ghosted"

    # Export everything as one JSON document.
    page.get_by_role("navigation", name="Search").get_by_role(
        "link", name="Import / export"
    ).click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download one JSON file").click()
    exported = json.loads(Path(download_info.value.path()).read_text(encoding="utf-8"))
    roles = {application["role"] for application in exported["applications"]}
    assert {"Data Engineer", "Product Analyst", "Data Analyst"} <= roles
    assert len(exported["applications"]) == 8

    # The board, as the README shows it.
    to_board(page)
    page.locator("#closed > summary").click()
    expect(column(page, "ghosted").locator("article.card", has_text="Data Analyst")).to_be_visible()
    page.set_viewport_size({"width": 1920, "height": 1000})
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=False)
    assert not errors, errors
