"""The reminders settings form: one switch per kind and the quiet hours."""

from __future__ import annotations

from typing import Unpack

from django import forms
from django.utils.translation import gettext_lazy as _

from nextyes.lib.forms import FormData, ModelFormOptions
from nextyes.reminders.models import SWITCHES, ReminderSettings
from nextyes.reminders.services import SettingsInput


def time_input() -> forms.TimeInput:
    return forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


class ReminderSettingsForm(forms.ModelForm[ReminderSettings]):
    class Meta:
        model = ReminderSettings
        fields = (*SWITCHES.values(), "quiet_from", "quiet_until")
        widgets = {"quiet_from": time_input(), "quiet_until": time_input()}
        help_texts = {
            "check_in": _("Off unless you want it: one gentle question at 8 in the evening."),
            "digest": _(
                "On Monday morning: how many applications, interviews and check-ins, "
                "and what is coming. Never what you wrote."
            ),
            "quiet_until": _(
                "No email between these times, in your own time zone. "
                "Anything due waits until they end. The same time twice: no quiet hours."
            ),
        }

    def __init__(
        self, data: FormData | None = None, **kwargs: Unpack[ModelFormOptions[ReminderSettings]]
    ) -> None:
        super().__init__(data, **kwargs)

    def settings_input(self) -> SettingsInput:
        data = self.cleaned_data
        chosen = SettingsInput(quiet_from=data["quiet_from"], quiet_until=data["quiet_until"])
        for name in SWITCHES.values():
            chosen[name] = bool(data.get(name))  # type: ignore[literal-required]
        return chosen
