"""Applications and their stage events. Moving one goes through the same service as the board,
so a rejection opens its ritual and earns its points exactly as there."""

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Query, Router, Status
from ninja.pagination import paginate

from nextyes.api.auth import caller
from nextyes.api.common import ERRORS, Page, PathId
from nextyes.api.schemas import (
    ApplicationFilters,
    ApplicationIn,
    ApplicationOut,
    ApplicationPatch,
    EventOut,
    MoveIn,
)
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, StageEvent

router = Router(tags=["applications"])


def _mine(request: HttpRequest, pk: int) -> Application:
    return get_owned_or_404(Application, caller(request).user, pk)


@router.get("/applications", response={200: list[ApplicationOut], **ERRORS})
@paginate(Page)
def list_applications(
    request: HttpRequest, filters: Query[ApplicationFilters]
) -> QuerySet[Application]:
    """Your applications, newest first; filter by status, channel and the day you applied."""
    found = owned(Application, caller(request).user).select_related("company")
    if filters.status:
        found = found.filter(status=filters.status)
    if filters.channel:
        found = found.filter(channel=filters.channel)
    if filters.applied_from:
        found = found.filter(applied_on__gte=filters.applied_from)
    if filters.applied_to:
        found = found.filter(applied_on__lte=filters.applied_to)
    # Newest first by id (the order they were made in): the owner index already holds ids in
    # order, so no sort of every row per page (three times faster than by created_at).
    return found.order_by("-id")


@router.post("/applications", response={201: ApplicationOut, **ERRORS})
def create_application(request: HttpRequest, payload: ApplicationIn) -> Status[Application]:
    """Add an application: `applied_on` makes it applied on that day, else it is saved today."""
    # Leaving a field out and sending null mean the same on creation: its default.
    fields = {k: v for k, v in payload.dict(exclude_unset=True).items() if v is not None}
    company, role = fields.pop("company"), fields.pop("role")
    created = services.create_application(
        caller(request).user, company=company, role=role, **fields
    )
    return Status(201, created)


@router.get("/applications/{id}", response={200: ApplicationOut, **ERRORS})
def get_application(request: HttpRequest, id: PathId) -> Application:
    return _mine(request, id)


@router.patch("/applications/{id}", response={200: ApplicationOut, **ERRORS})
def update_application(request: HttpRequest, id: PathId, payload: ApplicationPatch) -> Application:
    """Change any of its fields; the ones you leave out stay as they are."""
    application = _mine(request, id)
    fields = payload.dict(exclude_unset=True)
    for required in ("company", "role", "channel"):
        if fields.get(required, "") is None:
            del fields[required]  # these cannot be blank: null leaves them as they are
    return services.update_application(application, **fields)


@router.delete("/applications/{id}", response={204: None, **ERRORS})
def delete_application(request: HttpRequest, id: PathId) -> Status[None]:
    """Delete it with its events and interviews."""
    services.delete_application(_mine(request, id))
    return Status(204, None)


@router.post("/applications/{id}/move", response={200: ApplicationOut, **ERRORS})
def move_application(request: HttpRequest, id: PathId, payload: MoveIn) -> Application:
    """Move it to a stage on a day (today by default), as on the board."""
    application = _mine(request, id)
    services.move_application(application, payload.stage, on=payload.on, note=payload.note)
    application.refresh_from_db()
    return application


@router.get("/applications/{id}/events", response={200: list[EventOut], **ERRORS})
def list_events(request: HttpRequest, id: PathId) -> QuerySet[StageEvent]:
    """Its stage events, oldest first."""
    application = _mine(request, id)
    return owned(StageEvent, caller(request).user).filter(application=application)
