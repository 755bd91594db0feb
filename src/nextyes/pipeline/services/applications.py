"""Use cases for applications and their stage events. Views, API routes, the CLI and importers
call these through `nextyes.pipeline.services`."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict, Unpack

from django.core.exceptions import ValidationError
from django.db import router, transaction
from django.db.models.signals import post_save

from nextyes.accounts.models import User
from nextyes.lib.dates import today_for
from nextyes.lib.ownership import owned
from nextyes.pipeline import signals
from nextyes.pipeline.choices import OUTCOME_STAGES, EventSource, Stage
from nextyes.pipeline.models import Application, Company, StageEvent
from nextyes.pipeline.status import derive_status


class ApplicationDetails(TypedDict, total=False):
    """An application's fields besides its company and role; None sets a field to its blank."""

    link: str | None
    channel: str | None
    applied_on: dt.date | None
    fit: int | None
    resume_version: str | None
    salary: str | None
    location: str | None
    work_mode: str | None
    closes_on: dt.date | None
    job_description: str | None
    notes: str | None


class ApplicationChanges(ApplicationDetails, total=False):
    """What update_application may change: any field, the company (a name or the record) too."""

    company: str | Company
    role: str


class ApplicationInput(ApplicationDetails):
    """What the application form gives create_application: the company's name and the role."""

    company: str
    role: str


class EventChanges(TypedDict, total=False):
    """What update_event may change on a stage event."""

    stage: str
    occurred_on: dt.date
    round: int | None
    note: str


# The form's fields, in its order: the role, then every detail (the TypedDict keeps its order).
APPLICATION_FIELDS = ("role", *ApplicationDetails.__annotations__)


def company_named(user: User, name: str) -> Company:
    """The person's company of that name (case-insensitive), created when new."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError({"company": "A company name is needed."})
    existing = owned(Company, user).filter(name__iexact=clean).first()
    if existing is not None:
        return existing
    company = Company(owner=user, name=clean)
    company.full_clean()
    company.save()
    return company


@transaction.atomic
def create_application(
    user: User,
    *,
    company: str | Company,
    role: str,
    source: str = EventSource.MANUAL,
    stage: str | None = None,
    stage_on: dt.date | None = None,
    **fields: Unpack[ApplicationDetails],
) -> Application:
    """Create an application and its first event.

    With `applied_on` the first event is `applied` on that date, else `saved` today; `stage`
    (e.g. from an import) adds that later stage on `stage_on`.
    """
    unknown = set(fields) - set(APPLICATION_FIELDS)
    if unknown:
        raise TypeError(f"Unknown application fields: {sorted(unknown)}")
    company_obj = company if isinstance(company, Company) else company_named(user, company)
    application = Application(owner=user, company=company_obj, role=" ".join(role.split()))
    for name, value in fields.items():
        setattr(application, name, value if value is not None else _blank(name))
    application.full_clean()
    application.save()
    today = today_for(user)
    if application.applied_on:
        _record(application, Stage.APPLIED, application.applied_on, source=source)
    else:
        _record(application, Stage.SAVED, today, source=source)
    if stage and stage not in {Stage.SAVED, Stage.APPLIED}:
        _record(application, stage, stage_on or application.applied_on or today, source=source)
    refresh_status(application)
    return application


def _blank(field: str) -> str | None:
    # Dates and numbers are blank as NULL, text as "": the model field says which.
    return None if Application._meta.get_field(field).null else ""


@transaction.atomic
def update_application(
    application: Application, **fields: Unpack[ApplicationChanges]
) -> Application:
    """Change an application's details; a changed `applied_on` moves its `applied` event too."""
    for name, value in fields.items():
        if name == "company":
            value = (
                value
                if isinstance(value, Company)
                else company_named(application.owner, str(value))
            )
        elif name not in APPLICATION_FIELDS:
            raise TypeError(f"Unknown application field: {name}")
        setattr(application, name, value if value is not None else _blank(name))
    application.full_clean()
    application.save()
    if "applied_on" in fields and application.applied_on:
        applied = application.events.filter(stage=Stage.APPLIED).order_by("occurred_on").first()
        if applied is None:
            _record(application, Stage.APPLIED, application.applied_on)
        elif applied.occurred_on != application.applied_on:
            applied.occurred_on = application.applied_on
            applied.save(update_fields=["occurred_on"])
        refresh_status(application)
    return application


