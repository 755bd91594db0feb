"""Break sizing and the person's own numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from nextyes.accounts.models import User
from nextyes.lib.dates import today_for
from nextyes.pipeline import services
from nextyes.recovery import content
from nextyes.recovery.selectors import (
    deepest_stage,
    perspective_numbers,
    resume_on,
    size_break,
    suggest_break,
)
from nextyes.recovery.services import open_ritual
from tests.recovery.helpers import rejected


@pytest.mark.parametrize(
    ("events", "size"),
    [
        ([("applied", None), ("rejected", None)], "none"),
        ([("saved", None), ("applied", None), ("acknowledged", None)], "none"),
        ([("applied", None), ("screen", None), ("rejected", None)], "evening"),
        ([("applied", None), ("interview", 1), ("rejected", None)], "days"),
        ([("applied", None), ("assessment", None), ("rejected", None)], "days"),
        ([("interview", 1), ("interview", 2), ("rejected", None)], "weekend"),
        ([("interview", 3)], "weekend"),  # a third round recorded on its own is a final round
        ([("interview", 1), ("offer", None), ("rejected", None)], "weekend"),
        ([], "none"),
    ],
)
def test_it_sizes_the_break_by_how_far_it_went(
    events: list[tuple[str, int | None]], size: str
) -> None:
    assert size_break(events).slug == size


def test_it_ignores_endings_when_finding_the_deepest_stage() -> None:
    assert deepest_stage([("applied", None), ("rejected", None)]) == "applied"
    assert deepest_stage([("screen", None), ("ghosted", None)]) == "screen"


@pytest.mark.parametrize(
    ("today", "size", "resume"),
    [
        (dt.date(2026, 3, 4), content.BREAK_NONE, dt.date(2026, 3, 4)),
        (dt.date(2026, 3, 4), content.BREAK_EVENING, dt.date(2026, 3, 5)),
        (dt.date(2026, 3, 4), content.BREAK_DAYS, dt.date(2026, 3, 6)),
        (dt.date(2026, 3, 4), content.BREAK_WEEKEND, dt.date(2026, 3, 9)),  # Wednesday → Monday
        (dt.date(2026, 3, 6), content.BREAK_WEEKEND, dt.date(2026, 3, 9)),  # Friday → Monday
        (dt.date(2026, 3, 8), content.BREAK_WEEKEND, dt.date(2026, 3, 9)),  # Sunday → Monday
        (dt.date(2026, 3, 9), content.BREAK_WEEKEND, dt.date(2026, 3, 16)),  # Monday → next one
    ],
)
def test_it_picks_the_day_to_resume(
    today: dt.date, size: content.BreakSize, resume: dt.date
) -> None:
    assert resume_on(size, today) == resume


def test_it_suggests_by_the_deepest_application_of_a_combined_ritual(alice: User) -> None:
    today = today_for(alice)
    cold = services.create_application(alice, company="Cold", role="A", applied_on=today)
    deep = services.create_application(alice, company="Deep", role="B", applied_on=today)
    services.move_application(deep, "interview", on=today)
    services.move_application(deep, "interview", on=today)
    ritual = open_ritual(alice, cold)
    assert suggest_break(ritual, today).size is content.BREAK_NONE
    ritual.applications.add(deep)
    suggestion = suggest_break(ritual, today)
    assert (suggestion.size, suggestion.stage) == (content.BREAK_WEEKEND, "interview")


def test_it_counts_rejections_applications_and_conversations(alice: User, bob: User) -> None:
    today = today_for(alice)
    services.create_application(alice, company="Lead", role="Saved only")  # not sent
    for name in ("Quiet", "Waiting"):
        services.create_application(alice, company=name, role="A", applied_on=today)
    earlier = services.create_application(alice, company="Earlier", role="A", applied_on=today)
    services.move_application(earlier, "screen", on=today)
    services.move_application(earlier, "rejected", on=today - dt.timedelta(days=30))
    rejected(bob)  # someone else's numbers never count
    _app, ritual = rejected(alice, stages=("interview",))
    numbers = perspective_numbers(ritual)
    assert (numbers.rejections, numbers.applications, numbers.conversations) == (2, 4, 2)


def test_it_counts_only_up_to_the_rituals_rejection(alice: User) -> None:
    _app, ritual = rejected(alice)
    later = services.create_application(
        alice, company="Later", role="A", applied_on=today_for(alice) + dt.timedelta(days=3)
    )
    assert later.applied_on is not None
    assert perspective_numbers(ritual).applications == 1
