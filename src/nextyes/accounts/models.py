from __future__ import annotations

import secrets
import zoneinfo
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nextyes.lib.models import Owned


def validate_timezone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("“%(value)s” is not a known timezone."), params={"value": value})


class User(AbstractUser):
    """A person using NextYes; their data is scoped to them everywhere."""

    display_name = models.CharField(_("display name"), max_length=100, blank=True)
    timezone = models.CharField(
        _("timezone"), max_length=64, default="UTC", validators=[validate_timezone]
    )
    north_star = models.TextField(
        _("my why"),
        blank=True,
        help_text=_("Why you are doing this search, in your own words. Shown on your dashboard."),
    )

    week_start = models.PositiveSmallIntegerField(
        _("my week starts on"),
        default=0,
        choices=[
            (0, _("Monday")),
            (1, _("Tuesday")),
            (2, _("Wednesday")),
            (3, _("Thursday")),
            (4, _("Friday")),
            (5, _("Saturday")),
            (6, _("Sunday")),
        ],
    )

    class Theme(models.TextChoices):
        SYSTEM = "system", _("Same as my device")
        LIGHT = "light", _("Light")
        DARK = "dark", _("Dark")

    # Applied server-side as <html data-theme>, so the page never flashes the other theme.
    theme = models.CharField(
        _("colours"), max_length=6, choices=Theme.choices, default=Theme.SYSTEM
    )

    # ISO 3166 alpha-2 code; picks the helplines on the "Need help now?" page. Blank: generic.
    country = models.CharField(_("country"), max_length=2, blank=True, default="")

    # The person who runs this NextYes: sees the list of accounts and makes invitations.
    is_owner = models.BooleanField(_("runs this NextYes"), default=False)
    # A day, not a time: enough for the owner's list, and one small write per person per day.
    last_seen = models.DateField(_("last seen"), null=True, blank=True)

    # Any: Model.save's own signature, passed on unchanged
    def save(self, *args: Any, **kwargs: Any) -> None:
        # The first account of an install is its owner, however it was made (web, CLI, demo).
        if self._state.adding and not type(self)._default_manager.exists():
            self.is_owner = True
        super().save(*args, **kwargs)

    @property
    def shown_name(self) -> str:
        return self.display_name or self.username


def _new_token() -> str:
    return secrets.token_urlsafe(24)


class Invitation(models.Model):
    """A single-use sign-up link the owner hands to someone; it belongs to the install, not a person.

    No link to any user on purpose: an invitation holds nobody's data, and deleting an account
    never needs to touch it.
    """

    token = models.CharField(max_length=64, unique=True, default=_new_token, editable=False)
    note = models.CharField(
        _("who it is for"),
        max_length=100,
        blank=True,
        help_text=_("Only you see this, to remember whom you sent it to."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.note or f"invitation {self.pk}"

    @property
    def status(self) -> str:
        """ "open", "used", "revoked" or "expired", for the owner's list."""
        if self.used_at is not None:
            return "used"
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at <= timezone.now():
            return "expired"
        return "open"


class BuddyShare(Owned):
    """One way an accountability buddy sees the person's shared week: a secret link or an account.

    A link keeps only the SHA-256 of its secret, so the database never holds a working link. An
    account share keeps the user name as typed in `label` and links the account only when it
    exists, so the list looks the same either way and never tells whether a name is taken.
    """

    class Kind(models.TextChoices):
        LINK = "link", _("secret link")
        ACCOUNT = "account", _("account here")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    label = models.CharField(_("name"), max_length=100, blank=True)
    token_hash = models.CharField(max_length=64, null=True, blank=True, unique=True, editable=False)
    buddy = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("buddy"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_viewed_at = models.DateTimeField(_("last viewed"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("stopped"), null=True, blank=True)

    class Meta:
        verbose_name = _("buddy share")
        verbose_name_plural = _("buddy shares")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(token_hash__isnull=True) | models.Q(buddy__isnull=True),
                name="buddy_share_link_or_account",
            )
        ]

    def __str__(self) -> str:
        return self.label or str(self.get_kind_display())

    @property
    def is_restored(self) -> bool:
        """Brought back by `nextyes import json`: it opens nothing, because a link's secret and
        the buddy's account never leave the server they were made on (restore points every link
        to a person at the account itself)."""
        if self.buddy_id is not None and self.buddy_id == self.owner_id:
            return True
        return self.kind == self.Kind.LINK and self.token_hash is None
