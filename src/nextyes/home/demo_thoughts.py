"""Demo thought records: four harsh thoughts from a search, each looked at to the end.

Made through the real services, so the detector's suggestions are stored as they would be and the
person's answers sit beside them. Texts are our own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from nextyes.accounts.models import User
from nextyes.journal.models import ThoughtRecord
from nextyes.journal.services.thoughts import answer_trap, save_step, start_record
from nextyes.lib.dates import zone_for
from nextyes.lib.ownership import owned

if TYPE_CHECKING:
    from nextyes.pipeline.models import Application


@dataclass(frozen=True)
class Story:
    days_ago: int
    situation: str
    thought: str
    # (emotion slug, before, after)
    feelings: tuple[tuple[str, int, int], ...]
    # (trap slug, fits?): what the person made of the suggestions, or added themselves
    answers: tuple[tuple[str, bool], ...]
    evidence_for: str
    evidence_against: str
    balanced: str


STORIES = (
    Story(
        days_ago=52,
        situation="The email saying they chose another candidate after the final round.",
        thought="I'll never get hired. Everyone else is better than me.",
        feelings=(("disappointed", 85, 50), ("anxious", 70, 40)),
        answers=(("fortune-telling", True), ("overgeneralisation", True)),
        evidence_for="Three no's in two weeks, and this was the one I wanted most.",
        evidence_against=(
            "I reached the final round: they took me seriously.\n"
            "Two other companies invited me to interview this month."
        ),
        balanced=(
            "This one hurt because it was close. Close means I'm competitive; "
            "I need more chances, not a different me."
        ),
    ),
    Story(
        days_ago=36,
        situation="The second interview, when they asked what salary I expected.",
        thought="I froze on the salary question. They must think I'm clueless.",
        feelings=(("embarrassed", 75, 35),),
        answers=(("mind-reading", True),),
        evidence_for="I did pause for a long time and gave a vague range.",
        evidence_against=(
            "They asked me back for the next round afterwards.\n"
            "One awkward answer out of an hour of conversation."
        ),
        balanced=(
            "I don't know what they thought, and they still moved me forward. "
            "Next time I'll have a number ready."
        ),
    ),
    Story(
        days_ago=19,
        situation="Ten days since the interview and still no reply.",
        thought="I should have heard back by now. It must be something I did wrong.",
        feelings=(("frustrated", 60, 30), ("anxious", 65, 40)),
        answers=(("should-statements", True), ("personalisation", True)),
        evidence_for="They said they would decide within a week.",
        evidence_against=(
            "Hiring often slows down for reasons that have nothing to do with me.\n"
            "The recruiter was warm and thanked me twice."
        ),
        balanced=(
            "Silence is frustrating, and it isn't a verdict on me. "
            "I'll send a short follow-up and keep applying meanwhile."
        ),
    ),
    Story(
        days_ago=8,
        situation="A recruiter told me I'm through to the second round.",
        thought="I only got through because they were desperate. It doesn't really count.",
        feelings=(("anxious", 55, 30), ("confused", 40, 20)),
        answers=(("discounting-the-positive", True),),
        evidence_for="The role has been open for a while.",
        evidence_against=(
            "They picked a handful of people out of many applicants.\n"
            "My portfolio was mentioned by name in the invitation."
        ),
        balanced="I earned this step. I can enjoy it and prepare well for the next one.",
    ),
)


def _at(user: User, day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=zone_for(user))


def _day(story: Story, application: Application | None, today: dt.date) -> dt.date:
    """The day the thought came: when its application's news came, else the story's own day."""
    news = getattr(application, "status_on", None)
    return news if news is not None and news <= today else today - dt.timedelta(days=story.days_ago)


def _make(
    user: User, story: Story, application: Application | None, today: dt.date
) -> ThoughtRecord:
    record = start_record(user, situation=story.situation, application=application)
    save_step(record, "thought", {"thought": story.thought})
    emotions = [{"emotion": slug, "intensity": before} for slug, before, _after in story.feelings]
    save_step(record, "emotions", {"emotions": emotions})
    for slug, fits in story.answers:
        answer_trap(record, slug, fits)
    save_step(record, "traps", {})
    save_step(
        record,
        "evidence",
        {"evidence_for": story.evidence_for, "evidence_against": story.evidence_against},
    )
    save_step(record, "balanced", {"balanced_thought": story.balanced})
    after = {slug: later for slug, _before, later in story.feelings}
    save_step(record, "rerate", {"after": after})
    # Written in the evening of that day, and finished a quarter of an hour later.
    started = _at(user, _day(story, application, today), 20)
    owned(ThoughtRecord, user).filter(pk=record.pk).update(
        created_at=started,
        updated_at=started + dt.timedelta(minutes=15),
        finished_at=started + dt.timedelta(minutes=15),
    )
    return record


def build(user: User, today: dt.date, applications: Sequence[Application | None] = ()) -> int:
    """Four finished thought records over the last two months. The first three can each be about
    an application, in this order: a no after the final round, an interview, a silence (None
    where there is none); a record about one is dated the day its news came. Returns the count."""
    chosen = list(applications)[:3]
    for n, story in enumerate(STORIES):
        _make(user, story, chosen[n] if n < len(chosen) else None, today)
    return len(STORIES)


def clear(user: User) -> None:
    """Remove every thought record of the account (their suggestions go with them)."""
    owned(ThoughtRecord, user).delete()


def holds_own_records(user: User) -> bool:
    """True when the person wrote a thought record the demo did not: a refresh must keep it."""
    return owned(ThoughtRecord, user).exclude(thought__in=[s.thought for s in STORIES]).exists()
