from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Protocol

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

NOT_YET = _("That day hasn't come yet: pick today or earlier.")


class Person(Protocol):
    """What the dates need of a person (`accounts.User` has both; lib cannot import it)."""

    @property
    def timezone(self) -> str: ...

    @property
    def week_start(self) -> int: ...


def zone_for(user: Person) -> zoneinfo.ZoneInfo:
    """The person's time zone (UTC when theirs is unset or unknown here)."""
    tz_name = getattr(user, "timezone", "") or "UTC"
    try:
        return zoneinfo.ZoneInfo(tz_name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def today_for(user: Person) -> dt.date:
    """Today's date where the person is, not where the server is."""
    return timezone.now().astimezone(zone_for(user)).date()


def week_start(user: Person, day: dt.date) -> dt.date:
    """The first day of the person's week that holds `day` (their chosen start day)."""
    start = getattr(user, "week_start", 0) or 0
    return day - dt.timedelta(days=(day.weekday() - start) % 7)


def week_bounds(user: Person, day: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """First and last day (inclusive) of the person's week holding `day` (default: their today)."""
    first = week_start(user, day or today_for(user))
    return first, first + dt.timedelta(days=6)


def check_not_future(user: Person, day: dt.date, *, field: str) -> None:
    """Refuse a day after the person's today: what one records (a win, a check-in, a thank-you)
    has already happened, and a typo'd year should not hide it in the future."""
    if day > today_for(user):
        raise ValidationError({field: NOT_YET})
