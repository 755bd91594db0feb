"""Companies, contacts and the touchpoints with them."""

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Router, Status
from ninja.pagination import paginate

from nextyes.accounts.models import User
from nextyes.api.auth import caller
from nextyes.api.common import ERRORS, Page, PathId
from nextyes.api.schemas import (
    CompanyOut,
    CompanyPatch,
    ContactIn,
    ContactOut,
    ContactPatch,
    TouchpointIn,
    TouchpointOut,
    TouchpointPatch,
)
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, Company, Contact, Touchpoint

router = Router(tags=["contacts and companies"])


def _applications(user: User, ids: list[int] | None) -> list[Application] | None:
    """The person's applications of these ids; someone else's id is a 404 like any other."""
    if ids is None:
        return None
    return [get_owned_or_404(Application, user, pk) for pk in dict.fromkeys(ids)]


def _application(user: User, pk: int | None) -> Application | None:
    return None if pk is None else get_owned_or_404(Application, user, pk)


# --- Companies -----------------------------------------------------------------------------


@router.get("/companies", response={200: list[CompanyOut], **ERRORS})
@paginate(Page)
def list_companies(request: HttpRequest) -> QuerySet[Company]:
    return owned(Company, caller(request).user).order_by("name", "id")


@router.get("/companies/{id}", response={200: CompanyOut, **ERRORS})
def get_company(request: HttpRequest, id: PathId) -> Company:
    return get_owned_or_404(Company, caller(request).user, id)


@router.patch("/companies/{id}", response={200: CompanyOut, **ERRORS})
def update_company(request: HttpRequest, id: PathId, payload: CompanyPatch) -> Company:
    """Rename it, or record its website and the domains its mail comes from."""
    company = get_owned_or_404(Company, caller(request).user, id)
    return services.update_company(company, **payload.dict(exclude_unset=True))


# --- Contacts ------------------------------------------------------------------------------


def _contacts(user: User) -> QuerySet[Contact]:
    return owned(Contact, user).select_related("company").prefetch_related("applications")


@router.get("/contacts", response={200: list[ContactOut], **ERRORS})
@paginate(Page)
def list_contacts(request: HttpRequest) -> QuerySet[Contact]:
    return _contacts(caller(request).user).order_by("name", "id")


@router.post("/contacts", response={201: ContactOut, **ERRORS})
def create_contact(request: HttpRequest, payload: ContactIn) -> Status[Contact]:
    """Add someone to your network, at a company (by name) and linked to applications."""
    user = caller(request).user
    fields = {k: v for k, v in payload.dict(exclude_unset=True).items() if v is not None}
    applications = _applications(user, fields.pop("application_ids", None)) or []
    name = fields.pop("name")
    created = services.create_contact(user, name=name, applications=applications, **fields)
    return Status(201, created)


@router.get("/contacts/{id}", response={200: ContactOut, **ERRORS})
def get_contact(request: HttpRequest, id: PathId) -> Contact:
    return get_owned_or_404(Contact, caller(request).user, id)


@router.patch("/contacts/{id}", response={200: ContactOut, **ERRORS})
def update_contact(request: HttpRequest, id: PathId, payload: ContactPatch) -> Contact:
    """Change their details; `application_ids` replaces the linked applications."""
    user = caller(request).user
    contact = get_owned_or_404(Contact, user, id)
    fields = payload.dict(exclude_unset=True)
    applications = _applications(user, fields.pop("application_ids", None))
    if fields.get("name", "") is None:
        del fields["name"]
    return services.update_contact(contact, applications=applications, **fields)


@router.delete("/contacts/{id}", response={204: None, **ERRORS})
def delete_contact(request: HttpRequest, id: PathId) -> Status[None]:
    """Delete them with their touchpoints."""
    services.delete_contact(get_owned_or_404(Contact, caller(request).user, id))
    return Status(204, None)


# --- Touchpoints ---------------------------------------------------------------------------


@router.get("/contacts/{id}/touchpoints", response={200: list[TouchpointOut], **ERRORS})
@paginate(Page)
def list_touchpoints(request: HttpRequest, id: PathId) -> QuerySet[Touchpoint]:
    contact = get_owned_or_404(Contact, caller(request).user, id)
    return owned(Touchpoint, caller(request).user).filter(contact=contact)


@router.post("/contacts/{id}/touchpoints", response={201: TouchpointOut, **ERRORS})
def add_touchpoint(request: HttpRequest, id: PathId, payload: TouchpointIn) -> Status[Touchpoint]:
    """Log an email, call or coffee with them, and when to follow up."""
    user = caller(request).user
    contact = get_owned_or_404(Contact, user, id)
    touchpoint = services.add_touchpoint(
        contact,
        kind=payload.kind,
        occurred_on=payload.occurred_on,
        note=payload.note,
        application=_application(user, payload.application_id),
        follow_up_on=payload.follow_up_on,
    )
    return Status(201, touchpoint)


@router.get("/touchpoints/{id}", response={200: TouchpointOut, **ERRORS})
def get_touchpoint(request: HttpRequest, id: PathId) -> Touchpoint:
    return get_owned_or_404(Touchpoint, caller(request).user, id)


@router.patch("/touchpoints/{id}", response={200: TouchpointOut, **ERRORS})
def update_touchpoint(request: HttpRequest, id: PathId, payload: TouchpointPatch) -> Touchpoint:
    user = caller(request).user
    touchpoint = get_owned_or_404(Touchpoint, user, id)
    fields = payload.dict(exclude_unset=True)
    if "application_id" in fields:
        fields["application"] = _application(user, fields.pop("application_id"))
    for required in ("kind", "occurred_on"):
        if fields.get(required, "") is None:
            del fields[required]
    return services.update_touchpoint(touchpoint, **fields)


@router.delete("/touchpoints/{id}", response={204: None, **ERRORS})
def delete_touchpoint(request: HttpRequest, id: PathId) -> Status[None]:
    services.delete_touchpoint(get_owned_or_404(Touchpoint, caller(request).user, id))
    return Status(204, None)
