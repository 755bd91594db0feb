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

Everything here is pure except `funnel_for`, which reads through insights.records.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from nextyes.pipeline.choices import (
    CLOSED_STAGES,
    DECISION_STAGES,
    FINAL_ROUND,
    INTERVIEW_STAGES,
    OFFER_STAGES,
    OUTCOME_STAGES,
    REPLY_STAGES,
    SCREEN_STAGES,
    Stage,
)

if TYPE_CHECKING:
    from nextyes.insights.odds import Odds
    from nextyes.insights.records import AppRecord


# Named tuples, not dataclasses: a long search has thousands of rows and these build fastest.
class AppRow(NamedTuple):
    """The columns of one application the funnel needs."""

    id: int
    status: str
    applied_on: dt.date | None = None
    channel: str = ""
    resume_version: str = ""
    fit: int | None = None


class EventRow(NamedTuple):
    application_id: int
    stage: str
    occurred_on: dt.date
    round: int | None = None


# What journeys() reads from an event: an EventRow, or the same values as a plain tuple.
EventTuple = tuple[int, str, dt.date, int | None]


class Journey(NamedTuple):
    """How far one applied application went, with the first day it reached each point."""

    id: int
    status: str
    applied_on: dt.date
    channel: str
    resume_version: str
    fit: int | None
    reply_on: dt.date | None
    screen_on: dt.date | None
    interview_on: dt.date | None
    final_on: dt.date | None
    offer_on: dt.date | None
    decision_on: dt.date | None

    @property
    def closed(self) -> bool:
        """Ended without going further: rejected, ghosted, withdrawn, declined or accepted."""
        return self.status in CLOSED_STAGES

    @property
    def pending(self) -> bool:
        return self.status not in OUTCOME_STAGES


class Sliceable(Protocol):
    """What a filter reads: a Journey, or an insights.records.AppRecord."""

    applied_on: dt.date
    channel: str
    resume_version: str
    fit: int | None


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


# Plain strings for the hot loops (the events' stages come from the database as str).
_REPLY = tuple(str(s) for s in REPLY_STAGES)
_SCREEN = tuple(str(s) for s in SCREEN_STAGES)
_INTERVIEW = tuple(str(s) for s in INTERVIEW_STAGES)
_OFFER = tuple(str(s) for s in OFFER_STAGES)
_DECISION = tuple(str(s) for s in DECISION_STAGES)
_INTERVIEW_STAGE = str(Stage.INTERVIEW)
_ASSESSMENT_STAGE = str(Stage.ASSESSMENT)
_APPLIED_STAGE = str(Stage.APPLIED)


def final_day(
    first_interview: dt.date | None,
    later_round: dt.date | None,
    offer_on: dt.date | None,
    assessments: Iterable[dt.date],
) -> dt.date | None:
    """The first final round: an interview of a round ≥ FINAL_ROUND (`later_round`), an
    assessment on or after the first interview, or an offer."""
    days = [d for d in (later_round, offer_on) if d]
    if first_interview:
        days += [d for d in assessments if d >= first_interview]
    return min(days, default=None)


def journey(app: AppRow, events: Sequence[EventTuple]) -> Journey | None:
    """The application's path from its events, or None when it was never applied for (still a
    saved lead). insights.records reads the same days through SQL for a whole search."""
    if app.status == Stage.SAVED and app.applied_on is None:
        return None
    first: dict[str, dt.date] = {}
    later_round: dt.date | None = None
    assessments: list[dt.date] = []
    for _app_id, stage, day, round_ in events:
        if stage not in first or day < first[stage]:
            first[stage] = day
        if stage == _INTERVIEW_STAGE:
            if round_ and round_ >= FINAL_ROUND and (later_round is None or day < later_round):
                later_round = day
        elif stage == _ASSESSMENT_STAGE:
            assessments.append(day)
    applied_on = app.applied_on or first.get(_APPLIED_STAGE) or min(first.values(), default=None)
    if applied_on is None:
        return None

    def first_in(stages: tuple[str, ...]) -> dt.date | None:
        return min([first[s] for s in stages if s in first], default=None)

    offer_on = first_in(_OFFER)
    return Journey(
        app.id,
        app.status,
        applied_on,
        app.channel,
        app.resume_version,
        app.fit,
        reply_on=first_in(_REPLY),
        screen_on=first_in(_SCREEN),
        interview_on=first_in(_INTERVIEW),
        final_on=final_day(first.get(_INTERVIEW_STAGE), later_round, offer_on, assessments),
        offer_on=offer_on,
        decision_on=first_in(_DECISION),
    )


def journeys(apps: Iterable[AppRow], events: Iterable[EventTuple]) -> list[Journey]:
    by_app: dict[int, list[EventTuple]] = defaultdict(list)
    for event in events:
        by_app[event[0]].append(event)
    found = (journey(app, by_app.get(app.id, [])) for app in apps)
    return [j for j in found if j is not None]


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
        from nextyes.insights import benchmarks, odds

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
    user: Any,
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
    from nextyes.insights.records import load_records
    from nextyes.lib.dates import today_for

    filters = filters or Filters()
    period = (filters.start, filters.end) if period_only else (None, None)
    return FunnelReport(
        filters=filters,
        today=today or today_for(user),
        records=load_records(user, since, period),
        period_only=period_only,
    )
