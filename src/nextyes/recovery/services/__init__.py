"""The rejection ritual: opening it, the step flow, saving each step, putting it aside, finishing.

The writes of the recovery app: this flow, what the steps do outside the ritual (`steps`: the
break, the contact, the outreach, the next step) and lessons and feedback (`lessons`). The
reading side (break size, numbers) lives in recovery.selectors.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import TypedDict

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from nextyes.accounts.models import User
from nextyes.journal.care import flag_if_needed
from nextyes.journal.models import Win, WinKind
from nextyes.journal.services import add_win
from nextyes.lib import feelings
from nextyes.lib.dates import today_for
from nextyes.lib.ownership import check_same_owner, owned
from nextyes.momentum import services as momentum
from nextyes.momentum.models import PointReason
from nextyes.pipeline import services as pipeline
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import Application, Contact, StageEvent
from nextyes.recovery import content
from nextyes.recovery.closing import things_done
from nextyes.recovery.content import companies_text
from nextyes.recovery.models import STEP_ORDER, Ritual, RitualStatus, RitualStep
from nextyes.recovery.services import steps
from nextyes.recovery.services.lessons import add_feedback, add_lesson

# A rejection older than this is history (an old spreadsheet): counted, but it opens no ritual.
HISTORY_DAYS = 14
# Where a batch (one import) keeps the ritual its recent rejections share.
BATCH_KEY = "recovery.ritual"


class StepData(TypedDict, total=False):
    """What the steps' forms (or the CLI, or a test) hand save_step; each step reads its own."""

    # feel
    emotions: Sequence[str] | None
    intensity: int | str | None
    feeling_note: str | None
    # pause
    resume_on: dt.date | None
    # perspective
    outside_factors: Sequence[str] | None
    inside_factors: Sequence[str] | None
    perspective_note: str | None
    # learn
    answers: dict[str, str] | None
    lesson_text: str | None
    lesson_tags: str | None
    application: Application | None
    # reach out
    contact: Contact | None
    new_contact_name: str | None
    feedback_requested: bool
    thank_you_sent: bool
    reapply_after: dt.date | None
    feedback_text: str | None
    feedback_positive: bool
    # next step
    kind: str
    text: str | None
    due_on: dt.date | None


# --- Opening -------------------------------------------------------------------------------


def is_history(user: User, event: StageEvent) -> bool:
    """A rejection dated more than two weeks before the person's today."""
    return (today_for(user) - event.occurred_on).days > HISTORY_DAYS


@transaction.atomic
def open_ritual(user: User, application: Application, event: StageEvent | None = None) -> Ritual:
    """Open a ritual for an application (and the rejection event that prompted it)."""
    check_same_owner(user, application, event)
    ritual = Ritual.objects.create(owner=user, opened_on=today_for(user))
    ritual.applications.add(application)
    if event is not None:
        ritual.events.add(event)
    return ritual


@transaction.atomic
def ritual_for_rejection(
    application: Application, event: StageEvent, batch: dict[str, object] | None = None
) -> Ritual | None:
    """The ritual a new rejection belongs to, opening one when needed; None for history.

    Never twice for the same event; an application with an open ritual joins it; inside a batch
    (one import) every recent rejection shares one combined ritual.
    """
    user = application.owner
    if event.stage != Stage.REJECTED or is_history(user, event) or event.rituals.exists():
        return None
    ritual = owned(Ritual, user).filter(status=RitualStatus.OPEN, applications=application).first()
    if ritual is None and batch is not None:
        shared = batch.get(BATCH_KEY)
        ritual = shared if isinstance(shared, Ritual) else None
    if ritual is None:
        ritual = open_ritual(user, application, event)
    else:
        ritual.applications.add(application)
        ritual.events.add(event)
    if batch is not None:
        batch.setdefault(BATCH_KEY, ritual)
    return ritual


# --- The step flow -------------------------------------------------------------------------


def step_number(step: str) -> int:
    """1-based position of a step, for "step k of 6"."""
    return STEP_ORDER.index(step) + 1


def next_step(step: str) -> str | None:
    index = STEP_ORDER.index(step)
    return STEP_ORDER[index + 1] if index + 1 < len(STEP_ORDER) else None


def previous_step(step: str) -> str | None:
    index = STEP_ORDER.index(step)
    return STEP_ORDER[index - 1] if index > 0 else None


