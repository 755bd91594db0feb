"""The check-in form: mood first and big, everything else optional and compact.

It checks the input's shape; `journal.services.checkins.save_checkin` decides the rest.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from nextyes.journal.models import CheckIn, Energy, Mood
from nextyes.journal.services.checkins import (
    MOVEMENT_RANGE,
    SLEEP_RANGE,
    CheckInValues,
    check_feelings,
)
from nextyes.lib.feelings import EMOTIONS
from nextyes.lib.forms import date_input

# Yes / no / not said: a skipped question is not a "no".
YES_NO = [("", _("Skip")), ("yes", _("Yes")), ("no", _("No"))]


class CheckInForm(forms.Form):
    mood = forms.TypedChoiceField(
        label=_("How are you feeling today?"),
        choices=Mood.choices,
        coerce=int,
        widget=forms.RadioSelect(attrs={"class": "mood-choice"}),
        error_messages={"required": _("Pick how you feel today: one tap is enough.")},
    )
    emotions = forms.MultipleChoiceField(
        label=_("Any of these? (up to three)"),
        choices=EMOTIONS,
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "emotion-choice"}),
    )
    energy = forms.TypedChoiceField(
        label=_("Energy"),
        choices=[("", _("Skip")), *Energy.choices],
        coerce=int,
        empty_value=None,
        required=False,
    )
    sleep_hours = forms.DecimalField(
        label=_("Hours slept"),
        required=False,
        min_value=0,
        max_value=24,
        decimal_places=1,
        widget=forms.NumberInput(attrs={"step": "0.5", "inputmode": "decimal"}),
        error_messages={"max_value": SLEEP_RANGE},
    )
    movement_minutes = forms.IntegerField(
        label=_("Minutes of movement"),
        required=False,
        min_value=0,
        max_value=1440,
        widget=forms.NumberInput(attrs={"step": "5", "inputmode": "numeric"}),
        error_messages={"max_value": MOVEMENT_RANGE},
    )
    ate_well = forms.ChoiceField(
        label=_("Ate reasonably?"), choices=YES_NO, required=False, widget=forms.RadioSelect
    )
    connected = forms.ChoiceField(
        label=_("Talked with someone who matters?"),
        choices=YES_NO,
        required=False,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("A note, if you like"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Only you can see this."),
    )
    day = forms.DateField(label=_("Day"), required=False, widget=date_input())

    def clean_emotions(self) -> list[str]:
        chosen: list[str] = self.cleaned_data["emotions"]
        check_feelings(chosen)
        return chosen

    def service_values(self) -> CheckInValues:
        """The cleaned values as `save_checkin` takes them."""
        data = self.cleaned_data

        def yes_no(value: str) -> bool | None:
            return {"yes": True, "no": False}.get(value)

        return {
            "mood": data["mood"],
            "day": data.get("day"),
            "emotions": data["emotions"],
            "energy": data["energy"],
            "sleep_hours": data["sleep_hours"],
            "movement_minutes": data["movement_minutes"],
            "ate_well": yes_no(data["ate_well"]),
            "connected": yes_no(data["connected"]),
            "note": data["note"],
        }


def initial_for(checkin: CheckIn) -> dict[str, object]:
    """A saved check-in as the form's initial values."""

    def yes_no(value: bool | None) -> str:
        return "" if value is None else ("yes" if value else "no")

    return {
        "mood": checkin.mood,
        "emotions": list(checkin.emotions or []),
        "energy": checkin.energy,
        "sleep_hours": checkin.sleep_hours,
        "movement_minutes": checkin.movement_minutes,
        "ate_well": yes_no(checkin.ate_well),
        "connected": yes_no(checkin.connected),
        "note": checkin.note,
        "day": checkin.day,
    }