@transaction.atomic
def move_application(
    application: Application,
    stage: str,
    *,
    on: dt.date | None = None,
    round: int | None = None,
    source: str = EventSource.MANUAL,
    note: str = "",
) -> StageEvent:
    """Move an application to a stage: this records an event and re-derives the status."""
    occurred_on = on or today_for(application.owner)
    if stage == Stage.INTERVIEW and round is None:
        round = application.events.filter(stage=Stage.INTERVIEW).count() + 1
    event = _record(application, stage, occurred_on, round=round, source=source, note=note)
    if stage == Stage.APPLIED and application.applied_on is None:
        application.applied_on = occurred_on
        application.save(update_fields=["applied_on", "updated_at"])
    refresh_status(application, event=event)
    return event


@transaction.atomic
def update_event(event: StageEvent, **fields: Unpack[EventChanges]) -> StageEvent:
    """Correct an event (stage, date, round, note); the status follows."""
    for name in ("stage", "occurred_on", "round", "note"):
        if name in fields:
            setattr(event, name, fields[name])
    if event.stage != Stage.INTERVIEW:
        event.round = None
    event.full_clean(exclude=["application", "owner"])
    event.save()
    refresh_status(event.application, event=event)
    return event


@transaction.atomic
def delete_event(event: StageEvent) -> Application:
    """Remove a mistaken event; the status falls back to the one before it."""
    application = event.application
    event.delete()
    refresh_status(application)
    return application


def _record(
    application: Application,
    stage: str,
    occurred_on: dt.date,
    *,
    round: int | None = None,
    source: str = EventSource.MANUAL,
    note: str = "",
) -> StageEvent:
    if stage not in Stage.values:
        raise ValidationError({"stage": f"“{stage}” is not a stage."})
    event = StageEvent(
        owner=application.owner,
        application=application,
        stage=stage,
        occurred_on=occurred_on,
        round=round if stage == Stage.INTERVIEW else None,
        source=source,
        note=note,
    )
    event.full_clean(exclude=["application", "owner"])
    event.save()
    return event


def refresh_status(
    application: Application, *, event: StageEvent | None = None, notify: bool = True
) -> None:
    """Re-derive the cached status from the events and tell listeners when it changed."""
    previous = application.status
    status, status_on = derive_status(application.events.all())
    if (status, status_on) != (application.status, application.status_on):
        application.status, application.status_on = status, status_on
        application.save(update_fields=["status", "status_on", "updated_at"])
    if not notify or status == previous:
        return
    latest = event or application.events.order_by("-occurred_on", "-id").first()
    _announce(application, latest, previous, status)


def announce_imported(application: Application, events: list[StageEvent]) -> None:
    """Tell listeners about an application an import wrote in bulk, as create_application would.

    Bulk inserts send no signals, so an import replays them once its rows are visible: each
    event as saved, then the status it moved to from `saved`. Receivers are idempotent (points,
    wins and rituals are keyed), so replaying after an interruption adds nothing twice.
    """
    using = router.db_for_write(StageEvent)
    for event in events:
        post_save.send(
            sender=StageEvent,
            instance=event,
            created=True,
            update_fields=None,
            raw=False,
            using=using,
        )
    if application.status != Stage.SAVED:
        latest = max(events, key=lambda e: (e.occurred_on, e.pk or 0), default=None)
        _announce(application, latest, Stage.SAVED, application.status)


def _announce(
    application: Application, latest: StageEvent | None, previous: str, status: str
) -> None:
    signals.status_changed.send(
        sender=Application,
        application=application,
        event=latest,
        previous_status=previous,
        status=status,
    )
    if status in OUTCOME_STAGES and latest is not None and latest.stage == status:
        signals.outcome_reached.send(
            sender=Application, application=application, event=latest, source=latest.source
        )


@transaction.atomic
def delete_application(application: Application) -> None:
    """Delete an application with its events, interviews and touchpoint links."""
    company = application.company
    application.delete()
    if not company.applications.exists() and not company.contacts.exists():
        company.delete()
