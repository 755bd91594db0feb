from __future__ import annotations

import zoneinfo

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


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

    # ISO 3166 alpha-2 code; picks the helplines on the "Need help now?" page. Blank: generic.
    country = models.CharField(_("country"), max_length=2, blank=True, default="")

    @property
    def shown_name(self) -> str:
        return self.display_name or self.username
