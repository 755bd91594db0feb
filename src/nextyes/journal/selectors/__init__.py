"""Read-only views of the journal for other pages (the Today page): no writes, cheap queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db.models import F
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nextyes.accounts.models import User
from nextyes.journal.models import JarNote, Win, WinKind
from nextyes.lib.dates import today_for
from nextyes.lib.ownership import owned
from nextyes.pipeline.models import Application


def recent_wins(user: User, limit: int = 5) -> list[Win]:
    """The person's latest wins, newest first."""
    return list(owned(Win, user).order_by("-occurred_on", "-id")[:limit])


def jar_note_for_today(user: User) -> JarNote | None:
    """A jar note to show without drawing it: the one drawn last, else the newest.

    Showing is not drawing, so the Today page never changes what `draw_jar_note` offers next.
    """
    # Never-drawn notes sort last, so one query finds the last drawn or else the newest.
    return (
        owned(JarNote, user)
        .order_by(F("last_drawn_at").desc(nulls_last=True), "-created_at", "-id")
        .first()
    )


def jar_note_count(user: User) -> int:
    """How many notes are in the jar (for "draw from your N notes")."""
    return owned(JarNote, user).count()


def group_by_month(wins: Iterable[Win]) -> list[tuple[dt.date, list[Win]]]:
    """Wins (already newest first) in month groups, each keyed by the month's first day."""
    groups: list[tuple[dt.date, list[Win]]] = []
    for win in wins:
        month = win.occurred_on.replace(day=1)
        if not groups or groups[-1][0] != month:
            groups.append((month, []))
        groups[-1][1].append(win)
    return groups


def first_win_suggestion(user: User) -> tuple[str, str]:
    """A first win to offer on the empty journal: (text, kind), from what is already logged."""
    today = today_for(user)
    sent = owned(Application, user).filter(applied_on__gte=today - dt.timedelta(days=6)).count()
    if sent:
        text = ngettext(
            "Sent %(count)d application this week",
            "Sent %(count)d applications this week",
            sent,
        ) % {"count": sent}
        return text, WinKind.APPLICATION
    return _("Took a step on my job search today, however small"), WinKind.PERSONAL
