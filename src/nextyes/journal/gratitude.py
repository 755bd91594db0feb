"""Gratitude: a few good things noticed each day, and looking back on them day by day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.db import transaction
from django.utils.translation import gettext as _

from nextyes.accounts.models import User
from nextyes.journal.models import Gratitude
from nextyes.lib.dates import check_not_future, today_for
from nextyes.lib.ownership import owned

# Three a day is the habit we suggest; more (or fewer) is just as welcome.
SUGGESTED_PER_DAY = 3
DAYS_PER_PAGE = 14


def _clean(text: str) -> str:
    return " ".join((text or "").split())


@transaction.atomic
def add_gratitudes(
    user: User, texts: Iterable[str], *, day: dt.date | None = None
) -> list[Gratitude]:
    """Save every non-empty line for `day` (today by default); at least one is needed."""
    day = day or today_for(user)
    check_not_future(user, day, field="day")
    clean = [text for text in (_clean(t) for t in texts) if text]
    if not clean:
        raise ValidationError({"text": _("Write at least one thing, however small.")})
    saved = []
    for text in clean:
        entry = Gratitude(owner=user, text=text, day=day)
        entry.full_clean(exclude=["owner"])
        entry.save()
        saved.append(entry)
    return saved


def update_gratitude(entry: Gratitude, *, text: str, day: dt.date) -> Gratitude:
    entry.text = _clean(text)
    if not entry.text:
        raise ValidationError({"text": _("Write a few words, or delete this one instead.")})
    check_not_future(entry.owner, day, field="day")
    entry.day = day
    entry.full_clean(exclude=["owner"])
    entry.save(update_fields=["text", "day"])
    return entry


def delete_gratitude(entry: Gratitude) -> None:
    entry.delete()


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
