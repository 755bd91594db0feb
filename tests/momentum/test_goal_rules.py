"""The pure goal rules: progress within a week, target suggestions, how numbers read."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from nextyes.momentum import goals as rules

D = dt.date
WEEK = (D(2026, 3, 2), D(2026, 3, 8))


def test_it_counts_applications_only_inside_the_week() -> None:
    activity = rules.Activity(
        applications={D(2026, 3, 1): 4, D(2026, 3, 2): 1, D(2026, 3, 8): 2, D(2026, 3, 9): 5}
    )
    assert rules.done_for("applications", 1, activity, *WEEK) == 3


def test_it_counts_outreach_from_touchpoints() -> None:
    activity = rules.Activity(outreach={D(2026, 3, 4): 2, D(2026, 3, 10): 1})
    assert rules.done_for("outreach", 1, activity, *WEEK) == 2


def test_it_counts_hand_logged_amounts_for_that_goal_only() -> None:
    activity = rules.Activity(
        logged={
            7: {D(2026, 3, 3): Decimal("1.5"), D(2026, 3, 5): Decimal("0.5")},
            8: {D(2026, 3, 3): Decimal(4)},
        },
        applications={D(2026, 3, 3): 9},
    )
    assert rules.done_for("learning-hours", 7, activity, *WEEK) == Decimal(2)
    assert rules.done_for("custom", 9, activity, *WEEK) == 0


@pytest.mark.parametrize(
    ("done", "target", "percent", "met"),
    [
        (0, 5, 0, False),
        (2, 5, 40, False),
        (5, 5, 100, True),
        (9, 5, 100, True),
        (1, "0.5", 100, True),
    ],
)
def test_it_turns_progress_into_a_capped_percentage(
    done: int, target: str | int, percent: int, met: bool
) -> None:
    assert rules.percent(done, Decimal(target)) == percent
    assert rules.is_met(done, Decimal(target)) is met


def test_it_takes_the_four_full_weeks_before_this_one() -> None:
    weeks = rules.previous_weeks(D(2026, 3, 9))
    assert weeks[0] == (D(2026, 2, 9), D(2026, 2, 15))
    assert weeks[-1] == (D(2026, 3, 2), D(2026, 3, 8))
    assert len(weeks) == 4


@pytest.mark.parametrize(
    ("totals", "average", "target"),
    [
        ([6, 7, 6, 7], "6.5", 7),  # a little stretch, still within 20%
        ([5, 5, 5, 5], "5", 5),
        ([10, 10, 10, 12], "10.5", 11),
        ([1, 2, 1, 1], "1.3", 1),  # rounding up would be 54% above: stay at the average
        ([2, 3, 2, 3], "2.5", 3),  # 3 is exactly 20% above 2.5
        ([0, 0, 0, 0], "0", 1),  # at least one
        ([0, 0, 1, 0], "0.3", 1),
        ([20, 0, 0, 0], "5", 5),  # one busy week, three quiet ones: the average, not the peak
    ],
)
def test_it_suggests_a_reachable_target(totals: list[int], average: str, target: int) -> None:
    suggestion = rules.suggest_target(totals)
    assert suggestion.average == Decimal(average)
    assert suggestion.target == target
    assert suggestion.target <= max(Decimal(1), Decimal(average) * Decimal("1.2"))


def test_it_says_whether_there_is_history_to_suggest_from() -> None:
    assert not rules.suggest_target([0, 0, 0, 0]).has_history
    assert rules.suggest_target([0, 1, 0, 0]).has_history


def test_it_suggests_from_weekly_totals_of_daily_amounts() -> None:
    weeks = rules.previous_weeks(D(2026, 3, 9))
    by_day = {D(2026, 2, 9): 3, D(2026, 2, 15): 3, D(2026, 3, 8): 7, D(2026, 3, 9): 50}
    assert rules.weekly_totals(by_day, weeks) == [6, 0, 0, 7]


@pytest.mark.parametrize(
    ("amount", "text", "number"),
    [
        (Decimal("6.5"), "6.5", 6.5),
        (Decimal("7.0"), "7", 7),
        (3, "3", 3),
        (Decimal("0.5"), "0.5", 0.5),
    ],
)
def test_it_writes_amounts_the_way_people_do(amount: Decimal, text: str, number: float) -> None:
    assert rules.shown(amount) == text
    assert rules.as_number(amount) == number
    assert type(rules.as_number(Decimal(7))) is int
