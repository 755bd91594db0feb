"""The demo's second half: bouncing back from the "no"s of the four-month search in `demo`.

Everything goes through the recovery, journal and momentum services, so wins and effort points
arise as they do in real use. Those services date what they record today; the story happened
over the last two weeks, so each finished ritual's records then move back to the day the person
went through it (`_backdate`). Nothing here draws at random: the same day gives the same account.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from django.db.models import F, Model

from nextyes.accounts.models import User
from nextyes.home.demo_growth import goals, lessons_and_feedback, this_week
from nextyes.home.demo_texts import (
    CUSTOM_GOAL,
    CUSTOM_STEP,
    JAR_NOTES,
    KEPT_FEEDBACK,
    LESSONS,
    MANUAL_WINS,
    NORTH_STAR,
    OTHER_FEEDBACK,
    REWARDS,
    RITUAL_LESSONS,
    Plan,
)
from nextyes.journal import services as journal
from nextyes.journal.models import JarNote, Win
from nextyes.lib.dates import zone_for
from nextyes.lib.ownership import owned
from nextyes.momentum import services as momentum
from nextyes.momentum.models import (
    Break,
    EffortPoint,
    Goal,
    GoalEntry,
    GoalKind,
    NextAction,
    Reward,
)
from nextyes.pipeline import services as pipeline
from nextyes.pipeline.choices import Relationship, Stage, TouchpointKind
from nextyes.pipeline.models import Application, Contact, Touchpoint
from nextyes.recovery import services
from nextyes.recovery.models import Feedback, Lesson, Ritual, RitualStatus, RitualStep
from nextyes.recovery.services import StepData
from nextyes.recovery.services import lessons as lesson_services
from nextyes.recovery.services.steps import FOLLOW_UP_DAYS

# The last five "no"s, oldest first, and how many days ago each came. Only rejections from the
# last 14 days open a ritual, so these are recent and every other one is older than that.
RECENT_REJECTIONS: tuple[tuple[str, int], ...] = (
    ("rejected-final", 12),  # finished, with a break, feedback and a thank-you
    ("rejected-screen", 9),  # finished, some steps skipped
    ("rejected-applied", 6),  # finished: relief, and a lead applied to this week
    ("rejected-applied", 3),  # put aside after the first step
    ("rejected-interview", 1),  # open, waiting at "Perspective"
)
# Every kind of record this half makes, cleared before each build so a refresh never doubles.
MODELS: tuple[type[Model], ...] = (
    Ritual, Lesson, Feedback, Win, JarNote, GoalEntry, Goal, EffortPoint, Reward, Break, NextAction,
)  # fmt: skip


@dataclass(frozen=True)
class Story:
    """One recent rejection: its application, its ritual (if it opened one) and its day."""

    application: Application
    ritual: Ritual | None
    rejected_on: dt.date


# --- The pipeline side: which "no"s are recent -----------------------------------------------


def arrange_rejections(rng: random.Random, plans: list[Plan], today: dt.date) -> None:
    """Date the rejections so exactly the five of RECENT_REJECTIONS fall in the last two weeks."""

    def length(plan: Plan) -> int:
        return plan.steps[-1][1]

    def rejected_ago(plan: Plan) -> int:
        return (today - (plan.applied_on or today)).days - length(plan)

    rejected = [p for p in plans if p.kind.startswith("rejected-")]
    chosen: list[Plan] = []
    for kind, days_ago in RECENT_REJECTIONS:
        plan = min((p for p in rejected if p.kind == kind and p not in chosen), key=rejected_ago)
        plan.applied_on = today - dt.timedelta(days=days_ago + length(plan))
        chosen.append(plan)
    for plan in rejected:
        ago = rejected_ago(plan)
        if plan not in chosen and ago <= services.HISTORY_DAYS:
            # Older than two weeks: counted everywhere, but it opens no ritual.
            back = services.HISTORY_DAYS + 1 - ago + rng.randint(0, 15)
            plan.applied_on = (plan.applied_on or today) - dt.timedelta(days=back)


# --- Refreshing ------------------------------------------------------------------------------


def clear(user: User) -> None:
    """Remove everything this half made (and anything else of these kinds the account holds)."""
    for model in MODELS:
        owned(model, user).delete()


def holds_own_records(user: User) -> bool:
    """True when the person wrote something here the demo did not: a refresh must not erase it."""
    lessons = [lesson[0] for lesson in [*LESSONS, *RITUAL_LESSONS]]
    feedback = [KEPT_FEEDBACK, *(text for text, _kind, _n in OTHER_FEEDBACK)]
    checks = [
        # Wins with a source came from the demo's own records (automatic, or kept feedback).
        owned(Win, user).filter(source_key="").exclude(text__in=[t for _k, t, _d in MANUAL_WINS]),
        owned(JarNote, user).exclude(text__in=JAR_NOTES),
        owned(Lesson, user).exclude(text__in=lessons),
        owned(Feedback, user).exclude(text__in=feedback),
        owned(Reward, user).exclude(name__in=[name for name, _cost in REWARDS]),
        owned(Goal, user).filter(kind=GoalKind.CUSTOM).exclude(label=CUSTOM_GOAL),
        owned(NextAction, user).filter(ritual=None).exclude(text=CUSTOM_STEP),
    ]
    return any(query.exists() for query in checks)


def summary(user: User) -> dict[str, int]:
    """What this half made, for the demo command's message."""
    rituals = owned(Ritual, user)
    return {
        "rituals": rituals.count(),
        "open_rituals": rituals.filter(status=RitualStatus.OPEN).count(),
        "wins": owned(Win, user).count(),
        "jar_notes": owned(JarNote, user).count(),
        "lessons": owned(Lesson, user).count(),
        "goals": owned(Goal, user).count(),
        "points": momentum.points_balance(user),
    }


