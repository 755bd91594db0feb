"""Momentum rules shared across apps: points, breaks, next actions, weeks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nextyes.accounts.models import User
from nextyes.journal.services import add_win
from nextyes.lib.dates import today_for, week_bounds
from nextyes.lib.ownership import check_same_owner, owned
from nextyes.momentum import goals as rules
from nextyes.momentum.models import (
    COMPUTED_GOAL_KINDS,
    ActionKind,
    Break,
    EffortPoint,
    Goal,
    GoalEntry,
    GoalKind,
    NextAction,
    PointReason,
    Reward,
)
from nextyes.momentum.selectors import goals_progress

if TYPE_CHECKING:
    from nextyes.journal.models import Win
    from nextyes.pipeline.models import Application, Contact

# Points per action: effort is what counts, whatever the answer was.
POINTS: dict[str, int] = {
    PointReason.APPLICATION: 10,
    PointReason.OUTREACH: 5,
    PointReason.INTERVIEW: 15,
    PointReason.RITUAL: 20,
    PointReason.GOAL: 25,
    PointReason.CHECK_IN: 2,
}
# Actions older than this are history (an imported spreadsheet), not effort made now.
POINTS_WINDOW_DAYS = 14


def award_points(
    user: User,
    reason: str,
    *,
    key: str,
    on: dt.date | None = None,
    points: int | None = None,
    note: str = "",
) -> EffortPoint | None:
    """Add points for an action once per `key`; history older than two weeks earns none."""
    today = today_for(user)
    on = on or today
    if (today - on).days > POINTS_WINDOW_DAYS:
        return None
    if owned(EffortPoint, user).filter(key=key).exists():
        return None
    entry = EffortPoint(
        owner=user,
        points=POINTS[reason] if points is None else points,
        reason=reason,
        key=key,
        occurred_on=on,
        note=note,
    )
    try:
        with transaction.atomic():
            entry.save()
    except IntegrityError:
        return None
    return entry


BREAK_ENDS_TOO_SOON = gettext_lazy("Pick a day after the break begins.")


def check_break_days(starts_on: dt.date, ends_on: dt.date, *, field: str | None = None) -> None:
    """A break resumes after the day it begins: the form, this service and so every caller
    refuse an earlier (or the same) resume day with this one message."""
    if ends_on <= starts_on:
        raise ValidationError({field: BREAK_ENDS_TOO_SOON} if field else BREAK_ENDS_TOO_SOON)


def start_break(
    user: User,
    *,
    ends_on: dt.date,
    starts_on: dt.date | None = None,
    reason: str = "",
    # Any: a recovery.Ritual; momentum sits below recovery and may not import it, even for types.
    ritual: Any = None,
) -> Break:
    starts_on = starts_on or today_for(user)
    check_break_days(starts_on, ends_on, field="ends_on")
    pause = Break(
        owner=user,
        starts_on=starts_on,
        ends_on=ends_on,
        reason=reason,
        ritual=ritual,
    )
    pause.full_clean(exclude=["owner", "ritual"])
    pause.save()
    return pause


def active_break(user: User, day: dt.date | None = None) -> Break | None:
    """The break covering `day` (default today), if the person is on one.

    `ends_on` is the day they resume, so it is no longer a break day.
    """
    day = day or today_for(user)
    return (
        owned(Break, user).filter(starts_on__lte=day, ends_on__gt=day).order_by("-ends_on").first()
    )


def add_next_action(
    user: User,
    text: str,
    *,
    kind: str = ActionKind.CUSTOM,
    due_on: dt.date | None = None,
    application: Application | None = None,
    contact: Contact | None = None,
    # Any: a recovery.Ritual; momentum sits below recovery and may not import it, even for types.
    ritual: Any = None,
) -> NextAction:
    check_same_owner(user, application, field="application")
    check_same_owner(user, contact, field="contact")
    action = NextAction(
        owner=user,
        kind=kind,
        text=" ".join(text.split()),
        due_on=due_on,
        application=application,
        contact=contact,
        ritual=ritual,
    )
    action.full_clean(exclude=["owner", "application", "contact", "ritual"])
    action.save()
    return action


def complete_action(action: NextAction, on: dt.date | None = None) -> NextAction:
    """Mark a next step done (today, where the person is)."""
    action.done_on = on or today_for(action.owner)
    action.save(update_fields=["done_on"])
    return action


def delete_action(action: NextAction) -> None:
    action.delete()


# --- Breaks ----------------------------------------------------------------------------------


def end_break(pause: Break, today: dt.date | None = None) -> Break:
    """Come back today: today becomes the resume day (a break not begun yet stays one day)."""
    today = today or today_for(pause.owner)
    pause.ends_on = max(today, pause.starts_on)
    pause.save(update_fields=["ends_on"])
    return pause


def delete_break(pause: Break) -> None:
    pause.delete()


# --- Goals -----------------------------------------------------------------------------------


def _check_goal(goal: Goal) -> None:
    goal.label = " ".join(goal.label.split())
    if goal.kind == GoalKind.CUSTOM and not goal.label:
        raise ValidationError({"label": _("Give your goal a short name, e.g. “Portfolio work”.")})
    goal.full_clean(exclude=["owner"])
    if goal.kind != GoalKind.CUSTOM and goal.active:
        twin = owned(Goal, goal.owner).filter(kind=goal.kind, active=True).exclude(pk=goal.pk)
        if twin.exists():
            raise ValidationError(
                _("You already have a goal for “%(kind)s”: change its target instead.")
                % {"kind": goal.get_kind_display()}
            )


@transaction.atomic
def create_goal(user: User, *, kind: str, weekly_target: Decimal | int, label: str = "") -> Goal:
    """Set a weekly target about effort; progress this week may already meet it."""
    goal = Goal(owner=user, kind=kind, label=label or "", weekly_target=weekly_target)
    _check_goal(goal)
    goal.save()
    check_goals(user)
    return goal


@transaction.atomic
def update_goal(
    goal: Goal,
    *,
    weekly_target: Decimal | int | None = None,
    label: str | None = None,
    active: bool | None = None,
) -> Goal:
    """Change a goal's target, name or whether it is followed (its kind stays: entries rely on it)."""
    if weekly_target is not None:
        goal.weekly_target = Decimal(weekly_target)
    if label is not None:
        goal.label = label
    if active is not None:
        goal.active = active
    _check_goal(goal)
    goal.save()
    check_goals(goal.owner)
    return goal


