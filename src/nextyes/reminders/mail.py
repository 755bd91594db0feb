"""Reminders as an email: plain text and HTML in NextYes's voice, with an unsubscribe link per kind.

A person's reminders due together go in one email (four at once would nag), the weekly digest in
its own.

The link carries a signed token (the person and the kind), so it works from the mail without
signing in; it only ever switches that one kind off, after a confirm page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import ngettext

from nextyes.accounts.models import User
from nextyes.reminders.due import absolute
from nextyes.reminders.models import SWITCHES, Reminder, ReminderKind

SALT = "nextyes.reminders.unsubscribe"


def unsubscribe_token(user: User, kind: str) -> str:
    return signing.dumps({"u": user.pk, "k": kind}, salt=SALT, compress=True)


def read_token(token: str) -> tuple[int, str] | None:
    """(user id, kind) from a token this NextYes signed; None for anything else."""
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if (
        not isinstance(data, dict)
        or data.get("k") not in SWITCHES
        or not isinstance(data.get("u"), int)
    ):
        return None
    return data["u"], data["k"]


def unsubscribe_url(user: User, kind: str) -> str:
    return absolute(reverse("reminders:unsubscribe", args=[unsubscribe_token(user, kind)]))


@dataclass(frozen=True)
class Item:
    title: str
    lines: list[str]
    link: str


@dataclass(frozen=True)
class Stop:
    label: str
    url: str


def subject_for(reminders: Sequence[Reminder]) -> str:
    # One line whatever a company or contact name holds: a header cannot carry a line break.
    first = " ".join(reminders[0].title.split())
    more = len(reminders) - 1
    if not more:
        return first
    return ngettext("%(first)s, and %(n)d more", "%(first)s, and %(n)d more", more) % {
        "first": first,
        "n": more,
    }


def message_for(user: User, reminders: Sequence[Reminder]) -> EmailMultiAlternatives:
    """One email with `reminders` (one person's, due together), soonest first."""
    kinds = list(dict.fromkeys(r.kind for r in reminders))
    stops = [Stop(str(ReminderKind(kind).label), unsubscribe_url(user, kind)) for kind in kinds]
    context = {
        "name": user.display_name or user.username,
        "items": [
            Item(r.title, r.detail.splitlines(), absolute(r.link) if r.link else "")
            for r in reminders
        ],
        "stops": stops,
        "settings_url": absolute(reverse("reminders:settings")),
    }
    headers = {"Auto-Submitted": "auto-generated"}
    if len(stops) == 1:  # a mail client's own "unsubscribe" button, when it means one thing
        headers["List-Unsubscribe"] = f"<{stops[0].url}>"
    message = EmailMultiAlternatives(
        subject=subject_for(reminders),
        body=render_to_string("reminders/email/reminder.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers=headers,
    )
    html = render_to_string("reminders/email/reminder.html", context)
    message.attach_alternative(html, "text/html")
    return message