# --- Building --------------------------------------------------------------------------------


def build(user: User, today: dt.date, made: list[tuple[Plan, Application]]) -> None:
    """Rituals, wins, the jar, lessons, feedback, goals, rewards, a break and next steps."""
    if not getattr(user, "north_star", ""):  # the why on top of Today; a person's own stays
        user.north_star = NORTH_STAR
        user.save(update_fields=["north_star"])
    for n, text in enumerate(JAR_NOTES):
        note = journal.add_jar_note(user, text)
        # Written over the search, one every ten days or so, not all at once.
        written = _at(user, today - dt.timedelta(days=100 - 11 * n), 21)
        owned(JarNote, user).filter(pk=note.pk).update(created_at=written)
    for kind, text, days_ago in MANUAL_WINS:
        journal.add_win(user, text, kind, on=today - dt.timedelta(days=days_ago))
    stories = _stories(user, today, made)
    leads = list(
        owned(Application, user)
        .filter(status=Stage.SAVED)
        .order_by(F("fit").desc(nulls_last=True), "company__name", "pk")
    )
    _finished_final_round(user, today, stories[0], leads[0])
    _finished_screen(user, today, stories[1])
    _finished_with_relief(user, today, stories[2], leads[1])
    _set_aside(stories[3])
    _open(stories[4])
    for story in stories:
        if story.ritual is not None:  # opened the day the "no" came in
            owned(Ritual, user).filter(pk=story.ritual.pk).update(opened_on=story.rejected_on)
    lessons_and_feedback(user, today, made)
    goals(user, today)
    rewards = [momentum.save_reward(user, name=name, cost=cost) for name, cost in REWARDS]
    momentum.redeem_reward(rewards[0], on=this_week(user, today, 1))
    momentum.add_next_action(user, CUSTOM_STEP, due_on=today + dt.timedelta(days=4))


def _stories(user: User, today: dt.date, made: list[tuple[Plan, Application]]) -> list[Story]:
    """The five recent rejections, oldest first, each with the ritual it opened."""
    recent = sorted(
        (app for plan, app in made if plan.kind.startswith("rejected-")),
        key=lambda app: (app.status_on or today, app.pk),
    )[-len(RECENT_REJECTIONS) :]
    return [
        Story(app, owned(Ritual, user).filter(applications=app).first(), app.status_on or today)
        for app in recent
    ]


