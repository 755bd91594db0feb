"""Writing reminders: storing the due ones once, dismissing, and each person's choices."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TypedDict

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nextyes.accounts.models import User
from nextyes.lib.ownership import owned
from nextyes.reminders.digest import digest_text
from nextyes.reminders.due import Candidate, candidates_for
from nextyes.reminders.loading import Clock, Person, Rows, load
from nextyes.reminders.models import SWITCHES, Reminder, ReminderKind, ReminderSettings
from nextyes.reminders.selectors import on_break, settings_for


class SettingsInput(TypedDict, total=False):
    follow_up: bool
    interview: bool
    thank_you: bool
    ritual: bool
    weekly_goals: bool
    weekly_review: bool
    deadline: bool
    check_in: bool
    digest: bool
    quiet_from: dt.time
    quiet_until: dt.time


def row_for(user: User, candidate: Candidate) -> Reminder:
    return Reminder(
        owner=user,
        kind=candidate.kind,
        subject=candidate.subject,
        due_at=candidate.due_at,
        relevant_until=candidate.relevant_until,
        title=candidate.title[:300],
        detail=candidate.detail,
        link=candidate.link[:300],
        application_id=candidate.application_id,
    )


def store_due(
    user: User, now: dt.datetime, prefs: ReminderSettings | None = None
) -> list[Reminder]:
    """Store every reminder due at `now` and still relevant; a second run adds nothing.

    The unique (owner, kind, subject, due moment) key does the deduplication, so two workers
    computing the same minute meet at the database instead of sending twice. Nothing during a
    break.
    """
    person = Person(user, prefs or settings_for(user), Clock(user, now, dt.timedelta(0)))
    if on_break(person.user, now):
        return []
    due = due_rows(person, load([person]))
    if due:
        Reminder.objects.bulk_create(due, ignore_conflicts=True)
    return due


def due_rows(person: Person, rows: Rows) -> list[Reminder]:
    """The rows to store for what is due for `person` now (the job calls this for many)."""
    clock = person.clock
    due = [c for c in candidates_for(person, rows) if c.due_at <= clock.now]
    return [row_for(person.user, _with_numbers(person.user, c)) for c in due]


def _with_numbers(user: User, candidate: Candidate) -> Candidate:
    # The digest's numbers are counted once, when it is first due, and kept with it.
    if candidate.kind != ReminderKind.DIGEST:
        return candidate
    stored = owned(Reminder, user).filter(
        kind=candidate.kind, subject=candidate.subject, due_at=candidate.due_at
    )
    if stored.exists():
        return candidate
    return replace(candidate, detail=digest_text(user, candidate.due_at.date()))


def dismiss(reminder: Reminder) -> None:
    """Gone from the list, and never emailed."""
    if reminder.dismissed_at is None:
        reminder.dismissed_at = timezone.now()
        reminder.save(update_fields=["dismissed_at"])


@transaction.atomic
def save_settings(user: User, data: SettingsInput) -> ReminderSettings:
    """The person's switches and quiet hours, created on first change. A kind switched off
    takes its waiting reminders with it."""
    prefs, _created = ReminderSettings.objects.select_for_update().get_or_create(owner=user)
    for name, value in data.items():
        setattr(prefs, name, value)
    prefs.full_clean(exclude=["owner"])
    prefs.save()
    _dismiss_unsent(user, [kind for kind in SWITCHES if not prefs.wants(kind)])
    return prefs


def _dismiss_unsent(user: User, kinds: list[str]) -> None:
    if kinds:
        owned(Reminder, user).filter(
            kind__in=kinds, dismissed_at__isnull=True, sent_at__isnull=True
        ).update(dismissed_at=timezone.now())


@transaction.atomic
def switch_off(user: User, kind: str) -> ReminderSettings:
    """One kind off (the unsubscribe link): its pending ones are dismissed with it."""
    if kind not in SWITCHES:
        raise ValidationError(_("There is no such kind of reminder."))
    prefs, _created = ReminderSettings.objects.select_for_update().get_or_create(owner=user)
    setattr(prefs, SWITCHES[kind], False)
    prefs.save()
    _dismiss_unsent(user, [kind])
    return prefs
