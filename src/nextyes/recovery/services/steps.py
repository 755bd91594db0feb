"""What the ritual's steps do outside the ritual itself: the break, the contact, the outreach
touchpoints and the chosen next step. The step flow in `recovery.services` calls these."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext as _

from nextyes.accounts.models import User
from nextyes.lib.dates import today_for
from nextyes.lib.ownership import check_same_owner, owned
from nextyes.momentum import services as momentum
from nextyes.momentum.models import ActionKind, Break, NextAction
from nextyes.pipeline import services as pipeline
from nextyes.pipeline.choices import Stage, TouchpointKind
from nextyes.pipeline.models import Application, Contact
from nextyes.recovery.models import Ritual

# When to follow up after a feedback request or a thank-you note.
FOLLOW_UP_DAYS = 7


def first_application(ritual: Ritual) -> Application | None:
    return ritual.applications.select_related("company").order_by("id").first()


def ritual_break(ritual: Ritual) -> Break | None:
    return owned(Break, ritual.owner).filter(ritual=ritual).order_by("-id").first()


def set_resume_date(ritual: Ritual, resume: dt.date | None) -> Break | None:
    """Record the break this ritual suggests, ending on the day the person resumes.

    A date today or earlier means no break: an earlier break of this ritual is removed.
    """
    today = today_for(ritual.owner)
    existing = ritual_break(ritual)
    if resume is None or resume <= today:
        if existing is not None:
            momentum.delete_break(existing)
        return None
    if existing is not None:
        existing.ends_on = max(resume, existing.starts_on)
        existing.save(update_fields=["ends_on"])
        return existing
    return momentum.start_break(
        ritual.owner, ends_on=resume, ritual=ritual, reason=_("A pause after a “no”")
    )


def ritual_contacts(ritual: Ritual) -> list[Contact]:
    """Contacts the person could write to: linked to the ritual's applications or at their
    companies."""
    apps = list(ritual.applications.all())
    companies = {a.company_id for a in apps}
    return list(
        owned(Contact, ritual.owner)
        .filter(Q(applications__in=apps) | Q(company_id__in=companies))
        .distinct()
        .order_by("name")
    )


def choose_contact(ritual: Ritual, contact: Contact | None, new_name: str = "") -> Contact | None:
    """Set the person the ritual's messages go to: one of theirs, or a new contact by name."""
    user = ritual.owner
    if contact is not None:
        check_same_owner(user, contact)
        ritual.contact = contact
    elif new_name.strip():
        app = first_application(ritual)
        ritual.contact = pipeline.create_contact(
            user,
            name=new_name,
            company=app.company if app else None,
            applications=list(ritual.applications.all()),
        )
    return ritual.contact


def log_outreach(ritual: Ritual, contact: Contact | None, note: str) -> dt.date:
    if contact is None:
        raise ValidationError(
            {"contact": _("Say who you wrote to, so NextYes can remind you to follow up.")}
        )
    today = today_for(ritual.owner)
    pipeline.add_touchpoint(
        contact,
        kind=TouchpointKind.EMAIL,
        occurred_on=today,
        note=note,
        application=first_application(ritual),
        follow_up_on=today + dt.timedelta(days=FOLLOW_UP_DAYS),
    )
    return today


def saved_leads(user: User) -> list[Application]:
    return list(
        owned(Application, user)
        .filter(status=Stage.SAVED)
        .select_related("company")
        .order_by("company__name", "role")
    )


def choose_next_action(
    ritual: Ritual,
    kind: str,
    *,
    text: str = "",
    due_on: dt.date | None = None,
    application: Application | None = None,
    contact: Contact | None = None,
) -> NextAction:
    """The one next step chosen in this ritual (choosing again replaces it while it is not done)."""
    user = ritual.owner
    check_same_owner(user, application, contact)
    text = " ".join(text.split())
    if kind == ActionKind.APPLY:
        if application is None or application.status != Stage.SAVED:
            raise ValidationError({"application": _("Pick one of your saved leads.")})
        text = text or _("Apply to %(role)s at %(company)s") % {
            "role": application.role,
            "company": application.company.name,
        }
    elif kind == ActionKind.REACH_OUT:
        if contact is None and not text:
            raise ValidationError(
                {"contact": _("Pick the person you will get in touch with, or write their name.")}
            )
        if contact is not None:
            text = text or _("Get in touch with %(name)s") % {"name": contact.name}
    elif kind == ActionKind.CUSTOM:
        if not text:
            raise ValidationError({"text": _("Say in a few words what your small step is.")})
    else:
        raise ValidationError({"kind": _("Choose one of the kinds of next step.")})
    existing = owned(NextAction, user).filter(ritual=ritual, done_on=None).first()
    if existing is None:
        return momentum.add_next_action(
            user,
            text,
            kind=kind,
            due_on=due_on,
            application=application,
            contact=contact,
            ritual=ritual,
        )
    existing.kind, existing.text, existing.due_on = kind, text, due_on
    existing.application, existing.contact = application, contact
    existing.full_clean(exclude=["owner", "application", "contact", "ritual"])
    existing.save()
    return existing
