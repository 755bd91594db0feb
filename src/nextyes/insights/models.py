"""The person's settings for insights, and the daily job's ghosting proposals; everything else
here is computed from their events."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from nextyes.lib.models import Owned


class InsightSettings(models.Model):
    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="insight_settings"
    )
    no_reply_days = models.PositiveSmallIntegerField(
        _("“no reply yet” after (days)"), default=21, validators=[MinValueValidator(1)]
    )
    ghost_days = models.PositiveSmallIntegerField(
        _("propose “ghosted” after (days)"), default=45, validators=[MinValueValidator(1)]
    )
    # The fatigue card stays hidden until this day after “not now”.
    fatigue_dismissed_until = models.DateField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Insight settings of {self.owner_id}"


class GhostingProposal(Owned):
    """An application the daily job found quiet past the person's `ghost_days`: proposed to be
    marked ghosted from `proposed_on` on, until it moves (an answer, or the person marks it)."""

    application = models.OneToOneField(
        "pipeline.Application", on_delete=models.CASCADE, related_name="+"
    )
    proposed_on = models.DateField()

    def __str__(self) -> str:
        return f"Ghosting proposed for {self.application_id}"
