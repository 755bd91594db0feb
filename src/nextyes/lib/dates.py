from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Protocol

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone


class Person(Protocol):
    """What the dates need of a person (`accounts.User` has both; lib cannot import it)."""

    @property
    def timezone(self) -> str: ...

    @property
    def week_start(self) -> int: ...


def today_for(
    user: Person | AnonymousUser,
) -> dt.date:  # TEMP-ANON until pipeline/insights views are typed
    """Today's date where the person is, not where the server is."""
    tz_name = getattr(user, "timezone", "") or "UTC"
    try:
        tz = zoneinfo.ZoneInfo(tz_name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        tz = zoneinfo.ZoneInfo("UTC")
    return timezone.now().astimezone(tz).date()


def week_start(user: Person, day: dt.date) -> dt.date:
    """The first day of the person's week that holds `day` (their chosen start day)."""
    start = getattr(user, "week_start", 0) or 0
    return day - dt.timedelta(days=(day.weekday() - start) % 7)


def week_bounds(user: Person, day: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """First and last day (inclusive) of the person's week holding `day` (default: their today)."""
    first = week_start(user, day or today_for(user))
    return first, first + dt.timedelta(days=6)
