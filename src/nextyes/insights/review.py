"""The weekly review: one week of the person's search, and a version to share with a buddy.

`weekly_review(user, day)` gathers the week holding `day` (the person's own week start and
timezone): the wins and lessons dated in it, each active goal and whether it was met, the week's
funnel (the applications sent in the week and how far each has gone, through insights.funnel's
`funnel_for`, so the Insights page and `nextyes stats` give the same numbers for these dates) and
what's next (open steps, follow-ups due the following week, saved leads).

Sharing rule. `share(review)` builds what an accountability buddy may see, by copying only
whitelisted fields, never by removing private ones, so a field added later stays private by
default. The share holds:
- the week's dates and the person's shown name;
- how many wins there were (by kind), never their words;
- how many goals were met, and each goal by its kind ("Applications sent") with its numbers,
  never a goal's own label;
- the funnel counts;
- next steps by kind and date, never their words (they often name people); how many follow-ups
  are due, never with whom; saved leads as role and company.
It never holds journal entries, moods, ritual answers or notes, lessons, feedback, win texts or
contact names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _

from nextyes.accounts.models import User
from nextyes.insights.funnel import Filters, Funnel, funnel_for
from nextyes.journal.models import Win
from nextyes.lib.dates import today_for, week_bounds, week_start, zone_for
from nextyes.lib.ownership import owned
from nextyes.momentum import goals as rules
from nextyes.momentum.models import Goal, GoalKind, NextAction
from nextyes.momentum.selectors import (
    activity_between,
    open_next_actions,
    saved_leads,
)
from nextyes.pipeline.models import Touchpoint
from nextyes.recovery.models import Lesson

WEEK_PATTERN = re.compile(r"^(\d{4})-W(\d{2})$")
WEEK_FORM = "YYYY-Www, e.g. 2026-W07"
LEADS_SHOWN = 5


class BadWeek(ValueError):
    """A week label that is not of the form YYYY-Www (or names no real week)."""


# --- Weeks ---------------------------------------------------------------------------------


def week_label(user: User, start: dt.date) -> str:
    """The ISO label (YYYY-Www) of the person's week starting `start`: the ISO week of its Monday.

    Every 7-day week holds exactly one Monday, so the label and `parse_week` round-trip whatever
    day the person's week starts on.
    """
    monday = start + dt.timedelta(days=(0 - start.weekday()) % 7)
    year, week, _day = monday.isocalendar()
    return f"{year}-W{week:02d}"


def parse_week(user: User, label: str) -> dt.date:
    """The first day of the person's week named by `label` (the one holding that ISO Monday)."""
    match = WEEK_PATTERN.match(label.strip())
    if match is None:
        raise BadWeek(label)
    try:
        monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError as exc:
        raise BadWeek(label) from exc
    return week_start(user, monday)


# --- The review ----------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekFunnel:
    """The week's applications and how far they went: insights.funnel's counts for the week
    (a whitelist of them, so the share holds only these numbers)."""

    applications: int = 0
    replies: int = 0
    screens: int = 0
    interviews: int = 0
    offers: int = 0
    rejections: int = 0

    @classmethod
    def of(cls, counted: Funnel) -> WeekFunnel:
        return cls(
            applications=counted.applications,
            replies=counted.replies,
            screens=counted.screens,
            interviews=counted.interviews,
            offers=counted.offers,
            rejections=counted.rejections,
        )

    def as_dict(self) -> dict[str, int]:
        return {
            "applications": self.applications,
            "replies": self.replies,
            "screens": self.screens,
            "interviews": self.interviews,
            "offers": self.offers,
            "rejections": self.rejections,
        }


@dataclass(frozen=True)
class WinLine:
    occurred_on: dt.date
    text: str
    kind: str
    kind_label: str


@dataclass(frozen=True)
class LessonLine:
    learned_on: dt.date
    text: str
    tags: list[str]


@dataclass(frozen=True)
class GoalLine:
    kind_label: str
    label: str
    done: Decimal
    target: Decimal
    met: bool

    @property
    def done_shown(self) -> str:
        return rules.shown(self.done)

    @property
    def target_shown(self) -> str:
        return rules.shown(self.target)


@dataclass(frozen=True)
class StepLine:
    kind_label: str
    text: str
    due_on: dt.date | None


@dataclass(frozen=True)
class FollowUpLine:
    contact: str
    company: str
    due_on: dt.date


@dataclass(frozen=True)
class LeadLine:
    id: int
    role: str
    company: str


@dataclass(frozen=True)
class WeeklyReview:
    """One week of the person's search, ready to show (private to them)."""

    name: str
    start: dt.date
    end: dt.date
    label: str
    previous_label: str
    next_label: str
    is_current: bool
    wins: list[WinLine]
    lessons: list[LessonLine]
    goals: list[GoalLine]
    funnel: WeekFunnel
    steps: list[StepLine]
    follow_ups: list[FollowUpLine]
    leads: list[LeadLine]

    @property
    def goals_met(self) -> int:
        return sum(1 for g in self.goals if g.met)

    @property
    def has_next(self) -> bool:
        return bool(self.steps or self.follow_ups or self.leads)


