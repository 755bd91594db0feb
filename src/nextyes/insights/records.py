"""One plain record per applied application, built from a few queries: what insights.funnel's
`funnel_for` counts, and what the Insights page's charts and "what works" read.

The charts and "what works" need the role and the rejection and interview days, which a funnel
journey does not carry; each record also gives its journey, so every funnel and the odds are
insights.funnel's and insights.odds' own. SQL finds each application's first day per stage;
Python takes the earliest within each of pipeline.choices' stage groups (the funnel's points)
and insights.journeys.final_day adds the final round, so Python handles one row per application,
not every event: the heavy user's page stays fast.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import connections
from django.db.models import Min, Q, QuerySet

from nextyes.accounts.models import User
from nextyes.insights.journeys import Journey, final_day
from nextyes.lib.ownership import owned
from nextyes.pipeline.choices import (
    CLOSED_STAGES,
    DECISION_STAGES,
    FINAL_ROUND,
    INTERVIEW_STAGES,
    OFFER_STAGES,
    REPLY_STAGES,
    ROUND_STAGES,
    SCREEN_STAGES,
    Stage,
)
from nextyes.pipeline.models import Application, StageEvent

# Plain strings, as the rows carry them.
CLOSED = frozenset(s.value for s in CLOSED_STAGES)
# The events that count as an interview day on the weekly chart: each round itself.
TALKS = frozenset(s.value for s in ROUND_STAGES)


@dataclass(slots=True)
class AppRecord:
    """One applied application: its columns, the first day it reached each funnel point, and
    the days the weekly chart needs."""

    id: int
    role: str
    channel: str
    resume_version: str
    fit: int | None
    applied_on: dt.date
    status: str
    reply_on: dt.date | None = None
    screen_on: dt.date | None = None
    interview_on: dt.date | None = None
    final_on: dt.date | None = None
    offer_on: dt.date | None = None
    decision_on: dt.date | None = None
    # Only from the `since` day given to load_records (none without): what the weekly chart shows.
    interview_dates: list[dt.date] = field(default_factory=list)
    rejected_dates: list[dt.date] = field(default_factory=list)

    @property
    def interview(self) -> bool:
        return self.interview_on is not None

    @property
    def offer(self) -> bool:
        return self.offer_on is not None

    @property
    def closed(self) -> bool:
        return self.status in CLOSED

    @property
    def interview_known(self) -> bool:
        """Whether we know if it reaches an interview: it did, or the process ended."""
        return self.interview_on is not None or self.status in CLOSED

    @property
    def offer_known(self) -> bool:
        return self.offer_on is not None or self.status in CLOSED

    def journey(self) -> Journey:
        """The same application as insights.funnel sees it, for its funnel and odds."""
        return Journey(
            self.id,
            self.status,
            self.applied_on,
            self.channel,
            self.resume_version,
            self.fit,
            self.reply_on,
            self.screen_on,
            self.interview_on,
            self.final_on,
            self.offer_on,
            self.decision_on,
        )


# The columns of the per-application summary query, after the application id: the first event
# of any kind, the first day of each single stage the funnel's points read (cheap equality
# filters; a list of stages per column made the query twice as slow) and the first interview
# from the final round on.
STAGES = tuple(sorted(str(s) for s in REPLY_STAGES | {Stage.APPLIED}))
FIRSTS = ("first", *STAGES, "round2")
# Per funnel point, where its stages' days sit among FIRSTS.
_AT = {
    name: tuple(1 + STAGES.index(str(s)) for s in group)
    for name, group in (
        ("reply", REPLY_STAGES),
        ("screen", SCREEN_STAGES),
        ("interview", INTERVIEW_STAGES),
        ("offer", OFFER_STAGES),
        ("decision", DECISION_STAGES),
    )
}
_APPLIED_AT = 1 + STAGES.index(Stage.APPLIED.value)
_TALK_AT = 1 + STAGES.index(Stage.INTERVIEW.value)


# Any: a values_list query's rows are untyped in the stubs
def _summary(events: QuerySet[StageEvent]) -> QuerySet[Any]:
    """Per application, the first day of each stage (SQL does the scan over the events)."""
    firsts = {stage: Min("occurred_on", filter=Q(stage=stage)) for stage in STAGES}
    return (
        events.exclude(stage=Stage.SAVED)
        .values("application_id")
        .annotate(
            first=Min("occurred_on"),
            **firsts,
            round2=Min(
                "occurred_on", filter=Q(stage=Stage.INTERVIEW.value, round__gte=FINAL_ROUND)
            ),
        )
        .order_by()
        .values_list("application_id", *FIRSTS)
    )


# Any: raw row cells, ISO text on SQLite or dates on PostgreSQL
def _first(days: list[Any], at: tuple[int, ...]) -> dt.date | None:
    found = [days[i] for i in at if days[i] is not None]
    return min(found) if found else None


# Any: raw values_list rows (ids, text, ISO text or dates, by database)
def build_records(
    apps: Iterable[tuple[Any, ...]],
    firsts: Iterable[tuple[Any, ...]],
    assessments: Iterable[tuple[int, dt.date]],
    recent: Iterable[tuple[int, str, dt.date]],
) -> list[AppRecord]:
    """Records from application rows (id, role, channel, résumé, fit, applied_on,
    status), their first days (application id, then FIRSTS), every assessment (application id,
    day) and the recent interviews, assessments and rejections (application id, stage, day)."""
    iso = dt.date.fromisoformat
    by_app = {
        # ISO text on SQLite, dates already on PostgreSQL.
        row[0]: [iso(v) if isinstance(v, str) else v for v in row[1:]]
        for row in firsts
    }
    later: dict[int, list[dt.date]] = defaultdict(list)
    for app_id, on in assessments:  # in date order
        later[app_id].append(on)
    found = []
    nothing = [None] * len(FIRSTS)
    at = _AT
    for app_id, role, channel, resume, fit, applied_on, status in apps:
        days = by_app.get(app_id, nothing)
        if isinstance(applied_on, str):
            applied_on = iso(applied_on)
        applied = applied_on or days[_APPLIED_AT] or days[0]
        if applied is None:
            continue  # a saved lead, not an application yet
        offer = _first(days, at["offer"])
        found.append(
            AppRecord(
                app_id,
                role,
                channel,
                resume,
                fit,
                applied,
                status,
                reply_on=_first(days, at["reply"]),
                screen_on=_first(days, at["screen"]),
                interview_on=_first(days, at["interview"]),
                final_on=final_day(days[_TALK_AT], days[-1], offer, later.get(app_id, ())),
                offer_on=offer,
                decision_on=_first(days, at["decision"]),
            )
        )
    index = {rec.id: rec for rec in found}
    for app_id, stage, on in recent:
        rec = index.get(app_id)
        if rec is not None:
            days = rec.rejected_dates if stage == Stage.REJECTED else rec.interview_dates
            days.append(_day(on))  # type: ignore[arg-type]
    return found


def load_records(
    user: User,
    since: dt.date | None = None,
    period: tuple[dt.date | None, dt.date | None] = (None, None),
) -> list[AppRecord]:
    """The person's applied applications as records: three queries, whatever the history, and a
    fourth for the interview and rejection days from `since` on when it is given.

    A `period` (first and last applied day, either open) leaves out the applications sure to be
    applied outside it; those without an `applied_on` are kept, as their first event decides.
    """
    apps = owned(Application, user).exclude(status=Stage.SAVED, applied_on__isnull=True)
    first, last = period
    if first is not None or last is not None:
        dated = Q(applied_on__isnull=False)
        if first is not None:
            dated &= Q(applied_on__gte=first)
        if last is not None:
            dated &= Q(applied_on__lte=last)
        apps = apps.filter(dated | Q(applied_on__isnull=True))
    rows = _raw_rows(
        apps.values_list(
            "id", "role", "channel", "resume_version", "fit", "applied_on", "status"
        ).order_by()
    )
    events = owned(StageEvent, user)
    if first is not None or last is not None:
        if not rows:
            return []
        # The few ids themselves, so the database reads their events by application.
        events = events.filter(application__in=[row[0] for row in rows])
    assessments = (
        events.filter(stage=Stage.ASSESSMENT)
        .values_list("application_id", "occurred_on")
        .order_by("occurred_on")
    )
    recent: list[tuple[Any, ...]] = []
    if since is not None:
        recent = _raw_rows(
            events.filter(stage__in=[*TALKS, Stage.REJECTED.value], occurred_on__gte=since)
            .values_list("application_id", "stage", "occurred_on")
            .order_by("occurred_on")
        )
    return build_records(rows, _raw_rows(_summary(events)), list(assessments), recent)


# Any: raw database rows, whatever the driver returns per column
def _raw_rows(query: QuerySet[Any]) -> list[tuple[Any, ...]]:
    """The rows of a values_list query without the ORM's per-value converters (SQLite dates stay
    ISO text until _day reads the few that are used). The query, with its owner filter, is the
    ORM's."""
    sql, params = query.query.sql_with_params()
    with connections[query.db].cursor() as cursor:
        cursor.execute(sql, params)
        rows: list[tuple[Any, ...]] = cursor.fetchall()
    return rows


# Any: a raw cell, ISO text on SQLite or a date on PostgreSQL
def _day(value: Any) -> dt.date | None:
    """A date from a raw row: ISO text on SQLite, a date already on PostgreSQL."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)
