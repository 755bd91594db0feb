"""Ready-to-send messages for the reach-out step: filled templates with copy and mailto links."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from django.utils.translation import gettext as _

from nextyes.pipeline.models import Application, Contact
from nextyes.recovery import letters
from nextyes.recovery.content import INTERVIEW


@dataclass(frozen=True)
class Draft:
    kind: str
    label: str
    subject: str
    body: str
    mailto: str

    @property
    def rows(self) -> int:
        """Enough lines to show the whole body on a phone (about 40 characters a line)."""
        return sum(max(1, -(-len(line) // 40)) for line in self.body.splitlines()) + 1


def mailto_link(to: str, subject: str, body: str) -> str:
    """A mailto: URL with the subject and body percent-encoded (spaces as %20, not +)."""
    query = f"subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    return f"mailto:{quote(to, safe='@')}?{query}"


def greeting_name(contact: Contact | None, tone: str) -> str:
    if contact is not None and contact.name:
        return contact.name.split()[0] if tone != "formal" else contact.name
    return _("hiring team") if tone == "formal" else _("there")


def drafts_for(
    application: Application | None,
    contact: Contact | None,
    tone: str,
    me: str,
    reach: str = INTERVIEW,
) -> list[Draft]:
    """The feedback request and the thank-you note, filled for this application and person in
    words that fit how far the process went (`reach`)."""
    tone = tone if tone in letters.TONE_LABELS else "warm"
    company = application.company.name if application else _("your company")
    role = application.role if application else _("the role")
    name = greeting_name(contact, tone)
    drafts = []
    for kind, label in letters.MESSAGE_KINDS:
        subject, body = letters.fill_message(
            kind, tone, name=name, company=company, role=role, me=me, reach=reach
        )
        email = contact.email if contact is not None else ""
        drafts.append(Draft(kind, str(label), subject, body, mailto_link(email, subject, body)))
    return drafts


def chosen_application(applications: list[Application], wanted: object) -> Application | None:
    """The application picked in the query string among the ritual's, else the first."""
    for app in applications:
        if str(app.pk) == str(wanted):
            return app
    return applications[0] if applications else None
