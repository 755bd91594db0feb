from __future__ import annotations

import zoneinfo

from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

from nextyes.accounts.models import User

TIMEZONE_CHOICES = [(tz, tz) for tz in sorted(zoneinfo.available_timezones())]


class SignUpForm(UserCreationForm):
    class Meta:
        model = User
        fields = ("username", "display_name")


class ProfileForm(forms.ModelForm):
    timezone = forms.ChoiceField(label=_("Timezone"), choices=TIMEZONE_CHOICES)

    class Meta:
        model = User
        fields = ("display_name", "timezone", "week_start", "north_star")
        widgets = {"north_star": forms.Textarea(attrs={"rows": 4})}
