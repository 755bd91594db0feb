"""Use cases for contacts, touchpoints and companies. Views, the API and the CLI call these
through `nextyes.pipeline.services`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import TypedDict, Unpack
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from nextyes.accounts.models import User
from nextyes.lib.dates import today_for
from nextyes.lib.ownership import check_same_owner, owned
from nextyes.pipeline.models import Application, Company, Contact, Touchpoint
from nextyes.pipeline.services.applications import company_named


class ContactDetails(TypedDict, total=False):
    """A contact's fields besides the name; None sets a field to blank."""

    title: str | None
    email: str | None
    linkedin_url: str | None
    relationship: str | None
    notes: str | None


class ContactChanges(ContactDetails, total=False):
    """What update_contact may change: the name and the company (a name or the record) too."""

    name: str
    company: str | Company | None


class ContactInput(ContactDetails):
    """What the contact form gives create_contact and update_contact."""

    name: str
    company: str
    applications: list[Application]


class TouchpointChanges(TypedDict, total=False):
    """What the touchpoint form gives and update_touchpoint may change."""

    occurred_on: dt.date
    kind: str
    note: str | None
    follow_up_on: dt.date | None
    application: Application | None


# The TypedDicts keep their keys' order: the name first, as the form shows them.
CONTACT_FIELDS = ("name", *ContactDetails.__annotations__)
TOUCHPOINT_FIELDS = tuple(TouchpointChanges.__annotations__)

# One DNS label: letters, digits and inner hyphens, at most 63 characters.
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


# --- Contacts ------------------------------------------------------------------------------


def check_linkedin_url(url: str) -> str:
    """The URL, when it points at LinkedIn; a clear error otherwise."""
    if not url:
        return url
    host = (urlsplit(url).hostname or "").lower()
    if host != "linkedin.com" and not host.endswith(".linkedin.com"):
        raise ValidationError(
            {
                "linkedin_url": _(
                    "This should be a LinkedIn address, like https://www.linkedin.com/in/their-name."
                )
            }
        )
    return url


def _check_applications(user: User, applications: Iterable[Application]) -> list[Application]:
    chosen = list(applications)
    check_same_owner(user, *chosen, field="applications")
    return chosen


def _company_or_none(user: User, company: str | Company | None) -> Company | None:
    if company is None or isinstance(company, Company):
        check_same_owner(user, company, field="company")
        return company
    return company_named(user, company) if company.strip() else None


def _set_fields(contact: Contact, fields: Mapping[str, object]) -> None:
    unknown = set(fields) - set(CONTACT_FIELDS)
    if unknown:
        raise TypeError(f"Unknown contact fields: {sorted(unknown)}")
    for name, value in fields.items():
        value = value if value is not None else ""
        if name == "name":
            value = " ".join(str(value).split())
        setattr(contact, name, value)
    check_linkedin_url(contact.linkedin_url)


@transaction.atomic
def create_contact(
    user: User,
    *,
    name: str,
    company: str | Company | None = None,
    applications: Iterable[Application] = (),
    **fields: Unpack[ContactDetails],
) -> Contact:
    """Add someone to the person's network, optionally at a company and linked to applications."""
    chosen = _check_applications(user, applications)
    contact = Contact(owner=user)
    _set_fields(contact, {"name": name, **fields})
    contact.company = _company_or_none(user, company)
    contact.full_clean(exclude=["owner"])
    contact.save()
    contact.applications.set(chosen)
    return contact


@transaction.atomic
def update_contact(
    contact: Contact,
    *,
    applications: Iterable[Application] | None = None,
    **fields: Unpack[ContactChanges],
) -> Contact:
    """Change a contact's details; `company` is a name or a Company, `applications` replaces the links."""
    has_company = "company" in fields
    company = fields.pop("company", None)
    _set_fields(contact, fields)
    if has_company:
        contact.company = _company_or_none(contact.owner, company)
    contact.full_clean(exclude=["owner"])
    contact.save()
    if applications is not None:
        contact.applications.set(_check_applications(contact.owner, applications))
    return contact


@transaction.atomic
def link_applications(contact: Contact, applications: Iterable[Application]) -> None:
    """Link a contact to more applications (only the owner's own)."""
    contact.applications.add(*_check_applications(contact.owner, applications))


@transaction.atomic
def unlink_application(contact: Contact, application: Application) -> None:
    """Unlink a contact from an application; their touchpoints stay."""
    contact.applications.remove(application)