def _at(user: User, day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=zone_for(user))


def _feel(emotions: list[str], intensity: int, note: str = "") -> StepData:
    return {"emotions": emotions, "intensity": intensity, "feeling_note": note}


def _finished_final_round(user: User, today: dt.date, story: Story, lead: Application) -> None:
    """The close call after three rounds: every step, a weekend's break, feedback kept as a win."""
    ritual = story.ritual
    if ritual is None:
        return
    app = story.application
    contact = owned(Contact, user).filter(applications=app).first()
    feel = _feel(
        ["disappointed", "sad", "tired"], 7, "So close after three rounds. I liked that team."
    )
    services.save_step(ritual, RitualStep.FEEL, feel)
    services.save_step(ritual, RitualStep.PAUSE, {"resume_on": today + dt.timedelta(days=2)})
    services.save_step(
        ritual,
        RitualStep.PERSPECTIVE,
        {
            "outside_factors": ["close-call"],
            "inside_factors": ["examples"],
            "perspective_note": "Three rounds means they saw a lot they liked.",
        },
    )
    text, tags = RITUAL_LESSONS[0]
    answers = {
        "examples": "Mostly; the scaling story had no numbers in it.",
        "fit": "Yes, still the kind of team I want.",
    }
    learn: StepData = {
        "answers": answers,
        "lesson_text": text,
        "lesson_tags": tags,
        "application": app,
    }
    services.save_step(ritual, RitualStep.LEARN, learn)
    services.save_step(
        ritual,
        RitualStep.REACH_OUT,
        {
            "contact": contact,
            "feedback_requested": True,
            "thank_you_sent": True,
            "reapply_after": today + dt.timedelta(days=90),
            "feedback_text": KEPT_FEEDBACK,
            "feedback_positive": True,
        },
    )
    for feedback in owned(Feedback, user).filter(ritual=ritual):
        lesson_services.keep_feedback_as_win(feedback)
    step: StepData = {"kind": "apply", "application": lead, "due_on": today + dt.timedelta(days=1)}
    services.save_step(ritual, RitualStep.NEXT_STEP, step)
    services.finish(ritual)
    _backdate(user, today, ritual, story.rejected_on + dt.timedelta(days=1))


def _finished_screen(user: User, today: dt.date, story: Story) -> None:
    """After a screen: a few steps, the rest skipped, and a talk with the mentor as next step."""
    ritual = story.ritual
    if ritual is None:
        return
    services.save_step(ritual, RitualStep.FEEL, _feel(["frustrated", "anxious"], 5))
    services.skip_step(ritual, RitualStep.PAUSE)
    outside: StepData = {
        "outside_factors": ["internal-candidate"],
        "inside_factors": ["preparation"],
    }
    services.save_step(ritual, RitualStep.PERSPECTIVE, outside)
    text, tags = RITUAL_LESSONS[1]
    answers = {"values": "Not really: I had not read their engineering blog."}
    learn: StepData = {"answers": answers, "lesson_text": text, "lesson_tags": tags}
    services.save_step(ritual, RitualStep.LEARN, learn)
    services.skip_step(ritual, RitualStep.REACH_OUT)
    mentor = owned(Contact, user).filter(relationship=Relationship.MENTOR).first()
    done_on = story.rejected_on + dt.timedelta(days=1)
    step: StepData = {
        "kind": "reach-out",
        "contact": mentor,
        "due_on": done_on + dt.timedelta(days=2),
    }
    services.save_step(ritual, RitualStep.NEXT_STEP, step)
    services.finish(ritual)
    _backdate(user, today, ritual, done_on)
    # A little late, the person did call their mentor: today.
    if mentor is not None:
        note = "Talked through the screen that went to an internal candidate."
        pipeline.add_touchpoint(mentor, kind=TouchpointKind.CALL, occurred_on=today, note=note)
    for action in owned(NextAction, user).filter(ritual=ritual):
        momentum.complete_action(action, today)


