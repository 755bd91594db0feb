"""Forms for the tracker's pages. They validate; the services in services.py do the writing."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, TypedDict, Unpack, cast

from django import forms
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django.utils.functional import _StrOrPromise as StrOrPromise

from nextyes.accounts.models import User
from nextyes.lib.forms import FormData, FormOptions, ModelFormOptions, date_input
from nextyes.lib.ownership import owned
from nextyes.pipeline import selectors
from nextyes.pipeline.choices import Channel, Stage
from nextyes.pipeline.models import Application, Contact, Interview, StageEvent
from nextyes.pipeline.services import APPLICATION_FIELDS, ApplicationInput, EventChanges

DATE_FORMAT = "%Y-%m-%d"
# What <input type="datetime-local"> sends (browsers add seconds only when asked to).
DATETIME_LOCAL_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]


def rating_field(label: StrOrPromise, help_text: StrOrPromise = "") -> forms.IntegerField:
    """A 1–5 rating that says so plainly when the number is out of range."""
    message = _("Please use a number from 1 to 5.")
    return forms.IntegerField(
        label=label,
        required=False,
        min_value=1,
        max_value=5,
        help_text=help_text,
        error_messages={"min_value": message, "max_value": message, "invalid": message},
    )


# An interview's round, on the application page and in the interview form alike.
ROUNDS_FROM_ONE = _("Rounds start at 1.")


class ApplicationForm(forms.ModelForm[Application]):
    company = forms.CharField(
        label=_("Company"),
        max_length=200,
        error_messages={"required": _("Which company is this with?")},
    )
    link = forms.URLField(
        label=_("Link to the job ad"),
        required=False,
        max_length=1000,
        assume_scheme="https",
        error_messages={"invalid": _("That doesn't look like a web address.")},
    )
    fit = rating_field(_("Fit (1–5)"), _("How well the job fits you, 5 being a great fit."))

    field_order = ["company", "role"]

    class Meta:
        model = Application
        # `company` is typed as a name and resolved by the service, so it is not a model field here.
        fields = APPLICATION_FIELDS
        widgets = {
            "applied_on": date_input(),
            "closes_on": date_input(),
            "job_description": forms.Textarea(attrs={"rows": 6}),
            "notes": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "applied_on": _("Leave empty while it is only saved for later."),
            "closes_on": _("The last day to apply, if the ad gives one."),
        }
        error_messages = {"role": {"required": _("What is the role called?")}}

    def __init__(
        self, data: FormData | None = None, **kwargs: Unpack[ModelFormOptions[Application]]
    ) -> None:
        super().__init__(data, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial.setdefault("company", self.instance.company.name)

    def service_fields(self) -> ApplicationInput:
        """The cleaned values as keyword arguments for create/update_application."""
        data = self.cleaned_data
        # Meta.fields are APPLICATION_FIELDS, the keys of ApplicationInput besides the company.
        values = {"company": data["company"], **{name: data[name] for name in self.Meta.fields}}
        return cast(ApplicationInput, values)


class EventForm(forms.ModelForm[StageEvent]):
    """Add or correct a stage event (a move)."""

    round = forms.IntegerField(
        label=_("Interview round"),
        required=False,
        min_value=1,
        help_text=_("For interviews only; leave empty to use the next round."),
        error_messages={"min_value": ROUNDS_FROM_ONE},
    )

    class Meta:
        model = StageEvent
        fields = ("stage", "occurred_on", "round", "note")
        widgets = {"occurred_on": date_input()}
        error_messages = {
            "stage": {"required": _("Which step was it?")},
            "occurred_on": {"required": _("When did this happen?")},
        }

    def __init__(
        self, data: FormData | None = None, **kwargs: Unpack[ModelFormOptions[StageEvent]]
    ) -> None:
        super().__init__(data, **kwargs)
        stage = self.fields["stage"]
        assert isinstance(stage, forms.ChoiceField)
        stage.choices = [("", _("Choose a step")), *Stage.choices]

    def service_fields(self) -> EventChanges:
        data = self.cleaned_data
        return EventChanges(
            stage=data["stage"],
            occurred_on=data["occurred_on"],
            round=data["round"],
            note=data["note"],
        )


class MoveForm(forms.Form):
    stage = forms.ChoiceField(label=_("Move to"), choices=Stage.choices)


class InterviewForm(forms.ModelForm[Interview]):
    scheduled_at = forms.DateTimeField(
        label=_("Date and time"),
        input_formats=DATETIME_LOCAL_FORMATS,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("In your own timezone."),
        error_messages={"required": _("When is (or was) the interview?")},
    )
    round = forms.IntegerField(
        label=_("Round"),
        min_value=1,
        initial=1,
        error_messages={"min_value": ROUNDS_FROM_ONE},
    )
    rating = rating_field(_("How it went (1–5)"), _("5 means it went really well."))
    contacts = forms.ModelMultipleChoiceField(
        label=_("Who you met"),
        queryset=Contact.objects.none(),
        required=False,
        help_text=_("Hold Ctrl (or Cmd) to pick more than one."),
    )

    class Meta:
        model = Interview
        fields = (
            "scheduled_at",
            "round",
            "kind",
            "location",
            "contacts",
            "prep_notes",
            "questions_asked",
            "rating",
            "notes",
        )
        widgets = {
            "prep_notes": forms.Textarea(attrs={"rows": 4}),
            "questions_asked": forms.Textarea(attrs={"rows": 4}),
            "notes": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {"location": _("An address, or the link to the video call.")}

    def __init__(
        self,
        data: FormData | None = None,
        *,
        user: User,
        **kwargs: Unpack[ModelFormOptions[Interview]],
    ) -> None:
        super().__init__(data, **kwargs)
        # Only the person's own contacts can be picked (anything else is "not a valid choice").
        contacts = self.fields["contacts"]
        assert isinstance(contacts, forms.ModelMultipleChoiceField)
        contacts.queryset = owned(Contact, user)


class ApplicationFilters(TypedDict):
    """selectors.application_list's keyword arguments, as the list page's form reads them."""

    q: str
    status: str
    channel: str
    applied_from: dt.date | None
    applied_to: dt.date | None
    sort: str


class ApplicationFilterForm(forms.Form):
    """The list page's GET parameters: q, status, channel, from, to, sort."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("Company, role, notes…")}),
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any status")), *Stage.choices]
    )
    channel = forms.ChoiceField(
        label=_("Channel"), required=False, choices=[("", _("Any channel")), *Channel.choices]
    )
    # Sorting is chosen with the table's column headers; the form only carries it along.
    sort = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, data: FormData | None = None, **kwargs: Unpack[FormOptions]) -> None:
        super().__init__(data, **kwargs)
        # The public parameters are `from` and `to`; `from` is a Python keyword, hence no attribute.
        self.fields["from"] = forms.DateField(
            label=_("Applied from"), required=False, widget=date_input()
        )
        self.fields["to"] = forms.DateField(
            label=_("Applied until"), required=False, widget=date_input()
        )
        self.order_fields(["q", "status", "channel", "from", "to", "sort"])

    def clean(self) -> dict[str, object]:
        data: dict[str, object] = super().clean() or {}
        start, end = data.get("from"), data.get("to")
        if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
            self.add_error("to", _("This date is before the “from” date."))
        return data

    def filters(self) -> ApplicationFilters:
        """Keyword arguments for selectors.application_list from whatever was valid."""
        data = self.cleaned_data if self.is_valid() else getattr(self, "cleaned_data", {})
        start: dt.date | None = data.get("from")
        end: dt.date | None = data.get("to")
        return {
            "q": data.get("q") or "",
            "status": data.get("status") or "",
            "channel": data.get("channel") or "",
            "applied_from": start,
            "applied_to": end,
            "sort": selectors.normal_sort(data.get("sort")),
        }

    @property
    def is_filtered(self) -> bool:
        """Whether anything narrows the list (sorting alone does not)."""
        filters = self.filters()
        narrowing = ("q", "status", "channel", "applied_from", "applied_to")
        return any(value for name, value in filters.items() if name in narrowing)
