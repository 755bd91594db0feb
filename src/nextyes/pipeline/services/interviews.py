"""Use cases for interviews: logging one, and scheduling one (which also moves the application to
its interview stage, as `nextyes move ID interview` does)."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from nextyes.lib.dates import today_for, zone_for
from nextyes.pipeline.choices import EventSource, Stage
from nextyes.pipeline.models import Application, Interview, StageEvent
from nextyes.pipeline.selectors import next_interview_round
from nextyes.pipeline.services.applications import move_application


@transaction.atomic
def add_interview(
    application: Application,
    scheduled_at: dt.datetime,
    *,
    kind: str,
    round: int | None = None,
    location: str = "",
) -> Interview:
    """Log an interview on an application (its timeline is left as it is)."""
    interview = Interview(
        owner=application.owner,
        application=application,
        scheduled_at=scheduled_at,
        round=round or next_interview_round(application.owner, application),
        kind=kind,
        location=location.strip()[:500],
    )
    interview.full_clean()
    interview.save()
    return interview


@transaction.atomic
def schedule_interview(
    application: Application,
    scheduled_at: dt.datetime,
    *,
    kind: str,
    round: int | None = None,
    location: str = "",
    source: str = EventSource.MANUAL,
) -> tuple[Interview, StageEvent | None]:
    """Log an interview and record the interview stage on the timeline for its round.

    The event is dated the day it was set up (today), or the interview's own day when that has
    passed already. A round the timeline already shows gets no second event.
    """
    round = round or next_interview_round(application.owner, application)
    interview = add_interview(application, scheduled_at, kind=kind, round=round, location=location)
    if application.events.filter(stage=Stage.INTERVIEW, round=round).exists():
        return interview, None
    day = timezone.localtime(scheduled_at, zone_for(application.owner)).date()
    on = min(day, today_for(application.owner))
    event = move_application(application, Stage.INTERVIEW, on=on, round=round, source=source)
    return interview, event