def _finished_with_relief(user: User, today: dt.date, story: Story, lead: Application) -> None:
    """A "no" that was a relief: a short ritual ending in an application sent this week."""
    ritual = story.ritual
    if ritual is None:
        return
    note = "Honestly relieved: the posting hid a lot of on-call."
    services.save_step(ritual, RitualStep.FEEL, _feel(["relieved", "calm"], 2, note))
    services.skip_step(ritual, RitualStep.PAUSE)
    outside: StepData = {"outside_factors": ["volume"], "inside_factors": ["targeting"]}
    services.save_step(ritual, RitualStep.PERSPECTIVE, outside)
    text, tags = RITUAL_LESSONS[2]
    answers = {"fit": "Not really; that much on-call would not suit me."}
    services.save_step(
        ritual, RitualStep.LEARN, {"answers": answers, "lesson_text": text, "lesson_tags": tags}
    )
    services.skip_step(ritual, RitualStep.REACH_OUT)
    done_on = story.rejected_on + dt.timedelta(days=1)
    step: StepData = {
        "kind": "apply",
        "application": lead,
        "due_on": done_on + dt.timedelta(days=3),
    }
    services.save_step(ritual, RitualStep.NEXT_STEP, step)
    services.finish(ritual)
    _backdate(user, today, ritual, done_on)
    # Applied today (the lead was saved on or before today), so it counts for this week.
    pipeline.move_application(lead, Stage.APPLIED, on=today)
    for action in owned(NextAction, user).filter(ritual=ritual):
        momentum.complete_action(action, today)


def _set_aside(story: Story) -> None:
    if story.ritual is not None:
        services.save_step(story.ritual, RitualStep.FEEL, _feel(["disappointed"], 4))
        services.set_aside(story.ritual)


def _open(story: Story) -> None:
    """The latest "no": feelings written down, no break wanted, and it waits at Perspective."""
    if story.ritual is not None:
        note = "Two good interviews and then a form email. I want to know why."
        feel = _feel(["disappointed", "frustrated", "hopeful"], 6, note)
        services.save_step(story.ritual, RitualStep.FEEL, feel)
        services.skip_step(story.ritual, RitualStep.PAUSE)


def _backdate(user: User, today: dt.date, ritual: Ritual, day: dt.date) -> None:
    """Move what a finished ritual recorded today back to `day`, when the person did it."""
    apps = list(ritual.applications.all())
    touches = owned(Touchpoint, user).filter(
        contact=ritual.contact_id, application__in=apps, occurred_on=today
    )
    keys = [
        f"ritual:{ritual.pk}",
        *(f"touchpoint:{pk}" for pk in touches.values_list("pk", flat=True)),
    ]
    feedback = owned(Feedback, user).filter(ritual=ritual)
    wins = [
        f"ritual:{ritual.pk}",
        *(f"feedback:{pk}" for pk in feedback.values_list("pk", flat=True)),
    ]
    touches.update(occurred_on=day, follow_up_on=day + dt.timedelta(days=FOLLOW_UP_DAYS))
    owned(EffortPoint, user).filter(key__in=keys).update(occurred_on=day)
    owned(Win, user).filter(source_key__in=wins).update(occurred_on=day)
    feedback.update(received_on=day)
    owned(Lesson, user).filter(ritual=ritual).update(learned_on=day)
    for pause in owned(Break, user).filter(ritual=ritual):
        pause.ends_on, pause.starts_on = day + (pause.ends_on - pause.starts_on), day
        pause.save(update_fields=["starts_on", "ends_on"])
    owned(Ritual, user).filter(pk=ritual.pk).update(
        finished_at=_at(user, day, 20),
        feedback_requested_on=day if ritual.feedback_requested_on else None,
        thank_you_sent_on=day if ritual.thank_you_sent_on else None,
    )
