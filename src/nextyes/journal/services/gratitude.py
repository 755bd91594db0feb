"""Gratitude, the writes: a few good things noticed each day. The look-back is in
journal.selectors.gratitude.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from nextyes.accounts.models import User
from nextyes.journal.models import Gratitude
from nextyes.lib.dates import check_not_future, today_for


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
