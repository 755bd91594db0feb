"""Gratitude, the reads: today's count and looking back on it day by day."""

from __future__ import annotations

import datetime as dt

from django.core.paginator import Page, Paginator

from nextyes.accounts.models import User
from nextyes.journal.models import Gratitude
from nextyes.lib.dates import today_for
from nextyes.lib.ownership import owned

# Three a day is the habit we suggest; more (or fewer) is just as welcome.
SUGGESTED_PER_DAY = 3


DAYS_PER_PAGE = 14


def today_count(user: User) -> int:
    return owned(Gratitude, user).filter(day=today_for(user)).count()


def days_page(
    user: User, page_number: int | str | None
) -> tuple[Page[dt.date], list[tuple[dt.date, list[Gratitude]]]]:
    """One page of the look-back: whole days (newest first), each with its entries."""
    days = owned(Gratitude, user).order_by("-day").values_list("day", flat=True).distinct()
    page = Paginator(days, DAYS_PER_PAGE).get_page(page_number)
    shown = list(page.object_list)
    by_day: dict[dt.date, list[Gratitude]] = {day: [] for day in shown}
    for entry in owned(Gratitude, user).filter(day__in=shown).order_by("-day", "id"):
        by_day[entry.day].append(entry)
    return page, list(by_day.items())
