"""Forms for gratitude, the vision board and the help page. Shape only; services decide."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from nextyes.journal.care import helplines
from nextyes.lib.forms import date_input


class GratitudeForm(forms.Form):
    """Three lines for today; any of them may stay empty, at least one is needed (service)."""

    first = forms.CharField(
        label=_("First thing"),
        max_length=500,
        required=False,
        widget=forms.TextInput(
            attrs={"placeholder": _("e.g. A long call with my sister"), "autocomplete": "off"}
        ),
    )
    second = forms.CharField(
        label=_("Second thing"),
        max_length=500,
        required=False,
        widget=forms.TextInput(
            attrs={"placeholder": _("e.g. Sun on the walk home"), "autocomplete": "off"}
        ),
    )
    third = forms.CharField(
        label=_("Third thing"),
        max_length=500,
        required=False,
        widget=forms.TextInput(
            attrs={"placeholder": _("e.g. Finishing that cover letter"), "autocomplete": "off"}
        ),
    )

    def texts(self) -> list[str]:
        return [self.cleaned_data.get(name) or "" for name in ("first", "second", "third")]


class GratitudeEditForm(forms.Form):
    text = forms.CharField(label=_("Something you are grateful for"), max_length=500)
    day = forms.DateField(label=_("Day"), widget=date_input())


class NorthStarForm(forms.Form):
    north_star = forms.CharField(
        label=_("Why I'm doing this"),
        required=False,
        max_length=2000,
        help_text=_("In your own words. It sits at the top of your Today page."),
        widget=forms.Textarea(
            attrs={"rows": 3, "placeholder": _("e.g. To do work I'm proud of, close to home")}
        ),
    )


class AspirationForm(forms.Form):
    text = forms.CharField(
        label=_("Something you hope your working life will hold"),
        max_length=300,
        widget=forms.TextInput(
            attrs={"placeholder": _("e.g. A team that teaches each other"), "autocomplete": "off"}
        ),
    )


def country_choices() -> list[tuple[str, object]]:
    return [("", _("Somewhere else")), *((c.code, c.name) for c in helplines.countries())]


class CountryForm(forms.Form):
    country = forms.ChoiceField(label=_("Where are you?"), required=False, choices=country_choices)
