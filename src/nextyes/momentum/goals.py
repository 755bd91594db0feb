"""Goal arithmetic, free of the database: progress within a week and target suggestions.

Selectors gather what the person did (counts and amounts per day); these functions decide what it
means for a goal, so every rule can be tested on plain dates and numbers.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal(0)
# A suggested target stays within this much above the recent average, so it stays reachable.
STRETCH = Decimal("1.2")
SUGGESTION_WEEKS = 4

Amounts = Mapping[dt.date, Decimal | int]


@dataclass(frozen=True)
class Activity:
    """What the person did, per day: the only data goal progress is computed from."""

    # Applications sent (`applied` events) per day.
    applications: Amounts = field(default_factory=dict)
    # Touchpoints with their contacts per day.
    outreach: Amounts = field(default_factory=dict)
    # Amounts logged by hand, per goal id, per day.
    logged: Mapping[int, Amounts] = field(default_factory=dict)


def total_between(by_day: Amounts, start: dt.date, end: dt.date) -> Decimal:
    """The sum of the amounts dated from `start` to `end`, both included."""
    return sum((Decimal(n) for day, n in by_day.items() if start <= day <= end), ZERO)


def done_for(
    kind: str, goal_id: int | None, activity: Activity, start: dt.date, end: dt.date
) -> Decimal:
    """How much of a goal of `kind` was done between `start` and `end`.

    Applications and outreach come from the tracker (never typed twice); every other kind counts
    what was logged by hand against that goal.
    """
    if kind == "applications":
        return total_between(activity.applications, start, end)
    if kind == "outreach":
        return total_between(activity.outreach, start, end)
    return total_between(activity.logged.get(goal_id or 0, {}), start, end)


def percent(done: Decimal | int, target: Decimal | int) -> int:
    """Progress as a whole percentage for a bar, capped at 100 (more is welcome, not required)."""
    if target <= 0:
        return 100
    return min(100, int(Decimal(done) * 100 / Decimal(target)))


def is_met(done: Decimal | int, target: Decimal | int) -> bool:
    return Decimal(done) >= Decimal(target)


def previous_weeks(
    this_week_start: dt.date, count: int = SUGGESTION_WEEKS
) -> list[tuple[dt.date, dt.date]]:
    """The `count` full weeks before the week starting `this_week_start`, oldest first."""
    weeks = []
    for back in range(count, 0, -1):
        start = this_week_start - dt.timedelta(weeks=back)
        weeks.append((start, start + dt.timedelta(days=6)))
    return weeks


def weekly_totals(by_day: Amounts, weeks: Sequence[tuple[dt.date, dt.date]]) -> list[Decimal]:
    return [total_between(by_day, start, end) for start, end in weeks]


@dataclass(frozen=True)
class Suggestion:
    """A reachable weekly target drawn from recent weeks."""

    average: Decimal
    target: int

    @property
    def has_history(self) -> bool:
        return self.average > 0


def suggest_target(totals: Sequence[Decimal | int]) -> Suggestion:
    """About the recent weekly average, never more than ~20% above it, and at least 1.

    The average is rounded up to a whole number when that stays within the 20%; otherwise it is
    rounded to the nearest whole number, so a steady week is enough to meet it.
    """
    values = [Decimal(t) for t in totals]
    average = (sum(values, ZERO) / len(values)) if values else ZERO
    average = average.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    target = math.ceil(average)
    if target > average * STRETCH:
        target = int(average.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return Suggestion(average=average, target=max(1, target))


def shown(amount: Decimal | int | float) -> str:
    """6.5 stays 6.5, 7.0 becomes 7: how amounts read in pages and the CLI."""
    value = Decimal(str(amount)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return str(value.quantize(Decimal(1))) if value == value.to_integral_value() else str(value)


def as_number(amount: Decimal | int) -> int | float:
    """A JSON-friendly number: whole amounts as int, others as float."""
    value = Decimal(amount)
    return int(value) if value == value.to_integral_value() else float(value)
