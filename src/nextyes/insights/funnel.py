"""The person's funnel: how far each application went, counted from their own events.

`funnel_for(user, filters)` is the one entry point: the Insights page, `nextyes stats` (text and
JSON) and the weekly review all count through it, so they agree on the same data.

Definitions (the stage groups are pipeline.choices'; the funnel is cumulative: reaching a deeper
point implies the earlier ones, so an application that went straight to an interview also counts
as replied and screened):

- applied: the status is past `saved`, or `applied_on` is set. Its day is `applied_on`, else the
  first `applied` event, else its first event.
- reply (REPLY_STAGES): any answer from the employer: acknowledged, screen, interview,
  assessment, offer, accepted, declined (an offer turned down) or rejected. Ghosted and withdrawn
  are not replies.
- screen (SCREEN_STAGES): a screen or anything deeper (interview, assessment, offer).
- interview (INTERVIEW_STAGES): an interview or an assessment (as deep as an interview in
  STAGE_DEPTH), or an offer.
- final round: an interview with round ≥ FINAL_ROUND, an assessment on or after a first
  interview, or an offer.
- offer (OFFER_STAGES): offer, accepted or declined.
- outcomes (from the current status): rejections, ghosted; pending = applied, no outcome yet
  (offer, accepted, declined, rejected, ghosted and withdrawn are all outcomes).

Filters: a period keeps the applications *sent* in it (their applied day), counted with how far
each has gone so far, so a week's replies are replies to that week's applications. Channel and
résumé version are exact; fit is the 1–5 rating itself (not a band).

Everything here is pure except `funnel_for`, which reads through insights.records. How one
application went (its Journey) is worked out in insights.journeys.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Protocol

from nextyes.insights import odds
from nextyes.insights.journeys import Journey
from nextyes.insights.odds import Odds
from nextyes.insights.records import AppRecord, load_records
from nextyes.lib import benchmarks
from nextyes.lib.dates import today_for
from nextyes.pipeline.choices import (
    Stage,
)

if TYPE_CHECKING:
    from nextyes.accounts.models import User


class Sliceable(Protocol):
    """What a filter reads: a Journey, or an insights.records.AppRecord (read-only, as both are
    frozen)."""

    @property
    def applied_on(self) -> dt.date: ...

    @property
    def channel(self) -> str: ...

    @property
    def resume_version(self) -> str: ...

    @property
    def fit(self) -> int | None: ...


@dataclass(frozen=True)
class Filters:
    """Which applications to count; None means no filter.

    The same meaning on the Insights page and in `nextyes stats`: the period is the applied day,
    channel and résumé version are exact, and fit is the rating itself (1–5).
    """

    start: dt.date | None = None
    end: dt.date | None = None
    channel: str | None = None
    resume_version: str | None = None
    fit: int | None = None

    @property
    def active(self) -> bool:
        return any(
            value is not None
            for value in (self.start, self.end, self.channel, self.resume_version, self.fit)
        )

    def in_period(self, item: Sliceable) -> bool:
        return not (self.start and item.applied_on < self.start) and not (
            self.end and item.applied_on > self.end
        )

    def keeps(self, item: Sliceable, *, period: bool = True) -> bool:
        if period and not self.in_period(item):
            return False
        if self.channel is not None and item.channel != self.channel:
            return False
        if self.resume_version is not None and item.resume_version != self.resume_version:
            return False
        return self.fit is None or item.fit == self.fit


@dataclass(frozen=True)
class Funnel:
    applications: int
    replies: int
    screens: int
    interviews: int
    final_rounds: int
    offers: int
    rejections: int
    ghosted: int
    pending: int
    median_days: dict[str, float | None]

    def counts(self) -> dict[str, int]:
        return {
            "applications": self.applications,
            "replies": self.replies,
            "screens": self.screens,
            "interviews": self.interviews,
            "final_rounds": self.final_rounds,
            "offers": self.offers,
            "rejections": self.rejections,
            "ghosted": self.ghosted,
            "pending": self.pending,
        }

    def conversion(self) -> dict[str, float | None]:
        """Each step's rate over the step before it, and the overall rates (None: nothing to divide)."""
        steps = [
            ("applied_to_reply", self.replies, self.applications),
            ("reply_to_screen", self.screens, self.replies),
            ("screen_to_interview", self.interviews, self.screens),
            ("interview_to_final_round", self.final_rounds, self.interviews),
            ("final_round_to_offer", self.offers, self.final_rounds),
            ("applied_to_interview", self.interviews, self.applications),
            ("applied_to_offer", self.offers, self.applications),
        ]
        return {key: _ratio(part, whole) for key, part, whole in steps}


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _median_days(pairs: Iterable[tuple[dt.date, dt.date | None]]) -> float | None:
    # A reply logged before the application day (a typo or an import) is not a negative wait.
    waits = [max((later - start).days, 0) for start, later in pairs if later is not None]
    return float(statistics.median(waits)) if waits else None


