"""Silence after applying: "no reply yet" after the person's first threshold, a proposal to
mark the application ghosted after the second, and a follow-up where a contact is linked."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction

from nextyes.accounts.models import User
from nextyes.insights.models import GhostingProposal, InsightSettings
from nextyes.lib import periodic
from nextyes.lib.dates import today_for, zone_for
from nextyes.lib.ownership import owned
from nextyes.pipeline import services as pipeline
from nextyes.pipeline.choices import EventSource, Stage
from nextyes.pipeline.models import Application, Contact


@dataclass
class Silent:
    """An application still at "applied", with how long it has been quiet."""

    id: int
    role: str
    company: str
    applied_on: dt.date
    days: int
    contacts: list[tuple[int, str]] = field(default_factory=list)  # (id, name)
    proposed_on: dt.date | None = None  # the day the daily job proposed it


@dataclass(frozen=True)
class Silence:
    waiting: list[Silent]  # no reply yet, not long enough to call it ghosted
    proposed: list[Silent]  # quiet past ghost_days: NextYes proposes marking them ghosted


def settings_for(user: User) -> InsightSettings:
    """The person's thresholds, created with the defaults on first use."""
    found, _created = InsightSettings.objects.get_or_create(owner=user)
    return found


def classify(
    rows: list[Silent], *, no_reply_days: int, ghost_days: int
) -> tuple[list[Silent], list[Silent]]:
    """Split quiet applications into (no reply yet, propose ghosted); the rest are just young."""
    waiting = [r for r in rows if no_reply_days <= r.days < ghost_days]
    proposed = [r for r in rows if r.days >= ghost_days]
    return waiting, proposed


def _quiet(user: User, today: dt.date, days: int, application: int | None = None) -> list[Silent]:
    """Applications still at "applied" since at least `days` days ago, oldest first."""
    since = today - dt.timedelta(days=days)
    apps = owned(Application, user).filter(status=Stage.APPLIED, status_on__lte=since)
    if application is not None:
        apps = apps.filter(pk=application)
    rows = [
        Silent(pk, role, company, on, (today - on).days)
        for pk, role, company, on in apps.values_list(
            "pk", "role", "company__name", "status_on"
        ).order_by("status_on", "pk")
        if on is not None
    ]
    return rows


def silence(
    user: User, today: dt.date | None = None, limits: InsightSettings | None = None
) -> Silence:
    """What is quiet for this person today, with linked contacts on each (two queries)."""
    today = today or today_for(user)
    limits = limits or settings_for(user)
    waiting, proposed = classify(
        _quiet(user, today, limits.no_reply_days),
        no_reply_days=limits.no_reply_days,
        ghost_days=limits.ghost_days,
    )
    by_id = {r.id: r for r in waiting + proposed}
    if by_id:
        links: dict[int, list[tuple[int, str]]] = defaultdict(list)
        # The ids come from owned() and only the owner links contacts to their applications;
        # filtering on the contact's owner too makes SQLite walk every contact (10 ms).
        through = Contact.applications.through.objects.filter(
            application_id__in=list(by_id)
        ).values_list("application_id", "contact_id", "contact__name")
        for app_id, contact_id, name in through.order_by("contact__name"):
            links[app_id].append((contact_id, name))
        for app_id, contacts in links.items():
            by_id[app_id].contacts = contacts
    if proposed:
        days = owned(GhostingProposal, user).filter(application_id__in=[r.id for r in proposed])
        for app_id, day in days.values_list("application_id", "proposed_on"):
            by_id[app_id].proposed_on = day
    return Silence(waiting, proposed)


def propose(user: User, today: dt.date | None = None) -> int:
    """Record the applications quiet past the person's ghost_days; forget those that moved on.

    The daily job's part: what it records stays the same all day, however often it runs.
    Returns how many are newly proposed.
    """
    today = today or today_for(user)
    ids = {r.id for r in _quiet(user, today, settings_for(user).ghost_days)}
    with transaction.atomic():
        mine = owned(GhostingProposal, user)
        mine.exclude(application_id__in=ids).delete()
        new = ids - set(mine.values_list("application_id", flat=True))
        GhostingProposal.objects.bulk_create(
            [GhostingProposal(owner=user, application_id=i, proposed_on=today) for i in new],
            ignore_conflicts=True,
        )
    return len(new)


def propose_daily(now: dt.datetime | None) -> int:
    """The periodic job: each person's proposals, for the day it is where they live."""
    made = 0
    users = User.objects.filter(is_active=True).order_by("pk")
    for user in users.iterator():
        zone = zone_for(user)
        made += propose(user, periodic.moment_for(now, zone).astimezone(zone).date())
    return made


@transaction.atomic
def mark_ghosted(user: User, application: int | None = None, today: dt.date | None = None) -> int:
    """Mark every proposed application ghosted (or just `application`, when it is proposed and
    the person's own); returns how many moved."""
    today = today or today_for(user)
    limits = settings_for(user)
    ids = [r.id for r in _quiet(user, today, limits.ghost_days, application)]
    for app in owned(Application, user).filter(pk__in=ids).select_related("owner"):
        pipeline.move_application(app, Stage.GHOSTED, on=today, source=EventSource.MANUAL)
    return len(ids)
