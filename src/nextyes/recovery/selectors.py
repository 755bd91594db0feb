"""Reads: the rituals other pages show (Today lists the open ones), the ritual's perspective
(how far a process went, the break it suggests, the person's own numbers: pure functions where
possible, so every rule is easy to test), and `LEARNING`, through which the journal's evidence
step counts feedback and lessons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet

from nextyes.accounts.models import User
from nextyes.journal.learning import Quote
from nextyes.lib.dates import today_for
from nextyes.lib.ownership import owned
from nextyes.pipeline.choices import (
    CLOSED_STAGES,
    FINAL_ROUND,
    SCREEN_STAGES,
    STAGE_DEPTH,
    Stage,
)
from nextyes.pipeline.models import Application, StageEvent
from nextyes.recovery import content
from nextyes.recovery.content import companies_text
from nextyes.recovery.models import Feedback, Lesson, Ritual, RitualStatus

# How long an unanswered ritual is still offered on the next page (the same two weeks after
# which a rejection counts as history).
PROMPT_DAYS = 14
# Keyed by plain strings, as stages come out of the database.
DEPTH: dict[str, int] = {stage.value: depth for stage, depth in STAGE_DEPTH.items()}


def deepest_stage(events: Iterable[tuple[str, int | None]]) -> str:
    """The furthest stage reached by (stage, round) pairs; endings like `rejected` say nothing
    about how far it went, so they are left out. An empty process is `applied`."""
    best, best_depth = Stage.APPLIED.value, STAGE_DEPTH[Stage.APPLIED]
    for stage, _round in events:
        if stage in CLOSED_STAGES or stage not in DEPTH:
            continue
        if DEPTH[stage] > best_depth:
            best, best_depth = stage, DEPTH[stage]
    return best


def interview_rounds(events: Iterable[tuple[str, int | None]]) -> int:
    """How many interview rounds the process had: the highest round, or the count of interviews."""
    rounds = [r or 0 for stage, r in events if stage == Stage.INTERVIEW]
    return max([len(rounds), *rounds]) if rounds else 0


def reach_of(events: Iterable[tuple[str, int | None]]) -> str:
    """How far a process went, in the ritual's four steps: a cold application, a first call,
    interviews, or a final round (a second interview round on, or an offer stage)."""
    pairs = list(events)
    depth = DEPTH[deepest_stage(pairs)]
    if depth >= STAGE_DEPTH[Stage.OFFER] or interview_rounds(pairs) >= FINAL_ROUND:
        return content.FINAL
    if depth >= STAGE_DEPTH[Stage.INTERVIEW]:
        return content.INTERVIEW
    if depth >= STAGE_DEPTH[Stage.SCREEN]:
        return content.SCREEN
    return content.APPLIED


BREAK_BY_REACH = {
    content.APPLIED: content.BREAK_NONE,
    content.SCREEN: content.BREAK_EVENING,
    content.INTERVIEW: content.BREAK_DAYS,
    content.FINAL: content.BREAK_WEEKEND,
}


def size_break(
    events: Iterable[tuple[str, int | None]], intensity: int | None = None
) -> content.BreakSize:
    """No break after a cold application, an evening after a screen, a day or two after
    interviews, a weekend after a final round or an offer stage; a strong feeling after an early
    no still gets an evening."""
    size = BREAK_BY_REACH[reach_of(events)]
    if size is content.BREAK_NONE and intensity is not None and intensity >= content.STRONG_FEELING:
        return content.BREAK_EVENING_STRONG
    return size


def resume_on(size: content.BreakSize, today: dt.date) -> dt.date:
    """The day to pick the search up again for a break size, counted from `today`."""
    if size is content.BREAK_WEEKEND:
        # The coming Monday (a full week when today is Monday: the weekend is still ahead).
        return today + dt.timedelta(days=7 - today.weekday())
    return today + dt.timedelta(days=size.days)


@dataclass(frozen=True)
class BreakSuggestion:
    size: content.BreakSize
    stage: str
    resume_on: dt.date


def ritual_events(ritual: Ritual) -> list[tuple[str, int | None]]:
    """(stage, round) of every event of the ritual's applications, in one query."""
    return list(
        owned(StageEvent, ritual.owner)
        .filter(application__rituals=ritual)
        .values_list("stage", "round")
    )


def ritual_reach(ritual: Ritual) -> str:
    """How far the furthest of the ritual's processes went (see `reach_of`)."""
    return reach_of(ritual_events(ritual))