def resume_step(ritual: Ritual) -> str:
    """Where to pick up: the first step not yet saved or skipped (the last one when all were)."""
    for step in STEP_ORDER:
        if step not in ritual.visited_steps:
            return step
    return STEP_ORDER[-1]


def _visit(ritual: Ritual, step: str) -> None:
    if step not in ritual.visited_steps:
        ritual.visited_steps = [s for s in STEP_ORDER if s in {*ritual.visited_steps, step}]
    ritual.step = resume_step(ritual)


def _check_open(ritual: Ritual) -> None:
    if ritual.status == RitualStatus.FINISHED:
        raise ValidationError(_("This ritual is finished; its steps can no longer change."))


@transaction.atomic
def save_step(ritual: Ritual, step: str, data: StepData, *, visit: bool = True) -> Ritual:
    """Save what the person entered on one step; `visit` marks it done (False: a draft kept when
    going back or putting the ritual aside). A put-aside ritual becomes open again."""
    if step not in STEP_ORDER:
        raise ValidationError(_("There is no such step."))
    _check_open(ritual)
    # A pause draft (going back, putting aside) records no break: until the person saves it,
    # the date on that screen is only our suggestion.
    if visit or step != RitualStep.PAUSE:
        SAVERS[step](ritual, data)
    if visit:
        _visit(ritual, step)
    ritual.status = RitualStatus.OPEN
    ritual.save()
    return ritual


@transaction.atomic
def skip_step(ritual: Ritual, step: str) -> Ritual:
    """Move past a step without filling it in; it counts as visited."""
    if step not in STEP_ORDER:
        raise ValidationError(_("There is no such step."))
    _check_open(ritual)
    _visit(ritual, step)
    ritual.status = RitualStatus.OPEN
    ritual.save()
    return ritual


def _known(values: Iterable[str] | None, choices: Iterable[tuple[str, object]]) -> list[str]:
    allowed = [slug for slug, _label in choices]
    chosen = set(values or ())
    return [slug for slug in allowed if slug in chosen]


def _save_feel(ritual: Ritual, data: StepData) -> None:
    ritual.emotions = _known(data.get("emotions"), feelings.EMOTIONS)
    intensity = data.get("intensity")
    if intensity is not None and not 0 <= int(intensity) <= 10:
        raise ValidationError({"intensity": _("Choose a number from 0 to 10.")})
    ritual.intensity = None if intensity is None else int(intensity)
    note = (data.get("feeling_note") or "").strip()
    changed = note != ritual.feeling_note
    ritual.feeling_note = note
    if changed and ritual.pk:
        # Care (issue 5): a note with words of self-harm opens a support panel; saved as written.
        flag_if_needed(ritual.owner, note, source="ritual", source_id=ritual.pk)


def _save_pause(ritual: Ritual, data: StepData) -> None:
    # No answer on the screen leaves the break as it was; None is an explicit "no break".
    if "resume_on" in data:
        steps.set_resume_date(ritual, data["resume_on"])


def _save_perspective(ritual: Ritual, data: StepData) -> None:
    ritual.outside_factors = _known(data.get("outside_factors"), content.OUTSIDE_FACTORS)
    ritual.inside_factors = _known(data.get("inside_factors"), content.INSIDE_FACTORS)
    ritual.perspective_note = (data.get("perspective_note") or "").strip()


def _save_learn(ritual: Ritual, data: StepData) -> None:
    answers = data.get("answers") or {}
    ritual.postmortem = {
        slug: " ".join(str(answers[slug]).split())
        for slug, _label in content.POSTMORTEM_QUESTIONS
        if str(answers.get(slug) or "").strip()
    }
    text = (data.get("lesson_text") or "").strip()
    if text:
        add_lesson(
            ritual.owner,
            text,
            tags=data.get("lesson_tags") or "",
            application=data.get("application") or steps.first_application(ritual),
            ritual=ritual,
        )


def _save_reach_out(ritual: Ritual, data: StepData) -> None:
    contact = steps.choose_contact(ritual, data.get("contact"), data.get("new_contact_name") or "")
    if data.get("feedback_requested") and ritual.feedback_requested_on is None:
        ritual.feedback_requested_on = steps.log_outreach(
            ritual, contact, _("Asked for feedback after their decision.")
        )
    if data.get("thank_you_sent") and ritual.thank_you_sent_on is None:
        ritual.thank_you_sent_on = steps.log_outreach(
            ritual, contact, _("Sent a thank-you and asked to stay in touch.")
        )
    if "reapply_after" in data:
        ritual.reapply_after = data["reapply_after"]
    text = (data.get("feedback_text") or "").strip()
    if text:
        add_feedback(
            ritual.owner,
            text,
            positive=bool(data.get("feedback_positive")),
            application=steps.first_application(ritual),
            contact=contact,
            ritual=ritual,
        )


