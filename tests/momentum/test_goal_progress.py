"""Goal progress from the tracker's data, in the person's own week and timezone."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from nextyes.accounts.models import User
from nextyes.momentum import selectors, services
from nextyes.momentum.models import Goal
from tests.conftest import make_user
from tests.momentum.momentum_support import D, applied, at, freeze, reached_out

SUNDAY, MONDAY = D(2026, 3, 8), D(2026, 3, 9)


def _tokyo_with_two_applications() -> User:
    kenji = make_user("kenji", timezone="Asia/Tokyo")
    applied(kenji, SUNDAY, company="Sunday Co")
    applied(kenji, MONDAY, company="Monday Co")
    Goal.objects.create(owner=kenji, kind="applications", weekly_target=3)
    return kenji


@pytest.mark.django_db
def test_it_counts_sunday_night_in_tokyo_in_the_week_ending_that_sunday(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kenji = _tokyo_with_two_applications()
    freeze(monkeypatch, at(SUNDAY, 23, 30, tz="Asia/Tokyo"))  # 14:30 in UTC
    (progress,) = selectors.goals_progress(kenji)
    assert (progress.week_start, progress.week_end) == (D(2026, 3, 2), SUNDAY)
    assert progress.done == 1


@pytest.mark.django_db
def test_it_starts_a_new_week_at_midnight_in_tokyo_while_utc_is_still_on_sunday(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kenji = _tokyo_with_two_applications()
    utc_person = make_user("una", timezone="UTC")
    applied(utc_person, SUNDAY)
    Goal.objects.create(owner=utc_person, kind="applications", weekly_target=3)
    freeze(monkeypatch, at(SUNDAY, 15, 30, tz="UTC"))  # Monday 00:30 in Tokyo
    (tokyo,) = selectors.goals_progress(kenji)
    (utc,) = selectors.goals_progress(utc_person)
    assert (tokyo.week_start, tokyo.done) == (MONDAY, Decimal(1))
    assert (utc.week_start, utc.done) == (D(2026, 3, 2), Decimal(1))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("week_start", "first", "done"),
    [(0, D(2026, 3, 2), 1 + 2 + 4), (1, D(2026, 3, 3), 2 + 4), (6, SUNDAY, 4)],
)
def test_it_follows_the_persons_chosen_first_day(
    monkeypatch: pytest.MonkeyPatch, week_start: int, first: dt.date, done: int
) -> None:
    person = make_user("wren", timezone="UTC", week_start=week_start)
    # One on Monday 2 March, two on Tuesday 3 March, four on Sunday 8 March.
    for day, count in ((D(2026, 3, 2), 1), (D(2026, 3, 3), 2), (SUNDAY, 4)):
        for i in range(count):
            applied(person, day, company=f"{day}-{i}")
    Goal.objects.create(owner=person, kind="applications", weekly_target=5)
    freeze(monkeypatch, at(MONDAY, 9))
    (progress,) = selectors.goals_progress(person, SUNDAY)
    assert progress.week_start == first
    assert progress.done == done


@pytest.mark.django_db
def test_it_counts_outreach_and_hand_logged_goals_together(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    freeze(monkeypatch, at(D(2026, 3, 5), tz="Europe/Paris"))
    outreach = Goal.objects.create(owner=alice, kind="outreach", weekly_target=2)
    learning = Goal.objects.create(owner=alice, kind="learning-hours", weekly_target=3)
    reached_out(alice, D(2026, 3, 3))
    reached_out(alice, D(2026, 3, 4), name="Jo")
    reached_out(alice, D(2026, 2, 27))  # last week
    services.log_goal_entry(learning, amount=Decimal("1.5"), on=D(2026, 3, 4))
    services.log_goal_entry(learning, amount=1, on=D(2026, 2, 28))  # last week
    shown = {p.goal.pk: (p.done, p.percent, p.met) for p in selectors.goals_progress(alice)}
    assert shown[outreach.pk] == (Decimal(2), 100, True)
    assert shown[learning.pk] == (Decimal("1.5"), 50, False)


@pytest.mark.django_db
def test_it_counts_an_application_once_even_with_a_corrected_applied_event(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nextyes.pipeline import services as pipeline

    freeze(monkeypatch, at(D(2026, 3, 5)))
    app = applied(alice, D(2026, 3, 3))
    pipeline.move_application(app, "applied", on=D(2026, 3, 3))
    Goal.objects.create(owner=alice, kind="applications", weekly_target=4)
    assert selectors.goals_progress(alice)[0].done == 1


@pytest.mark.django_db
def test_it_leaves_out_paused_goals(alice: User) -> None:
    Goal.objects.create(owner=alice, kind="applications", weekly_target=4, active=False)
    assert selectors.goals_progress(alice) == []


@pytest.mark.django_db
def test_it_suggests_from_the_last_four_full_weeks(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    freeze(monkeypatch, at(D(2026, 3, 11)))  # a Wednesday; this week began on 9 March
    for week, count in zip(
        [D(2026, 2, 9), D(2026, 2, 16), D(2026, 2, 23), D(2026, 3, 2)], [6, 7, 6, 7], strict=True
    ):
        for i in range(count):
            applied(alice, week, company=f"C{week}-{i}")
    applied(alice, D(2026, 3, 10), company="This week")  # not a full week yet
    applied(alice, D(2026, 2, 8), company="Five weeks ago")
    suggestion = selectors.suggestion_for(alice, "applications")
    assert (suggestion.average, suggestion.target) == (Decimal("6.5"), 7)


@pytest.mark.django_db
def test_it_suggests_hand_logged_kinds_from_that_kind_only(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    freeze(monkeypatch, at(D(2026, 3, 11)))
    prep = Goal.objects.create(owner=alice, kind="prep-sessions", weekly_target=2)
    custom = Goal.objects.create(owner=alice, kind="custom", label="Walks", weekly_target=2)
    for day in (D(2026, 2, 10), D(2026, 2, 17), D(2026, 2, 24), D(2026, 3, 3)):
        services.log_goal_entry(prep, amount=2, on=day)
        services.log_goal_entry(custom, amount=5, on=day)
    assert selectors.suggestion_for(alice, "prep-sessions").target == 2
    assert selectors.suggestion_for(alice, "custom", custom).target == 5
    assert not selectors.suggestion_for(alice, "custom").has_history
