"""The ritual's step forms. Each offers only what fits how far the process went and what exists
(saved leads, contacts), and hands `save_step` only what the person actually chose: nothing is
pre-selected, so a step opened and left stores no default as if it were theirs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cached_property
from typing import Unpack, cast

from django import forms
from django.db.models.functions import Lower
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from nextyes.lib import feelings
from nextyes.lib.dates import today_for
from nextyes.lib.forms import FormData, FormOptions, date_input
from nextyes.lib.ownership import owned
from nextyes.momentum.models import ActionKind
from nextyes.pipeline.contact_forms import ApplicationChoiceField, owner_applications
from nextyes.pipeline.models import Application, Contact
from nextyes.recovery import content
from nextyes.recovery.forms import ContactChoiceField, note
from nextyes.recovery.models import Ritual
from nextyes.recovery.selectors import BreakSuggestion, ritual_reach, suggest_break
from nextyes.recovery.services import StepData
from nextyes.recovery.services.steps import ritual_break, ritual_contacts, saved_leads


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

    @cached_property
    def reach(self) -> str:
        """How far the process went: applied, screen, interview or final (content.REACH_ORDER)."""
        return ritual_reach(self.ritual)

    def initial_from(self, ritual: Ritual) -> dict[str, object]:
        return {}

    def to_data(self) -> StepData:
        # Each step form's fields are StepData keys of the same names.
        return cast(StepData, dict(self.cleaned_data))


INTENSITY_CHOICES = [(str(n), str(n)) for n in range(11)]


class FeelForm(StepForm):
    emotions = _checkboxes(feelings.EMOTIONS, _("What are you feeling?"))
    # Buttons from 0 to 10 with none chosen, not a slider: a slider always sends its middle value.
    intensity = forms.TypedChoiceField(
        label=_("How strong is it, from 0 to 10?"),
        choices=INTENSITY_CHOICES,
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
    feeling_note = forms.CharField(
        label=_("Anything you want to get off your chest"),
        required=False,
        help_text=content.NOTE_PRIVATE,
        widget=note(4),
    )

    def initial_from(self, ritual: Ritual) -> dict[str, object]:
        return {
            "emotions": ritual.emotions,
            "intensity": ritual.intensity,
            "feeling_note": ritual.feeling_note,
        }


class PauseForm(StepForm):
    plan = forms.ChoiceField(
        label=_("Your pause"), required=False, widget=forms.RadioSelect, choices=()
    )
    resume_on = forms.DateField(
        label=_("I'll pick the search up again on"),
        required=False,
        widget=date_input(),
        help_text=_("Only for a break until a day you choose."),
    )

    def __init__(
        self, ritual: Ritual, data: FormData | None = None, **kwargs: Unpack[FormOptions]
    ) -> None:
        super().__init__(ritual, data, **kwargs)
        field = self.fields["plan"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = self.plan_choices()

    @cached_property
    def today(self) -> dt.date:
        return today_for(self.ritual.owner)

    @cached_property
    def suggestion(self) -> BreakSuggestion:
        return suggest_break(self.ritual, self.today)

    @property
    def suggests_a_break(self) -> bool:
        return self.suggestion.resume_on > self.today

    def plan_choices(self) -> list[tuple[str, StrOrPromise]]:
        choices: list[tuple[str, StrOrPromise]] = []
        if self.suggests_a_break:
            day = date_format(self.suggestion.resume_on, "l j F")
            choices.append(
                (
                    "suggested",
                    _("Take %(size)s, back on %(day)s")
                    % {"size": self.suggestion.size.label, "day": day},
                )
            )
        choices.append(("none", _("No break: I'd rather keep going")))
        choices.append(("own", _("A break until a day I choose (below)")))
        return choices

    def initial_from(self, ritual: Ritual) -> dict[str, object]:
        # Only a break the person saved shows as chosen; nothing is picked for them.
        existing = ritual_break(ritual)
        if existing is None:
            return {}
        if existing.ends_on == suggest_break(ritual, today_for(ritual.owner)).resume_on:
            return {"plan": "suggested", "resume_on": existing.ends_on}
        return {"plan": "own", "resume_on": existing.ends_on}

    def clean(self) -> dict[str, object] | None:
        data = super().clean() or {}
        if data.get("plan") == "own" and data.get("resume_on") is None:
            self.add_error("resume_on", _("Choose the day you'll pick things up again."))
        return data

    def to_data(self) -> StepData:
        plan, day = self.cleaned_data.get("plan"), self.cleaned_data.get("resume_on")
        if plan == "suggested":
            return {"resume_on": self.suggestion.resume_on}
        if plan == "none":
            return {"resume_on": None}
        if plan == "own" or day is not None:
            return {"resume_on": day}
        return {}  # nothing chosen: the break stays as it was


class PerspectiveForm(StepForm):
    outside_factors = _checkboxes(content.OUTSIDE_FACTORS, _("Outside your control"))
    inside_factors = _checkboxes(content.INSIDE_FACTORS, _("Within your reach next time"))
    perspective_note = forms.CharField(
        label=_("Anything else you noticed"), required=False, widget=note(2)
    )

    def __init__(
        self, ritual: Ritual, data: FormData | None = None, **kwargs: Unpack[FormOptions]
    ) -> None:
        super().__init__(ritual, data, **kwargs)
        # No "close call between finalists" for a cold application, no interview preparation
        # without an interview.
        for name, choices in (
            ("outside_factors", content.OUTSIDE_FACTORS),
            ("inside_factors", content.INSIDE_FACTORS),
        ):
            field = self.fields[name]
            assert isinstance(field, forms.ChoiceField)
            field.choices = content.fitting(choices, content.FACTOR_MINIMUMS, self.reach)

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
        widget=note(2),
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
        self.questions = content.fitting(
            content.POSTMORTEM_QUESTIONS, content.QUESTION_MINIMUMS, self.reach
        )
        # Earlier answers stay on the page even if the question no longer fits.
        self.questions += [
            (slug, label)
            for slug, label in content.POSTMORTEM_QUESTIONS
            if slug in ritual.postmortem and (slug, label) not in self.questions
        ]
        fields = {
            f"answer_{slug}": forms.CharField(label=label, required=False, widget=note(2))
            for slug, label in self.questions
        }
        # The questions come first on the page, then the lesson.
        self.fields = {**fields, **self.fields}
        for slug, _label in self.questions:
            self.initial.setdefault(f"answer_{slug}", ritual.postmortem.get(slug, ""))
        apps = ritual.applications.select_related("company").order_by("id")
        if apps.count() > 1:
            self.fields["application"] = ApplicationChoiceField(
                label=_("Which application taught you this?"), queryset=apps, required=False
            )

    def to_data(self) -> StepData:
        data = self.cleaned_data
        return {
            "answers": {slug: data.get(f"answer_{slug}", "") for slug, _l in self.questions},
            "lesson_text": data.get("lesson_text", ""),
            "lesson_tags": data.get("lesson_tags", ""),
            "application": data.get("application"),
        }


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
        widget=note(3),
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
        # After a cold application with nobody known there, there is no one to write to yet.
        self.has_someone = ritual.contact_id is not None or content.reached(
            self.reach, content.SCREEN
        )
        # Once marked sent, the box would only log a second touchpoint: show the date instead.
        if ritual.feedback_requested_on or not self.has_someone:
            del self.fields["feedback_requested"]
        if ritual.thank_you_sent_on or not self.has_someone:
            del self.fields["thank_you_sent"]
        if not self.has_someone and not ritual.feedback.exists():
            del self.fields["feedback_text"], self.fields["feedback_positive"]

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
        kind_field = self.fields["kind"]
        assert isinstance(app_field, forms.ModelChoiceField)
        assert isinstance(contact_field, forms.ModelChoiceField)
        assert isinstance(kind_field, forms.ChoiceField)
        app_field.queryset = owner_applications(user).filter(pk__in=leads)
        contact_field.queryset = (
            owned(Contact, user).select_related("company").order_by(Lower("name"))
        )
        self.has_leads = bool(leads)
        if not self.has_leads:
            # Nothing saved to apply to: the choice would lead nowhere.
            kind_field.choices = [c for c in ActionKind.choices if c[0] != ActionKind.APPLY]
            del self.fields["application"]

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
