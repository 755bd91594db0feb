"""Forms for wins and jar notes. They check the input's shape; the services decide the rest."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from nextyes.journal.models import WinKind


class WinForm(forms.Form):
    text = forms.CharField(
        label=_("What went well?"),
        max_length=500,
        widget=forms.TextInput(
            attrs={"placeholder": _("e.g. Sent two tailored applications"), "autocomplete": "off"}
        ),
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=WinKind.choices, initial=WinKind.OTHER)
    # Optional so the header's one-field quick add works: no date means today (the service's default).
    occurred_on = forms.DateField(
        label=_("When"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class WinFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[("", _("All kinds")), *WinKind.choices],
    )


class JarNoteForm(forms.Form):
    text = forms.CharField(
        label=_("A note for your future self"),
        max_length=500,
        help_text=_("Something you did well, or something you learned."),
        widget=forms.Textarea(
            attrs={
                "rows": 2,
                "placeholder": _("e.g. I explained my last project clearly and calmly"),
            }
        ),
    )