def _save_next_step(ritual: Ritual, data: StepData) -> None:
    if data.get("kind"):
        steps.choose_next_action(
            ritual,
            data["kind"],
            text=data.get("text") or "",
            due_on=data.get("due_on"),
            application=data.get("application"),
            contact=data.get("contact"),
        )


SAVERS: dict[str, Callable[[Ritual, StepData], None]] = {
    RitualStep.FEEL: _save_feel,
    RitualStep.PAUSE: _save_pause,
    RitualStep.PERSPECTIVE: _save_perspective,
    RitualStep.LEARN: _save_learn,
    RitualStep.REACH_OUT: _save_reach_out,
    RitualStep.NEXT_STEP: _save_next_step,
}


# --- Status --------------------------------------------------------------------------------


def answer_prompt(ritual: Ritual) -> Ritual:
    """ "Later" on the panel after a no: it is not offered again; the ritual stays open on Today."""
    if not ritual.prompt_answered:
        ritual.prompt_answered = True
        ritual.save(update_fields=["prompt_answered", "updated_at"])
    return ritual


@transaction.atomic
def set_aside(ritual: Ritual) -> Ritual:
    """Put it aside for now: off the Today page, still reachable from the rituals list."""
    _check_open(ritual)
    ritual.status = RitualStatus.SET_ASIDE
    ritual.save(update_fields=["status", "updated_at"])
    return ritual


@transaction.atomic
def reopen(ritual: Ritual) -> Ritual:
    _check_open(ritual)
    ritual.status = RitualStatus.OPEN
    ritual.save(update_fields=["status", "updated_at"])
    return ritual


@transaction.atomic
def finish(ritual: Ritual) -> Win | None:
    """Close the ritual: a win ("bounced back …") and effort points, each exactly once, when the
    person did something in it (skipping every step closes it with neither)."""
    if ritual.status == RitualStatus.FINISHED:
        return None
    ritual.status = RitualStatus.FINISHED
    ritual.finished_at = timezone.now()
    ritual.save(update_fields=["status", "finished_at", "updated_at"])
    if not things_done(ritual):
        return None
    user, key = ritual.owner, f"ritual:{ritual.pk}"
    apps = list(ritual.applications.select_related("company"))
    win = add_win(
        user,
        _("Bounced back from the no at %(company)s") % {"company": companies_text(apps)},
        kind=WinKind.PERSONAL,
        automatic=True,
        source_key=key,
        application=apps[0] if len(apps) == 1 else None,
    )
    momentum.award_points(user, PointReason.RITUAL, key=key)
    return win


@transaction.atomic
def delete_ritual(ritual: Ritual) -> None:
    """Remove a ritual (opened by mistake); its lessons and feedback stay, unlinked."""
    ritual.delete()


# --- When a rejection event is deleted ------------------------------------------------------


def unfinished_ritual_for_event(event: StageEvent) -> Ritual | None:
    """The open or put-aside ritual this rejection event opened or joined, if any."""
    return (
        owned(Ritual, event.owner)
        .filter(events=event)
        .exclude(status=RitualStatus.FINISHED)
        .first()
    )


@transaction.atomic
def remove_event_from_ritual(ritual: Ritual, event: StageEvent) -> bool:
    """Take a deleted rejection out of its ritual; the ritual goes when nothing else is in it.

    Returns True when the whole ritual was removed.
    """
    check_same_owner(ritual.owner, event)
    ritual.events.remove(event)
    if not ritual.events.filter(application=event.application_id).exists():
        ritual.applications.remove(event.application_id)
    if not ritual.events.exists():
        ritual.delete()
        return True
    return False


@transaction.atomic
def delete_rejection_event(event: StageEvent, *, remove_ritual: bool) -> Application:
    """Delete a timeline event; with `remove_ritual`, also its unfinished ritual."""
    ritual = unfinished_ritual_for_event(event) if remove_ritual else None
    if ritual is not None:
        remove_event_from_ritual(ritual, event)
    return pipeline.delete_event(event)
