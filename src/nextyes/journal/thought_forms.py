"""One form per thought-record step, all taking the record; `to_data()` feeds `thoughts.save_step`."""

from __future__ import annotations

from typing import Unpack, cast

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from nextyes.accounts.models import User
from nextyes.journal.models import ThoughtRecord, ThoughtStep
from nextyes.journal.services.thoughts import ThoughtData
from nextyes.lib.feelings import EMOTIONS
from nextyes.lib.forms import FormData, FormOptions
from nextyes.lib.ownership import owned
from nextyes.pipeline.models import Application

DEFAULT_LEVEL = 50


def _text(label: StrOrPromise, rows: int = 4, help_text: StrOrPromise = "") -> forms.CharField:
    return forms.CharField(
        label=label,
        required=False,
        max_length=5000,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


def _level(label: StrOrPromise, initial: int) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        required=False,
        min_value=0,
        max_value=100,
        initial=initial,
        widget=forms.NumberInput(attrs={"type": "range", "min": 0, "max": 100, "step": 5}),
    )


def application_choices(user: User) -> forms.ModelChoiceField[Application]:
    return forms.ModelChoiceField(
        label=_("About an application (optional)"),
        queryset=owned(Application, user).select_related("company").order_by("-updated_at"),
        required=False,
        empty_label=_("Not about one application"),
    )


class StepForm(forms.Form):
    def __init__(
        self, record: ThoughtRecord, data: FormData | None = None, **kwargs: Unpack[FormOptions]
    ) -> None:
        self.record = record
        super().__init__(data, **kwargs)

    def to_data(self) -> ThoughtData:
        # Each step form's fields are ThoughtData keys of the same names.
        return cast(ThoughtData, dict(self.cleaned_data))


class SituationForm(StepForm):
    situation = _text(
        _("What happened?"),
        help_text=_("Where were you, what had just happened? A sentence or two is enough."),
    )

    def __init__(
        self, record: ThoughtRecord, data: FormData | None = None, **kwargs: Unpack[FormOptions]
    ) -> None:
        kwargs.setdefault("initial", {"situation": record.situation})
        super().__init__(record, data, **kwargs)
        self.fields["application"] = application_choices(record.owner)
        self.fields["application"].initial = record.application_id


class NewRecordForm(forms.Form):
    """The first screen, before there is a record: the situation, maybe an application."""

    situation = SituationForm.base_fields["situation"]

    def __init__(
        self, user: User, data: FormData | None = None, **kwargs: Unpack[FormOptions]
    ) -> None:
        super().__init__(data, **kwargs)
        self.fields["application"] = application_choices(user)


class ThoughtForm(StepForm):
    thought = _text(
        _("What went through your mind?"),
        help_text=_("Write it the way it sounded in your head, even if it is harsh."),
    )

    def __init__(
        self, record: ThoughtRecord, data: FormData | None = None, **kwargs: Unpack[FormOptions]
    ) -> None:
        kwargs.setdefault("initial", {"thought": record.thought})
        super().__init__(record, data, **kwargs)
        # As the person types, htmx asks for suggestions (a short pause first, not every key).
        url = reverse("journal:thought_suggest", kwargs={"pk": record.pk})
        self.fields["thought"].widget.attrs.update(
            {
                "hx-post": url,
                "hx-trigger": "keyup changed delay:400ms",
                "hx-target": "#trap-suggestions",
                "hx-swap": "outerHTML",
                # A newer keystroke replaces a request still on its way: the latest text wins.
                "hx-sync": "this:replace",
                "aria-describedby": "id_thought_helptext trap-suggestions",
            }
        )


class EmotionsForm(StepForm):
    """A box and a 0–100 slider per feeling; only the ticked ones count."""

    def __init__(
        self, record: ThoughtRecord, data: FormData | None = None, **kwargs: Unpack[FormOptions]
    ) -> None:
        super().__init__(record, data, **kwargs)
        rated = {e["emotion"]: e.get("intensity") for e in record.emotions}
        for slug, label in EMOTIONS:
            self.fields[f"feel_{slug}"] = forms.BooleanField(
                label=label, required=False, initial=slug in rated
            )
            level = rated.get(slug)
            field = _level(_("How strong (0–100)"), DEFAULT_LEVEL if level is None else level)
            # thoughts.js shows the number beside the slider and ticks the box when it moves.
            field.widget.attrs.update(
                {"data-shows": f"level-{slug}-value", "data-ticks": f"id_feel_{slug}"}
            )
            self.fields[f"level_{slug}"] = field

    def rows(self) -> list[tuple[str, forms.BoundField, forms.BoundField]]:
        return [(slug, self[f"feel_{slug}"], self[f"level_{slug}"]) for slug, _label in EMOTIONS]

    def to_data(self) -> ThoughtData:
        data = self.cleaned_data
        chosen = [
            {
                "emotion": slug,
                "intensity": DEFAULT_LEVEL
                if data.get(f"level_{slug}") is None
                else data[f"level_{slug}"],
            }
            for slug, _label in EMOTIONS
            if data.get(f"feel_{slug}")
        ]
        return {"emotions": chosen}


