"""Read-only queries for the Today page, the goals page and the CLI.

Each function runs a fixed, small number of queries whatever the person's history (no N+1), so the
Today page stays fast for a heavy user.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db.models import Count, Exists, F, OuterRef, Q, Sum

from nextyes.accounts.models import User
from nextyes.lib.dates import today_for, week_bounds, zone_for
from nextyes.lib.ownership import owned
from nextyes.momentum import goals as rules
from nextyes.momentum.models import Break, Goal, GoalEntry, GoalKind, NextAction
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import Application, StageEvent, Touchpoint

if TYPE_CHECKING:
    from django.db.models import QuerySet

# A break that ended this many days ago with nothing logged since gets one small step offered.
OVERDUE_AFTER_DAYS = 3
# Follow-ups due within this many days show up as next actions.
FOLLOW_UP_HORIZON_DAYS = 2
# Follow-ups planned for over a month ago drop off quietly: a pile of old ones only nags, and
# reading them all would make Today slower with every month of the search.
FOLLOW_UP_LOOKBACK_DAYS = 30


@dataclass(frozen=True)
class GoalProgress:
    """One goal's progress in one week, ready to show."""

    goal: Goal
    target: Decimal
    done: Decimal
    percent: int
    met: bool
    week_start: dt.date
    week_end: dt.date

    @property
    def label(self) -> str:
        return str(self.goal)


def start_of_day(user: User, day: dt.date) -> dt.datetime:
    """Midnight at the start of `day` where the person lives, as an aware datetime."""
    return dt.datetime.combine(day, dt.time.min, tzinfo=zone_for(user))


# --- Goals ---------------------------------------------------------------------------------


def activity_between(
    user: User, start: dt.date, end: dt.date, goals: list[Goal] | None = None
) -> rules.Activity:
    """What the person did from `start` to `end`, per day: only the data the goals need.

    With `goals` given, only the kinds among them are read (at most three grouped queries).
    """
    kinds = {g.kind for g in goals} if goals is not None else set(GoalKind.values)
    applications: dict[dt.date, int] = {}
    outreach: dict[dt.date, int] = {}
    logged: dict[int, dict[dt.date, Decimal]] = defaultdict(dict)
    if GoalKind.APPLICATIONS in kinds:
        applied = (
            owned(StageEvent, user)
            .filter(stage=Stage.APPLIED, occurred_on__range=(start, end))
            .order_by()
            .values("occurred_on")
            .annotate(n=Count("application", distinct=True))
        )
        applications = {r["occurred_on"]: r["n"] for r in applied}
    if GoalKind.OUTREACH in kinds:
        touches = (
            owned(Touchpoint, user)
            .filter(occurred_on__range=(start, end))
            .order_by()
            .values("occurred_on")
            .annotate(n=Count("id"))
        )
        outreach = {r["occurred_on"]: r["n"] for r in touches}
    manual = kinds - {GoalKind.APPLICATIONS, GoalKind.OUTREACH}
    if manual:
        entries = owned(GoalEntry, user).filter(on__range=(start, end))
        if goals is not None:
            entries = entries.filter(goal__in=[g.pk for g in goals if g.kind in manual])
        for r in entries.order_by().values("goal_id", "on").annotate(total=Sum("amount")):
            logged[r["goal_id"]][r["on"]] = r["total"]
    return rules.Activity(applications=applications, outreach=outreach, logged=dict(logged))


def goals_progress(
    user: User, day: dt.date | None = None, *, goals: list[Goal] | None = None
) -> list[GoalProgress]:
    """This week's progress for each active goal (the week holding `day`, default today)."""
    start, end = week_bounds(user, day)
    if goals is None:
        goals = list(owned(Goal, user).filter(active=True))
    if not goals:
        return []
    activity = activity_between(user, start, end, goals)
    result = []
    for goal in goals:
        done = rules.done_for(goal.kind, goal.pk, activity, start, end)
        target = Decimal(goal.weekly_target)
        result.append(
            GoalProgress(
                goal=goal,
                target=target,
                done=done,
                percent=rules.percent(done, target),
                met=rules.is_met(done, target),
                week_start=start,
                week_end=end,
            )
        )
    return result


