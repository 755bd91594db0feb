"""Forms for the ritual steps, lessons and feedback. They check input; the services decide."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack, cast

from django import forms
from django.db.models import QuerySet
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from nextyes.accounts.models import User
from nextyes.lib import feelings
from nextyes.lib.dates import today_for
from nextyes.lib.forms import FormData, FormOptions, ModelFormOptions, date_input
from nextyes.lib.ownership import owned
from nextyes.momentum.models import ActionKind
from nextyes.pipeline.choices import CLOSED_STAGES, Stage
from nextyes.pipeline.contact_forms import ApplicationChoiceField, owner_applications
from nextyes.pipeline.models import Application, Company, Contact
from nextyes.recovery import content
from nextyes.recovery.models import Feedback, Lesson, Ritual
from nextyes.recovery.selectors import suggest_break
from nextyes.recovery.services import StepData
from nextyes.recovery.services.steps import ritual_break, ritual_contacts, saved_leads


def _note(rows: int = 3, **attrs: str) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows, **attrs})


def _checkboxes(
    choices: Sequence[tuple[str, StrOrPromise]], label: StrOrPromise
) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=label, choices=choices, required=False, widget=forms.CheckboxSelectMultiple
    )


class StepForm(forms.Form):
    """A ritual step's form: built from the ritual, turned into the data `save_step` takes."""

    def __init__(
        self, ritual: Ritual, data: FormData | None = None, **kwargs: Unpack[FormOptions]
    ) -> None:
        self.ritual = ritual
        kwargs.setdefault("initial", self.initial_from(ritual))
        super().__init__(data, **kwargs)

    def initial_from(self, ritual: Ritual) -> dict[str, object]:
        return {}

    def to_data(self) -> StepData:
        # Each step form's fields are StepData keys of the same names.
        return cast(StepData, dict(self.cleaned_data))


class FeelForm(StepForm):
    emotions = _checkboxes(feelings.EMOTIONS, _("What are you feeling?"))
    intensity = forms.IntegerField(
        label=_("How strong is it, from 0 to 10?"),
        min_value=0,
        max_value=10,
        required=False,
        widget=forms.NumberInput(
            attrs={"type": "range", "min": 0, "max": 10, "step": 1, "data-shows": "intensity-value"}
        ),
    )
    feeling_note = forms.CharField(
        label=_("Anything you want to get off your chest"),
        required=False,
        help_text=content.NOTE_PRIVATE,
        widget=_note(4),
    )

    def initial_from(self, ritual: Ritual) -> dict[str, object]:
        return {
            "emotions": ritual.emotions,
            "intensity": 5 if ritual.intensity is None else ritual.intensity,
            "feeling_note": ritual.feeling_note,
        }


class PauseForm(StepForm):
    resume_on = forms.DateField(
        label=_("I'll pick the search up again on"),
        required=False,
        widget=date_input(),
        help_text=_("Filled in with our suggestion. Clear it, or choose today, for no break."),
    )

    def initial_from(self, ritual: Ritual) -> dict[str, object]:
        existing = ritual_break(ritual)
        if existing is not None:
            return {"resume_on": existing.ends_on}
        if "pause" in ritual.visited_steps:
            return {}  # they chose no break: keep it that way
        today = today_for(ritual.owner)
        suggested = suggest_break(ritual, today).resume_on
        return {"resume_on": suggested} if suggested > today else {}


class PerspectiveForm(StepForm):
    outside_factors = _checkboxes(content.OUTSIDE_FACTORS, _("Outside your control"))
    inside_factors = _checkboxes(content.INSIDE_FACTORS, _("Within your reach next time"))
    perspective_note = forms.CharField(
        label=_("Anything else you noticed"), required=False, widget=_note(2)
    )

    def initial_from(self, ritual: Ritual) -> dict[str, object]:
        return {
            "outside_factors": ritual.outside_factors,
            "inside_factors": ritual.inside_factors,
            "perspective_note": ritual.perspective_note,
        }


class LearnForm(StepForm):
    lesson_text = forms.CharField(
        label=_("A lesson, in your own words"),
        required=False,
        widget=_note(2),
        help_text=_("For example: “Bring one number for every example I give.”"),
    )
    lesson_tags = forms.CharField(
        label=_("Tags"),
        required=False,
        max_length=200,
        help_text=_("Separated by commas, e.g. interviews, résumé"),
    )

    def __init__(
        self, ritual: Ritual, data: FormData | None = None, **kwargs: Unpack[FormOptions]
    ) -> None:
        super().__init__(ritual, data, **kwargs)
        questions = {
            f"answer_{slug}": forms.CharField(label=label, required=False, widget=_note(2))
            for slug, label in content.POSTMORTEM_QUESTIONS
        }
        # The questions come first on the page, then the lesson.
        self.fields = {**questions, **self.fields}
        for slug, _label in content.POSTMORTEM_QUESTIONS:
            self.initial.setdefault(f"answer_{slug}", ritual.postmortem.get(slug, ""))
        apps = ritual.applications.select_related("company").order_by("id")
        if apps.count() > 1:
            self.fields["application"] = ApplicationChoiceField(
                label=_("Which application taught you this?"), queryset=apps, required=False
            )

    def to_data(self) -> StepData:
        data = self.cleaned_data
        return {
            "answers": {
                slug: data.get(f"answer_{slug}", "") for slug, _l in content.POSTMORTEM_QUESTIONS
            },
            "lesson_text": data.get("lesson_text", ""),
            "lesson_tags": data.get("lesson_tags", ""),
            "application": data.get("application"),
        }


