"""The person's own record of what went well: wins and the rewards jar (check-ins come later)."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from nextyes.lib.models import Owned


class WinKind(models.TextChoices):
    APPLICATION = "application", _("Application sent")
    INTERVIEW = "interview", _("Interview")
    POSITIVE_FEEDBACK = "positive-feedback", _("Positive feedback")
    LEARNING = "learning", _("Learning")
    NETWORKING = "networking", _("Networking")
    PERSONAL = "personal", _("Personal")
    OTHER = "other", _("Other")


class Win(Owned):
    text = models.CharField(_("what went well"), max_length=500)
    kind = models.CharField(
        _("kind"), max_length=20, choices=WinKind.choices, default=WinKind.OTHER
    )
    occurred_on = models.DateField(_("date"))
    # Added by NextYes itself (interview reached, offer, ritual finished, weekly goal met).
    automatic = models.BooleanField(default=False)
    # What an automatic win came from, e.g. "offer:12": the same thing never earns two wins.
    source_key = models.CharField(max_length=100, blank=True, default="")
    application = models.ForeignKey(
        "pipeline.Application", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-occurred_on", "-id"]
        indexes = [models.Index(fields=["owner", "occurred_on"])]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "source_key"],
                condition=~Q(source_key=""),
                name="win_unique_source_per_owner",
            )
        ]

    def __str__(self) -> str:
        return self.text


class JarNote(Owned):
    """A note to self about something done well or learned, drawn again on hard days."""

    text = models.CharField(_("note"), max_length=500)
    created_at = models.DateTimeField(auto_now_add=True)
    last_drawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.text
