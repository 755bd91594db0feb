"""Use cases for interviews, for callers without a form (the API): add, change, delete."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict, Unpack

from django.db import transaction

from nextyes.lib.ownership import owned
from nextyes.pipeline.models import Application, Interview


class InterviewDetails(TypedDict, total=False):
    round: int
    prep_notes: str
    questions_asked: str
    rating: int | None
    notes: str


class InterviewChanges(InterviewDetails, total=False):
    scheduled_at: dt.datetime
    kind: str


_TEXT = frozenset({"prep_notes", "questions_asked", "notes"})


def next_round(application: Application) -> int:
    return owned(Interview, application.owner).filter(application=application).count() + 1


@transaction.atomic
def add_interview(
    application: Application,
    *,
    scheduled_at: dt.datetime,
    kind: str,
    **fields: Unpack[InterviewDetails],
) -> Interview:
    """Add an interview to the application, as the next round unless one is given."""
    interview = Interview(
        owner=application.owner,
        application=application,
        scheduled_at=scheduled_at,
        kind=kind,
        round=fields.pop("round", None) or next_round(application),
    )
    return _save(interview, fields)


@transaction.atomic
def update_interview(interview: Interview, **fields: Unpack[InterviewChanges]) -> Interview:
    return _save(interview, fields)


def _save(interview: Interview, fields: InterviewDetails | InterviewChanges) -> Interview:
    for name, value in fields.items():
        setattr(interview, name, "" if value is None and name in _TEXT else value)
    interview.full_clean(exclude=["owner", "application", "contacts"])
    interview.save()
    return interview


@transaction.atomic
def delete_interview(interview: Interview) -> None:
    interview.delete()
