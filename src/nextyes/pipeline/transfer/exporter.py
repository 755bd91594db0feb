"""Everything a person owns, out: one JSON document, or one CSV per entity in a zip.

Only the person's own rows, read through `owned()`; ids are kept so the files link to each other
and an import can restore them. The tracker's part keeps its nested shape of version 1; every
other app adds flat sections through `nextyes.lib.exports` (this module must not import them).

Never exported: the password hash and server rights (see PROFILE_LEFT_OUT), a mailbox's encrypted
password (inbox/exports.py), half-finished CSV uploads (ImportDraft: a temporary copy keyed by a
secret token), the admin's log, sessions and sign-in lockouts (not the person's data).
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections import defaultdict
from typing import Any

from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.lib import exports
from nextyes.lib.dates import today_for
from nextyes.lib.exports import plain as _plain
from nextyes.lib.ownership import owned
from nextyes.pipeline.models import (
    Application,
    Company,
    Contact,
    Interview,
    StageEvent,
    Touchpoint,
)

FORMAT = "nextyes-export"
# 2: the whole account (journal, recovery, momentum, insights, inbox, profile), not the tracker only.
VERSION = 2

COMPANY_FIELDS = ("id", "name", "website", "mail_domains", "created_at")
APPLICATION_FIELDS = (
    "id", "company_id", "company", "role", "link", "channel", "applied_on", "status",
    "status_on", "fit", "resume_version", "salary", "location", "work_mode",
    "closes_on", "job_description", "notes", "created_at", "updated_at",
)  # fmt: skip
EVENT_FIELDS = (
    "id",
    "application_id",
    "stage",
    "round",
    "occurred_on",
    "source",
    "note",
    "created_at",
)
INTERVIEW_FIELDS = (
    "id", "application_id", "scheduled_at", "round", "kind", "prep_notes", "questions_asked",
    "rating", "notes",
)  # fmt: skip
CONTACT_FIELDS = (
    "id", "name", "title", "company_id", "email", "linkedin_url", "relationship", "notes",
    "created_at",
)  # fmt: skip
TOUCHPOINT_FIELDS = (
    "id", "contact_id", "application_id", "occurred_on", "kind", "note", "follow_up_on",
    "created_at",
)  # fmt: skip
USER_FIELDS = ("username", "display_name", "timezone", "north_star")
# Never in an export: the password hash, and rights on this server that its admin gives.
PROFILE_LEFT_OUT = {
    "password": "the password hash never leaves the server",
    "is_superuser": "a right on this server, not the person's data",
    "is_staff": "a right on this server, not the person's data",
    "is_active": "a right on this server, not the person's data",
    "is_owner": "a right on this server, not the person's data",
    "groups": "a right on this server, not the person's data",
    "user_permissions": "a right on this server, not the person's data",
}


# Any: any model row, its fields read by name into JSON values
def _record(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: _plain(getattr(obj, name)) for name in names}


def _links(user: User) -> tuple[dict[int, list[int]], dict[int, list[int]], dict[int, list[int]]]:
    """Many-to-many links, read once: application → contacts, contact → applications,
    interview → contacts."""
    app_contacts: dict[int, list[int]] = defaultdict(list)
    contact_apps: dict[int, list[int]] = defaultdict(list)
    contact_ids = owned(Contact, user).values_list("id", flat=True)
    through = Contact.applications.through.objects.filter(contact_id__in=contact_ids)
    for contact_id, application_id in through.order_by("id").values_list(
        "contact_id", "application_id"
    ):
        app_contacts[application_id].append(contact_id)
        contact_apps[contact_id].append(application_id)
    interview_contacts: dict[int, list[int]] = defaultdict(list)
    interview_ids = owned(Interview, user).values_list("id", flat=True)
    for interview_id, contact_id in (
        Interview.contacts.through.objects.filter(interview_id__in=interview_ids)
        .order_by("id")
        .values_list("interview_id", "contact_id")
    ):
        interview_contacts[interview_id].append(contact_id)
    return app_contacts, contact_apps, interview_contacts


# Any: JSON values of an export row
def _application(app: Application) -> dict[str, Any]:
    data = _record(app, APPLICATION_FIELDS[:2])
    data["company"] = app.company.name
    data.update(_record(app, APPLICATION_FIELDS[3:]))
    return data


# Any: the export's JSON document, nested rows of many models
def export_data(user: User) -> dict[str, Any]:
    """The whole export as one JSON-ready dictionary."""
    app_contacts, contact_apps, interview_contacts = _links(user)
    events: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for event in owned(StageEvent, user).order_by("occurred_on", "id"):
        events[event.application_id].append(_record(event, EVENT_FIELDS))
    interviews: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for interview in owned(Interview, user).order_by("scheduled_at", "id"):
        record = _record(interview, INTERVIEW_FIELDS)
        record["contact_ids"] = interview_contacts.get(interview.id, [])
        interviews[interview.application_id].append(record)
    touchpoints: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for touchpoint in owned(Touchpoint, user).order_by("occurred_on", "id"):
        touchpoints[touchpoint.contact_id].append(_record(touchpoint, TOUCHPOINT_FIELDS))

    applications = []
    for app in owned(Application, user).select_related("company").order_by("id"):
        record = _application(app)
        record["events"] = events.get(app.id, [])
        record["interviews"] = interviews.get(app.id, [])
        record["contact_ids"] = app_contacts.get(app.id, [])
        applications.append(record)
    contacts = []
    for contact in owned(Contact, user).order_by("id"):
        record = _record(contact, CONTACT_FIELDS)
        record["application_ids"] = contact_apps.get(contact.id, [])
        record["touchpoints"] = touchpoints.get(contact.id, [])
        contacts.append(record)
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _plain(timezone.now()),
        "user": {
            "username": user.username,
            "display_name": getattr(user, "display_name", ""),
            "timezone": getattr(user, "timezone", "UTC"),
            "north_star": getattr(user, "north_star", ""),
        },
        "profile": _profile(user),
        "companies": [_record(c, COMPANY_FIELDS) for c in owned(Company, user).order_by("id")],
        "applications": applications,
        "contacts": contacts,
    }
    # Every other app's rows, one flat list per model; `sections` says which model each holds.
    sections = exports.sections()
    data["sections"] = {section.key: section.model for section in sections}
    for section in sections:
        data[section.key] = exports.rows(section, user)
    data["left_out"] = {
        "profile": PROFILE_LEFT_OUT,
        **{section.key: dict(section.left_out) for section in sections if section.left_out},
    }
    return data


# Any: JSON values of the profile row
def _profile(user: User) -> dict[str, Any]:
    """Every field of the person's account but the ones in `user` and PROFILE_LEFT_OUT."""
    return {
        f.attname: _plain(getattr(user, f.attname))
        for f in user._meta.concrete_fields
        if f.name not in PROFILE_LEFT_OUT and f.name not in USER_FIELDS
    }


