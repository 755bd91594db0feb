"""Buddy sharing: who may see the person's shared week, and through which door.

What a buddy sees is decided in insights (`review.share` and `insights.buddy`); here are only the
doors to it, each a `BuddyShare` row the person owns:

- a secret link, made by `create_link` and shown once. Only its SHA-256 is kept, and a visit is
  found by that hash (`share_for_token`), so the secret itself is never stored or compared;
- an account on this NextYes, by user name (`invite_account`). The share is made and listed
  whether or not the name exists, so nothing here tells anyone which names are taken. The buddy
  finds it under "Shared with me" (`shared_with`) and opens it with `share_for_buddy`.

Every share is listed (`shares_of`), stops at once with `revoke` and comes back with `resume`.
A buddy reads through the functions here, never `owned()`: the row is the owner's, not theirs.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from nextyes.accounts.models import BuddyShare, User
from nextyes.lib.ownership import owned

TOKEN_BYTES = 32
# Ours are 43 characters; anything much longer is not worth hashing.
TOKEN_MAX_LENGTH = 100
# Stopped shares stay listed (newest first) so the person can see what they ended, and when.
ENDED_SHOWN = 20

Kind = BuddyShare.Kind


def hash_token(token: str) -> str:
    """The fingerprint a link's secret is stored and looked up by."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def link_url(token: str) -> str:
    """The full link to hand to a buddy, on NEXTYES_BASE_URL."""
    return f"{settings.BASE_URL}{reverse('insights:buddy_link', args=[token])}"


@dataclass(frozen=True)
class NewLink:
    """A link just made: the only moment its secret exists outside the buddy's hands."""

    share: BuddyShare
    token: str

    @property
    def url(self) -> str:
        return link_url(self.token)


def create_link(owner: User, label: str = "") -> NewLink:
    """A new secret link to the person's shared week; only its hash is saved."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    share = BuddyShare.objects.create(
        owner=owner, kind=Kind.LINK, label=label.strip(), token_hash=hash_token(token)
    )
    return NewLink(share=share, token=token)


def invite_account(owner: User, username: str) -> BuddyShare:
    """Share with the account called `username` (any case) on this NextYes.

    Made and listed the same way whether or not the name exists; it opens only for an account
    that does. The same name again gives back the share already there.
    """
    name = username.strip()
    if not name:
        raise ValidationError(_("Type your buddy’s user name on this NextYes."), code="blank")
    if name.casefold() == owner.get_username().casefold():
        raise ValidationError(
            _("That is your own user name: your week is already yours to see."), code="self"
        )
    current = owned(BuddyShare, owner).filter(kind=Kind.ACCOUNT, label__iexact=name)
    existing = current.filter(revoked_at=None).first()
    if existing is not None:
        return existing
    buddy = get_user_model().objects.filter(username__iexact=name, is_active=True).first()
    return BuddyShare.objects.create(owner=owner, kind=Kind.ACCOUNT, label=name, buddy=buddy)


def revoke(share: BuddyShare) -> None:
    """Stop sharing: from the next request on, the link or account sees nothing."""
    if share.revoked_at is None:
        share.revoked_at = timezone.now()
        share.save(update_fields=["revoked_at"])


def resume(share: BuddyShare) -> None:
    """Undo `revoke`: the same link or account sees the shared week again."""
    if share.revoked_at is not None:
        share.revoked_at = None
        share.save(update_fields=["revoked_at"])


@dataclass(frozen=True)
class Shares:
    """The person's shares: the ones that are on, and the latest ones they stopped."""

    active: list[BuddyShare]
    ended: list[BuddyShare]


def shares_of(owner: User) -> Shares:
    mine = owned(BuddyShare, owner)
    return Shares(
        active=list(mine.filter(revoked_at=None)),
        ended=list(mine.exclude(revoked_at=None).order_by("-revoked_at", "-id")[:ENDED_SHOWN]),
    )


def _open_shares() -> models.QuerySet[BuddyShare]:
    # An account being deleted is closed first (is_active=False): its shares stop at once.
    return BuddyShare.objects.select_related("owner").filter(revoked_at=None, owner__is_active=True)


def share_for_token(token: str) -> BuddyShare | None:
    """The open link whose secret is `token`, found by its hash; None for any other token
    (unknown, stopped, or its owner gone), all alike."""
    if not token or len(token) > TOKEN_MAX_LENGTH:
        return None
    return _open_shares().filter(kind=Kind.LINK, token_hash=hash_token(token)).first()


def shared_with(user: User) -> list[BuddyShare]:
    """The open shares other people made for this account, newest first."""
    if not getattr(user, "is_authenticated", False):
        return []
    return list(_open_shares().filter(kind=Kind.ACCOUNT, buddy=user).exclude(owner=user))


def share_for_buddy(user: User, pk: int) -> BuddyShare | None:
    """The open share `pk`, if it was made for this account; None otherwise, all alike."""
    if not getattr(user, "is_authenticated", False):
        return None
    found = _open_shares().filter(pk=pk, kind=Kind.ACCOUNT, buddy=user).exclude(owner=user)
    return found.first()


def note_viewed(share: BuddyShare) -> None:
    """Remember when the buddy last looked, for the person's list."""
    share.last_viewed_at = timezone.now()
    BuddyShare.objects.filter(pk=share.pk).update(last_viewed_at=share.last_viewed_at)
