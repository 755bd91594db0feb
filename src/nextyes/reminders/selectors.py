"""Reading reminders: a person's choices, their list (due and coming), the count on Today."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.lib.dates import zone_for
from nextyes.lib.ownership import owned
from nextyes.momentum.selectors import current_break
from nextyes.reminders.due import Candidate, candidates
from nextyes.reminders.models import SWITCHES, Reminder, ReminderSettings

# The in-app list and `nextyes remind list` show what is due and what comes in this many days.
UPCOMING = dt.timedelta(days=7)


def settings_for(user: User) -> ReminderSettings:
    """The person's choices; the defaults (unsaved) until they change one."""
    found = owned(ReminderSettings, user).first()
    return found if found is not None else ReminderSettings(owner=user)


def on_break(user: User, now: dt.datetime) -> bool:
    """During a break nothing nags: no reminder is stored, listed or sent."""
    return current_break(user, now.astimezone(zone_for(user)).date()) is not None


@dataclass(frozen=True)
class Listed:
    """One line of the list: a reminder due now (stored, `reminder` set) or one coming."""

    candidate: Candidate
    reminder: Reminder | None
    due: bool

    @property
    def state(self) -> str:
        if self.reminder is None:
            return "due" if self.due else "coming"
        return str(self.reminder.state)


def wanted_kinds(prefs: ReminderSettings) -> list[str]:
    return [kind for kind in SWITCHES if prefs.wants(kind)]


def reminder_list(user: User, now: dt.datetime | None = None) -> list[Listed]:
    """What is due (not dismissed) and what comes within UPCOMING, the soonest first.

    Computed afresh, so a follow-up already done or an interview moved drops out at once; the
    stored rows add whether each was emailed or dismissed.
    """
    now = now or timezone.now()
    if on_break(user, now):
        return []
    prefs = settings_for(user)
    found = candidates(user, prefs, now, UPCOMING)
    stored = {
        (r.kind, r.subject, r.due_at): r
        for r in owned(Reminder, user).filter(
            due_at__lte=now, relevant_until__gt=now, kind__in=wanted_kinds(prefs)
        )
    }
    listed = []
    for candidate in found:
        row = stored.get((candidate.kind, candidate.subject, candidate.due_at))
        if row is not None and row.dismissed_at is not None:
            continue
        listed.append(Listed(candidate, row, candidate.due_at <= now))
    return listed


def due_count(user: User, now: dt.datetime | None = None) -> int:
    """How many stored reminders wait to be seen (for Today): one query, nothing computed.

    A kind switched off has its waiting rows dismissed with it (services), so none count here.
    """
    now = now or timezone.now()
    return (
        owned(Reminder, user)
        .filter(due_at__lte=now, relevant_until__gt=now, dismissed_at__isnull=True)
        .count()
    )
