"""Forms for lessons and feedback, and the pieces the ritual's step forms (`step_forms`) share.
They check input; the services decide."""

from __future__ import annotations

from typing import Unpack

from django import forms
from django.db.models import QuerySet
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from nextyes.accounts.models import User
from nextyes.lib.forms import FormData, FormOptions, ModelFormOptions, date_input
from nextyes.lib.ownership import owned
from nextyes.pipeline.choices import CLOSED_STAGES, Stage
from nextyes.pipeline.contact_forms import ApplicationChoiceField, owner_applications
from nextyes.pipeline.models import Application, Company, Contact
from nextyes.recovery.models import Feedback, Lesson


def note(rows: int = 3, **attrs: str) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows, **attrs})


class ContactChoiceField(forms.ModelChoiceField[Contact]):
    def label_from_instance(self, obj: Contact) -> str:
        return f"{obj.name} — {obj.company.name}" if obj.company is not None else obj.name


# --- Lessons and feedback ------------------------------------------------------------------


class LessonForm(forms.ModelForm[Lesson]):
    application = ApplicationChoiceField(
        label=_("Application"), queryset=Application.objects.none(), required=False
    )

    class Meta:
        model = Lesson
        fields = ["text", "tags", "application", "learned_on"]
        widgets = {"text": note(3), "learned_on": date_input()}

    def __init__(
        self, user: User, data: FormData | None = None, **kwargs: Unpack[ModelFormOptions[Lesson]]
    ) -> None:
        super().__init__(data, **kwargs)
        field = self.fields["application"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = owner_applications(user)
        self.fields["learned_on"].required = False


class FeedbackForm(forms.ModelForm[Feedback]):
    application = ApplicationChoiceField(
        label=_("Application"), queryset=Application.objects.none(), required=False
    )
    contact = ContactChoiceField(
        label=_("From whom"), queryset=Contact.objects.none(), required=False
    )

    class Meta:
        model = Feedback
        fields = ["text", "positive", "application", "contact", "received_on"]
        widgets = {"text": note(4), "received_on": date_input()}

    def __init__(
        self, user: User, data: FormData | None = None, **kwargs: Unpack[ModelFormOptions[Feedback]]
    ) -> None:
        super().__init__(data, **kwargs)
        app_field = self.fields["application"]
        contact_field = self.fields["contact"]
        assert isinstance(app_field, forms.ModelChoiceField)
        assert isinstance(contact_field, forms.ModelChoiceField)
        app_field.queryset = owner_applications(user)
        contact_field.queryset = (
            owned(Contact, user).select_related("company").order_by(Lower("name"))
        )
        self.fields["received_on"].required = False


# Lessons remember the furthest stage their application reached (never an ending like rejected).
STAGE_FILTER_CHOICES = [("", _("Any stage"))] + [
    (s.value, s.label) for s in Stage if s not in CLOSED_STAGES and s != Stage.SAVED
]


class LessonFilterForm(forms.Form):
    tag = forms.ChoiceField(label=_("Tag"), required=False)
    company = forms.ModelChoiceField(
        label=_("Company"),
        queryset=Company.objects.none(),
        required=False,
        empty_label=_("Any company"),
    )
    stage = forms.ChoiceField(
        label=_("Stage reached"), choices=STAGE_FILTER_CHOICES, required=False
    )

    def __init__(
        self,
        user: User,
        tags: list[str],
        data: FormData | None = None,
        **kwargs: Unpack[FormOptions],
    ) -> None:
        super().__init__(data, **kwargs)
        tag_field = self.fields["tag"]
        company_field = self.fields["company"]
        assert isinstance(tag_field, forms.ChoiceField)
        assert isinstance(company_field, forms.ModelChoiceField)
        tag_field.choices = [("", _("Any tag")), *((t, t) for t in tags)]
        company_field.queryset = companies_with_lessons(user)


def companies_with_lessons(user: User) -> QuerySet[Company]:
    return (
        owned(Company, user)
        .filter(applications__lessons__isnull=False)
        .distinct()
        .order_by(Lower("name"))
    )
