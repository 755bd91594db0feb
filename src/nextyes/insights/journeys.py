"""One application's path through the funnel, from its rows: the pure core that insights.funnel,
insights.records and insights.odds share (kept apart so they import it, never each other).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

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
