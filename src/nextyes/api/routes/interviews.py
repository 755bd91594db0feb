"""Interviews of an application: when, which round, how it went."""

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Router, Status
from ninja.pagination import paginate

from nextyes.api.auth import caller
from nextyes.api.common import ERRORS, Page, PathId, RecordId
from nextyes.api.schemas import InterviewIn, InterviewOut, InterviewPatch
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.pipeline.models import Application, Interview
from nextyes.pipeline.services import interviews as services

router = Router(tags=["interviews"])


@router.get("/interviews", response={200: list[InterviewOut], **ERRORS})
@paginate(Page)
def list_interviews(
    request: HttpRequest, application_id: RecordId | None = None
) -> QuerySet[Interview]:
    """Your interviews in time order; `application_id` keeps one application's."""
    found = owned(Interview, caller(request).user)
    if application_id is not None:
        found = found.filter(application_id=application_id)
    return found.order_by("scheduled_at", "id")


@router.post("/interviews", response={201: InterviewOut, **ERRORS})
def create_interview(request: HttpRequest, payload: InterviewIn) -> Status[Interview]:
    """Add an interview to one of your applications (the next round unless `round` is given)."""
    application = get_owned_or_404(Application, caller(request).user, payload.application_id)
    fields = payload.dict(exclude_unset=True, exclude={"application_id", "scheduled_at", "kind"})
    created = services.add_interview(
        application, scheduled_at=payload.scheduled_at, kind=payload.kind, **fields
    )
    return Status(201, created)


@router.get("/interviews/{id}", response={200: InterviewOut, **ERRORS})
def get_interview(request: HttpRequest, id: PathId) -> Interview:
    return get_owned_or_404(Interview, caller(request).user, id)


@router.patch("/interviews/{id}", response={200: InterviewOut, **ERRORS})
def update_interview(request: HttpRequest, id: PathId, payload: InterviewPatch) -> Interview:
    interview = get_owned_or_404(Interview, caller(request).user, id)
    fields = payload.dict(exclude_unset=True)
    for required in ("scheduled_at", "kind", "round"):
        if fields.get(required, "") is None:
            del fields[required]
    return services.update_interview(interview, **fields)


@router.delete("/interviews/{id}", response={204: None, **ERRORS})
def delete_interview(request: HttpRequest, id: PathId) -> Status[None]:
    services.delete_interview(get_owned_or_404(Interview, caller(request).user, id))
    return Status(204, None)
