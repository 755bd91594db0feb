"""Daily check-ins, the reads: each is one cheap query, so Today, the calendar, the insights chart
and the fatigue signal can all lean on them. No streaks are counted anywhere on purpose: a missed
day is just a day.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nextyes.accounts.models import User
from nextyes.journal.models import CheckIn, Mood, SupportFlag, SupportKind
from nextyes.lib.ownership import owned
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import StageEvent

# Sustained low mood: enough check-ins in the last two weeks, most of them at 1–2.
LOW_WINDOW_DAYS = 14


LOW_MIN_CHECKINS = 5


LOW_SHARE = 2 / 3


def mood_word(mood: int) -> str:
    return str(Mood(mood).label)


def recent_moods(user: User, day: dt.date, days: int) -> list[tuple[dt.date, int]]:
    """(day, mood) of the check-ins in the `days` days up to `day`, oldest first: one query."""
    start = day - dt.timedelta(days=days - 1)
    rows = (
        owned(CheckIn, user)
        .filter(day__range=(start, day))
        .order_by("day")
        .values_list("day", "mood")
    )
    return list(rows)


def is_low_stretch(moods: Sequence[tuple[dt.date, int]], day: dt.date) -> bool:
    """Whether most check-ins of the last two weeks were low (1–2), with enough of them to tell."""
    start = day - dt.timedelta(days=LOW_WINDOW_DAYS - 1)
    recent = [m for d, m in moods if start <= d <= day]
    if len(recent) < LOW_MIN_CHECKINS:
        return False
    low = sum(1 for m in recent if m <= Mood.LOW)
    return low >= LOW_SHARE * len(recent)


@dataclass(frozen=True, slots=True)
class DayCell:
    day: dt.date
    mood: int | None
    label: str  # "Tue 3 March: Low", for the title and screen readers
    checkin_id: int | None
    future: bool


@dataclass(frozen=True, slots=True)
class MonthGrid:
    first: dt.date
    weeks: list[list[DayCell | None]]  # Monday-first rows; None pads the month
    count: int


@dataclass(frozen=True, slots=True)
class YearCalendar:
    year: int
    months: list[MonthGrid]
    checkins: list[CheckIn]
    counts: dict[int, int]  # mood → how many days
    previous: int | None
    next: int | None


def year_calendar(user: User, year: int, today: dt.date) -> YearCalendar:
    """The year at a glance: one grid per month, each day coloured by its check-in's mood."""
    checkins = list(
        owned(CheckIn, user)
        .filter(day__year=year)
        .order_by("day")
        .only("id", "day", "mood", "energy", "sleep_hours", "movement_minutes", "note", "emotions")
    )
    by_day = {c.day: c for c in checkins}
    months: list[MonthGrid] = []
    for month in range(1, 13):
        weeks: list[list[DayCell | None]] = []
        count = 0
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
            row: list[DayCell | None] = []
            for day in week:
                if day.month != month:
                    row.append(None)
                    continue
                found = by_day.get(day)
                shown = date_format(day, "D j F")
                if found is not None:
                    count += 1
                    label = f"{shown}: {mood_word(found.mood)}"
                else:
                    label = f"{shown}: {_('no check-in')}"
                row.append(
                    DayCell(
                        day=day,
                        mood=found.mood if found else None,
                        label=label,
                        checkin_id=found.pk if found else None,
                        future=day > today,
                    )
                )
            weeks.append(row)
        months.append(MonthGrid(first=dt.date(year, month, 1), weeks=weeks, count=count))
    counts = {m: 0 for m in Mood.values}
    for c in checkins:
        counts[c.mood] += 1
    return YearCalendar(
        year=year,
        months=months,
        checkins=checkins,
        counts=counts,
        previous=year - 1 if year > dt.MINYEAR else None,
        next=year + 1 if year < today.year else None,
    )


def mood_points(user: User, start: dt.date, end: dt.date) -> list[tuple[dt.date, int]]:
    """(day, mood) from `start` to `end` inclusive, oldest first: what the trend chart draws."""
    return list(
        owned(CheckIn, user)
        .filter(day__range=(start, end))
        .order_by("day")
        .values_list("day", "mood")
    )


def rejection_days(user: User, start: dt.date, end: dt.date) -> list[dt.date]:
    """Days a rejection came in, for the markers on the mood chart (one query)."""
    return list(
        owned(StageEvent, user)
        .filter(stage=Stage.REJECTED, occurred_on__range=(start, end))
        .order_by("occurred_on")
        .values_list("occurred_on", flat=True)
    )


def summary_words(counts: dict[int, int]) -> str:
    """ "12 check-ins this year" — a count of what is there, never of what is missing."""
    total = sum(counts.values())
    return ngettext("%(n)d check-in", "%(n)d check-ins", total) % {"n": total}


def risk_flag_open(user: User, checkin: CheckIn) -> bool:
    """Whether this check-in's note opened a support flag that is still unanswered."""
    return (
        owned(SupportFlag, user)
        .filter(
            kind=SupportKind.RISK,
            source="checkin",
            source_id=checkin.pk,
            answered_at__isnull=True,
        )
        .exists()
    )


def months_to_show(year: YearCalendar, today: dt.date) -> list[MonthGrid]:
    """This year's months from the first check-in (or this month) to this month; a past year's
    twelve. A new person sees one month to fill, not eleven blank ones."""
    if year.year != today.year:
        return year.months
    first = min([c.day.month for c in year.checkins] + [today.month])
    return year.months[first - 1 : today.month]
