"""Forms of the proposals page: editing a proposal before applying it, and the auto-apply setting."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from nextyes.accounts.models import User
from nextyes.inbox.models import Proposal
from nextyes.inbox.proposals import Edits
from nextyes.inbox.proposing import SUGGESTED_THRESHOLD
from nextyes.lib.ownership import owned
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.forms import DATE_FORMAT, DATETIME_LOCAL_FORMATS
from nextyes.pipeline.models import Application

# Too low and too high get the same answer: the range itself.
FIFTY_TO_HUNDRED = _("Use a number from 50 to 100.")


class ApplicationChoice(forms.ModelChoiceField[Application]):
    def label_from_instance(self, obj: Application) -> str:
        return f"{obj.company.name} — {obj.role}"


class ProposalEditForm(forms.Form):
    application = ApplicationChoice(
        label=_("Application"),
        queryset=Application.objects.none(),
        required=False,
        empty_label=_("A new application (fill in company and role)"),
    )
    company_name = forms.CharField(
        label=_("Company"),
        max_length=200,
        required=False,
        help_text=_("For a new application only; a chosen one keeps its own."),
    )
    role = forms.CharField(
        label=_("Role"),
        max_length=200,
        required=False,
        help_text=_("For a new application only."),
    )
    stage = forms.ChoiceField(
        label=_("Mark it as"), choices=[c for c in Stage.choices if c[0] != Stage.SAVED]
    )
    on = forms.DateField(
        label=_("On"),
        widget=forms.DateInput(attrs={"type": "date"}, format=DATE_FORMAT),
        help_text=_("The day the mail arrived, unless you change it."),
    )
    interview_at = forms.DateTimeField(
        label=_("Interview date and time"),
        required=False,
        input_formats=DATETIME_LOCAL_FORMATS,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("For an interview: when it is, in your own timezone. Leave empty if unsure."),
    )

    # Any: Form's positional and keyword arguments, passed on unchanged
    def __init__(self, *args: Any, user: User, proposal: Proposal, **kwargs: Any) -> None:
        kwargs.setdefault(
            "initial",
            {
                "application": proposal.application_id,
                "company_name": proposal.company_name,
                "role": proposal.role,
                "stage": proposal.stage,
                "on": proposal.on,
                "interview_at": proposal.interview_at,
            },
        )
        super().__init__(*args, **kwargs)
        field = self.fields["application"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = (
            owned(Application, user).select_related("company").order_by("company__name", "role")
        )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if not data.get("application") and not (data.get("company_name") or "").strip():
            self.add_error("company_name", _("Which company is it? Add its name or choose one."))
        return data

    def edits(self) -> Edits:
        data = self.cleaned_data
        application = data.get("application")
        return Edits(
            application=application,
            create=application is None,
            stage=data["stage"],
            on=data["on"],
            interview_at=data.get("interview_at"),
            company_name=data.get("company_name") or "",
            role=data.get("role") or "",
        )


class SettingsForm(forms.Form):
    auto_apply = forms.BooleanField(
        label=_("Apply confident proposals by themselves"), required=False
    )
    threshold = forms.IntegerField(
        label=_("When NextYes is at least this sure (%)"),
        min_value=50,
        max_value=100,
        required=False,
        initial=round(SUGGESTED_THRESHOLD * 100),
        help_text=_(
            "Only for mail clearly from a company you applied to. 95% is a good start; every "
            "change can be undone from the proposals page."
        ),
        error_messages={
            "min_value": FIFTY_TO_HUNDRED,
            "max_value": FIFTY_TO_HUNDRED,
        },
    )

    def value(self) -> float | None:
        if not self.cleaned_data.get("auto_apply"):
            return None
        percent = self.cleaned_data.get("threshold") or round(SUGGESTED_THRESHOLD * 100)
        return float(percent) / 100