def suggestion_for(user: User, kind: str, goal: Goal | None = None) -> rules.Suggestion:
    """A reachable weekly target for `kind` from the last four full weeks of activity.

    Hand-logged kinds look at what was logged against goals of that kind (for a custom goal
    being edited, only that goal: two custom goals measure different things).
    """
    this_week, _end = week_bounds(user)
    weeks = rules.previous_weeks(this_week)
    first, last = weeks[0][0], weeks[-1][1]
    if kind in (GoalKind.APPLICATIONS, GoalKind.OUTREACH):
        activity = activity_between(user, first, last, [Goal(kind=kind)])
        by_day = activity.applications if kind == GoalKind.APPLICATIONS else activity.outreach
    else:
        entries = owned(GoalEntry, user).filter(on__range=(first, last))
        if kind == GoalKind.CUSTOM:
            entries = entries.filter(goal=goal) if goal is not None else entries.none()
        else:
            entries = entries.filter(goal__kind=kind)
        by_day = {
            r["on"]: r["total"]
            for r in entries.order_by().values("on").annotate(total=Sum("amount"))
        }
    return rules.suggest_target(rules.weekly_totals(by_day, weeks))


# --- Breaks --------------------------------------------------------------------------------


def current_break(user: User, today: dt.date | None = None) -> Break | None:
    """The break the person is on now (from its first day up to, not including, the resume day)."""
    today = today or today_for(user)
    return (
        owned(Break, user)
        .filter(starts_on__lte=today, ends_on__gt=today)
        .order_by("-ends_on", "-id")
        .first()
    )


def overdue_break(user: User, today: dt.date | None = None) -> Break | None:
    """The last break, when it ended more than three days ago and nothing was logged since.

    Activity is any stage event, touchpoint or goal entry created after the resume day began.
    """
    today = today or today_for(user)
    latest = owned(Break, user).filter(starts_on__lte=today).order_by("-ends_on", "-id").first()
    if latest is None or (today - latest.ends_on).days <= OVERDUE_AFTER_DAYS:
        return None
    since = start_of_day(user, latest.ends_on)
    for model in (StageEvent, Touchpoint, GoalEntry):
        if owned(model, user).filter(created_at__gte=since).exists():  # type: ignore[misc]
            return None
    return latest


# --- Next actions --------------------------------------------------------------------------


def due_followups(
    user: User,
    today: dt.date | None = None,
    *,
    lookback_days: int = FOLLOW_UP_LOOKBACK_DAYS,
    limit: int | None = None,
) -> list[Touchpoint]:
    """Planned follow-ups due from `lookback_days` ago to the day after tomorrow, one per contact
    (the latest plan), the soonest first and at most `limit` of them.

    A follow-up stays open until a touchpoint with that contact is logged on or after its date,
    the same rule the contacts page uses.
    """
    today = today or today_for(user)
    since = today - dt.timedelta(days=lookback_days)
    horizon = today + dt.timedelta(days=FOLLOW_UP_HORIZON_DAYS)
    cleared = Touchpoint.objects.filter(
        contact=OuterRef("contact"), occurred_on__gte=OuterRef("follow_up_on")
    )
    rows = (
        owned(Touchpoint, user)
        .filter(follow_up_on__range=(since, horizon))
        .filter(~Exists(cleared))
        .select_related("contact__company", "application__company")
        .order_by("-occurred_on", "-id")
    )
    latest: dict[int, Touchpoint] = {}
    for touchpoint in rows:
        latest.setdefault(touchpoint.contact_id, touchpoint)
    due = sorted(latest.values(), key=lambda t: (t.follow_up_on, t.contact.name.lower()))
    return due if limit is None else due[:limit]


def saved_leads(user: User, limit: int = 5) -> list[Application]:
    """Leads saved but not applied to yet: the best fit first, then the newest."""
    return list(
        owned(Application, user)
        .filter(status=Stage.SAVED)
        .select_related("company")
        .order_by(F("fit").desc(nulls_last=True), "-created_at", "-id")[:limit]
    )


def open_next_actions(user: User) -> list[NextAction]:
    """Steps chosen and not done yet, the soonest first (undated ones last)."""
    return list(
        owned(NextAction, user)
        .filter(done_on__isnull=True)
        .select_related("application__company", "contact")
        .order_by(F("due_on").asc(nulls_last=True), "id")
    )


def saved_applications(user: User) -> QuerySet[Application]:
    """The person's saved leads, for choosing one as a next action."""
    return (
        owned(Application, user)
        .filter(Q(status=Stage.SAVED))
        .select_related("company")
        .order_by("company__name", "role", "pk")
    )
