"""Use cases for interviews: logging one, changing or deleting it, and scheduling one (which also
moves the application to its interview stage, as `nextyes move ID interview` does). The
interview form, the CLI, the inbox and the API all come through here."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict, Unpack

from django.db import transaction
from django.utils import timezone

from nextyes.lib.dates import today_for, zone_for
from nextyes.pipeline.choices import EventSource, Stage
from nextyes.pipeline.models import Application, Interview, StageEvent
from nextyes.pipeline.selectors import next_interview_round
from nextyes.pipeline.services.applications import move_application


class InterviewDetails(TypedDict, total=False):
    """An interview's fields besides its time and kind; None blanks a text field."""

    round: int | None
    location: str | None
    prep_notes: str | None
    questions_asked: str | None
    rating: int | None
    notes: str | None


class InterviewChanges(InterviewDetails, total=False):
    """What update_interview may change: any field, the time and the kind too."""

    scheduled_at: dt.datetime
    kind: str


_TEXT = frozenset({"location", "prep_notes", "questions_asked", "notes"})
# A place or a video link: an invitation's calendar file may carry a long one.
MAX_LOCATION = 500


@transaction.atomic
def add_interview(
    application: Application,
    scheduled_at: dt.datetime,
    *,
    kind: str,
    **fields: Unpack[InterviewDetails],
) -> Interview:
    """Log an interview on an application, as the next round unless one is given (its timeline
    is left as it is: `schedule_interview` moves the application too)."""
    round = fields.pop("round", None) or next_interview_round(application.owner, application)
    interview = Interview(
        owner=application.owner,
        application=application,
        scheduled_at=scheduled_at,
        kind=kind,
        round=round,
    )
    return _save(interview, fields)


@transaction.atomic
def update_interview(interview: Interview, **fields: Unpack[InterviewChanges]) -> Interview:
    return _save(interview, fields)


@transaction.atomic
def delete_interview(interview: Interview) -> None:
    interview.delete()


def _save(interview: Interview, fields: InterviewDetails | InterviewChanges) -> Interview:
    for name, value in fields.items():
        if name in _TEXT:
            text = str(value or "")
            value = text.strip()[:MAX_LOCATION] if name == "location" else text
        setattr(interview, name, value)
    interview.full_clean(exclude=["owner", "application", "contacts"])
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
