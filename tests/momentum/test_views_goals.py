"""The goals pages: progress this week, a suggested target, logging by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.journal.models import Win
from nextyes.momentum.models import Goal, GoalEntry
from tests.conftest import page
from tests.momentum.momentum_support import D, applied, at, freeze

TODAY = D(2026, 3, 11)  # a Wednesday; the week began on Monday 9 March


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze(monkeypatch, at(TODAY, tz="Europe/Paris"))


def test_it_shows_this_weeks_progress_with_a_bar(
    alice: User, alice_client: Client, now: None
) -> None:
    Goal.objects.create(owner=alice, kind="applications", weekly_target=4)
    applied(alice, D(2026, 3, 9), company="One")
    applied(alice, D(2026, 3, 10), company="Two")
    applied(alice, D(2026, 3, 6), company="Last week")
    body = page(alice_client.get(reverse("momentum:goal_list")))
    assert "Applications sent" in body
    assert "2 of 4" in body
    assert '<progress class="goal-bar" max="100" value="50"' in body
    assert "Counted from applications you marked as applied this week." in body


def test_it_says_when_a_goal_is_met(alice: User, alice_client: Client, now: None) -> None:
    goal = Goal.objects.create(owner=alice, kind="custom", label="Walks", weekly_target=1)
    GoalEntry.objects.create(owner=alice, goal=goal, on=TODAY, amount=1, note="By the river")
    body = page(alice_client.get(reverse("momentum:goal_list")))
    assert "met this week" in body
    assert "By the river" in body


def test_it_invites_a_first_goal(alice_client: Client) -> None:
    body = page(alice_client.get(reverse("momentum:goal_list")))
    assert "No goals yet." in body


def test_it_suggests_a_target_from_the_last_four_weeks(
    alice: User, alice_client: Client, now: None
) -> None:
    for monday, count in zip(
        [D(2026, 2, 9), D(2026, 2, 16), D(2026, 2, 23), D(2026, 3, 2)], [6, 7, 6, 7], strict=True
    ):
        for i in range(count):
            applied(alice, monday, company=f"{monday}-{i}")
    chooser = page(alice_client.get(reverse("momentum:goal_new")))
    assert "averaged 6.5 a week" in chooser
    body = page(alice_client.get(reverse("momentum:goal_new") + "?kind=applications"))
    assert "Over the last four weeks you averaged 6.5 a week; 7 would be a steady target." in body
    assert 'name="weekly_target" value="7"' in body


def test_it_sets_a_goal(alice: User, alice_client: Client) -> None:
    response = alice_client.post(
        reverse("momentum:goal_new"), {"kind": "outreach", "weekly_target": "3"}, follow=True
    )
    goal = Goal.objects.get(owner=alice)
    assert (goal.kind, goal.weekly_target) == ("outreach", Decimal(3))
    assert "Goal set: People reached out to." in page(response)


def test_it_explains_why_a_goal_was_not_set(alice: User, alice_client: Client) -> None:
    Goal.objects.create(owner=alice, kind="outreach", weekly_target=2)
    twin = alice_client.post(
        reverse("momentum:goal_new"), {"kind": "outreach", "weekly_target": "3"}
    )
    nameless = alice_client.post(
        reverse("momentum:goal_new"), {"kind": "custom", "weekly_target": "3"}
    )
    assert "change its target instead" in page(twin)
    assert "This field is required." in page(nameless)
    assert Goal.objects.filter(owner=alice).count() == 1


def test_it_edits_and_pauses_a_goal(alice: User, alice_client: Client) -> None:
    goal = Goal.objects.create(owner=alice, kind="custom", label="Read", weekly_target=2)
    form = page(alice_client.get(reverse("momentum:goal_edit", args=[goal.pk])))
    assert 'value="Read"' in form
    alice_client.post(
        reverse("momentum:goal_edit", args=[goal.pk]),
        {"label": "Read a chapter", "weekly_target": "3"},
    )
    goal.refresh_from_db()
    assert (goal.label, goal.weekly_target, goal.active) == ("Read a chapter", Decimal(3), False)
    body = page(alice_client.get(reverse("momentum:goal_list")))
    assert "Paused goals" in body and "Read a chapter" in body


def test_it_removes_a_goal_after_asking(alice: User, alice_client: Client) -> None:
    goal = Goal.objects.create(owner=alice, kind="custom", label="Read", weekly_target=2)
    ask = page(alice_client.get(reverse("momentum:goal_delete", args=[goal.pk])))
    assert "Remove this goal?" in ask
    alice_client.post(reverse("momentum:goal_delete", args=[goal.pk]))
    assert not Goal.objects.filter(owner=alice).exists()


def test_it_logs_progress_by_hand_and_celebrates(
    alice: User, alice_client: Client, now: None
) -> None:
    goal = Goal.objects.create(owner=alice, kind="prep-sessions", weekly_target=2)
    form = page(alice_client.get(reverse("momentum:goal_log", args=[goal.pk])))
    assert 'value="2026-03-11"' in form  # today, where alice is
    url = reverse("momentum:goal_log", args=[goal.pk])
    first = alice_client.post(
        url, {"on": "2026-03-10", "amount": "1", "note": "STAR stories"}, follow=True
    )
    assert "Logged: 1 of 2 for that week." in page(first)
    second = alice_client.post(url, {"on": "2026-03-11", "amount": "1"}, follow=True)
    assert "this week&#x27;s goal is met, well done" in page(second)
    assert Win.objects.filter(owner=alice, automatic=True).count() == 1
    assert GoalEntry.objects.filter(owner=alice).count() == 2


def test_it_sends_tracker_goals_back_instead_of_logging_them(
    alice: User, alice_client: Client
) -> None:
    goal = Goal.objects.create(owner=alice, kind="applications", weekly_target=2)
    response = alice_client.post(
        reverse("momentum:goal_log", args=[goal.pk]),
        {"on": "2026-03-10", "amount": "1"},
        follow=True,
    )
    assert "counts itself from your applications and touchpoints" in page(response)
    assert not GoalEntry.objects.exists()


def test_it_removes_an_entry(alice: User, alice_client: Client) -> None:
    goal = Goal.objects.create(owner=alice, kind="custom", label="Read", weekly_target=2)
    entry = GoalEntry.objects.create(owner=alice, goal=goal, on=D(2026, 3, 10), amount=1)
    ask = page(alice_client.get(reverse("momentum:entry_delete", args=[entry.pk])))
    assert "Remove this entry?" in ask and "Read" in ask
    alice_client.post(reverse("momentum:entry_delete", args=[entry.pk]))
    assert not GoalEntry.objects.exists()


def test_it_keeps_alices_goals_from_bob(alice: User, bob_client: Client) -> None:
    goal = Goal.objects.create(owner=alice, kind="custom", label="Secret plan", weekly_target=2)
    assert "Secret plan" not in page(bob_client.get(reverse("momentum:goal_list")))
    response = bob_client.post(
        reverse("momentum:goal_log", args=[goal.pk]), {"on": "2026-03-10", "amount": "1"}
    )
    assert response.status_code == 404
    assert not GoalEntry.objects.exists()
