"""Creating, listing, revoking and checking personal access tokens (the profile page and the CLI
call these; the API's authentication calls `check`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from nextyes.accounts.models import User
from nextyes.api.models import AccessToken, Scope
from nextyes.lib.dates import today_for
from nextyes.lib.ownership import owned

# Every token starts with this, so a leaked one is easy to recognise (and to search for).
PREFIX = "nyt_"
# last_used_at is written at most this often, so a busy script does not write on every call.
_TOUCH_EVERY = dt.timedelta(minutes=1)


def digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


@transaction.atomic
def create_token(
    user: User, name: str, *, scope: str = Scope.READ, expires_on: dt.date | None = None
) -> tuple[AccessToken, str]:
    """A new token for `user`: the record, and the token itself (shown once, never stored)."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError({"name": _("Give the token a name, like “laptop script”.")})
    if scope not in Scope.values:
        raise ValidationError({"scope": _("The access is either read or write.")})
    if expires_on is not None and expires_on <= today_for(user):
        raise ValidationError({"expires_on": _("Pick an expiry date after today.")})
    if live_tokens(user).filter(name=clean).exists():
        raise ValidationError(
            {"name": _("You already have a token called “%(name)s”.") % {"name": clean}}
        )
    raw = PREFIX + secrets.token_urlsafe(32)
    token = AccessToken(
        owner=user,
        name=clean,
        token_hash=digest(raw),
        prefix=raw[: len(PREFIX) + 4],
        scope=scope,
        expires_on=expires_on,
    )
    token.full_clean(exclude=["owner"])
    token.save()
    return token, raw


def live_tokens(user: User) -> QuerySet[AccessToken]:
    """The person's tokens that were not revoked (expired ones included: they say so)."""
    return owned(AccessToken, user).filter(revoked_at__isnull=True)


def revoke_token(user: User, name: str) -> AccessToken:
    """Revoke the person's live token of that name; it stops working at once."""
    token = live_tokens(user).filter(name=" ".join(name.split())).first()
    if token is None:
        raise ValidationError({"name": _("You have no token called “%(name)s”.") % {"name": name}})
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    return token


def is_expired(token: AccessToken) -> bool:
    return token.expires_on is not None and token.expires_on <= today_for(token.owner)


def check(raw: str) -> AccessToken | None:
    """The live token behind `raw`, with its owner; None when unknown, revoked or expired."""
    if not raw.startswith(PREFIX):
        return None
    token = (
        AccessToken.objects.select_related("owner")
        .filter(token_hash=digest(raw), revoked_at__isnull=True, owner__is_active=True)
        .first()
    )
    if token is None or is_expired(token):
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > _TOUCH_EVERY:
        token.last_used_at = now
        token.save(update_fields=["last_used_at"])
    return token
