"""A thought record in Chromium: suggestions appear as the thought is typed, one is confirmed
and one dropped, a fact from the tracker goes into the evidence, and the list shows the drop."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from nextyes.accounts.models import User
from nextyes.journal.models import ThoughtRecord, TrapSuggestion
from nextyes.journal.selectors.thoughts import resume_step
from nextyes.pipeline import services
from tests.browser.test_ritual import sign_in
from tests.conftest import make_user

pytestmark = pytest.mark.django_db(transaction=True)
THOUGHT = "I always mess up final rounds, I'll never get hired anywhere"
FACT = "3 employers invited you to interview in the last 2 months."


@pytest.fixture
def invited_alice() -> User:
    alice = make_user("alice", display_name="Alice", timezone="Europe/Paris")
    today = dt.date.today()
    for n, company in enumerate(("Northwind", "Initech", "Globex")):
        app = services.create_application(
            alice, company=company, role="Analyst", applied_on=today - dt.timedelta(days=30)
        )
        services.move_application(app, "interview", on=today - dt.timedelta(days=5 + 7 * n))
    return alice


def slide(slider: Locator, value: int) -> None:
    """Move a range input as a person would, so the page's script sees the input event."""
    slider.evaluate(
        "(el, v) => { el.value = v; el.dispatchEvent(new Event('input', {bubbles: true})); }",
        str(value),
    )


def test_it_looks_at_a_thought_from_suggestions_to_a_lighter_feeling(
    page: Page, site: str, invited_alice: User
) -> None:
    page.set_default_timeout(10_000)
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on(
        "console",
        lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None,
    )
    sign_in(page, site)
    page.goto(site + "/thoughts/")
    page.get_by_role("link", name="Look at a thought").click()

    # 1. Situation.
    page.get_by_label("What happened?").fill("The no from Northwind after the final round.")
    page.get_by_role("button", name="Save and continue").click()

    # 2. The thought: suggestions come as it is typed, before anything is saved.
    expect(page.get_by_text("Step 2 of 7")).to_be_visible()
    page.get_by_label("What went through your mind?").press_sequentially(THOUGHT, delay=5)
    suggestions = page.locator("#trap-suggestions li.trap")
    expect(suggestions.first).to_be_visible()
    expect(page.locator("#trap-suggestions")).to_contain_text("Suggestions, never verdicts")
    expect(page.locator("#trap-suggestions")).to_contain_text(
        re.compile("Overgeneralisation|fortune telling")
    )
    assert suggestions.count() >= 2, "two traps are suggested for this thought"
    first, second = suggestions.nth(0), suggestions.nth(1)
    first_slug, second_slug = first.get_attribute("data-trap"), second.get_attribute("data-trap")
    first.get_by_role("button", name=re.compile("^This fits")).click()
    expect(page.locator(f"li[data-trap='{first_slug}']")).to_contain_text("You said this one fits.")
    # The answer is swapped in place and the keyboard stays where it was.
    expect(page.locator(f"#trap-{first_slug}-yes")).to_be_focused()
    expect(page.locator(f"#trap-{first_slug}-yes")).to_have_attribute("aria-pressed", "true")
    page.locator(f"li[data-trap='{second_slug}']").get_by_role(
        "button", name=re.compile("^Not this one")
    ).click()
    expect(page.locator(f"li[data-trap='{second_slug}']")).to_contain_text("You dropped this one.")
    page.get_by_role("button", name="Save and continue").click()

    # 3. Feelings: moving a slider ticks its feeling and shows the number.
    expect(page.get_by_text("Step 3 of 7")).to_be_visible()
    slide(page.locator("#id_level_disappointed"), 80)
    expect(page.locator("#level-disappointed-value")).to_have_text("80")
    expect(page.get_by_role("checkbox", name="Disappointed")).to_be_checked()
    page.get_by_role("button", name="Save and continue").click()

    # 4. Traps: the answers are kept.
    expect(page.get_by_text("Step 4 of 7")).to_be_visible()
    expect(page.locator(f"li[data-trap='{first_slug}']")).to_contain_text("You said this one fits.")
    page.get_by_role("button", name="Save and continue").click()

    # 5. Evidence: a fact from their own tracker, added with one click.
    expect(page.get_by_text("Step 5 of 7")).to_be_visible()
    expect(page.locator("#thought-facts")).to_contain_text(FACT)
    page.locator("li.fact", has_text=FACT).get_by_role("button", name="Add to my evidence").click()
    expect(page.get_by_label("What does not fit the thought?")).to_have_value(FACT)
    page.get_by_role("button", name="Save and continue").click()

    # 6. A balanced thought.
    expect(page.get_by_text("Step 6 of 7")).to_be_visible()
    page.get_by_label("A fairer way to put it").fill(
        "This no hurt, and employers keep inviting me: I'm in the running."
    )
    page.get_by_role("button", name="Save and continue").click()

    # 7. Re-rate, and finish.
    expect(page.get_by_text("Step 7 of 7")).to_be_visible()
    slide(page.locator("#id_after_disappointed"), 40)
    page.get_by_role("button", name="Save and finish").click()
    expect(page.get_by_text("The strongest feeling went from 80 to 40 out of 100.")).to_be_visible()

    # The list shows the change in intensity.
    page.get_by_role("link", name="All thought records").click()
    expect(page.locator("svg.thought-chart")).to_be_visible()
    row = page.locator("table.thought-table tbody tr").first
    expect(row).to_contain_text("80 → 40")
    expect(row).to_contain_text("eased 40")
    expect(page.get_by_text(re.compile("eased by 40 points on average"))).to_be_visible()

    record = ThoughtRecord.objects.get(owner=invited_alice)
    assert record.thought == THOUGHT
    assert record.evidence_against == FACT
    answers = dict(TrapSuggestion.objects.filter(record=record).values_list("slug", "confirmed"))
    assert first_slug is not None and second_slug is not None
    assert answers[first_slug] is True and answers[second_slug] is False
    assert record.traps == [first_slug]
    assert not problems, problems


def test_it_works_with_javascript_off(browser: Browser, site: str, invited_alice: User) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    sign_in(page, site)
    page.goto(site + "/thoughts/new/")
    page.get_by_role("button", name="Skip this step").click()

    # Without live suggestions, saving the thought brings them on the traps step.
    page.get_by_label("What went through your mind?").fill(THOUGHT)
    page.get_by_role("button", name="Save and continue").click()
    page.get_by_role("button", name="Skip this step").click()
    expect(page.get_by_text("Step 4 of 7")).to_be_visible()
    first = page.locator("#trap-suggestions li.trap").first
    slug = first.get_attribute("data-trap")
    first.get_by_role("button", name=re.compile("^This fits")).click()
    expect(page.locator(f"li[data-trap='{slug}']")).to_contain_text("You said this one fits.")
    page.get_by_role("button", name="Save and continue").click()

    # "Add to my evidence" posts the page: what was typed stays, the fact is added.
    page.get_by_label("What makes the thought feel true?").fill("Two no's this week")
    page.locator("li.fact", has_text=FACT).get_by_role("button", name="Add to my evidence").click()
    expect(page.get_by_label("What does not fit the thought?")).to_have_value(FACT)
    expect(page.get_by_label("What makes the thought feel true?")).to_have_value(
        "Two no's this week"
    )
    expect(page.locator("li.fact", has_text=FACT)).to_contain_text("In your evidence")
    context.close()

    record = ThoughtRecord.objects.get(owner=invited_alice)
    assert record.traps == [slug]
    assert resume_step(record) == "evidence"
