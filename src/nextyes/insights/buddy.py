"""What an accountability buddy sees of one week: the shared review and the effort behind it.

Built only from whitelisted pieces, like `review.share`: the shared review itself, and effort
points earned for search actions (applications, outreach, interviews, bouncing back, goals met).
Check-in points stay out, since they come from the journal, and so do rewards, the person's own
treats. Who may look is decided in accounts.buddy; this module only says what they see.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import Sum

from nextyes.insights.review import SharedReview, share, week_label, weekly_review
from nextyes.lib.dates import today_for, week_start
from nextyes.lib.ownership import owned
from nextyes.momentum.models import EffortPoint, PointReason

if TYPE_CHECKING:
    from nextyes.accounts.models import User

SHARED_EFFORT = (
    PointReason.APPLICATION,
    PointReason.OUTREACH,
    PointReason.INTERVIEW,
    PointReason.RITUAL,
    PointReason.GOAL,
)


@dataclass(frozen=True)
class Effort:
    """Shared effort points, by reason (reasons with none left out)."""

    by_reason: list[tuple[str, int]]

    @property
    def total(self) -> int:
        return sum(points for _label, points in self.by_reason)


@dataclass(frozen=True)
class BuddyWeek:
    """One week as a buddy sees it; `next_label` is None for the current week (no future)."""

    review: SharedReview
    effort: Effort
    previous_label: str
    next_label: str | None

    @property
    def is_current(self) -> bool:
        return self.next_label is None


def effort(owner: User, start: dt.date, end: dt.date) -> Effort:
    """The effort points a buddy sees, earned between two days (both included)."""
    rows = (
        owned(EffortPoint, owner)
        .filter(occurred_on__range=(start, end), reason__in=SHARED_EFFORT)
        .values("reason")
        .annotate(total=Sum("points"))
    )
    totals = {row["reason"]: int(row["total"] or 0) for row in rows}
    return Effort([(str(r.label), totals[r]) for r in SHARED_EFFORT if totals.get(r)])


def buddy_week(owner: User, day: dt.date | None = None) -> BuddyWeek:
    """The week of `owner` holding `day` (default, or any later day: this week), as shared."""
    this_week = week_start(owner, today_for(owner))
    start = min(week_start(owner, day), this_week) if day else this_week
    review = share(weekly_review(owner, start))
    after = review.end + dt.timedelta(days=1)
    return BuddyWeek(
        review=review,
        effort=effort(owner, review.start, review.end),
        previous_label=week_label(owner, review.start - dt.timedelta(days=7)),
        next_label=None if start == this_week else week_label(owner, after),
    )
