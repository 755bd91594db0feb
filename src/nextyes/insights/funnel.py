"""The person's funnel: how far each application went, counted from their own events.

Definitions (the funnel is cumulative: reaching a deeper point implies the earlier ones, so an
application that went straight to an interview also counts as replied and screened):

- applied: the status is past `saved`, or `applied_on` is set. Its day is `applied_on`, else the
  first `applied` event, else its first event.
- reply: any answer from the employer: acknowledged, screen, interview, assessment, offer,
  accepted, declined (an offer turned down) or rejected. Ghosted and withdrawn are not replies.
- screen: a screen or anything deeper (interview, assessment, offer).
- interview: an interview or an assessment (as deep as an interview in STAGE_DEPTH), or an offer.
- final round: an interview with round ≥ 2, an assessment on or after a first interview, or an
  offer.
- offer: offer, accepted or declined.
- outcomes (from the current status): rejections, ghosted; pending = applied, no outcome yet
  (offer, accepted, declined, rejected, ghosted and withdrawn are all outcomes).

Everything here is pure except `load_journeys`, which reads the person's applications and events
in two queries.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from nextyes.pipeline.choices import CLOSED_STAGES, OUTCOME_STAGES, Stage

REPLY_STAGES = frozenset(
    {
        Stage.ACKNOWLEDGED,
        Stage.SCREEN,
        Stage.INTERVIEW,
        Stage.ASSESSMENT,
        Stage.OFFER,
        Stage.ACCEPTED,
        Stage.DECLINED,
        Stage.REJECTED,
    }
)
OFFER_STAGES = frozenset({Stage.OFFER, Stage.ACCEPTED, Stage.DECLINED})
INTERVIEW_STAGES = frozenset({Stage.INTERVIEW, Stage.ASSESSMENT}) | OFFER_STAGES
SCREEN_STAGES = frozenset({Stage.SCREEN}) | INTERVIEW_STAGES
DECISION_STAGES = OFFER_STAGES | {Stage.REJECTED}


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


@dataclass(frozen=True)
class Filters:
    """Which applications to count; None means no filter."""

    start: dt.date | None = None
    end: dt.date | None = None
    channel: str | None = None
    resume_version: str | None = None
    fit: int | None = None

    def keeps(self, journey: Journey, *, period: bool = True) -> bool:
        if period and self.start and journey.applied_on < self.start:
            return False
        if period and self.end and journey.applied_on > self.end:
            return False
        if self.channel is not None and journey.channel != self.channel:
            return False
        if self.resume_version is not None and journey.resume_version != self.resume_version:
            return False
        return self.fit is None or journey.fit == self.fit


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


# Plain strings for the hot loop below (the events' stages come from the database as str).
_REPLY = tuple(str(s) for s in REPLY_STAGES)
_SCREEN = tuple(str(s) for s in SCREEN_STAGES)
_INTERVIEW = tuple(str(s) for s in INTERVIEW_STAGES)
_OFFER = tuple(str(s) for s in OFFER_STAGES)
_DECISION = tuple(str(s) for s in DECISION_STAGES)
_INTERVIEW_STAGE = str(Stage.INTERVIEW)
_ASSESSMENT_STAGE = str(Stage.ASSESSMENT)
_APPLIED_STAGE = str(Stage.APPLIED)


def journey(app: AppRow, events: Sequence[EventTuple]) -> Journey | None:
    """The application's path, or None when it was never applied for (still a saved lead)."""
    if app.status == Stage.SAVED and app.applied_on is None:
        return None
    # One pass over the events (this runs for every application of a long search).
    first: dict[str, dt.date] = {}
    later_round: dt.date | None = None
    assessments: list[dt.date] = []
    for _app_id, stage, day, round_ in events:
        if stage not in first or day < first[stage]:
            first[stage] = day
        if stage == _INTERVIEW_STAGE:
            if round_ and round_ >= 2 and (later_round is None or day < later_round):
                later_round = day
        elif stage == _ASSESSMENT_STAGE:
            assessments.append(day)
    applied_on = app.applied_on or first.get(_APPLIED_STAGE) or min(first.values(), default=None)
    if applied_on is None:
        return None

    def first_in(stages: tuple[str, ...]) -> dt.date | None:
        return min([first[s] for s in stages if s in first], default=None)

    offer_on = first_in(_OFFER)
    first_interview = first.get(_INTERVIEW_STAGE)
    final_days = [d for d in (later_round, offer_on) if d]
    if first_interview:
        final_days += [d for d in assessments if d >= first_interview]
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
        final_on=min(final_days, default=None),
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


def load_journeys(user: Any) -> list[Journey]:
    """Every applied application of the person, in two queries (applications, then events)."""
    from django.db import connection
    from django.db.models import CharField, F
    from django.db.models.functions import Cast

    from nextyes.lib.ownership import owned
    from nextyes.pipeline.models import Application, StageEvent

    # Tuples, not dicts or models: this reads every event of a long search on each run.
    apps = map(
        AppRow._make,
        owned(Application, user)
        .exclude(status=Stage.SAVED, applied_on__isnull=True)
        .values_list("id", "status", "applied_on", "channel", "resume_version", "fit")
        .order_by(),
    )
    # On SQLite the day comes as ISO text and is parsed here: Django's per-value date converters
    # cost more than the rest of the walk for a long search (12,000 events). PostgreSQL's driver
    # gives dates directly.
    on_sqlite = connection.vendor == "sqlite"
    day = Cast("occurred_on", output_field=CharField()) if on_sqlite else F("occurred_on")
    rows = (
        owned(StageEvent, user)
        .exclude(stage=Stage.SAVED)
        .values_list("application_id", "stage", day, "round")
        .order_by()
    )
    if on_sqlite:
        parse = dt.date.fromisoformat
        events = [(app_id, stage, parse(on), round_) for app_id, stage, on, round_ in rows]
    else:
        events = list(rows)
    return journeys(apps, events)
