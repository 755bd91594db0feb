"""What the reminders of many people are computed from, read in a few queries for all of them.

The job runs every minute for everyone, so it reads each kind of record once per group of people
(`owner_id__in`), not once per person; `due.py` then works on each person's own rows only. A
single person (the page, `nextyes remind list`) is a group of one.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from django.db.models import Exists, OuterRef, Prefetch

from nextyes.accounts.models import User
from nextyes.journal.models import CheckIn
from nextyes.lib.dates import zone_for
from nextyes.momentum.models import Break, Goal
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import Application, Interview, Touchpoint
from nextyes.recovery.models import Ritual, RitualStatus
from nextyes.reminders.models import ReminderSettings

# How far back each kind may still be worth saying (the longest of its `relevant_until`).
FOLLOW_UP_BACK = dt.timedelta(days=7)
INTERVIEW_SPAN = dt.timedelta(days=2)  # the thank-you after it; the evening before it
RITUAL_BACK = dt.timedelta(days=17)  # three days' wait, then two weeks
DEADLINE_AHEAD = dt.timedelta(days=2)


class Clock:
    """`now` and the person's zone: where their days begin and end."""

    def __init__(self, user: User, now: dt.datetime, horizon: dt.timedelta) -> None:
        self.zone = zone_for(user)
        self.now = now
        self.local = now.astimezone(self.zone)
        self.until = now + horizon
        self.today = self.local.date()
        self.last_day = self.until.astimezone(self.zone).date()

    def at(self, day: dt.date, time: dt.time) -> dt.datetime:
        return dt.datetime.combine(day, time, tzinfo=self.zone)

    def days(self, back: int = 1) -> Iterator[dt.date]:
        day = self.today - dt.timedelta(days=back)
        while day <= self.last_day:
            yield day
            day += dt.timedelta(days=1)


@dataclass(frozen=True)
class Person:
    user: User
    prefs: ReminderSettings
    clock: Clock


class HasOwner(Protocol):
    owner_id: int


R = TypeVar("R", bound=HasOwner)


def _by_owner(rows: Iterable[R]) -> dict[int, list[R]]:
    grouped: dict[int, list[R]] = defaultdict(list)
    for row in rows:
        grouped[row.owner_id].append(row)
    return grouped


@dataclass
class Rows:
    """Each person's records, by owner id: nobody's rows are ever handed to someone else."""

    touchpoints: dict[int, list[Touchpoint]] = field(default_factory=dict)
    interviews: dict[int, list[Interview]] = field(default_factory=dict)
    rituals: dict[int, list[Ritual]] = field(default_factory=dict)
    saved: dict[int, list[Application]] = field(default_factory=dict)
    checked_in: dict[int, set[dt.date]] = field(default_factory=dict)
    with_goals: set[int] = field(default_factory=set)


def _wanting(people: Sequence[Person], *switches: str) -> list[int]:
    return [p.user.pk for p in people if any(getattr(p.prefs, s) for s in switches)]


def load(people: Sequence[Person]) -> Rows:
    """The rows every kind needs for `people`: at most seven queries, however many they are."""
    rows = Rows()
    if not people:
        return rows
    first = min(p.clock.today for p in people)
    last = max(p.clock.last_day for p in people)
    earliest = min(p.clock.now for p in people)
    latest = max(p.clock.until for p in people)
    if ids := _wanting(people, "follow_up"):
        # The latest plan per contact, until a touchpoint on or after its day clears it.
        cleared = Touchpoint.objects.filter(
            contact=OuterRef("contact"), occurred_on__gte=OuterRef("follow_up_on")
        )
        rows.touchpoints = _by_owner(
            Touchpoint.objects.filter(
                owner_id__in=ids, follow_up_on__range=(first - FOLLOW_UP_BACK, last)
            )
            .filter(~Exists(cleared))
            .select_related("contact__company")
            .order_by("-occurred_on", "-id")
        )
    if ids := _wanting(people, "interview", "thank_you"):
        rows.interviews = _by_owner(
            Interview.objects.filter(
                owner_id__in=ids,
                scheduled_at__gt=earliest - INTERVIEW_SPAN,
                scheduled_at__lte=latest + INTERVIEW_SPAN,
            ).select_related("application__company")
        )
    if ids := _wanting(people, "ritual"):
        named = Application.objects.select_related("company").order_by("company__name", "id")
        rows.rituals = _by_owner(
            Ritual.objects.filter(
                owner_id__in=ids, status=RitualStatus.OPEN, opened_on__gte=first - RITUAL_BACK
            ).prefetch_related(Prefetch("applications", queryset=named))
        )
    if ids := _wanting(people, "deadline"):
        rows.saved = _by_owner(
            Application.objects.filter(
                owner_id__in=ids,
                status=Stage.SAVED,
                closes_on__range=(first, last + DEADLINE_AHEAD),
            ).select_related("company")
        )
    if ids := _wanting(people, "weekly_goals"):
        rows.with_goals = set(
            Goal.objects.filter(owner_id__in=ids, active=True).values_list("owner_id", flat=True)
        )
    if ids := _wanting(people, "check_in"):
        found = CheckIn.objects.filter(
            owner_id__in=ids, day__range=(first - dt.timedelta(days=1), last)
        ).values_list("owner_id", "day")
        for owner_id, day in found:
            rows.checked_in.setdefault(owner_id, set()).add(day)
    return rows


def on_break(people: Sequence[Person]) -> set[int]:
    """The ids of those on a break on their own today: during one nothing nags."""
    if not people:
        return set()
    first = min(p.clock.today for p in people)
    last = max(p.clock.today for p in people)
    breaks = _by_owner(
        Break.objects.filter(
            owner_id__in=[p.user.pk for p in people], starts_on__lte=last, ends_on__gt=first
        )
    )
    return {
        p.user.pk
        for p in people
        if any(b.starts_on <= p.clock.today < b.ends_on for b in breaks.get(p.user.pk, []))
    }