def weekly_review(user: User, week_start_date: dt.date | None = None) -> WeeklyReview:
    """The review of the person's week holding `week_start_date` (default: this week)."""
    start, end = week_bounds(user, week_start_date)
    after = end + dt.timedelta(days=1)
    actions = open_next_actions(user)
    # A lead or a person an open step already names is listed once, as that step.
    planned_apps = {a.application_id for a in actions if a.application_id is not None}
    planned_people = {a.contact_id for a in actions if a.contact_id is not None}
    return WeeklyReview(
        name=getattr(user, "shown_name", "") or user.get_username(),
        start=start,
        end=end,
        label=week_label(user, start),
        previous_label=week_label(user, start - dt.timedelta(days=7)),
        next_label=week_label(user, after),
        is_current=start <= today_for(user) <= end,
        wins=_wins(user, start, end),
        lessons=_lessons(user, start, end),
        goals=_goals(user, start, end),
        funnel=_funnel(user, start, end),
        steps=_steps(actions),
        follow_ups=_follow_ups(user, after, after + dt.timedelta(days=6), planned_people),
        leads=[
            LeadLine(id=a.pk, role=a.role, company=a.company.name)
            for a in saved_leads(user, LEADS_SHOWN + len(planned_apps))
            if a.pk not in planned_apps
        ][:LEADS_SHOWN],
    )


def _wins(user: User, start: dt.date, end: dt.date) -> list[WinLine]:
    rows = owned(Win, user).filter(occurred_on__range=(start, end)).order_by("occurred_on", "id")
    return [
        WinLine(
            occurred_on=w.occurred_on,
            text=w.text,
            kind=w.kind,
            kind_label=str(w.get_kind_display()),
        )
        for w in rows
    ]


def _lessons(user: User, start: dt.date, end: dt.date) -> list[LessonLine]:
    rows = owned(Lesson, user).filter(learned_on__range=(start, end)).order_by("learned_on", "id")
    return [LessonLine(learned_on=x.learned_on, text=x.text, tags=x.tag_list) for x in rows]


def _goals(user: User, start: dt.date, end: dt.date) -> list[GoalLine]:
    """Active goals that existed by the week's end, measured with momentum's own goal rules."""
    cutoff = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=zone_for(user))
    goals = list(owned(Goal, user).filter(active=True, created_at__lt=cutoff))
    if not goals:
        return []
    activity = activity_between(user, start, end, goals)
    lines = []
    for goal in goals:
        done = rules.done_for(goal.kind, goal.pk, activity, start, end)
        target = Decimal(goal.weekly_target)
        lines.append(
            GoalLine(
                kind_label=str(goal.get_kind_display()),
                label=str(goal),
                done=done,
                target=target,
                met=rules.is_met(done, target),
            )
        )
    return lines


def _funnel(user: User, start: dt.date, end: dt.date) -> WeekFunnel:
    """The applications sent this week and how far each has gone, as the Insights page counts
    them for these dates."""
    week = Filters(start=start, end=end)
    return WeekFunnel.of(funnel_for(user, week, period_only=True).funnel)


def _steps(actions: list[NextAction]) -> list[StepLine]:
    return [
        StepLine(kind_label=str(a.get_kind_display()), text=a.text, due_on=a.due_on)
        for a in actions
    ]


def _follow_ups(user: User, first: dt.date, last: dt.date, planned: set[int]) -> list[FollowUpLine]:
    """Follow-ups planned for next week and not yet done, the latest plan per contact (none for
    someone an open step already names)."""
    cleared = Touchpoint.objects.filter(
        contact=OuterRef("contact"), occurred_on__gte=OuterRef("follow_up_on")
    )
    rows = (
        owned(Touchpoint, user)
        .filter(follow_up_on__range=(first, last))
        .filter(~Exists(cleared))
        .exclude(contact_id__in=planned)
        .select_related("contact__company")
        .order_by("-occurred_on", "-id")
    )
    latest: dict[int, Touchpoint] = {}
    for touchpoint in rows:
        latest.setdefault(touchpoint.contact_id, touchpoint)
    return sorted(
        (
            FollowUpLine(
                contact=t.contact.name,
                company=t.contact.company.name if t.contact.company else "",
                due_on=t.follow_up_on,
            )
            for t in latest.values()
            if t.follow_up_on is not None
        ),
        key=lambda f: (f.due_on, f.contact.lower()),
    )


# --- The share -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SharedGoal:
    kind_label: str
    done: str
    target: str
    met: bool


@dataclass(frozen=True)
class SharedStep:
    kind_label: str
    due_on: dt.date | None


@dataclass(frozen=True)
class SharedReview:
    """What an accountability buddy sees: counts and plans, nothing private (see module doc)."""

    name: str
    start: dt.date
    end: dt.date
    label: str
    wins_count: int
    wins_by_kind: list[tuple[str, int]]
    goals: list[SharedGoal]
    goals_met: int
    funnel: WeekFunnel
    steps: list[SharedStep]
    follow_ups_count: int
    leads: list[LeadLine]


def share(review: WeeklyReview) -> SharedReview:
    """The buddy's version of `review`: only whitelisted fields are copied (see module doc)."""
    by_kind = Counter(w.kind_label for w in review.wins)
    return SharedReview(
        name=review.name,
        start=review.start,
        end=review.end,
        label=review.label,
        wins_count=len(review.wins),
        wins_by_kind=sorted(by_kind.items(), key=lambda kv: (-kv[1], kv[0])),
        goals=[
            SharedGoal(
                kind_label=g.kind_label
                if g.kind_label != str(GoalKind.CUSTOM.label)
                else _("A goal of their own"),
                done=g.done_shown,
                target=g.target_shown,
                met=g.met,
            )
            for g in review.goals
        ],
        goals_met=review.goals_met,
        funnel=review.funnel,
        steps=[SharedStep(kind_label=s.kind_label, due_on=s.due_on) for s in review.steps],
        follow_ups_count=len(review.follow_ups),
        leads=list(review.leads),
    )