class ContactChoiceField(forms.ModelChoiceField[Contact]):
    def label_from_instance(self, obj: Contact) -> str:
        return f"{obj.name} — {obj.company.name}" if obj.company is not None else obj.name


class ReachOutForm(StepForm):
    contact = ContactChoiceField(
        label=_("Who are you writing to?"),
        queryset=Contact.objects.none(),
        required=False,
        empty_label=_("— nobody chosen yet —"),
    )
    new_contact_name = forms.CharField(
        label=_("…or someone new (their name)"), required=False, max_length=200
    )
    feedback_requested = forms.BooleanField(label=_("I sent the feedback request"), required=False)
    thank_you_sent = forms.BooleanField(label=_("I sent the thank-you note"), required=False)
    feedback_text = forms.CharField(
        label=_("Feedback they gave you"),
        required=False,
        widget=_note(3),
        help_text=_("When it comes; you can also add it later on the feedback page."),
    )
    feedback_positive = forms.BooleanField(label=_("This was encouraging"), required=False)
    reapply_after = forms.DateField(
        label=_("I could apply there again after"), required=False, widget=date_input()
    )

    def __init__(
        self, ritual: Ritual, data: FormData | None = None, **kwargs: Unpack[FormOptions]
    ) -> None:
        super().__init__(ritual, data, **kwargs)
        ids = [c.pk for c in ritual_contacts(ritual)]
        contact_field = self.fields["contact"]
        assert isinstance(contact_field, forms.ModelChoiceField)
        contact_field.queryset = (
            owned(Contact, ritual.owner).filter(pk__in=ids).select_related("company")
        )
        # Once marked sent, the box would only log a second touchpoint: show the date instead.
        if ritual.feedback_requested_on:
            del self.fields["feedback_requested"]
        if ritual.thank_you_sent_on:
            del self.fields["thank_you_sent"]

    def initial_from(self, ritual: Ritual) -> dict[str, object]:
        return {"contact": ritual.contact_id, "reapply_after": ritual.reapply_after}


class NextStepForm(StepForm):
    kind = forms.ChoiceField(
        label=_("My next step"),
        choices=ActionKind.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    application = ApplicationChoiceField(
        label=_("The saved lead to apply to"),
        queryset=Application.objects.none(),
        required=False,
        empty_label=_("— choose a saved lead —"),
    )
    contact = ContactChoiceField(
        label=_("The person to get in touch with"),
        queryset=Contact.objects.none(),
        required=False,
        empty_label=_("— choose a contact —"),
    )
    text = forms.CharField(
        label=_("In a few words"),
        required=False,
        max_length=300,
        help_text=_(
            "Needed for a small step of your own, e.g. “Update my portfolio's first page”."
        ),
    )
    due_on = forms.DateField(label=_("When"), required=False, widget=date_input())

    def __init__(
        self, ritual: Ritual, data: FormData | None = None, **kwargs: Unpack[FormOptions]
    ) -> None:
        super().__init__(ritual, data, **kwargs)
        user = ritual.owner
        leads = [a.pk for a in saved_leads(user)]
        app_field = self.fields["application"]
        contact_field = self.fields["contact"]
        assert isinstance(app_field, forms.ModelChoiceField)
        assert isinstance(contact_field, forms.ModelChoiceField)
        app_field.queryset = owner_applications(user).filter(pk__in=leads)
        contact_field.queryset = (
            owned(Contact, user).select_related("company").order_by(Lower("name"))
        )
        self.has_leads = bool(leads)

    def initial_from(self, ritual: Ritual) -> dict[str, object]:
        action = ritual.next_actions.filter(done_on=None).first()
        if action is None:
            return {}
        return {
            "kind": action.kind,
            "application": action.application_id,
            "contact": action.contact_id,
            "text": action.text if action.kind == ActionKind.CUSTOM else "",
            "due_on": action.due_on,
        }


STEP_FORMS: dict[str, type[StepForm]] = {
    "feel": FeelForm,
    "pause": PauseForm,
    "perspective": PerspectiveForm,
    "learn": LearnForm,
    "reach-out": ReachOutForm,
    "next-step": NextStepForm,
}


# --- Lessons and feedback ------------------------------------------------------------------


class LessonForm(forms.ModelForm[Lesson]):
    application = ApplicationChoiceField(
        label=_("Application"), queryset=Application.objects.none(), required=False
    )

    class Meta:
        model = Lesson
        fields = ["text", "tags", "application", "learned_on"]
        widgets = {"text": _note(3), "learned_on": date_input()}

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
        widgets = {"text": _note(4), "received_on": date_input()}

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
