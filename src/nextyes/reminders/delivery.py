"""The periodic job: every minute, store each person's due reminders and email the pending ones.

`deliver_due(now)` is registered with `lib.periodic` in RemindersConfig.ready(), so the worker
runs it without knowing this app. `now` follows periodic's rule (None, an instant, or a wall-clock
time in each person's own zone); with a `now` ahead, every reminder due by then and still relevant
is sent (an interview's until the interview begins).
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.lib import periodic
from nextyes.lib.ownership import owned
from nextyes.momentum.selectors import user_timezone
from nextyes.reminders import mail
from nextyes.reminders.models import Reminder, ReminderSettings, ReminderState
from nextyes.reminders.selectors import on_break, wanted_kinds
from nextyes.reminders.services import store_due_unchecked

log = logging.getLogger(__name__)


@dataclass
class Delivery:
    """What one run did, for the worker's log and the benchmark."""

    people: int = 0
    due: int = 0
    sent: int = 0
    failed: int = 0


class Mailer:
    """One connection for the whole run, opened at the first email; broken after a failure."""

    def __init__(self) -> None:
        self.connection: BaseEmailBackend | None = None
        self.broken = False

    def send(self, user: User, reminder: Reminder) -> None:
        if self.connection is None:
            self.connection = get_connection(fail_silently=False)
            self.connection.open()
        self.connection.send_messages([mail.message_for(user, reminder)])

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()


def deliver_due(now: dt.datetime | None = None) -> Delivery:
    """Store every person's due reminders at `now` and email the pending ones (see the module)."""
    done = Delivery()
    prefs_of = {p.owner_id: p for p in ReminderSettings.objects.all()}
    mailer = Mailer()
    try:
        for user in User.objects.filter(is_active=True).order_by("pk").iterator():
            moment = periodic.moment_for(now, str(user_timezone(user)))
            if on_break(user, moment):
                continue
            prefs = prefs_of.get(user.pk) or ReminderSettings(owner=user)
            done.people += 1
            done.due += len(store_due_unchecked(user, moment, prefs))
            if _may_email(user, prefs, moment) and not mailer.broken:
                _email_pending(user, prefs, moment, mailer, done)
    finally:
        mailer.close()
    return done


def _may_email(user: User, prefs: ReminderSettings, moment: dt.datetime) -> bool:
    local = moment.astimezone(user_timezone(user))
    return bool(settings.EMAIL_ENABLED and user.email) and not prefs.is_quiet(local.time())


def _email_pending(
    user: User, prefs: ReminderSettings, moment: dt.datetime, mailer: Mailer, done: Delivery
) -> None:
    pending = owned(Reminder, user).filter(
        state=ReminderState.PENDING,
        dismissed_at__isnull=True,
        due_at__lte=moment,
        relevant_until__gt=moment,
        kind__in=wanted_kinds(prefs),
    )
    for reminder in pending.order_by("due_at", "id"):
        # Claimed before it is sent: another worker on the same row finds it taken.
        claimed = Reminder.objects.filter(pk=reminder.pk, state=ReminderState.PENDING).update(
            state=ReminderState.SENT, sent_at=timezone.now()
        )
        if not claimed:
            continue
        try:
            mailer.send(user, reminder)
        except (smtplib.SMTPException, OSError) as exc:
            # Back to pending: the next run tries again while it is still worth saying.
            Reminder.objects.filter(pk=reminder.pk).update(
                state=ReminderState.PENDING, sent_at=None
            )
            log.warning("Reminder email to %s not sent: %s", user.username, exc)
            done.failed += 1
            mailer.broken = True
            return
        done.sent += 1
