"""Effort points and goal celebrations: once per action, never for history, kindly refused."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from nextyes.accounts.models import User
from nextyes.journal.models import Win
from nextyes.momentum import services
from nextyes.momentum.models import EffortPoint, Goal, Reward
from nextyes.pipeline import services as pipeline
from tests.momentum.momentum_support import D, applied, at, freeze, reached_out

TODAY = D(2026, 3, 12)  # a Thursday


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze(monkeypatch, at(TODAY, tz="Europe/Paris"))


def ledger(user: User) -> list[tuple[str, int, str]]:
    return list(
        EffortPoint.objects.filter(owner=user).order_by("id").values_list("reason", "points", "key")
    )


def test_it_awards_points_once_for_an_application_sent(alice: User, now: None) -> None:
    app = applied(alice, D(2026, 3, 10))
    pipeline.move_application(app, "screen", on=D(2026, 3, 11))
    pipeline.move_application(app, "applied", on=D(2026, 3, 11))  # a correction, not a new one
    assert ledger(alice) == [("application", 10, f"application:{app.pk}")]


def test_it_awards_points_when_a_saved_lead_is_moved_to_applied(alice: User, now: None) -> None:
    app = pipeline.create_application(alice, company="Acme", role="Engineer")
    assert ledger(alice) == []
    pipeline.move_application(app, "applied")
    assert ledger(alice) == [("application", 10, f"application:{app.pk}")]
    entry = EffortPoint.objects.get(owner=alice)
    assert (entry.occurred_on, entry.note) == (TODAY, "Engineer — Acme")


def test_it_gives_no_points_for_history_older_than_two_weeks(alice: User, now: None) -> None:
    app = applied(alice, D(2026, 2, 20))
    pipeline.move_application(app, "interview", on=D(2026, 2, 25))
    reached_out(alice, D(2026, 2, 1))
    assert ledger(alice) == []
    recent = applied(alice, D(2026, 2, 26), company="Two weeks ago today")
    assert ledger(alice) == [("application", 10, f"application:{recent.pk}")]


def test_it_awards_outreach_once_per_touchpoint(alice: User, now: None) -> None:
    first = reached_out(alice, D(2026, 3, 11))
    pipeline.update_touchpoint(first, note="Thanked them for their time")
    second = reached_out(alice, TODAY)
    assert EffortPoint.objects.get(key=f"touchpoint:{second.pk}").note == "Sam Rivers"
    assert ledger(alice) == [
        ("outreach", 5, f"touchpoint:{first.pk}"),
        ("outreach", 5, f"touchpoint:{second.pk}"),
    ]


def test_it_awards_every_interview_round(alice: User, now: None) -> None:
    app = applied(alice, D(2026, 3, 2))
    one = pipeline.move_application(app, "interview", on=D(2026, 3, 5))
    two = pipeline.move_application(app, "interview", on=D(2026, 3, 11))
    pipeline.update_event(two, note="Went well")
    assert ledger(alice)[1:] == [
        ("interview", 15, f"interview-event:{one.pk}"),
        ("interview", 15, f"interview-event:{two.pk}"),
    ]


def test_it_celebrates_a_goal_met_with_one_win_and_points(alice: User, now: None) -> None:
    goal = Goal.objects.create(owner=alice, kind="applications", weekly_target=2)
    applied(alice, D(2026, 3, 9), company="One")
    assert not Win.objects.filter(owner=alice).exists()
    applied(alice, D(2026, 3, 10), company="Two")
    applied(alice, D(2026, 3, 11), company="Three")
    key = f"goal:{goal.pk}:2026-03-09"
    win = Win.objects.get(owner=alice)
    assert (win.source_key, win.automatic, win.kind) == (key, True, "other")
    assert win.text == "Weekly goal met: Applications sent (2 of 2)"
    assert ("goal", 25, key) in ledger(alice)
    assert [r for r, _p, _k in ledger(alice)].count("goal") == 1


def test_it_does_not_bring_back_a_deleted_goal_win(alice: User, now: None) -> None:
    Goal.objects.create(owner=alice, kind="outreach", weekly_target=1)
    reached_out(alice, D(2026, 3, 10))
    Win.objects.filter(owner=alice).delete()
    reached_out(alice, D(2026, 3, 11))
    assert not Win.objects.filter(owner=alice).exists()


def test_it_celebrates_each_week_on_its_own(alice: User, now: None) -> None:
    goal = Goal.objects.create(owner=alice, kind="outreach", weekly_target=1)
    reached_out(alice, D(2026, 3, 4))  # last week
    reached_out(alice, D(2026, 3, 10))  # this week
    keys = set(Win.objects.filter(owner=alice).values_list("source_key", flat=True))
    assert keys == {f"goal:{goal.pk}:2026-03-02", f"goal:{goal.pk}:2026-03-09"}
    assert Win.objects.get(source_key=f"goal:{goal.pk}:2026-03-02").occurred_on == D(2026, 3, 8)


def test_it_leaves_goals_of_past_weeks_alone(alice: User, now: None) -> None:
    Goal.objects.create(owner=alice, kind="applications", weekly_target=1)
    applied(alice, D(2026, 1, 14))  # an imported spreadsheet line
    assert not Win.objects.filter(owner=alice).exists()


def test_it_celebrates_a_hand_logged_goal_when_the_entry_completes_it(
    alice: User, now: None
) -> None:
    goal = Goal.objects.create(owner=alice, kind="learning-hours", weekly_target=3)
    services.log_goal_entry(goal, amount=2, on=D(2026, 3, 10))
    assert not Win.objects.filter(owner=alice).exists()
    services.log_goal_entry(goal, amount=1, on=TODAY, note="SQL course")
    services.log_goal_entry(goal, amount=1, on=TODAY)
    assert Win.objects.get(owner=alice).text == "Weekly goal met: Learning hours (3 of 3)"


def test_it_celebrates_a_new_goal_already_met_this_week(alice: User, now: None) -> None:
    applied(alice, D(2026, 3, 10))
    goal = services.create_goal(alice, kind="applications", weekly_target=1)
    assert Win.objects.get(owner=alice).source_key == f"goal:{goal.pk}:2026-03-09"


def test_it_refuses_to_log_by_hand_what_the_tracker_counts(alice: User) -> None:
    goal = Goal.objects.create(owner=alice, kind="applications", weekly_target=3)
    with pytest.raises(ValidationError, match="counts itself"):
        services.log_goal_entry(goal, amount=1)


def test_it_refuses_a_second_goal_of_the_same_kind(alice: User) -> None:
    services.create_goal(alice, kind="outreach", weekly_target=2)
    with pytest.raises(ValidationError, match="already have a goal"):
        services.create_goal(alice, kind="outreach", weekly_target=3)
    services.create_goal(alice, kind="custom", label="Walks", weekly_target=3)
    services.create_goal(alice, kind="custom", label="Portfolio", weekly_target=1)
    assert Goal.objects.filter(owner=alice).count() == 3


def test_it_needs_a_name_for_a_custom_goal(alice: User) -> None:
    with pytest.raises(ValidationError, match="short name"):
        services.create_goal(alice, kind="custom", label="  ", weekly_target=2)


def _earn(user: User, points: int) -> None:
    services.award_points(user, "other", key=f"test:{points}", points=points)


def test_it_redeems_a_reward_as_a_negative_ledger_line(alice: User, now: None) -> None:
    reward = Reward.objects.create(owner=alice, name="Fancy coffee", cost=30)
    _earn(alice, 45)
    entry = services.redeem_reward(reward)
    assert (entry.points, entry.reason, entry.reward, entry.occurred_on) == (
        -30,
        "redemption",
        reward,
        TODAY,
    )
    assert services.points_balance(alice) == 15


def test_it_kindly_refuses_a_reward_the_balance_cannot_cover(alice: User) -> None:
    reward = Reward.objects.create(owner=alice, name="Concert ticket", cost=42)
    _earn(alice, 30)
    with pytest.raises(services.NotEnoughPoints) as refused:
        services.redeem_reward(reward)
    assert refused.value.missing == 12
    assert refused.value.messages == [
        "You need 12 more points for this one — every application and message counts."
    ]
    assert services.points_balance(alice) == 30


def test_it_undoes_a_redemption_and_only_a_redemption(alice: User) -> None:
    reward = Reward.objects.create(owner=alice, name="Film night", cost=20)
    _earn(alice, 20)
    services.undo_redemption(services.redeem_reward(reward))
    assert services.points_balance(alice) == 20
    earned = EffortPoint.objects.get(owner=alice)
    with pytest.raises(ValidationError):
        services.undo_redemption(earned)


def test_it_keeps_each_persons_balance_apart(alice: User, bob: User) -> None:
    _earn(alice, 50)
    reward = Reward.objects.create(owner=bob, name="Cake", cost=10)
    with pytest.raises(services.NotEnoughPoints):
        services.redeem_reward(reward)
    assert (services.points_balance(alice), services.points_balance(bob)) == (50, 0)
