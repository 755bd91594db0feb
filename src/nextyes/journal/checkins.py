"""Daily check-ins: saving one (a second check-in the same day updates it), and reading them back.

Services take a user and plain values and do one transaction; the selectors are read-only and
cheap (one query each), so Today, the calendar, the insights chart and the fatigue signal can
all lean on them. No streaks are counted anywhere on purpose: a missed day is just a day.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Final, TypedDict

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from nextyes.accounts.models import User
from nextyes.journal import signals
from nextyes.journal.care import flag_if_needed
from nextyes.journal.models import CheckIn, Energy, Mood, SupportFlag, SupportKind
from nextyes.lib.dates import check_not_future, today_for
from nextyes.lib.feelings import EMOTION_LABELS
from nextyes.lib.ownership import owned
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import StageEvent

MAX_EMOTIONS = 3
TOO_MANY_FEELINGS = gettext_lazy("Pick up to three feelings: the ones that stand out most.")
# Said by the form's fields and by the service alike.
SLEEP_RANGE = gettext_lazy("Hours slept is between 0 and 24.")
MOVEMENT_RANGE = gettext_lazy("Minutes of movement is between 0 and 1440 (a whole day).")
MAX_SLEEP = Decimal(24)
MAX_MOVEMENT = 24 * 60
MAX_NOTE = 2000
# Sustained low mood: enough check-ins in the last two weeks, most of them at 1–2.
LOW_WINDOW_DAYS = 14
LOW_MIN_CHECKINS = 5
LOW_SHARE = 2 / 3
# The care card comes back at most once a week after "not now".
CARE_PAUSE = dt.timedelta(days=7)
CARE_SOURCE = "trend"


class _Keep(Enum):
    """A field left out of a save keeps what the day's check-in already had."""

    KEEP = "keep"


KEEP: Final = _Keep.KEEP


def mood_word(mood: int) -> str:
    return str(Mood(mood).label)


def check_feelings(chosen: Sequence[str], *, field: str | None = None) -> None:
    """At most three feelings, the ones that stand out: the form, this service and so the CLI
    all refuse more with this one message. `field` puts the error next to that form field."""
    if len(chosen) > MAX_EMOTIONS:
        raise ValidationError({field: TOO_MANY_FEELINGS} if field else TOO_MANY_FEELINGS)


def _clean_emotions(emotions: Sequence[str]) -> list[str]:
    chosen = list(dict.fromkeys(e.strip().lower() for e in emotions if e and e.strip()))
    unknown = [e for e in chosen if e not in EMOTION_LABELS]
    if unknown:
        raise ValidationError(
            {"emotions": _("“%(name)s” is not one of the feelings listed.") % {"name": unknown[0]}}
        )
    check_feelings(chosen, field="emotions")
    return chosen


def _clean_sleep(value: Decimal | float | str | None) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        hours = Decimal(str(value)).quantize(Decimal("0.1"))
    except InvalidOperation as exc:
        raise ValidationError({"sleep_hours": _("Hours slept as a number, e.g. 7.5.")}) from exc
    if not Decimal(0) <= hours <= MAX_SLEEP:
        raise ValidationError({"sleep_hours": SLEEP_RANGE})
    return hours


def _clean_movement(value: int | None) -> int | None:
    if value is None:
        return None
    if not 0 <= int(value) <= MAX_MOVEMENT:
        raise ValidationError({"movement_minutes": MOVEMENT_RANGE})
    return int(value)


def _clean_day(user: User, day: dt.date | None) -> dt.date:
    today = today_for(user)
    day = day or today
    check_not_future(user, day, field="day")
    return day


class CheckInValues(TypedDict):
    """What the check-in form hands `save_checkin`."""

    mood: int
    day: dt.date | None
    emotions: list[str]
    energy: int | None
    sleep_hours: Decimal | None
    movement_minutes: int | None
    ate_well: bool | None
    connected: bool | None
    note: str


