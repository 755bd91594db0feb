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
