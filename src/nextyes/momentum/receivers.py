"""Effort points and goal checks follow what is logged in the tracker, however it arrives, and
the journal's daily check-in.

Receivers run inside the pipeline's transaction, so an import that fails leaves no points behind.
History (an imported spreadsheet) costs almost nothing here: award_points and check_goals skip
dates older than two weeks before touching the database.
"""

from __future__ import annotations

from django.db.models.signals import post_save
from django.dispatch import receiver

from nextyes.accounts.models import User
from nextyes.journal import signals as journal_signals
from nextyes.journal.models import CheckIn
from nextyes.momentum.models import PointReason
from nextyes.momentum.services import award_points, check_goals
from nextyes.pipeline import signals
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import Application, StageEvent, Touchpoint


def application_key(application: Application) -> str:
    return f"application:{application.pk}"


def _what(application: Application) -> str:
    """The ledger's note: which application the points were for."""
    return f"{application.role} — {application.company.name}"[:200]


@receiver(post_save, sender=StageEvent, dispatch_uid="momentum.stage_event_saved")
def stage_event_saved(
    sender: object, instance: StageEvent, raw: bool = False, **kwargs: object
) -> None:
    """An `applied` event is an application sent; an `interview` event is an interview had."""
    if raw:
        return
    owner, on = instance.owner, instance.occurred_on
    if instance.stage == Stage.APPLIED:
        application = instance.application
        key = application_key(application)
        award_points(owner, PointReason.APPLICATION, key=key, on=on, note=_what(application))
        check_goals(owner, on)
    elif instance.stage == Stage.INTERVIEW:
        key = f"interview-event:{instance.pk}"
        award_points(owner, PointReason.INTERVIEW, key=key, on=on, note=_what(instance.application))


@receiver(signals.status_changed, sender=Application, dispatch_uid="momentum.status_changed")
def status_changed(
    sender: object,
    application: Application,
    status: str,
    event: StageEvent | None = None,
    **kwargs: object,
) -> None:
    # The same key as the event receiver: whichever comes first earns the points, once.
    if status == Stage.APPLIED:
        on = event.occurred_on if event is not None else application.status_on
        award_points(
            application.owner,
            PointReason.APPLICATION,
            key=application_key(application),
            on=on,
            note=_what(application),
        )


@receiver(post_save, sender=Touchpoint, dispatch_uid="momentum.touchpoint_saved")
def touchpoint_saved(
    sender: object, instance: Touchpoint, created: bool, raw: bool = False, **kwargs: object
) -> None:
    """Reaching out earns points once; a new or moved touchpoint may complete the outreach goal."""
    if raw:
        return
    owner, on = instance.owner, instance.occurred_on
    if created:
        key = f"touchpoint:{instance.pk}"
        award_points(owner, PointReason.OUTREACH, key=key, on=on, note=instance.contact.name[:200])
    check_goals(owner, on)


@receiver(journal_signals.checkin_saved, sender=CheckIn, dispatch_uid="momentum.checkin_saved")
def checkin_saved(sender: object, user: User, checkin: CheckIn, **kwargs: object) -> None:
    """The first check-in of a day earns effort points, once (the key is the day)."""
    day = checkin.day
    award_points(user, PointReason.CHECK_IN, key=f"check-in:{day.isoformat()}", on=day)
