"""Wins, lessons and check-ins. Journal data is the person's alone: every query is theirs."""

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Router, Status
from ninja.pagination import paginate

from nextyes.api.auth import caller
from nextyes.api.common import ERRORS, Page, PathId
from nextyes.api.schemas import (
    CheckInIn,
    CheckInOut,
    LessonIn,
    LessonOut,
    LessonPatch,
    WinIn,
    WinOut,
    WinPatch,
)
from nextyes.journal import services
from nextyes.journal.models import CheckIn, Win
from nextyes.journal.services import checkins
from nextyes.lib.dates import today_for
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.pipeline.models import Application
from nextyes.recovery.models import Lesson
from nextyes.recovery.services import lessons

router = Router(tags=["wins, lessons and check-ins"])


# --- Wins ----------------------------------------------------------------------------------


@router.get("/wins", response={200: list[WinOut], **ERRORS})
@paginate(Page)
def list_wins(request: HttpRequest) -> QuerySet[Win]:
    return owned(Win, caller(request).user).order_by("-occurred_on", "-id")


@router.post("/wins", response={201: WinOut, **ERRORS})
def create_win(request: HttpRequest, payload: WinIn) -> Status[Win]:
    """Record something that went well (today unless `occurred_on` says otherwise)."""
    user = caller(request).user
    win = services.add_win(user, payload.text, payload.kind, on=payload.occurred_on)
    assert win is not None  # only a win with a source key can be refused as a repeat
    return Status(201, win)


@router.get("/wins/{id}", response={200: WinOut, **ERRORS})
def get_win(request: HttpRequest, id: PathId) -> Win:
    return get_owned_or_404(Win, caller(request).user, id)


@router.patch("/wins/{id}", response={200: WinOut, **ERRORS})
def update_win(request: HttpRequest, id: PathId, payload: WinPatch) -> Win:
    win = get_owned_or_404(Win, caller(request).user, id)
    return services.update_win(
        win,
        text=payload.text or win.text,
        kind=payload.kind or win.kind,
        on=payload.occurred_on or win.occurred_on,
    )


@router.delete("/wins/{id}", response={204: None, **ERRORS})
def delete_win(request: HttpRequest, id: PathId) -> Status[None]:
    services.delete_win(get_owned_or_404(Win, caller(request).user, id))
    return Status(204, None)


# --- Lessons -------------------------------------------------------------------------------


def _application(request: HttpRequest, pk: int | None) -> Application | None:
    return None if pk is None else get_owned_or_404(Application, caller(request).user, pk)


@router.get("/lessons", response={200: list[LessonOut], **ERRORS})
@paginate(Page)
def list_lessons(request: HttpRequest) -> QuerySet[Lesson]:
    return owned(Lesson, caller(request).user).order_by("-learned_on", "-id")


@router.post("/lessons", response={201: LessonOut, **ERRORS})
def create_lesson(request: HttpRequest, payload: LessonIn) -> Status[Lesson]:
    """Keep a lesson in your own words, optionally about one application."""
    lesson = lessons.add_lesson(
        caller(request).user,
        payload.text,
        tags=payload.tags,
        application=_application(request, payload.application_id),
        learned_on=payload.learned_on,
    )
    return Status(201, lesson)


@router.get("/lessons/{id}", response={200: LessonOut, **ERRORS})
def get_lesson(request: HttpRequest, id: PathId) -> Lesson:
    return get_owned_or_404(Lesson, caller(request).user, id)


@router.patch("/lessons/{id}", response={200: LessonOut, **ERRORS})
def update_lesson(request: HttpRequest, id: PathId, payload: LessonPatch) -> Lesson:
    lesson = get_owned_or_404(Lesson, caller(request).user, id)
    given = payload.dict(exclude_unset=True)
    application = (
        _application(request, payload.application_id)
        if "application_id" in given
        else lesson.application
    )
    return lessons.update_lesson(
        lesson,
        text=payload.text or lesson.text,
        tags=lesson.tags if payload.tags is None else payload.tags,
        application=application,
        learned_on=payload.learned_on,
    )


@router.delete("/lessons/{id}", response={204: None, **ERRORS})
def delete_lesson(request: HttpRequest, id: PathId) -> Status[None]:
    lessons.delete_lesson(get_owned_or_404(Lesson, caller(request).user, id))
    return Status(204, None)


# --- Check-ins -----------------------------------------------------------------------------


@router.get("/checkins", response={200: list[CheckInOut], **ERRORS})
@paginate(Page)
def list_checkins(request: HttpRequest) -> QuerySet[CheckIn]:
    return owned(CheckIn, caller(request).user).order_by("-day", "-id")


@router.post("/checkins", response={200: CheckInOut, **ERRORS})
def save_checkin(request: HttpRequest, payload: CheckInIn) -> CheckIn:
    """Check in for a day (today by default). A day has one check-in: posting again updates it,
    and the fields you leave out keep their value."""
    user = caller(request).user
    given = payload.dict(exclude_unset=True)
    given["day"] = payload.day or today_for(user)
    if given.get("emotions", []) is None:
        given["emotions"] = []
    if given.get("note", "") is None:
        given["note"] = ""
    return checkins.save_checkin(user, **given)


@router.get("/checkins/{id}", response={200: CheckInOut, **ERRORS})
def get_checkin(request: HttpRequest, id: PathId) -> CheckIn:
    return get_owned_or_404(CheckIn, caller(request).user, id)


@router.delete("/checkins/{id}", response={204: None, **ERRORS})
def delete_checkin(request: HttpRequest, id: PathId) -> Status[None]:
    checkins.delete_checkin(get_owned_or_404(CheckIn, caller(request).user, id))
    return Status(204, None)
