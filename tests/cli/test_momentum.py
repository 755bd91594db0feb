"""`nextyes goals`: this week's goals as text bars or JSON, in-process."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from nextyes.accounts.models import User
from nextyes.momentum.models import Goal, GoalEntry
from tests.conftest import Run
from tests.momentum.momentum_support import D, applied, at, freeze

TODAY = D(2026, 3, 11)


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze(monkeypatch, at(TODAY, tz="Europe/Paris"))


def _goals(alice: User) -> tuple[Goal, Goal]:
    sent = Goal.objects.create(owner=alice, kind="applications", weekly_target=4)
    learn = Goal.objects.create(
        owner=alice, kind="learning-hours", label="SQL course", weekly_target=Decimal("2.5")
    )
    applied(alice, D(2026, 3, 9), company="One")
    applied(alice, D(2026, 3, 10), company="Two")
    GoalEntry.objects.create(owner=alice, goal=learn, on=TODAY, amount=3)
    return sent, learn


def test_it_prints_goals_as_json(alice: User, run: Run, now: None) -> None:
    sent, learn = _goals(alice)
    code, out, err = run("goals", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == [
        {
            "id": sent.pk,
            "kind": "applications",
            "label": "Applications sent",
            "target": 4,
            "done": 2,
            "percent": 50,
            "met": False,
            "week_start": "2026-03-09",
            "week_end": "2026-03-15",
        },
        {
            "id": learn.pk,
            "kind": "learning-hours",
            "label": "SQL course",
            "target": 2.5,
            "done": 3,
            "percent": 100,
            "met": True,
            "week_start": "2026-03-09",
            "week_end": "2026-03-15",
        },
    ]


def test_it_prints_goals_as_text_bars(alice: User, run: Run, now: None) -> None:
    _goals(alice)
    code, out, _ = run("goals")
    assert code == 0
    assert out.splitlines() == [
        "Your goals for the week of 2026-03-09 to 2026-03-15:",
        "  Applications sent  [##########..........]  2 of 4",
        "  SQL course         [####################]  3 of 2.5  met, well done",
    ]


def test_it_invites_a_first_goal(alice: User, run: Run) -> None:
    code, out, _ = run("goals")
    assert code == 0
    assert "No goals yet." in out
    assert run("goals", "--json")[1].strip() == "[]"


def test_it_shows_only_the_chosen_persons_goals(alice: User, bob: User, run: Run) -> None:
    Goal.objects.create(owner=alice, kind="custom", label="Alice's walks", weekly_target=2)
    code, out, _ = run("goals", "--json", "--user", "bob")
    assert (code, json.loads(out)) == (0, [])
    code, _, err = run("goals")
    assert code == 1 and "more than one account" in err


def test_it_counts_in_the_persons_own_week(
    run: Run, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import make_user

    kenji = make_user("kenji", timezone="Asia/Tokyo", week_start=6)
    Goal.objects.create(owner=kenji, kind="applications", weekly_target=1)
    freeze(monkeypatch, dt.datetime(2026, 3, 7, 15, 30, tzinfo=dt.UTC))  # Sunday 00:30 in Tokyo
    (row,) = json.loads(run("goals", "--json", "--user", "kenji")[1])
    assert (row["week_start"], row["week_end"]) == ("2026-03-08", "2026-03-14")