def funnel(items: Sequence[Journey]) -> Funnel:
    """Counts, outcomes and median waits for these journeys."""
    return Funnel(
        applications=len(items),
        replies=sum(1 for j in items if j.reply_on),
        screens=sum(1 for j in items if j.screen_on),
        interviews=sum(1 for j in items if j.interview_on),
        final_rounds=sum(1 for j in items if j.final_on),
        offers=sum(1 for j in items if j.offer_on),
        rejections=sum(1 for j in items if j.status == Stage.REJECTED),
        ghosted=sum(1 for j in items if j.status == Stage.GHOSTED),
        pending=sum(1 for j in items if j.pending),
        median_days={
            "to_first_reply": _median_days((j.applied_on, j.reply_on) for j in items),
            "to_first_interview": _median_days((j.applied_on, j.interview_on) for j in items),
            "to_decision": _median_days((j.applied_on, j.decision_on) for j in items),
        },
    )


# --- The entry point -----------------------------------------------------------------------


@dataclass(frozen=True)
class FunnelReport:
    """One person's funnel for some filters, the records behind it and their offer odds."""

    filters: Filters
    today: dt.date
    # Every applied application of the person, whatever the filters (the page's charts use
    # them); only those that may fall in the period when read with `period_only`.
    records: list[AppRecord]
    period_only: bool = False

    @cached_property
    def shown(self) -> list[AppRecord]:
        """The applications the filters keep."""
        return [r for r in self.records if self.filters.keeps(r)]

    @cached_property
    def funnel(self) -> Funnel:
        return funnel([r.journey() for r in self.shown])

    @cached_property
    def odds(self) -> Odds:
        """The offer odds, with typical rates as priors. They take the same channel, résumé and
        fit but not the period: the pace is always the recent one."""
        if self.period_only:
            raise ValueError("the odds need the whole search, not only the period's applications")
        table = benchmarks.default_table()
        sliced = [r.journey() for r in self.records if self.filters.keeps(r, period=False)]
        return odds.estimate(
            sliced,
            today=self.today,
            interview_rate=benchmarks.rate("interview", table),
            offer_rate=benchmarks.rate("offer", table),
        )


def funnel_for(
    user: User,
    filters: Filters | None = None,
    *,
    today: dt.date | None = None,
    since: dt.date | None = None,
    period_only: bool = False,
) -> FunnelReport:
    """The person's funnel (and odds) for these filters: what the Insights page, `nextyes stats`
    and the weekly review count.

    `since` also loads the interview and rejection days from that day on, for the page's weekly
    chart. `period_only` reads only the applications that may fall in the filters' period (the
    weekly review's counts, fast for a long search), and then there are no odds.
    """
    filters = filters or Filters()
    period = (filters.start, filters.end) if period_only else (None, None)
    return FunnelReport(
        filters=filters,
        today=today or today_for(user),
        records=load_records(user, since, period),
        period_only=period_only,
    )
