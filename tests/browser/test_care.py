"""Care and calm in Chromium: breathing with reduced motion, the help page, the support panel."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from nextyes.accounts.models import User
from nextyes.journal.models import SupportFlag
from tests.browser.test_ritual import sign_in
from tests.conftest import make_user
from tests.recovery.helpers import rejected

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def alice() -> User:
    return make_user("alice", display_name="Alice", timezone="Europe/Paris")


def test_it_breathes_with_words_and_no_movement_under_reduced_motion(
    page: Page, site: str, alice: User
) -> None:
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.emulate_media(reduced_motion="reduce")
    sign_in(page, site)
    page.goto(site + reverse("journal:breathe"))
    cue = page.locator("[data-breath-cue]")
    expect(cue).to_have_attribute("aria-live", "polite")
    expect(cue).to_have_text("Ready when you are.")
    page.get_by_role("button", name="Start").click()
    expect(cue).to_have_text("Breathe in…")
    # Nothing moves: the dot is hidden and has no animation.
    dot = page.locator(".breath-dot")
    expect(dot).to_be_hidden()
    assert dot.evaluate("el => getComputedStyle(el).animationName") == "none"
    expect(page.locator("[data-breath-count]")).to_have_text(re.compile(r"^[1-4]$"))
    expect(cue).to_have_text("Hold…", timeout=6_000)
    page.get_by_role("button", name="Pause").click()
    expect(cue).to_have_text(re.compile("Paused"))
    assert errors == []


def test_it_moves_the_dot_round_the_square_by_default(page: Page, site: str, alice: User) -> None:
    page.set_default_timeout(10_000)
    page.emulate_media(reduced_motion="no-preference")
    sign_in(page, site)
    page.goto(site + reverse("journal:breathe"))
    page.get_by_role("button", name="Start").click()
    dot = page.locator(".breath-dot")
    expect(dot).to_be_visible()
    assert dot.evaluate("el => getComputedStyle(el).animationName") == "breath-walk"


def test_it_switches_helplines_by_country_for_a_visitor(page: Page, site: str, alice: User) -> None:
    page.set_default_timeout(10_000)
    page.goto(site + "/accounts/login/")
    page.get_by_role("link", name="Need help now?").click()
    expect(page.get_by_role("heading", name="Need help now?")).to_be_visible()
    expect(page.get_by_text("call your local emergency number").first).to_be_visible()
    page.get_by_label("Where are you?").select_option("FR")
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_role("heading", name="Helplines in France")).to_be_visible()
    expect(page.get_by_role("link", name="3114", exact=True)).to_have_attribute("href", "tel:3114")
    page.get_by_label("Where are you?").select_option("AU")
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_role("link", name="13 11 14")).to_have_attribute("href", "tel:131114")


def test_it_offers_support_after_a_worrying_ritual_note_until_im_fine(
    page: Page, site: str, alice: User
) -> None:
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    _app, ritual = rejected(alice)
    sign_in(page, site)
    page.goto(site + reverse("recovery:ritual_step", kwargs={"pk": ritual.pk, "step": "feel"}))
    note = "Some nights I think everyone would be better off without me"
    page.get_by_label("Anything you want to get off your chest").fill(note)
    page.get_by_role("button", name="Save and continue").click()
    expect(page).to_have_url(re.compile(r"/pause/?$"))

    page.goto(site + reverse("momentum:today"))
    panel = page.locator("#care-panel")
    expect(panel).to_be_visible()
    expect(panel.get_by_role("heading", name="You matter more than any job")).to_be_visible()
    expect(panel.get_by_role("link", name="More help, by country")).to_be_visible()
    panel.get_by_role("button", name="I'm fine, thanks").click()
    expect(page.get_by_text("Help stays one click away")).to_be_visible()
    expect(page.locator("#care-panel")).to_have_count(0)
    assert SupportFlag.objects.get(owner=alice).answered_at is not None
    # The note itself was kept as written.
    ritual.refresh_from_db()
    assert ritual.feeling_note == note
    page.reload()
    expect(page.locator("#care-panel")).to_have_count(0)
    assert errors == []


def test_it_lets_the_unsent_letter_go_without_sending_a_byte(
    page: Page, site: str, alice: User
) -> None:
    page.set_default_timeout(10_000)
    sign_in(page, site)
    page.goto(site + reverse("journal:letter"))
    sent: list[str] = []
    # Only what could carry words counts (the browser may still fetch its favicon).
    page.on(
        "request",
        lambda r: (
            sent.append(f"{r.method} {r.url}") if r.method != "GET" or "zqxw" in r.url else None
        ),
    )
    letter = page.get_by_label("Dear…")
    letter.fill("Dear Globex, eleven weeks of silence. zqxw-4417")
    page.get_by_role("button", name="Let it go").click()
    expect(letter).to_have_value("")
    expect(page.get_by_role("status")).to_contain_text("Gone. Nothing was kept.")
    expect(letter).to_be_focused()
    assert sent == []