class TrapsForm(StepForm):
    """Answers to suggestions are saved one by one; this screen's own form only moves on."""


class EvidenceForm(StepForm):
    evidence_for = _text(_("What makes the thought feel true?"))
    evidence_against = _text(_("What does not fit the thought?"))

    def __init__(
        self, record: ThoughtRecord, data: FormData | None = None, **kwargs: Unpack[FormOptions]
    ) -> None:
        kwargs.setdefault(
            "initial",
            {"evidence_for": record.evidence_for, "evidence_against": record.evidence_against},
        )
        super().__init__(record, data, **kwargs)


class BalancedForm(StepForm):
    balanced_thought = _text(
        _("A fairer way to put it"),
        help_text=_("Not forced cheer: something you can believe, that holds all the facts."),
    )

    def __init__(
        self, record: ThoughtRecord, data: FormData | None = None, **kwargs: Unpack[FormOptions]
    ) -> None:
        kwargs.setdefault("initial", {"balanced_thought": record.balanced_thought})
        super().__init__(record, data, **kwargs)


class RerateForm(StepForm):
    """Each feeling named earlier, rated again; one overall rating when none was named."""

    def __init__(
        self, record: ThoughtRecord, data: FormData | None = None, **kwargs: Unpack[FormOptions]
    ) -> None:
        super().__init__(record, data, **kwargs)
        labels = dict(EMOTIONS)
        for emotion in record.emotions:
            slug = emotion["emotion"]
            before = emotion.get("intensity") or 0
            after = emotion.get("after")
            field = _level(labels.get(slug, slug), before if after is None else after)
            field.widget.attrs["data-shows"] = f"after-{slug}-value"
            self.fields[f"after_{slug}"] = field
        if not record.emotions:
            initial = record.intensity_after if record.intensity_after is not None else 50
            field = _level(_("How strong is the feeling now?"), initial)
            field.widget.attrs["data-shows"] = "overall-value"
            self.fields["overall"] = field

    def rows(self) -> list[tuple[dict[str, object], forms.BoundField]]:
        return [(e, self[f"after_{e['emotion']}"]) for e in self.record.emotions]

    def to_data(self) -> ThoughtData:
        data = self.cleaned_data
        after = {
            e["emotion"]: data.get(f"after_{e['emotion']}")
            for e in self.record.emotions
            if data.get(f"after_{e['emotion']}") is not None
        }
        return {"after": after, "overall": data.get("overall")}


STEP_FORMS: dict[str, type[StepForm]] = {
    ThoughtStep.SITUATION: SituationForm,
    ThoughtStep.THOUGHT: ThoughtForm,
    ThoughtStep.EMOTIONS: EmotionsForm,
    ThoughtStep.TRAPS: TrapsForm,
    ThoughtStep.EVIDENCE: EvidenceForm,
    ThoughtStep.BALANCED: BalancedForm,
    ThoughtStep.RERATE: RerateForm,
}


class EditForm(forms.Form):
    """Every written part of a record on one page."""

    situation = SituationForm.base_fields["situation"]
    thought = _text(_("The thought"))
    evidence_for = EvidenceForm.base_fields["evidence_for"]
    evidence_against = EvidenceForm.base_fields["evidence_against"]
    balanced_thought = BalancedForm.base_fields["balanced_thought"]

    def __init__(
        self, record: ThoughtRecord, data: FormData | None = None, **kwargs: Unpack[FormOptions]
    ) -> None:
        names = ("situation", "thought", "evidence_for", "evidence_against", "balanced_thought")
        kwargs.setdefault("initial", {name: getattr(record, name) for name in names})
        super().__init__(data, **kwargs)
        self.fields["application"] = application_choices(record.owner)
        self.fields["application"].initial = record.application_id
        self.order_fields(["situation", "application", "thought"])

    def to_data(self) -> ThoughtData:
        # The fields are ThoughtData keys of the same names.
        return cast(ThoughtData, dict(self.cleaned_data))
