"""The demo's lessons, feedback and weekly goals: what a person who keeps going has gathered by
now. Part of the demo's second half (`demo_bounce`), apart so each module stays readable."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from nextyes.accounts.models import User
from nextyes.home.demo_texts import CUSTOM_GOAL, LESSONS, OTHER_FEEDBACK, Plan
from nextyes.lib.dates import week_start
from nextyes.lib.ownership import owned
from nextyes.momentum import services as momentum
from nextyes.momentum.models import GoalKind
from nextyes.pipeline.models import Application
from nextyes.recovery.models import Ritual
from nextyes.recovery.services import lessons as lesson_services


def this_week(user: User, today: dt.date, days_ago: int) -> dt.date:
    """`days_ago` before today, but never before this week began: progress shows this week."""
    return max(week_start(user, today), today - dt.timedelta(days=days_ago))


def lessons_and_feedback(user: User, today: dt.date, made: list[tuple[Plan, Application]]) -> None:
    """Lessons and feedback from earlier applications, dated a few days after each one ended."""
    rituals = set(owned(Ritual, user).values_list("applications", flat=True))

    def earlier(kind: str, n: int, days: int) -> tuple[Application, dt.date]:
        apps = [a for p, a in made if p.kind == kind and a.pk not in rituals]
        app = sorted(apps, key=lambda a: (a.status_on or today, a.pk))[-1 - n]
        return app, min(today, (app.status_on or today) + dt.timedelta(days=days))

    for text, tags, kind, n in LESSONS:
        app, on = earlier(kind, n, 3)
        lesson_services.add_lesson(user, text, tags=tags, application=app, learned_on=on)
    for text, kind, n in OTHER_FEEDBACK:
        app, on = earlier(kind, n, 4)
        lesson_services.add_feedback(user, text, application=app, received_on=on)


def goals(user: User, today: dt.date) -> None:
    """Four weekly goals with progress this week; learning hours logged last week too."""
    momentum.create_goal(user, kind=GoalKind.APPLICATIONS, weekly_target=5)
    momentum.create_goal(user, kind=GoalKind.OUTREACH, weekly_target=3)
    learning = momentum.create_goal(user, kind=GoalKind.LEARNING_HOURS, weekly_target=3)
    portfolio = momentum.create_goal(user, kind=GoalKind.CUSTOM, label=CUSTOM_GOAL, weekly_target=2)
    last_week = week_start(user, today) - dt.timedelta(days=7)
    logged = (
        (last_week, "1", "Indexes chapter"),
        (last_week + dt.timedelta(days=2), "1.5", "Mock system design"),
        (last_week + dt.timedelta(days=4), "1", ""),
        (this_week(user, today, 2), "1.5", "Message queues"),
    )
    for on, hours, note in logged:
        momentum.log_goal_entry(learning, amount=Decimal(hours), on=on, note=note)
    for days_ago in (3, 0):
        momentum.log_goal_entry(portfolio, on=this_week(user, today, days_ago))
