"""Accounts for a small group: sign-up, invitations and the owner's view of who is here."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from nextyes.accounts.models import Invitation, User


def signup_mode() -> str:
    """ "open", "invite" or "closed" (NEXTYES_SIGNUP)."""
    return str(settings.SIGNUP_MODE)


def is_fresh_install() -> bool:
    return not get_user_model().objects.exists()


def create_invitation(days: int | None = None, note: str = "") -> Invitation:
    """A single-use sign-up link that works for `days` days (NEXTYES_INVITATION_DAYS by default)."""
    lifetime = dt.timedelta(days=days if days is not None else settings.INVITATION_DAYS)
    return Invitation.objects.create(expires_at=timezone.now() + lifetime, note=note)


def invitation_url(invitation: Invitation) -> str:
    """The full link to send, on NEXTYES_BASE_URL."""
    return f"{settings.BASE_URL}{reverse('accounts:signup')}?invite={invitation.token}"


def usable_invitation(token: str) -> Invitation | None:
    """The open invitation with this token; None when it is unknown, used, revoked or expired."""
    if not token:
        return None
    return Invitation.objects.filter(
        token=token, used_at=None, revoked_at=None, expires_at__gt=timezone.now()
    ).first()


def revoke_invitation(invitation: Invitation) -> None:
    if invitation.used_at is None and invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])


def sign_up(
    username: str, password: str, display_name: str = "", invitation: Invitation | None = None
) -> User | None:
    """Create the account, or return None when the name is taken (or the link was used meanwhile).

    A taken name costs the same password hashing as a new account, so neither the answer nor its
    timing tells a stranger which names exist. The invitation is only spent when an account is made.
    """
    user_model = get_user_model()
    if user_model.objects.filter(username__iexact=username).exists():
        make_password(password)
        return None
    try:
        with transaction.atomic():
            user = user_model(username=username, display_name=display_name)
            user.set_password(password)
            user.save()
            if invitation is not None:
                spent = Invitation.objects.filter(
                    pk=invitation.pk, used_at=None, revoked_at=None, expires_at__gt=timezone.now()
                ).update(used_at=timezone.now())
                if not spent:
                    raise IntegrityError("invitation already used")
    except IntegrityError:
        return None
    return user


def group_members() -> list[User]:
    """Everyone on this install, oldest first: only what the owner's page shows, nothing private."""
    return list(
        get_user_model()
        .objects.order_by("date_joined", "pk")
        .only("username", "date_joined", "last_seen", "is_owner")
    )
