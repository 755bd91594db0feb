"""The one place where data is scoped to its owner: every view, API route and command goes through it."""

from __future__ import annotations

from typing import TypeVar

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from nextyes.lib.models import Owned

M = TypeVar("M", bound=models.Model)

# Whoever is asking: `request.user` (an anonymous visitor included), a command's person, or no one.
Asker = AbstractBaseUser | AnonymousUser | None

NOT_YOURS = _("That is not one of your records.")


def owned(model: type[M], user: Asker) -> models.QuerySet[M]:
    """All of `model` that belongs to `user` (nothing for an anonymous user)."""
    if user is None or not user.is_authenticated:
        return model._default_manager.none()
    return model._default_manager.filter(owner=user)


def get_owned_or_404(model: type[M], user: Asker, pk: object) -> M:
    """The object, or 404 when it does not exist *or* belongs to someone else (no leak either way)."""
    try:
        return owned(model, user).get(pk=pk)
    except (ObjectDoesNotExist, ValueError, TypeError) as exc:
        raise Http404(f"No {model._meta.verbose_name} here.") from exc


def check_same_owner(
    owner: AbstractBaseUser | Owned, *objects: Owned | None, field: str | None = None
) -> None:
    """Refuse to link a record of someone else to `owner` (a person, or a record whose owner
    counts). Forms only offer the person's own records and views 404 on others; this guards the
    services behind them, so the CLI and hand-made posts meet the same rule. `field` puts the
    error next to that form field."""
    owner_id = owner.owner_id if isinstance(owner, Owned) else owner.pk
    for obj in objects:
        if obj is not None and obj.owner_id != owner_id:
            raise ValidationError({field: NOT_YOURS} if field else NOT_YOURS)