# Any: the export's JSON document and its rows
def rows_by_model(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The export's rows of each model ("journal.CheckIn" → rows), nested ones flattened."""
    applications, contacts = data["applications"], data["contacts"]
    found = {
        "pipeline.Company": data["companies"],
        "pipeline.Application": applications,
        "pipeline.StageEvent": [e for a in applications for e in a["events"]],
        "pipeline.Interview": [i for a in applications for i in a["interviews"]],
        "pipeline.Contact": contacts,
        "pipeline.Touchpoint": [t for c in contacts for t in c["touchpoints"]],
    }
    for key, model in data.get("sections", {}).items():
        found[model] = data[key]
    return found


# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A plain number ("-5", "-2.50") runs nothing, so it stays a number a spreadsheet can add up.
_PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def neutralise(text: str) -> str:
    """Text a spreadsheet shows as written: a leading `'` before anything it would run."""
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


# Any: a JSON value in, a CSV cell (text, number, date) out
def _cell(value: Any) -> Any:
    # Id lists read as "3 7 12", as in version 1; any other list or mapping as JSON text.
    if isinstance(value, list) and all(isinstance(v, int) for v in value):
        return " ".join(map(str, value))
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        return neutralise(value)
    return value


# Any: JSON values of export rows
def _csv(header: tuple[str, ...], rows: list[dict[str, Any]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=header, extrasaction="ignore", lineterminator="\r\n")
    writer.writerow({name: neutralise(name) for name in header})
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    # A BOM so that Excel reads the accents right; NextYes's own import skips it.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_zip(user: User) -> bytes:
    """One CSV per entity: the tracker's six, the profile, and one per registered section."""
    data = export_data(user)
    applications = data["applications"]
    contacts = data["contacts"]
    person = {**data["user"], **data["profile"]}
    files = {
        "profile.csv": _csv(tuple(person), [person]),
        "companies.csv": _csv(COMPANY_FIELDS, data["companies"]),
        "applications.csv": _csv((*APPLICATION_FIELDS, "contact_ids"), applications),
        "events.csv": _csv(EVENT_FIELDS, [e for a in applications for e in a["events"]]),
        "interviews.csv": _csv(
            (*INTERVIEW_FIELDS, "contact_ids"), [i for a in applications for i in a["interviews"]]
        ),
        "contacts.csv": _csv((*CONTACT_FIELDS, "application_ids"), contacts),
        "touchpoints.csv": _csv(TOUCHPOINT_FIELDS, [t for c in contacts for t in c["touchpoints"]]),
    }
    for section in exports.sections():
        files[f"{section.key}.csv"] = _csv(exports.columns(section), data[section.key])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


def export_filename(user: User, extension: str) -> str:
    """nextyes-export-YYYY-MM-DD.<extension>, dated where the person is."""
    return f"nextyes-export-{today_for(user).isoformat()}.{extension}"