def suggest_break(ritual: Ritual, today: dt.date) -> BreakSuggestion:
    """The break sized by the deepest stage reached among the ritual's applications, and by how
    strongly the person said it hit them."""
    events = ritual_events(ritual)
    size = size_break(events, ritual.intensity)
    return BreakSuggestion(size=size, stage=deepest_stage(events), resume_on=resume_on(size, today))


@dataclass(frozen=True)
class Numbers:
    """ "Rejection N of M applications; you reached a conversation in K of them."

    N: applications with a `rejected` event so far (this one included);
    M: applications that went further than a saved lead (any event other than `saved`);
    K: applications that reached a screen, an interview, an assessment or an offer.
    All counted up to the ritual's day, from the person's own records.
    """

    rejections: int
    applications: int
    conversations: int


def numbers_until(user: User, until: dt.date | None = None) -> Numbers:
    """The person's own numbers up to a day (all of them without one), in one query."""
    events = owned(StageEvent, user)
    if until is not None:
        events = events.filter(occurred_on__lte=until)
    counts: dict[str, Any] = events.aggregate(
        rejections=Count("application", distinct=True, filter=Q(stage=Stage.REJECTED)),
        applications=Count("application", distinct=True, filter=~Q(stage=Stage.SAVED)),
        conversations=Count("application", distinct=True, filter=Q(stage__in=SCREEN_STAGES)),
    )
    return Numbers(
        rejections=counts["rejections"] or 0,
        applications=counts["applications"] or 0,
        conversations=counts["conversations"] or 0,
    )


def numbers_say_something(numbers: Numbers) -> bool:
    """Enough applications for "rejection N of M" to mean something (1 of 1 does not)."""
    return numbers.applications >= content.PERSPECTIVE_MIN_APPLICATIONS


def perspective_numbers(ritual: Ritual) -> Numbers:
    """The person's own numbers as they stood at this ritual's rejection."""
    latest = max(
        [ritual.opened_on, *(e.occurred_on for e in ritual.events.all())], default=ritual.opened_on
    )
    return numbers_until(ritual.owner, latest)


def application_stage(application: Application) -> str:
    """The furthest stage one application reached (stored on its lessons)."""
    return deepest_stage(application.events.values_list("stage", "round"))


# --- Rituals, for the pages that list them ---------------------------------------------------


def _with_applications(rituals: QuerySet[Ritual]) -> QuerySet[Ritual]:
    # One extra query for every ritual's applications and their companies, however many rituals.
    return rituals.prefetch_related(
        Prefetch(
            "applications",
            queryset=Application.objects.select_related("company").order_by("company__name", "id"),
        )
    )


def open_rituals(user: User) -> QuerySet[Ritual]:
    """The person's rituals still under way, newest first, applications prefetched."""
    return _with_applications(owned(Ritual, user).filter(status=RitualStatus.OPEN))


def set_aside_rituals(user: User) -> QuerySet[Ritual]:
    """Rituals put aside for now: not pushed anywhere, but still reachable."""
    return _with_applications(owned(Ritual, user).filter(status=RitualStatus.SET_ASIDE))


def finished_rituals(user: User) -> QuerySet[Ritual]:
    return _with_applications(owned(Ritual, user).filter(status=RitualStatus.FINISHED))


class Learning:
    """journal.learning.LearningRecords: registered in RecoveryConfig.ready()."""

    def encouraging_feedback(self, user: User) -> int:
        return owned(Feedback, user).filter(positive=True).count()

    def latest_encouraging(self, user: User) -> Quote | None:
        latest = owned(Feedback, user).filter(positive=True).order_by("-received_on").first()
        return Quote(latest.text, latest.received_on) if latest is not None else None

    def lessons_kept(self, user: User) -> int:
        return owned(Lesson, user).count()


LEARNING = Learning()


# --- The moment of the no: the panel offered on the next page ----------------------------------


@dataclass(frozen=True)
class Prompt:
    """A fresh ritual nobody has answered yet: its id and who said no."""

    ritual_id: int
    companies: str


def pending_prompt(user: User) -> Prompt | None:
    """The newest open ritual not yet started nor put off with "Later", opened recently.

    However the no arrived (board, application page, CLI, import, mail), the next page offers it.
    """
    since = today_for(user) - dt.timedelta(days=PROMPT_DAYS)
    ritual = (
        _with_applications(owned(Ritual, user))
        .filter(status=RitualStatus.OPEN, prompt_answered=False, opened_on__gte=since)
        .filter(visited_steps=[])
        .first()
    )
    if ritual is None:
        return None
    return Prompt(ritual.pk, companies_text(ritual.applications.all()))