@transaction.atomic
def delete_contact(contact: Contact) -> None:
    """Delete a contact and their touchpoints; a company nobody refers to any more goes too."""
    company = contact.company
    contact.delete()
    if company is not None and not company.applications.exists() and not company.contacts.exists():
        company.delete()


# --- Touchpoints ---------------------------------------------------------------------------


def _check_touchpoint(touchpoint: Touchpoint) -> None:
    touchpoint.full_clean(exclude=["owner", "contact", "application"])
    application = touchpoint.application
    check_same_owner(touchpoint, application, field="application")
    if touchpoint.follow_up_on and touchpoint.follow_up_on <= touchpoint.occurred_on:
        raise ValidationError(
            {"follow_up_on": _("The next follow-up should come after the day of this touchpoint.")}
        )


@transaction.atomic
def add_touchpoint(
    contact: Contact,
    *,
    kind: str,
    occurred_on: dt.date | None = None,
    note: str | None = "",
    application: Application | None = None,
    follow_up_on: dt.date | None = None,
) -> Touchpoint:
    """Log an outreach, call or thank-you with a contact, and when to follow up next.

    Talking about an application links the contact to it, so it shows on that application.
    """
    touchpoint = Touchpoint(
        owner=contact.owner,
        contact=contact,
        application=application,
        occurred_on=occurred_on or today_for(contact.owner),
        kind=kind,
        note=note or "",
        follow_up_on=follow_up_on,
    )
    _check_touchpoint(touchpoint)
    touchpoint.save()
    if application is not None:
        contact.applications.add(application)
    return touchpoint


@transaction.atomic
def update_touchpoint(touchpoint: Touchpoint, **fields: Unpack[TouchpointChanges]) -> Touchpoint:
    """Correct a touchpoint: date, kind, note, application or next follow-up."""
    unknown = set(fields) - set(TOUCHPOINT_FIELDS)
    if unknown:
        raise TypeError(f"Unknown touchpoint fields: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(touchpoint, name, "" if value is None and name in {"note", "kind"} else value)
    _check_touchpoint(touchpoint)
    touchpoint.save()
    if touchpoint.application is not None:
        touchpoint.contact.applications.add(touchpoint.application)
    return touchpoint


@transaction.atomic
def delete_touchpoint(touchpoint: Touchpoint) -> Contact:
    """Remove a touchpoint logged by mistake; returns its contact."""
    contact = touchpoint.contact
    touchpoint.delete()
    return contact


# --- Companies -----------------------------------------------------------------------------


def normalise_mail_domains(raw: str) -> str:
    """`"@Acme.com; jobs@acme.io"` → `"acme.com, acme.io"`, or an error naming the bad entry.

    Entries are split on commas, semicolons and spaces; a pasted address keeps its domain.
    """
    domains: list[str] = []
    for item in re.split(r"[,;\s]+", raw or ""):
        entry = item.strip().lower().rsplit("@", 1)[-1].strip(".")
        if not entry:
            continue
        try:
            ascii_entry = entry.encode("idna").decode("ascii")
        except UnicodeError:
            ascii_entry = ""
        labels = ascii_entry.split(".")
        if (
            len(labels) < 2
            or not all(_LABEL.match(label) for label in labels)
            or labels[-1].isdigit()
        ):
            raise ValidationError(
                {
                    "mail_domains": _(
                        "“%(entry)s” doesn't look like a mail domain. Use something like acme.com."
                    )
                    % {"entry": item.strip()}
                }
            )
        if entry not in domains:
            domains.append(entry)
    return ", ".join(domains)


@transaction.atomic
def update_company(
    company: Company,
    *,
    name: str | None = None,
    website: str | None = None,
    mail_domains: str | None = None,
) -> Company:
    """Rename a company or record its website and the domains its mail comes from."""
    if name is not None:
        clean = " ".join(name.split())
        if not clean:
            raise ValidationError({"name": _("A company name is needed.")})
        taken = (
            owned(Company, company.owner).filter(name__iexact=clean).exclude(pk=company.pk).exists()
        )
        if taken:
            raise ValidationError(
                {
                    "name": _("You already have a company called “%(name)s”. Pick another name.")
                    % {"name": clean}
                }
            )
        company.name = clean
    if website is not None:
        company.website = website
    if mail_domains is not None:
        company.mail_domains = normalise_mail_domains(mail_domains)
    company.full_clean(exclude=["owner"])
    company.save()
    return company
