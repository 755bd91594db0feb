"""Thought records, the writes: one thought looked at step by step, with thinking-trap suggestions
kept. Every step can be saved or skipped and the record picks up where it was left. The detector
only suggests; what the person makes of each suggestion is stored (TrapSuggestion), so the
detector can be evaluated on real use. The reads are in journal.selectors.thoughts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, TypedDict

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from nextyes.accounts.models import User
from nextyes.journal import care
from nextyes.journal.models import SupportFlag, ThoughtRecord, ThoughtStep, TrapSuggestion
from nextyes.journal.selectors.thoughts import STEP_ORDER, STEPS, next_step, strongest, suggestions
from nextyes.journal.traps import DETECTOR_VERSION, SLUGS, analyze
from nextyes.lib.feelings import EMOTION_LABELS
from nextyes.lib.ownership import check_same_owner, owned

if TYPE_CHECKING:
    from nextyes.pipeline.models import Application


TEXT_FIELDS = ("situation", "thought", "evidence_for", "evidence_against", "balanced_thought")


class ThoughtData(TypedDict, total=False):
    """What a step's form (the edit page's, a script's) hands save_step or update_record."""

    situation: str | None
    application: Application | None
    thought: str | None
    emotions: Iterable[Mapping[str, object]] | None
    evidence_for: str | None
    evidence_against: str | None
    balanced_thought: str | None
    after: Mapping[str, object] | None
    overall: int | str | None


MAX_INTENSITY = 100


def _advance(record: ThoughtRecord, step: str) -> None:
    """Move the resume point past `step`; going back to change an earlier step never rewinds it."""
    following = next_step(step)
    if following is None:
        finish(record)
        return
    if STEP_ORDER[following] > STEP_ORDER.get(record.step, 0):
        record.step = following
        record.save(update_fields=["step", "updated_at"])


def _clean(text: object) -> str:
    """Trimmed, with the person's own line breaks kept (a thought can span lines)."""
    return str(text or "").strip()


@transaction.atomic
def start_record(
    user: User, *, situation: str = "", application: Application | None = None
) -> ThoughtRecord:
    """A new thought record, optionally about one application (e.g. the one that said no)."""
    check_same_owner(user, application, field="application")
    record = ThoughtRecord.objects.create(
        owner=user,
        situation=_clean(situation),
        application=application,
        step=ThoughtStep.THOUGHT,
    )
    if record.situation:
        screen(record, record.situation)
    return record


def _emotions(raw: Iterable[Mapping[str, object]]) -> list[dict[str, object]]:
    """[{"emotion": slug, "intensity": 0-100}], each emotion once, unknown ones refused."""
    kept: dict[str, dict[str, object]] = {}
    for item in raw:
        slug = str(item.get("emotion", ""))
        if slug not in EMOTION_LABELS:
            raise ValidationError({"emotions": _("Pick feelings from the list.")})
        kept[slug] = {"emotion": slug, "intensity": _intensity(item.get("intensity"))}
    return list(kept.values())


def _intensity(value: object) -> int:
    """Whatever a form or a script sent, as 0-100; int() decides what reads as a number."""
    refused = ValidationError(_("Rate it from 0 to 100."))
    if not isinstance(value, int | float | str):
        raise refused
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise refused from exc
    if not 0 <= number <= MAX_INTENSITY:
        raise refused
    return number


@transaction.atomic
def save_step(
    record: ThoughtRecord, step: str, data: ThoughtData, *, advance: bool = True
) -> ThoughtRecord:
    """Save what one step's screen holds and (unless going back) move on. `data` per step:

    situation: situation, application · thought: thought · emotions: emotions
    [{"emotion", "intensity"}] · traps: nothing (answers are saved one by one, see
    `answer_trap`) · evidence: evidence_for, evidence_against · balanced: balanced_thought ·
    rerate: after {emotion slug: 0-100} and/or overall (0-100, when no emotion was named).
    """
    if step not in STEPS:
        raise ValidationError(_("There is no such step."))
    fields: list[str] = []
    if step == ThoughtStep.SITUATION:
        check_same_owner(record, data.get("application"), field="application")
        record.situation = _clean(data.get("situation"))
        record.application = data.get("application")
        fields += ["situation", "application"]
    elif step == ThoughtStep.THOUGHT:
        record.thought = _clean(data.get("thought"))
        fields.append("thought")
    elif step == ThoughtStep.EMOTIONS:
        record.emotions = _emotions(data.get("emotions") or [])
        record.intensity_before = strongest(record.emotions)
        fields += ["emotions", "intensity_before"]
    elif step == ThoughtStep.EVIDENCE:
        record.evidence_for = _clean(data.get("evidence_for"))
        record.evidence_against = _clean(data.get("evidence_against"))
        fields += ["evidence_for", "evidence_against"]
    elif step == ThoughtStep.BALANCED:
        record.balanced_thought = _clean(data.get("balanced_thought"))
        fields.append("balanced_thought")
    elif step == ThoughtStep.RERATE:
        _rerate(record, data.get("after") or {}, data.get("overall"))
        fields += ["emotions", "intensity_after"]
    if fields:
        record.save(update_fields=[*fields, "updated_at"])
    if step == ThoughtStep.THOUGHT:
        sync_suggestions(record)
    _screen_fields(record, fields)
    if advance:
        _advance(record, step)
    return record


