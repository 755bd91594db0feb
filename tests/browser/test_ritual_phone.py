"""The ritual after a cold application's no, on a 390 px phone: only what fits that stage, an
untouched scale that stays unsaved, drafts edited before copying, closing words that say what
was done, and no page wider than the phone."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.sync_api import Browser, Page, expect

from nextyes.momentum.models import Break, NextAction
from nextyes.pipeline import services
from nextyes.recovery.models import Ritual
from tests.browser.main_pages import open_context, sign_in
from tests.conftest import make_user

pytestmark = pytest.mark.django_db(transaction=True)


def fits_the_phone(page: Page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, page.url


def save(page: Page, step: int) -> None:
    page.get_by_role("button", name=re.compile("^Save and (continue|finish)$")).click()
    if step < 6:
        expect(page.get_by_text(f"Step {step + 1} of 6")).to_be_visible()


def test_it_fits_a_cold_no_on_a_phone(browser: Browser, site: str) -> None:
    alice = make_user("alice", display_name="Alice", timezone="Europe/Paris")
    today = dt.date.today()
    app = services.create_application(
        alice, company="Northwind", role="Data Engineer", applied_on=today - dt.timedelta(days=9)
    )
    services.move_application(app, "rejected", on=today)
    context = open_context(browser, 390, "light")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site)
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    sign_in(page, site)

    # The panel after the no opens the ritual.
    page.get_by_role("link", name="Take five minutes now").click()
    expect(page.get_by_text("Step 1 of 6")).to_be_visible()
    fits_the_phone(page)

    # 1. Only "Sad" ticked: the scale is left alone and nothing is stored for it.
    page.get_by_label("Sad", exact=True).check()
    save(page, 1)
    ritual = Ritual.objects.get(owner=alice)
    assert (ritual.emotions, ritual.intensity) == (["sad"], None)

    # 2. A cold application: no break pushed, nothing pre-chosen, nothing recorded.
    expect(page.get_by_role("heading", name="A break is up to you")).to_be_visible()
    expect(page.get_by_text("little to recover from")).to_have_count(0)
    fits_the_phone(page)
    save(page, 2)
    assert not Break.objects.exists()

    # 3. No finalists, no interview preparation, no figures from a single application.
    expect(page.get_by_text("close call between finalists")).to_have_count(0)
    expect(page.get_by_text("How I prepared for the conversations")).to_have_count(0)
    expect(page.get_by_text(re.compile("This is rejection"))).to_have_count(0)
    fits_the_phone(page)
    save(page, 3)
    fits_the_phone(page)
    save(page, 4)

    # 5. Nobody to write to yet; naming someone brings drafts that can be edited and copied.
    expect(page.get_by_text(re.compile("nobody in particular to write to"))).to_be_visible()
    page.get_by_label("…or someone new (their name)").fill("Dana Lee")
    save(page, 5)
    page.get_by_role("link", name="Reach out").click()
    thanks = page.locator("#draft-thanks")
    expect(thanks).to_contain_text("Hi Dana,")
    expect(thanks).to_contain_text("reading my application")
    assert "interview" not in thanks.input_value()
    thanks.fill("Hi Dana,\n\nThanks for reading my application. Keep me in mind?\n\nAlice")
    fits_the_phone(page)
    page.locator("[data-draft='thanks'] button.copy").click()
    expect(page.locator("[data-draft='thanks'] button.copy")).to_have_text("Copied")
    assert "Keep me in mind?" in page.evaluate("navigator.clipboard.readText()")
    page.get_by_role("button", name="Skip this step").click()

    # 6. Nothing saved to apply to: that choice is not offered.
    expect(page.get_by_text("Step 6 of 6")).to_be_visible()
    expect(page.get_by_label("Apply to a saved lead")).to_have_count(0)
    page.get_by_label("A small step").check()
    page.get_by_label("In a few words").fill("Tidy my CV's first page")
    fits_the_phone(page)
    save(page, 6)

    # The end says what was done, and only that.
    expect(page.get_by_role("heading", name="You bounced back")).to_be_visible()
    expect(page.get_by_text("You named what you felt: sad.")).to_be_visible()
    expect(page.get_by_text("You chose your next step: Tidy my CV's first page.")).to_be_visible()
    expect(page.get_by_text(re.compile("You gave yourself a break"))).to_have_count(0)
    fits_the_phone(page)
    assert NextAction.objects.get(owner=alice).text == "Tidy my CV's first page"
    assert not errors, errors
    context.close()
