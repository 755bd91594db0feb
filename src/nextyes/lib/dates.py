from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from django.utils import timezone


def today_for(user: Any) -> dt.date:
    """Today's date where the person is, not where the server is."""
    tz_name = getattr(user, "timezone", "") or "UTC"
    try:
        tz = zoneinfo.ZoneInfo(tz_name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        tz = zoneinfo.ZoneInfo("UTC")
    return timezone.now().astimezone(tz).date()


def week_start(user: Any, day: dt.date) -> dt.date:
    """The first day of the person's week that holds `day` (their chosen start day)."""
    start = getattr(user, "week_start", 0) or 0
    return day - dt.timedelta(days=(day.weekday() - start) % 7)


def week_bounds(user: Any, day: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """First and last day (inclusive) of the person's week holding `day` (default: their today)."""
    first = week_start(user, day or today_for(user))
    return first, first + dt.timedelta(days=6)
