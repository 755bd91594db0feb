"""In Chromium: the fatigue card on Today put off with htmx, and a theme turned into a goal."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from playwright.sync_api import Page, expect

from nextyes.accounts.models import User
from nextyes.lib.dates import today_for
from nextyes.momentum.models import Goal
from nextyes.pipeline import services
from nextyes.pipeline.choices import Stage
from nextyes.recovery.models import Lesson
from tests.browser.test_ritual import sign_in
from tests.conftest import make_user

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def weary_alice() -> User:
    """Busy weeks a month ago, then four no's in two weeks, and lessons about two themes."""
    alice = make_user("alice", display_name="Alice", timezone="Europe/Paris")
    today = today_for(alice)
    for n in range(10):
        services.create_application(
            alice,
            company=f"Early {n}",
            role="Engineer",
            applied_on=today - dt.timedelta(20 + 2 * n),
        )
    for n in range(4):
        app = services.create_application(
            alice, company=f"Later {n}", role="Engineer", applied_on=today - dt.timedelta(40)
        )
        services.move_application(app, Stage.REJECTED, on=today - dt.timedelta(1 + 3 * n))
    for text in (
        "I named my salary too early and too low.",
        "Negotiate the pay package, not only the base salary.",
        "Ask about the salary band before naming a figure.",
        "Practise system design: caching, sharding and queues.",
        "My system design answer had no plan for scaling the database.",
        "Study distributed systems and architecture trade-offs.",
    ):
        Lesson.objects.create(owner=alice, text=text, learned_on=today)
    return alice


def shot(page: Page, name: str) -> None:
    # Pictures for a person to look at, only when asked for.
    folder = os.environ.get("NEXTYES_SCREENSHOTS")
    if folder:
        page.screenshot(path=os.path.join(folder, name), full_page=True)


def test_it_puts_the_card_off_in_place_and_turns_a_theme_into_a_goal(
    page: Page, site: str, weary_alice: User
) -> None:
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    sign_in(page, site)
    card = page.locator(".today-fatigue")
    expect(card).to_contain_text("A lot of no’s lately, and less energy going in")
    expect(card.get_by_role("link", name="Take a planned break")).to_be_visible()
    shot(page, "today-fatigue.png")
    card.get_by_role("button", name="Not now").click()
    expect(page.get_by_role("status")).to_contain_text("That card will stay away for a week")
    expect(page.locator(".today-fatigue")).to_have_count(0)

    page.goto(site + "/insights/themes/")
    theme = page.locator(".theme-card", has_text="salary expectations")
    expect(theme).to_contain_text("I named my salary too early and too low.")
    expect(page.locator(".theme-card", has_text="system design depth")).to_be_visible()
    shot(page, "themes.png")
    theme.get_by_role("button", name="Turn this into a learning goal").click()
    expect(page).to_have_url(site + "/goals/")
    expect(page.locator("main")).to_contain_text("Practise: salary expectations")
    assert Goal.objects.filter(owner=weary_alice, label="Practise: salary expectations").exists()
    assert errors == []
