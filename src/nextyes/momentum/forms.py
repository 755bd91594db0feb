"""Forms for goals, entries, rewards, breaks and next actions. They validate input; services decide."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Unpack

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from nextyes.accounts.models import User
from nextyes.lib.forms import FormData, FormOptions, date_input
from nextyes.lib.ownership import owned
from nextyes.momentum.models import ActionKind, GoalKind
from nextyes.momentum.selectors import saved_applications
from nextyes.momentum.services import check_break_days
from nextyes.pipeline.models import Application, Contact

AMOUNT_HELP = _("How much: e.g. 1 session, or 1.5 hours.")


class GoalForm(forms.Form):
    label = forms.CharField(label=_("Name"), max_length=100, required=False)
    weekly_target = forms.DecimalField(
        label=_("Weekly target"),
        min_value=Decimal("0.5"),
        max_value=Decimal("999"),
        decimal_places=1,
        widget=forms.NumberInput(attrs={"step": "0.5", "inputmode": "decimal"}),
    )
    active = forms.BooleanField(
        label=_("Follow this goal each week"),
        required=False,
        initial=True,
        help_text=_("Untick to pause it without losing what you logged."),
    )

    def __init__(
        self,
        data: FormData | None = None,
        *,
        kind: str,
        editing: bool = False,
        **kwargs: Unpack[FormOptions],
    ) -> None:
        super().__init__(data, **kwargs)
        self.kind = kind
        if kind == GoalKind.CUSTOM:
            self.fields["label"].required = True
            self.fields["label"].help_text = _("What you will do each week, e.g. “Portfolio work”.")
        else:
            self.fields["label"].help_text = _("Optional: leave empty to use the usual name.")
        if not editing:
            del self.fields["active"]


class GoalEntryForm(forms.Form):
    on = forms.DateField(label=_("Date"), widget=date_input())
    amount = forms.DecimalField(
        label=_("Amount"),
        min_value=Decimal("0.1"),
        max_value=Decimal("999"),
        decimal_places=1,
        initial=1,
        help_text=AMOUNT_HELP,
        widget=forms.NumberInput(attrs={"step": "0.5", "inputmode": "decimal"}),
    )
    note = forms.CharField(label=_("Note"), max_length=200, required=False)


class RewardForm(forms.Form):
    name = forms.CharField(
        label=_("Reward"),
        max_length=100,
        help_text=_("Something you would enjoy, e.g. “Fancy coffee” or “A film night”."),
    )
    cost = forms.IntegerField(label=_("Points"), min_value=1, max_value=100000)


class BreakForm(forms.Form):
    starts_on = forms.DateField(label=_("From"), widget=date_input())
    ends_on = forms.DateField(
        label=_("Resume on"),
        widget=date_input(),
        help_text=_("The day you plan to pick things up again."),
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=200,
        required=False,
        help_text=_("Only for you, e.g. “After the final round”."),
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        start, end = data.get("starts_on"), data.get("ends_on")
        if isinstance(start, dt.date) and isinstance(end, dt.date):
            try:
                check_break_days(start, end)
            except ValidationError as error:
                self.add_error("ends_on", error)
        return data


class NextActionForm(forms.Form):
    text = forms.CharField(
        label=_("Next step"),
        max_length=300,
        help_text=_("Small and concrete, e.g. “Send my portfolio to Sam”."),
    )
    due_on = forms.DateField(label=_("When"), required=False, widget=date_input())
    application: forms.ModelChoiceField[Application] = forms.ModelChoiceField(
        label=_("A saved lead (optional)"), queryset=None, required=False, empty_label="—"
    )
    contact: forms.ModelChoiceField[Contact] = forms.ModelChoiceField(
        label=_("Someone to reach out to (optional)"),
        queryset=None,
        required=False,
        empty_label="—",
    )

    def __init__(
        self, data: FormData | None = None, *, user: User, **kwargs: Unpack[FormOptions]
    ) -> None:
        super().__init__(data, **kwargs)
        # Only the person's own records can be chosen: anyone else's id is simply invalid.
        self.fields["application"].queryset = saved_applications(user)  # type: ignore[attr-defined]
        self.fields["contact"].queryset = owned(Contact, user).order_by("name")  # type: ignore[attr-defined]
        self.fields["application"].label_from_instance = lambda a: f"{a.role} — {a.company.name}"  # type: ignore[attr-defined]

    def kind(self) -> str:
        if self.cleaned_data.get("application"):
            return ActionKind.APPLY
        if self.cleaned_data.get("contact"):
            return ActionKind.REACH_OUT
        return ActionKind.CUSTOM
