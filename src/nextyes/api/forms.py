from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from nextyes.api.models import Scope
from nextyes.lib.forms import date_input


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_("Where you will use it, e.g. “laptop script” or “my assistant”."),
    )
    scope = forms.ChoiceField(
        label=_("Access"), choices=Scope.choices, initial=Scope.READ, widget=forms.RadioSelect
    )
    expires_on = forms.DateField(
        label=_("Expires on"),
        required=False,
        widget=date_input(),
        help_text=_("Optional. The token stops working on this day."),
    )