def _rerate(record: ThoughtRecord, after: Mapping[str, object], overall: object) -> None:
    """Each named emotion rated again (kept beside its first rating as "after")."""
    emotions = [dict(e) for e in record.emotions]
    for emotion in emotions:
        value = after.get(emotion["emotion"])
        emotion["after"] = None if value is None else _intensity(value)
    record.emotions = emotions
    if overall is not None and overall != "":
        # No emotion was named: one "how strong is it" before and after stands for them.
        record.intensity_after = _intensity(overall)
    else:
        record.intensity_after = strongest(emotions, "after")


def skip_step(record: ThoughtRecord, step: str) -> ThoughtRecord:
    """Leave a step as it is and go on (every step can be skipped)."""
    if step not in STEPS:
        raise ValidationError(_("There is no such step."))
    _advance(record, step)
    return record


def finish(record: ThoughtRecord) -> ThoughtRecord:
    """Mark the record done; finishing again keeps the first finishing time."""
    record.step = ThoughtStep.DONE
    record.finished_at = record.finished_at or timezone.now()
    record.save(update_fields=["step", "finished_at", "updated_at"])
    return record


@transaction.atomic
def update_record(record: ThoughtRecord, data: ThoughtData) -> ThoughtRecord:
    """Change the words of a record in one go (the edit page); a new thought gets new suggestions."""
    check_same_owner(record, data.get("application"), field="application")
    thought_before = record.thought
    changed: list[str] = []
    given: Mapping[str, object] = data
    for name in TEXT_FIELDS:
        if name in given:
            value = _clean(given[name])
            if value != getattr(record, name):
                setattr(record, name, value)
                changed.append(name)
    if "application" in data:
        record.application = data["application"]
        changed.append("application")
    if changed:
        record.save(update_fields=[*changed, "updated_at"])
    if record.thought != thought_before:
        sync_suggestions(record)
    _screen_fields(record, changed)
    return record


def save_draft(record: ThoughtRecord, thought: str) -> list[TrapSuggestion]:
    """The thought as typed so far, kept, with suggestions for it (the live suggestions)."""
    text = _clean(thought)
    if text != record.thought:
        record.thought = text
        record.save(update_fields=["thought", "updated_at"])
    return sync_suggestions(record)


@transaction.atomic
def add_evidence(
    record: ThoughtRecord, fact: str, *, typed: Mapping[str, object] | None = None
) -> ThoughtRecord:
    """Add one offered fact to the evidence against, on its own line, after keeping what the
    person had typed on the page. A fact already there is not added twice."""
    for name, value in (typed or {}).items():
        if name in ("evidence_for", "evidence_against"):
            setattr(record, name, _clean(value))
    fact = _clean(fact)
    lines = record.evidence_against.splitlines()
    if fact and fact not in (line.strip() for line in lines):
        record.evidence_against = "\n".join([*filter(None, lines), fact])
    record.save(update_fields=["evidence_for", "evidence_against", "updated_at"])
    return record


def delete_record(record: ThoughtRecord) -> None:
    """Remove the record and everything suggested for it."""
    record.delete()


@transaction.atomic
def sync_suggestions(record: ThoughtRecord) -> list[TrapSuggestion]:
    """Run the detector on the record's thought and store what it suggests.

    Open suggestions follow the text; answered ones stay as the person left them (a
    confirmation is never undone by typing on), with the latest score when still suggested.
    """
    analysis = analyze(record.thought) if record.thought else None
    scores = {t.slug: t.score for t in analysis.traps} if analysis else {}
    existing = {row.slug: row for row in owned(TrapSuggestion, record.owner).filter(record=record)}
    for slug, row in existing.items():
        if slug in scores:
            if row.score is not None or row.confirmed is None:
                row.score = scores[slug]
                row.detector_version = DETECTOR_VERSION
                row.save(update_fields=["score", "detector_version"])
        elif row.confirmed is None:
            row.delete()
    for slug, score in scores.items():
        if slug not in existing:
            TrapSuggestion.objects.create(
                owner=record.owner,
                record=record,
                slug=slug,
                score=score,
                detector_version=DETECTOR_VERSION,
            )
    return suggestions(record)


@transaction.atomic
def answer_trap(record: ThoughtRecord, slug: str, confirmed: bool) -> TrapSuggestion | None:
    """Keep the person's answer to a suggestion. A trap they name themselves (never suggested)
    is stored with no score; dropping one that was never suggested stores nothing."""
    if slug not in SLUGS:
        raise ValidationError({"slug": _("That is not one of the thinking traps.")})
    row = owned(TrapSuggestion, record.owner).filter(record=record, slug=slug).first()
    if row is None:
        if not confirmed:
            return None
        row = TrapSuggestion.objects.create(
            owner=record.owner, record=record, slug=slug, score=None, confirmed=True
        )
    elif row.score is None and not confirmed:
        row.delete()  # one the person added and now takes back: nothing was suggested
        row = None
    else:
        row.confirmed = confirmed
        row.save(update_fields=["confirmed"])
    _store_confirmed(record)
    return row


def _store_confirmed(record: ThoughtRecord) -> None:
    """The record's own list of traps: what the person confirmed, best-scored first."""
    record.traps = [row.slug for row in suggestions(record) if row.confirmed]
    record.save(update_fields=["traps", "updated_at"])


def _screen_fields(record: ThoughtRecord, fields: Iterable[str]) -> None:
    text = "\n".join(getattr(record, f) for f in fields if f in TEXT_FIELDS and getattr(record, f))
    if text:
        screen(record, text)


def screen(record: ThoughtRecord, text: str) -> SupportFlag | None:
    """Ask the care module whether the words call for support (it keeps the flag; the entry
    stays saved as written either way)."""
    return care.flag_if_needed(record.owner, text, source="thought", source_id=record.pk)
