"""The one place where data is scoped to its owner: every view, API route and command goes through it."""

from __future__ import annotations

from typing import Any, TypeVar

from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.http import Http404

M = TypeVar("M", bound=models.Model)


def owned(model: type[M], user: Any) -> models.QuerySet[M]:
    """All of `model` that belongs to `user` (nothing for an anonymous user)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return model._default_manager.none()
    return model._default_manager.filter(owner=user)


def get_owned_or_404(model: type[M], user: Any, pk: Any) -> M:
    """The object, or 404 when it does not exist *or* belongs to someone else (no leak either way)."""
    try:
        return owned(model, user).get(pk=pk)
    except (ObjectDoesNotExist, ValueError, TypeError) as exc:
        raise Http404(f"No {model._meta.verbose_name} here.") from exc
