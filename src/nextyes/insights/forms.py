"""The insights settings form: the two silence thresholds."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _

from nextyes.insights.models import InsightSettings


class InsightSettingsForm(forms.ModelForm[InsightSettings]):
    class Meta:
        model = InsightSettings
        fields = ["no_reply_days", "ghost_days"]

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        no_reply, ghost = data.get("no_reply_days"), data.get("ghost_days")
        if no_reply is not None and ghost is not None and ghost <= no_reply:
            self.add_error(
                "ghost_days",
                _(
                    "Give silence a little longer here than for “no reply yet” (more than %(days)s days)."
                )
                % {"days": no_reply},
            )
        return data
