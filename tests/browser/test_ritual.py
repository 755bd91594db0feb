"""A whole rejection ritual in Chromium: from the "no" on the board to the win on Today,
leaving half-way and coming back to the right step."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.sync_api import Page, expect

from nextyes.accounts.models import User
from nextyes.journal.models import Win
from nextyes.momentum.models import Break, NextAction
from nextyes.pipeline import services
from nextyes.pipeline.models import Contact
from nextyes.recovery.models import Lesson, Ritual
from tests.conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def searching_alice() -> User:
    alice = make_user("alice", display_name="Alice", timezone="Europe/Paris")
    today = dt.date.today()
    app = services.create_application(
        alice, company="Northwind", role="Data Engineer", applied_on=today - dt.timedelta(days=12)
    )
    services.move_application(app, "screen", on=today - dt.timedelta(days=8))
    services.move_application(app, "interview", on=today - dt.timedelta(days=4))
    services.create_application(alice, company="Initech", role="Platform Engineer")
    contact = Contact.objects.create(owner=alice, name="Priya Raman", company=app.company)
    contact.applications.add(app)
    return alice


def sign_in(page: Page, site: str) -> None:
    page.goto(site + "/accounts/login/")
    page.get_by_label(re.compile(r"^Username")).fill("alice")
    page.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_it_walks_through_a_ritual_from_the_board_to_a_win(
    page: Page, site: str, searching_alice: User
) -> None:
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    sign_in(page, site)

    # The no arrives: move the card to rejected on the board.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Search").click()
    card = page.locator("article.card").filter(has_text="Data Engineer")
    card.locator(".card-move > summary").click()
    card.get_by_label(re.compile("Move")).select_option("rejected")
    card.get_by_role("button", name="Move", exact=True).click()
    expect(
        page.locator("section.column[data-stage='rejected'] article.card", has_text="Data Engineer")
    ).to_be_visible()
    assert Ritual.objects.filter(owner=searching_alice, status="open").count() == 1

    # Today offers the ritual first.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Today").click()
    page.get_by_role("link", name=re.compile("After the no from Northwind")).click()
    expect(page.get_by_text("Step 1 of 6")).to_be_visible()

    # 1. Feel it.
    page.get_by_label(re.compile("Disappointed", re.I)).check()
    page.get_by_role("group", name="How strong is it, from 0 to 10?").get_by_role(
        "radio", name="7", exact=True
    ).check()
    page.get_by_label("Anything you want to get off your chest").fill("I really liked that team.")
    page.get_by_role("button", name="Save and continue").click()

    # 2. Pause: a break sized for an interview-stage no, taken as suggested.
    expect(page.get_by_text("Step 2 of 6")).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile("We suggest"))).to_be_visible()
    page.get_by_label(re.compile("Take a day or two off")).check()
    page.get_by_role("button", name="Save and continue").click()

    # 3. Perspective, with their own numbers.
    expect(page.get_by_text("Step 3 of 6")).to_be_visible()
    expect(page.get_by_text(re.compile(r"Your own figures appear here once"))).to_be_visible()
    page.get_by_label("They went with someone from inside").check()
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_text("Step 4 of 6")).to_be_visible()

    # Leave half-way; Today brings them back to the step where they stopped.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Today").click()
    page.get_by_role("link", name=re.compile("pick up where you left off")).click()
    expect(page.get_by_text("Step 4 of 6")).to_be_visible()
    expect(page.get_by_role("heading", name="Learn", exact=True)).to_be_visible()

    # 4. Learn.
    page.get_by_label("A lesson, in your own words").fill(
        "Bring one number-backed story for each requirement."
    )
    page.get_by_label("Tags").fill("interviews, stories")
    page.get_by_role("button", name="Save and continue").click()

    # 5. Reach out: the drafts are there, filled in and editable; skip for now.
    expect(page.get_by_text("Step 5 of 6")).to_be_visible()
    expect(page.locator("textarea#draft-thanks")).to_contain_text("Northwind")
    expect(page.locator("textarea#draft-thanks")).to_be_editable()
    page.get_by_role("button", name="Skip this step").click()

    # 6. Next step: apply to the saved lead, then finish.
    expect(page.get_by_text("Step 6 of 6")).to_be_visible()
    page.get_by_label("Apply to a saved lead").check()
    lead = page.get_by_label("The saved lead to apply to")
    expect(lead).to_contain_text("Initech")
    lead.select_option(index=1)
    page.get_by_role("button", name="Save and finish").click()
    # Wait for the finish to land before leaving, or the next click can cancel the POST.
    expect(page.get_by_role("heading", name="You bounced back")).to_be_visible()

    # The win is on Today, the ritual is done.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Today").click()
    expect(page.get_by_text(re.compile("Bounced back from the no at Northwind"))).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("After the no from Northwind"))).to_have_count(
        0
    )

    ritual = Ritual.objects.get(owner=searching_alice)
    assert ritual.status == "finished"
    assert ritual.emotions == ["disappointed"] and ritual.intensity == 7
    assert "internal-candidate" in ritual.outside_factors
    assert Lesson.objects.get(owner=searching_alice).tag_list == ["interviews", "stories"]
    assert Break.objects.filter(owner=searching_alice, ritual=ritual).exists()
    chosen = NextAction.objects.get(owner=searching_alice, ritual=ritual).application
    assert chosen is not None and chosen.role == ("Platform Engineer")
    assert Win.objects.filter(owner=searching_alice, source_key=f"ritual:{ritual.pk}").count() == 1
    assert not errors, errors
