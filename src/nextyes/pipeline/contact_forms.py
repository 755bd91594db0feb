"""Forms for contacts, touchpoints and companies. They validate input; the services decide."""

from __future__ import annotations

from typing import Any, TypedDict, Unpack, cast

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from nextyes.accounts.models import User
from nextyes.lib.forms import FormData, ModelFormOptions, date_input
from nextyes.lib.ownership import owned
from nextyes.pipeline import services
from nextyes.pipeline.choices import Relationship, TouchpointKind
from nextyes.pipeline.models import Application, Company, Contact, Touchpoint

EMAIL_INVALID = _(
    "That doesn't look like an email address. Check for a typo, e.g. sam@example.com."
)
URL_INVALID = _("That doesn't look like a web address, e.g. https://example.com.")


def _field_error(exc: ValidationError, field: str) -> ValidationError:
    """A service's per-field error, re-raised so a clean_<field>() can show it."""
    if hasattr(exc, "error_dict"):
        return ValidationError(exc.message_dict.get(field) or exc.messages)
    return exc


def owner_applications(user: User) -> QuerySet[Application]:
    return (
        owned(Application, user)
        .select_related("company")
        .order_by(Lower("company__name"), Lower("role"), "pk")
    )


# A choice the list did not offer (another person's, or a removed one), said once for both forms.
NOT_AMONG_YOURS = _("Pick among your own applications.")


class ApplicationChoiceField(forms.ModelChoiceField[Application]):
    def label_from_instance(self, obj: Application) -> str:
        return f"{obj.role} — {obj.company.name}"


class ApplicationsField(forms.ModelMultipleChoiceField[Application]):
    def label_from_instance(self, obj: Application) -> str:
        return f"{obj.role} — {obj.company.name}"


class ContactFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("Name, company or email")}
        ),
    )
    relationship = forms.ChoiceField(
        label=_("Relationship"),
        required=False,
        choices=[("", _("Everyone")), *Relationship.choices],
    )


class ContactForm(forms.ModelForm[Contact]):
    company = forms.CharField(
        label=_("Company"),
        required=False,
        max_length=200,
        help_text=_("Type the name; a company you haven't used yet is added for you."),
    )
    applications = ApplicationsField(
        label=_("Applications"),
        queryset=Application.objects.none(),
        required=False,
        help_text=_("The applications this person is part of. Hold Ctrl (⌘ on a Mac) for several."),
        error_messages={"invalid_choice": NOT_AMONG_YOURS},
    )
    linkedin_url = forms.URLField(
        label=_("LinkedIn URL"),
        required=False,
        assume_scheme="https",
        error_messages={"invalid": URL_INVALID},
    )

    class Meta:
        model = Contact
        fields = ("name", "title", "relationship", "email", "linkedin_url", "notes")
        error_messages = {
            "name": {"required": _("Please give a name, even just a first name.")},
            "email": {"invalid": EMAIL_INVALID},
        }
        widgets = {"notes": forms.Textarea(attrs={"rows": 4})}

    field_order = (
        "name",
        "title",
        "company",
        "relationship",
        "email",
        "linkedin_url",
        "applications",
        "notes",
    )

    def __init__(
        self,
        data: FormData | None = None,
        *,
        user: User,
        **kwargs: Unpack[ModelFormOptions[Contact]],
    ) -> None:
        instance = kwargs.get("instance")
        if instance is not None and instance.pk:
            initial = kwargs.setdefault("initial", {})
            initial.setdefault("company", instance.company.name if instance.company else "")
            initial.setdefault("applications", [a.pk for a in instance.applications.all()])
        super().__init__(data, **kwargs)
        self.fields["applications"].queryset = owner_applications(user)  # type: ignore[attr-defined]
        self.fields["applications"].widget.attrs["size"] = 6

    def clean_linkedin_url(self) -> str:
        url: str = self.cleaned_data.get("linkedin_url") or ""
        try:
            return services.check_linkedin_url(url)
        except ValidationError as exc:
            raise _field_error(exc, "linkedin_url") from exc

    def service_values(self) -> services.ContactInput:
        """What create_contact / update_contact take."""
        data = {name: self.cleaned_data[name] for name in services.CONTACT_FIELDS}
        data["company"] = self.cleaned_data["company"]
        data["applications"] = list(self.cleaned_data["applications"])
        # CONTACT_FIELDS are ContactInput's keys besides the company and the applications.
        return cast(services.ContactInput, data)


class TouchpointForm(forms.ModelForm[Touchpoint]):
    application = ApplicationChoiceField(
        label=_("About an application (optional)"),
        queryset=Application.objects.none(),
        required=False,
        error_messages={"invalid_choice": NOT_AMONG_YOURS},
    )

    class Meta:
        model = Touchpoint
        fields = ("occurred_on", "kind", "note", "application", "follow_up_on")
        widgets = {
            "occurred_on": date_input(),
            "follow_up_on": date_input(),
            "note": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {"follow_up_on": _("When to get back in touch. Leave empty if nothing's due.")}

    def __init__(
        self,
        data: FormData | None = None,
        *,
        contact: Contact,
        **kwargs: Unpack[ModelFormOptions[Touchpoint]],
    ) -> None:
        super().__init__(data, **kwargs)
        self.fields["kind"].choices = [("", _("Choose…")), *TouchpointKind.choices]  # type: ignore[attr-defined]
        apps = list(owner_applications(contact.owner))
        linked = {a.pk for a in contact.applications.all()}
        field = self.fields["application"]
        field.queryset = owner_applications(contact.owner)  # type: ignore[attr-defined]
        # Their own applications first, so the usual choice is near the top.
        theirs = [(a.pk, field.label_from_instance(a)) for a in apps if a.pk in linked]  # type: ignore[attr-defined]
        others = [(a.pk, field.label_from_instance(a)) for a in apps if a.pk not in linked]  # type: ignore[attr-defined]
        choices: list[Any] = [("", _("None"))]
        if theirs and others:
            choices += [
                (_("With %(name)s") % {"name": contact.name}, theirs),
                (_("Your other applications"), others),
            ]
        else:
            choices += theirs or others
        field.choices = choices  # type: ignore[attr-defined]

    def service_values(self) -> services.TouchpointChanges:
        values = {name: self.cleaned_data[name] for name in services.TOUCHPOINT_FIELDS}
        # TOUCHPOINT_FIELDS are TouchpointChanges' keys.
        return cast(services.TouchpointChanges, values)


class CompanyChanges(TypedDict):
    """What update_company takes from the company form."""

    name: str
    website: str
    mail_domains: str


class CompanyForm(forms.ModelForm[Company]):
    website = forms.URLField(
        label=_("Website"),
        required=False,
        assume_scheme="https",
        error_messages={"invalid": URL_INVALID},
    )

    class Meta:
        model = Company
        fields = ("name", "website", "mail_domains")
        error_messages = {"name": {"required": _("A company name is needed.")}}

    def clean_mail_domains(self) -> str:
        raw: str = self.cleaned_data.get("mail_domains") or ""
        try:
            return services.normalise_mail_domains(raw)
        except ValidationError as exc:
            raise _field_error(exc, "mail_domains") from exc

    def service_values(self) -> CompanyChanges:
        data = self.cleaned_data
        return CompanyChanges(
            name=data["name"], website=data["website"], mail_domains=data["mail_domains"]
        )
