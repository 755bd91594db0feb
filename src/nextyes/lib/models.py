"""Model pieces shared by every app."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Owned(models.Model):
    """Every record belongs to one person; `lib.ownership.owned()` is how every query starts."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        abstract = True