def delete_goal(goal: Goal) -> None:
    """Delete a goal and what was logged for it; wins and points it earned stay."""
    goal.delete()


@transaction.atomic
def log_goal_entry(
    goal: Goal, *, amount: Decimal | int = 1, on: dt.date | None = None, note: str = ""
) -> GoalEntry:
    """Log progress by hand (learning, prep, custom goals) and see whether the week's goal is met."""
    if goal.kind in COMPUTED_GOAL_KINDS:
        raise ValidationError(
            _("This goal counts itself from what you log in the tracker: nothing to add here.")
        )
    entry = GoalEntry(
        owner=goal.owner,
        goal=goal,
        on=on or today_for(goal.owner),
        amount=Decimal(amount),
        note=" ".join((note or "").split()),
    )
    entry.full_clean(exclude=["owner", "goal"])
    if entry.amount <= 0:
        raise ValidationError({"amount": _("Log an amount above zero, e.g. 1 or 0.5.")})
    entry.save()
    check_goals(goal.owner, entry.on)
    return entry


def delete_goal_entry(entry: GoalEntry) -> Goal:
    """Remove an entry logged by mistake; returns its goal."""
    goal = entry.goal
    entry.delete()
    return goal


def check_goals(user: User, day: dt.date | None = None) -> list[Win]:
    """Celebrate every goal met in the week holding `day`: one automatic win and points each.

    Called whenever progress may have grown; idempotent per goal and week. Weeks that are
    history (ended more than two weeks ago) or still to come are left alone, so an imported
    spreadsheet does not flood the journal with old wins.
    """
    today = today_for(user)
    start, end = week_bounds(user, day or today)
    if start > today or (today - end).days > POINTS_WINDOW_DAYS:
        return []
    wins = []
    for progress in goals_progress(user, start):
        key = f"goal:{progress.goal.pk}:{start.isoformat()}"
        # The points stay in the ledger: a deleted win is not brought back by the next entry.
        if not progress.met or owned(EffortPoint, user).filter(key=key).exists():
            continue
        on = min(end, today)
        text = _("Weekly goal met: %(goal)s (%(done)s of %(target)s)") % {
            "goal": progress.goal,
            "done": rules.shown(progress.done),
            "target": rules.shown(progress.target),
        }
        win = add_win(user, text, kind="other", on=on, automatic=True, source_key=key)
        award_points(user, PointReason.GOAL, key=key, on=on, note=str(progress.goal))
        if win is not None:
            wins.append(win)
    return wins


# --- Points and rewards ----------------------------------------------------------------------


def points_balance(user: User) -> int:
    """Points earned minus points spent."""
    return int(owned(EffortPoint, user).aggregate(total=Sum("points"))["total"] or 0)


class NotEnoughPoints(ValidationError):
    """Redeeming needs more points than the balance holds; `missing` says how many."""

    def __init__(self, missing: int) -> None:
        self.missing = missing
        super().__init__(
            _(
                "You need %(missing)s more points for this one — every application and message counts."
            )
            % {"missing": missing}
        )


def save_reward(user: User, *, name: str, cost: int, reward: Reward | None = None) -> Reward:
    """Add a treat to the person's own rewards menu, or change one."""
    reward = reward or Reward(owner=user)
    reward.name = " ".join(name.split())
    reward.cost = cost
    reward.full_clean(exclude=["owner"])
    reward.save()
    return reward


def delete_reward(reward: Reward) -> None:
    """Remove a reward from the menu; past redemptions stay in the ledger."""
    reward.delete()


@transaction.atomic
def redeem_reward(reward: Reward, on: dt.date | None = None) -> EffortPoint:
    """Spend points on a reward: a negative ledger entry, refused kindly when points are short."""
    user = reward.owner
    # Lock the person's row so two quick clicks cannot spend the same points twice.
    type(user).objects.select_for_update().filter(pk=user.pk).first()
    missing = reward.cost - points_balance(user)
    if missing > 0:
        raise NotEnoughPoints(missing)
    return EffortPoint.objects.create(
        owner=user,
        points=-reward.cost,
        reason=PointReason.REDEMPTION,
        note=reward.name,
        reward=reward,
        occurred_on=on or today_for(user),
    )


def undo_redemption(entry: EffortPoint) -> None:
    """Give back the points of a redemption (only redemptions can be undone)."""
    if entry.reason != PointReason.REDEMPTION:
        raise ValidationError(_("Only a reward you redeemed can be undone."))
    entry.delete()
