"""Personal access tokens: only a hash of each is kept, so a copy of the database opens nothing."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from nextyes.lib.models import Owned


class Scope(models.TextChoices):
    READ = "read", _("Read only")
    WRITE = "write", _("Read and write")


class AccessToken(Owned):
    name = models.CharField(_("name"), max_length=100)
    # sha256 of the token in hex: the token has 256 random bits, so no salt or slow hash is needed.
    token_hash = models.CharField(max_length=64, unique=True)
    # The first characters, shown in lists so a person can tell their tokens apart.
    prefix = models.CharField(max_length=16)
    scope = models.CharField(_("access"), max_length=5, choices=Scope.choices, default=Scope.READ)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # A revoked name may be used again; two live tokens may not share one.
            models.UniqueConstraint(
                fields=["owner", "name"],
                condition=Q(revoked_at__isnull=True),
                name="token_unique_live_name_per_owner",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.scope})"

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None
