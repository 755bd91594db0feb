"""One plain record per applied application, built from two queries, for the insights page.

The charts and "what works" compute from these records (they need the role and the rejection and
interview days, which insights.funnel's journeys do not carry); each record also gives its
journey, so the page's funnel and odds are insights.funnel's and insights.odds' own. SQL finds
each application's first day per funnel point (the funnel's definitions; a test checks they
agree), so Python handles one row per application, not every event: the heavy user's page stays
fast.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import connections
from django.db.models import Min, Q, QuerySet

from nextyes.insights import funnel
from nextyes.insights.funnel import Journey
from nextyes.lib.ownership import owned
from nextyes.pipeline.choices import CLOSED_STAGES, Stage
from nextyes.pipeline.models import Application, StageEvent

# Plain strings, as the rows carry them. The funnel's points follow insights.funnel's
# definitions (a test checks both see every application alike).
OFFER = frozenset(s.value for s in funnel.OFFER_STAGES)
CLOSED = frozenset(s.value for s in CLOSED_STAGES)
# The events that count as an interview day on the weekly chart.
TALKS = frozenset({Stage.INTERVIEW.value, Stage.ASSESSMENT.value})


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
    # Only from the `since` day given to load_records: what the weekly chart shows.
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


# The columns of the per-application summary query, after the application id: the first day of
# single stages (cheap equality filters); the funnel's points are their minimums, in Python.
FIRSTS = ("applied", "first", "ack", "screen", "talk", "offer", "rejected", "round2")


def _summary(user: Any) -> QuerySet[Any]:
    """Per application, the first day of each funnel point (SQL does the scan over all events)."""

    def first(*stages: str, **extra: Any) -> Min:
        return Min("occurred_on", filter=Q(stage__in=stages, **extra))

    return (
        owned(StageEvent, user)
        .exclude(stage=Stage.SAVED)
        .values("application_id")
        .annotate(
            applied=first(Stage.APPLIED.value),
            first=Min("occurred_on"),
            ack=first(Stage.ACKNOWLEDGED.value),
            screen=first(Stage.SCREEN.value),
            talk=first(Stage.INTERVIEW.value),
            offer=first(*OFFER),
            rejected=first(Stage.REJECTED.value),
            round2=first(Stage.INTERVIEW.value, round__gte=2),
        )
        .order_by()
        .values_list("application_id", *FIRSTS)
    )


def _min(*days: dt.date | None) -> dt.date | None:
    return min((d for d in days if d is not None), default=None)


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
    for app_id, role, channel, resume, fit, applied_on, status in apps:
        applied, first, ack, screen, talk, offer, rejected, round2 = by_app.get(
            app_id, [None] * len(FIRSTS)
        )
        if isinstance(applied_on, str):
            applied_on = iso(applied_on)
        applied = applied_on or applied or first
        if applied is None:
            continue  # a saved lead, not an application yet
        tests = later.get(app_id, ())
        # The funnel's nested points: an offer implies an interview, an interview a screen...
        interview = _min(talk, tests[0] if tests else None, offer)
        screen = _min(screen, interview)
        # A second round, an assessment after an interview, or an offer: the last conversations.
        finals = [d for d in (round2, offer) if d is not None]
        if talk is not None:
            finals += [d for d in tests if d >= talk]
        found.append(
            AppRecord(
                app_id,
                role,
                channel,
                resume,
                fit,
                applied,
                status,
                reply_on=_min(ack, screen, rejected),
                screen_on=screen,
                interview_on=interview,
                final_on=min(finals, default=None),
                offer_on=offer,
                decision_on=_min(offer, rejected),
            )
        )
    index = {rec.id: rec for rec in found}
    for app_id, stage, on in recent:
        rec = index.get(app_id)
        if rec is not None:
            days = rec.rejected_dates if stage == Stage.REJECTED else rec.interview_dates
            days.append(_day(on))  # type: ignore[arg-type]
    return found


def load_records(user: Any, since: dt.date) -> list[AppRecord]:
    """The person's applied applications as records, with interview and rejection days from
    `since` on: four queries, whatever the history."""
    apps = (
        owned(Application, user)
        .exclude(status=Stage.SAVED, applied_on__isnull=True)
        .values_list(
            "id",
            "role",
            "channel",
            "resume_version",
            "fit",
            "applied_on",
            "status",
        )
        .order_by()
    )
    assessments = (
        owned(StageEvent, user)
        .filter(stage=Stage.ASSESSMENT)
        .values_list("application_id", "occurred_on")
        .order_by("occurred_on")
    )
    recent = (
        owned(StageEvent, user)
        .filter(stage__in=[*TALKS, Stage.REJECTED.value], occurred_on__gte=since)
        .values_list("application_id", "stage", "occurred_on")
        .order_by("occurred_on")
    )
    return build_records(
        _raw_rows(apps), _raw_rows(_summary(user)), list(assessments), _raw_rows(recent)
    )


def _raw_rows(query: QuerySet[Any]) -> list[tuple[Any, ...]]:
    """The rows of a values_list query without the ORM's per-value converters (SQLite dates stay
    ISO text until _day reads the few that are used). The query, with its owner filter, is the
    ORM's."""
    sql, params = query.query.sql_with_params()
    with connections[query.db].cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return rows


def _day(value: Any) -> dt.date | None:
    """A date from a raw row: ISO text on SQLite, a date already on PostgreSQL."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)
