"""The person's own mail: the addresses they write from, and the Sent folders they keep.

What they sent is about their search as much as what they received (a thank-you after an
interview, a reply to a no), so it is stored like any job-search mail, but it never becomes a
proposal: "Thank you for the interview" from the person is not an interview invitation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from nextyes.accounts.models import User
from nextyes.inbox.models import InboxSettings, MailMessage, Proposal, ProposalStatus
from nextyes.lib.ownership import owned

MAX_ADDRESSES = 50
# What mail programs call the folder of sent mail, lower-case, by its last path part
# ("[Gmail]/Sent Mail", "INBOX.Sent"). Servers also flag it \Sent, but the name is enough here
# and costs no extra round trip.
SENT_FOLDERS = frozenset(
    [
        "sent",
        "sent mail",
        "sent items",
        "sent messages",
        "sentmail",
        "envoyés",
        "messages envoyés",
        "éléments envoyés",
        "gesendet",
        "gesendete objekte",
        "gesendete elemente",
        "enviados",
        "elementos enviados",
        "correo enviado",
        "inviati",
        "posta inviata",
        "verzonden",
        "verzonden items",
    ]
)
_FOLDER_PARTS = re.compile(r"[/.]")


def normalise(address: str) -> str:
    """The comparable form of an address: lower-case, without a "+tag" (me+jobs@… is me@…)."""
    address = address.strip().strip("<>").lower()
    local, at, domain = address.rpartition("@")
    if not at:
        return address
    return f"{local.split('+', 1)[0]}@{domain}"


def looks_like_address(text: str) -> bool:
    try:
        validate_email(text.strip())
    except ValidationError:
        return False
    return True


def parse_addresses(text: str) -> list[str]:
    """Addresses from a line or comma each, lower-case, without repeats; bad ones raise."""
    found: list[str] = []
    bad: list[str] = []
    for part in re.split(r"[\s,;]+", text):
        part = part.strip().strip("<>")
        if not part:
            continue
        if not looks_like_address(part):
            bad.append(part)
        elif part.lower() not in found:
            found.append(part.lower())
    if bad:
        raise ValidationError(
            _("These do not look like email addresses: %(bad)s") % {"bad": ", ".join(bad)}
        )
    if len(found) > MAX_ADDRESSES:
        raise ValidationError(
            _("That is a lot of addresses: keep it to %(n)s.") % {"n": MAX_ADDRESSES}
        )
    return found


def my_addresses(user: User) -> list[str]:
    """The person's addresses, as they typed or NextYes learned them."""
    settings = owned(InboxSettings, user).first()
    return list(settings.my_addresses) if settings else []


def mine(user: User) -> frozenset[str]:
    """The person's addresses in comparable form, for checking many senders."""
    return frozenset(normalise(a) for a in my_addresses(user))


def is_sent_folder(folder: str) -> bool:
    return _FOLDER_PARTS.split(folder.strip())[-1].strip().lower() in SENT_FOLDERS


@transaction.atomic
def set_my_addresses(user: User, addresses: Iterable[str]) -> int:
    """Save the person's addresses; mail already here from them stops being a proposal.

    Returns how many waiting proposals were withdrawn (decided ones stay as they are).
    """
    wanted = list(dict.fromkeys(a.strip().lower() for a in addresses if a.strip()))
    InboxSettings.objects.update_or_create(owner=user, defaults={"my_addresses": wanted})
    return _mark_own(user, frozenset(normalise(a) for a in wanted))


def learn_address(user: User, username: str) -> bool:
    """Add an IMAP account's user name to the person's addresses when it is one; True if new."""
    address = username.strip().lower()
    if not looks_like_address(address):
        return False
    current = my_addresses(user)
    if normalise(address) in {normalise(a) for a in current}:
        return False
    set_my_addresses(user, [*current, address])
    return True


def _mark_own(user: User, addresses: frozenset[str]) -> int:
    if not addresses:
        return 0
    theirs = [
        pk
        for pk, sender in owned(MailMessage, user)
        .filter(from_me=False)
        .exclude(sender_address="")
        .values_list("pk", "sender_address")
        if normalise(sender) in addresses
    ]
    if not theirs:
        return 0
    MailMessage.objects.filter(pk__in=theirs).update(from_me=True)
    withdrawn, _by_model = (
        owned(Proposal, user).filter(message__in=theirs, status=ProposalStatus.OPEN).delete()
    )
    return withdrawn
