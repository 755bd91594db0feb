"""One reminder as an email: plain text and HTML in NextYes's voice, with its unsubscribe link.

The link carries a signed token (the person and the kind), so it works from the mail without
signing in; it only ever switches that one kind off, after a confirm page.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

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


def message_for(user: User, reminder: Reminder, detail: str = "") -> EmailMultiAlternatives:
    """The email for `reminder` (with `detail` instead of the stored one when given)."""
    kind = ReminderKind(reminder.kind)
    stop = unsubscribe_url(user, reminder.kind)
    context = {
        "name": user.display_name or user.username,
        "title": reminder.title,
        "lines": (detail or reminder.detail).splitlines(),
        "link": absolute(reminder.link) if reminder.link else "",
        "kind_label": kind.label,
        "unsubscribe": stop,
        "settings_url": absolute(reverse("reminders:settings")),
    }
    message = EmailMultiAlternatives(
        subject=reminder.title,
        body=render_to_string("reminders/email/reminder.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={"List-Unsubscribe": f"<{stop}>", "Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative(
        render_to_string("reminders/email/reminder.html", context), "text/html"
    )
    return message
