"""What the API sends and takes. Dates are ISO 8601 (`2026-03-02`), times with their offset."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema
from pydantic import field_validator

from nextyes.api.common import RecordId
from nextyes.journal.models import WinKind
from nextyes.pipeline.choices import (
    Channel,
    InterviewKind,
    Relationship,
    Stage,
    TouchpointKind,
    WorkMode,
)
from nextyes.pipeline.models import Application, Contact

NUL = "Remove the NUL character (\\x00): text cannot hold one."


class In(Schema):
    """What the API takes. No text may hold a NUL character: PostgreSQL cannot store one, so
    every database refuses it the same way, as a 422."""

    @field_validator("*", mode="after")
    @classmethod
    def no_nul(cls, value: object) -> object:
        texts = value if isinstance(value, list) else [value]
        if any(isinstance(text, str) and "\x00" in text for text in texts):
            raise ValueError(NUL)
        return value


Text = Field(None, max_length=200)
LongText = Field(None, max_length=20_000)
Rating = Field(None, ge=1, le=5)


# --- Applications --------------------------------------------------------------------------


class ApplicationOut(Schema):
    id: int
    company: str
    company_id: int
    role: str
    channel: str
    status: str
    status_on: dt.date | None
    applied_on: dt.date | None
    link: str
    fit: int | None
    resume_version: str
    salary: str
    location: str
    work_mode: str
    closes_on: dt.date | None
    job_description: str
    notes: str
    created_at: dt.datetime
    updated_at: dt.datetime

    @staticmethod
    def resolve_company(obj: Application) -> str:
        return obj.company.name


class ApplicationDetailsIn(In):
    channel: Channel | None = None
    applied_on: dt.date | None = None
    link: str | None = Field(None, max_length=1000)
    fit: int | None = Rating
    resume_version: str | None = Field(None, max_length=100)
    salary: str | None = Field(None, max_length=100)
    location: str | None = Text
    work_mode: WorkMode | None = None
    closes_on: dt.date | None = None
    job_description: str | None = LongText
    notes: str | None = LongText


class ApplicationIn(ApplicationDetailsIn):
    company: str = Field(..., min_length=1, max_length=200)
    role: str = Field(..., min_length=1, max_length=200)


class ApplicationPatch(ApplicationDetailsIn):
    company: str | None = Field(None, min_length=1, max_length=200)
    role: str | None = Field(None, min_length=1, max_length=200)


class ApplicationFilters(In):
    status: Stage | None = None
    channel: Channel | None = None
    applied_from: dt.date | None = Field(None, description="Applied on or after this day.")
    applied_to: dt.date | None = Field(None, description="Applied on or before this day.")


class MoveIn(In):
    stage: Stage
    on: dt.date | None = Field(None, description="The day it happened (default: today).")
    note: str = Field("", max_length=500)


class EventOut(Schema):
    id: int
    application_id: int
    stage: str
    round: int | None
    occurred_on: dt.date
    source: str
    note: str


# --- Interviews ----------------------------------------------------------------------------


class InterviewOut(Schema):
    id: int
    application_id: int
    scheduled_at: dt.datetime
    round: int
    kind: str
    prep_notes: str
    questions_asked: str
    rating: int | None
    notes: str


class InterviewFields(In):
    round: int | None = Field(None, ge=1, le=50)
    prep_notes: str | None = LongText
    questions_asked: str | None = LongText
    rating: int | None = Rating
    notes: str | None = LongText


class InterviewIn(InterviewFields):
    application_id: RecordId
    scheduled_at: dt.datetime
    kind: InterviewKind


class InterviewPatch(InterviewFields):
    scheduled_at: dt.datetime | None = None
    kind: InterviewKind | None = None


# --- Companies, contacts, touchpoints ------------------------------------------------------


class CompanyOut(Schema):
    id: int
    name: str
    website: str
    mail_domains: str


class CompanyPatch(In):
    name: str | None = Field(None, min_length=1, max_length=200)
    website: str | None = Field(None, max_length=200)
    mail_domains: str | None = Field(None, max_length=500)


class ContactOut(Schema):
    id: int
    name: str
    title: str
    company: str | None
    company_id: int | None
    email: str
    linkedin_url: str
    relationship: str
    notes: str
    application_ids: list[int]

    @staticmethod
    def resolve_company(obj: Contact) -> str | None:
        return obj.company.name if obj.company else None

    @staticmethod
    def resolve_application_ids(obj: Contact) -> list[int]:
        return sorted(a.pk for a in obj.applications.all())


class ContactFields(In):
    title: str | None = Text
    company: str | None = Text
    email: str | None = Field(None, max_length=254)
    linkedin_url: str | None = Text
    relationship: Relationship | None = None
    notes: str | None = LongText
    application_ids: list[RecordId] | None = Field(None, max_length=500)


class ContactIn(ContactFields):
    name: str = Field(..., min_length=1, max_length=200)


class ContactPatch(ContactFields):
    name: str | None = Field(None, min_length=1, max_length=200)


class TouchpointOut(Schema):
    id: int
    contact_id: int
    application_id: int | None
    occurred_on: dt.date
    kind: str
    note: str
    follow_up_on: dt.date | None


class TouchpointIn(In):
    kind: TouchpointKind
    occurred_on: dt.date | None = None
    note: str | None = LongText
    application_id: RecordId | None = None
    follow_up_on: dt.date | None = None


class TouchpointPatch(In):
    kind: TouchpointKind | None = None
    occurred_on: dt.date | None = None
    note: str | None = LongText
    application_id: RecordId | None = None
    follow_up_on: dt.date | None = None


# --- Wins, lessons, check-ins --------------------------------------------------------------


class WinOut(Schema):
    id: int
    text: str
    kind: str
    occurred_on: dt.date
    automatic: bool
    application_id: int | None


class WinIn(In):
    text: str = Field(..., min_length=1, max_length=500)
    kind: WinKind = WinKind.OTHER
    occurred_on: dt.date | None = None


class WinPatch(In):
    text: str | None = Field(None, min_length=1, max_length=500)
    kind: WinKind | None = None
    occurred_on: dt.date | None = None


class LessonOut(Schema):
    id: int
    text: str
    tags: str
    application_id: int | None
    stage: str
    learned_on: dt.date


class LessonIn(In):
    text: str = Field(..., min_length=1, max_length=5000)
    tags: str = Field("", max_length=200)
    application_id: RecordId | None = None
    learned_on: dt.date | None = None


class LessonPatch(In):
    text: str | None = Field(None, min_length=1, max_length=5000)
    tags: str | None = Field(None, max_length=200)
    application_id: RecordId | None = None
    learned_on: dt.date | None = None


class CheckInOut(Schema):
    id: int
    day: dt.date
    mood: int
    emotions: list[str]
    energy: int | None
    sleep_hours: float | None
    movement_minutes: int | None
    ate_well: bool | None
    connected: bool | None
    note: str


class CheckInIn(In):
    mood: int = Field(..., ge=1, le=5)
    day: dt.date | None = Field(None, description="The day (default: today); one check-in a day.")
    emotions: list[str] | None = Field(None, max_length=30)
    energy: int | None = Field(None, ge=1, le=5)
    sleep_hours: float | None = Field(None, ge=0, le=24)
    movement_minutes: int | None = Field(None, ge=0, le=1440)
    ate_well: bool | None = None
    connected: bool | None = None
    note: str | None = Field(None, max_length=2000)


class InsightsFilters(In):
    channel: Channel | None = None
    applied_from: dt.date | None = None
    applied_to: dt.date | None = None
