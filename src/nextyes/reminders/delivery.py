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
from nextyes.lib.dates import zone_for
from nextyes.reminders import loading, mail
from nextyes.reminders.loading import Clock, Person
from nextyes.reminders.models import Reminder, ReminderKind, ReminderSettings, ReminderState
from nextyes.reminders.services import due_rows

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

    def send(self, user: User, reminders: list[Reminder]) -> None:
        if self.connection is None:
            self.connection = get_connection(fail_silently=False)
            self.connection.open()
        self.connection.send_messages([mail.message_for(user, reminders)])

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()


# People handled together: a few queries per group instead of a few per person.
GROUP = 250


def deliver_due(now: dt.datetime | None = None) -> Delivery:
    """Store every person's due reminders at `now` and email the pending ones (see the module)."""
    done = Delivery()
    prefs_of = {p.owner_id: p for p in ReminderSettings.objects.all()}
    users = list(User.objects.filter(is_active=True).order_by("pk"))
    mailer = Mailer()
    try:
        for start in range(0, len(users), GROUP):
            people = [
                Person(u, prefs_of.get(u.pk) or ReminderSettings(owner=u), _clock(u, now))
                for u in users[start : start + GROUP]
            ]
            resting = loading.on_break(people)
            awake = [p for p in people if p.user.pk not in resting]
            done.people += len(awake)
            current = _store(awake)
            done.due += len(current)
            _settle(awake, current, mailer, done)
    finally:
        mailer.close()
    return done


def _clock(user: User, now: dt.datetime | None) -> Clock:
    return Clock(user, periodic.moment_for(now, zone_for(user)), dt.timedelta(0))


Key = tuple[int, str, str, dt.datetime]


def _key(reminder: Reminder) -> Key:
    return (reminder.owner_id, reminder.kind, reminder.subject, reminder.due_at)


def _store(people: list[Person]) -> set[Key]:
    """Store what is due for each of `people` (the unique key drops what is already there), and
    say what is due now."""
    rows = loading.load(people)
    due = [row for p in people for row in due_rows(p, rows)]
    if due:
        Reminder.objects.bulk_create(due, ignore_conflicts=True)
    return {_key(row) for row in due}


def _may_email(person: Person) -> bool:
    user, clock = person.user, person.clock
    if not (settings.EMAIL_ENABLED and user.email):
        return False
    return not person.prefs.is_quiet(clock.local.time())


def _settle(people: list[Person], current: set[Key], mailer: Mailer, done: Delivery) -> None:
    """Email the pending reminders that are still due, and let go of those that are not.

    A stored reminder may have become moot since (the follow-up logged, the interview removed,
    the ritual finished, the kind switched off): it is never emailed, and its `relevant_until`
    becomes now, so Today's count and the list drop it too.
    """
    if not people:
        return
    by_id = {p.user.pk: p for p in people}
    stored = Reminder.objects.filter(
        owner_id__in=list(by_id),
        dismissed_at__isnull=True,
        due_at__lte=max(p.clock.now for p in people),
        relevant_until__gt=min(p.clock.now for p in people),
    ).order_by("owner_id", "due_at", "id")
    chosen: list[Reminder] = []
    moot: list[tuple[int, dt.datetime]] = []
    for row in stored:
        person = by_id[row.owner_id]
        if not row.due_at <= person.clock.now < row.relevant_until:
            continue
        if _key(row) not in current:
            moot.append((row.pk, person.clock.now))
        elif row.state == ReminderState.PENDING and _may_email(person):
            chosen.append(row)
    for pk, moment in moot:  # rare: one short update each
        Reminder.objects.filter(pk=pk).update(relevant_until=moment)
    if mailer.broken:
        return
    claimed = _claim(chosen)
    for number, (owner_id, batch) in enumerate(_emails(claimed)):
        person = by_id[owner_id]
        try:
            mailer.send(person.user, batch)
        except (smtplib.SMTPException, OSError) as exc:
            # Back to pending: the next run tries again while it is still worth saying.
            unsent = [r.pk for _, later in _emails(claimed)[number:] for r in later]
            Reminder.objects.filter(pk__in=unsent).update(state=ReminderState.PENDING, sent_at=None)
            log.warning("Reminder email to %s not sent: %s", person.user.username, exc)
            done.failed += len(unsent)
            mailer.broken = True
            return
        done.sent += len(batch)


def _emails(reminders: list[Reminder]) -> list[tuple[int, list[Reminder]]]:
    """(owner, the reminders of one email): a person's due together, the digest on its own."""
    grouped: dict[tuple[int, bool], list[Reminder]] = {}
    for reminder in reminders:
        key = (reminder.owner_id, reminder.kind == ReminderKind.DIGEST)
        grouped.setdefault(key, []).append(reminder)
    return [(owner_id, batch) for (owner_id, _digest), batch in grouped.items()]


def _claim(reminders: list[Reminder]) -> list[Reminder]:
    """Mark them sent before sending, in one statement; another worker running at the same
    moment claims none of the same rows (its update finds them no longer pending), so each is
    emailed at most once. This run's own mark, a sent_at to the microsecond, tells which it got."""
    if not reminders:
        return []
    mark = timezone.now()
    ids = [r.pk for r in reminders]
    Reminder.objects.filter(pk__in=ids, state=ReminderState.PENDING).update(
        state=ReminderState.SENT, sent_at=mark
    )
    mine = set(Reminder.objects.filter(pk__in=ids, sent_at=mark).values_list("pk", flat=True))
    return [r for r in reminders if r.pk in mine]