def save_checkin(
    user: User,
    *,
    mood: int,
    day: dt.date | None = None,
    emotions: Sequence[str] | _Keep = KEEP,
    energy: int | _Keep | None = KEEP,
    sleep_hours: Decimal | float | str | _Keep | None = KEEP,
    movement_minutes: int | _Keep | None = KEEP,
    ate_well: bool | _Keep | None = KEEP,
    connected: bool | _Keep | None = KEEP,
    note: str | _Keep = KEEP,
) -> CheckIn:
    """Create or update `day`'s check-in (default: the person's today) and return it.

    Fields left out keep their value, so the one-tap mood on Today never wipes a fuller
    check-in made earlier. The first check-in of a day earns effort points, once.
    """
    if mood not in Mood.values:
        raise ValidationError({"mood": _("Pick how you feel, from very low (1) to very good (5).")})
    day = _clean_day(user, day)
    checkin = owned(CheckIn, user).filter(day=day).first() or CheckIn(owner=user, day=day)
    checkin.mood = mood
    if not isinstance(emotions, _Keep):
        checkin.emotions = _clean_emotions(emotions)
    if not isinstance(energy, _Keep):
        if energy is not None and energy not in Energy.values:
            raise ValidationError({"energy": _("Energy is from 1 (drained) to 5 (full).")})
        checkin.energy = energy
    if not isinstance(sleep_hours, _Keep):
        checkin.sleep_hours = _clean_sleep(sleep_hours)
    if not isinstance(movement_minutes, _Keep):
        checkin.movement_minutes = _clean_movement(movement_minutes)
    if not isinstance(ate_well, _Keep):
        checkin.ate_well = ate_well
    if not isinstance(connected, _Keep):
        checkin.connected = connected
    if not isinstance(note, _Keep):
        checkin.note = (note or "").strip()
        if len(checkin.note) > MAX_NOTE:
            raise ValidationError({"note": _("Keep the note under 2,000 characters.")})
    checkin.full_clean(exclude=["owner"], validate_constraints=False)
    try:
        with transaction.atomic():
            checkin.save()
    except IntegrityError:  # the same day saved twice at once: update the one that won
        existing = owned(CheckIn, user).get(day=day)
        checkin.pk, checkin.created_at = existing.pk, existing.created_at
        checkin.save(force_update=True)
    signals.checkin_saved.send(sender=CheckIn, user=user, checkin=checkin)
    if checkin.note:
        flag_if_needed(user, checkin.note, source="checkin", source_id=checkin.pk)
    return checkin


def delete_checkin(checkin: CheckIn) -> None:
    """Delete a check-in. Its points stay: the effort of checking in was real."""
    checkin.delete()


# ── Selectors ─────────────────────────────────────────────────────────────────────────────


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


# ── The gentle care card on Today ─────────────────────────────────────────────────────────


def care_card_due(user: User, *, low_stretch: bool, fatigue_high: bool) -> bool:
    """Whether to suggest talking to someone: a hard stretch, not dismissed in the last week.

    Showing it records a SupportFlag (low mood, from the trend), so "not now" can answer it and
    the card keeps away for a week. One query when a hard stretch is there; none otherwise.
    """
    if not (low_stretch or fatigue_high):
        return False
    latest = (
        owned(SupportFlag, user)
        .filter(kind=SupportKind.LOW_MOOD, source=CARE_SOURCE)
        .order_by("-created_at", "-id")
        .only("id", "answered_at")
        .first()
    )
    if latest is not None:
        if latest.answered_at is None:
            return True
        if timezone.now() - latest.answered_at < CARE_PAUSE:
            return False
    SupportFlag.objects.create(owner=user, kind=SupportKind.LOW_MOOD, source=CARE_SOURCE)
    return True


def dismiss_care(user: User) -> int:
    """ "Not now" on the care card: answers the open low-mood flags; returns how many."""
    return (
        owned(SupportFlag, user)
        .filter(kind=SupportKind.LOW_MOOD, source=CARE_SOURCE, answered_at__isnull=True)
        .update(answered_at=timezone.now())
    )


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
