"""The fatigue signal with mood from check-ins: constructed timelines, and the person's own data."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict

import pytest
from pytest_django import DjangoAssertNumQueries

from nextyes.accounts.models import User
from nextyes.insights.fatigue import fatigue_for, signal
from nextyes.journal.models import CheckIn
from nextyes.pipeline import services
from nextyes.pipeline.choices import Stage

TODAY = dt.date(2026, 6, 1)


class Window(TypedDict):
    """The dated events `signal` weighs, by kind."""

    rejections: list[dt.date]
    applications: list[dt.date]
    outreach: list[dt.date]


def ago(*days: int) -> list[dt.date]:
    return [TODAY - dt.timedelta(days=d) for d in days]


def moods(before: float, recent: float) -> list[tuple[dt.date, float]]:
    """Check-ins every other day: `before` in the four earlier weeks, `recent` in the last two."""
    return [(d, before) for d in ago(*range(15, 42, 2))] + [
        (d, recent) for d in ago(*range(0, 14, 2))
    ]


# A search where the no's rise while the effort holds: "watch" on rejections alone.
RISING: Window = {
    "rejections": ago(1, 4, 8),
    "applications": ago(*range(0, 42, 3)),
    "outreach": ago(5, 20, 30),
}


def test_a_falling_mood_strengthens_rising_rejections_to_high() -> None:
    without = signal(TODAY, **RISING)
    with_mood = signal(TODAY, **RISING, moods=moods(4.0, 2.5))
    assert without.level == "watch"
    assert with_mood.level == "high"
    assert with_mood.reasons[-1] == "Your mood check-ins average 2.5, down from 4.0"


def test_a_falling_mood_alone_is_worth_watching() -> None:
    steady: Window = {"rejections": [], "applications": ago(*range(0, 42, 3)), "outreach": []}
    assert signal(TODAY, **steady).level == "none"
    assert signal(TODAY, **steady, moods=moods(4.2, 3.0)).level == "watch"


@pytest.mark.parametrize(
    ("before", "recent"),
    [(4.0, 4.0), (3.0, 3.5), (4.0, 3.2), (2.0, 1.5)],  # steady, better, a small dip, already low
)
def test_a_steady_or_gently_moving_mood_adds_nothing(before: float, recent: float) -> None:
    assert signal(TODAY, **RISING, moods=moods(before, recent)) == signal(TODAY, **RISING)


def test_mood_on_one_side_of_the_window_only_adds_nothing() -> None:
    only_recent = [(d, 1.0) for d in ago(0, 2, 4)]
    only_before = [(d, 5.0) for d in ago(20, 25)]
    assert signal(TODAY, **RISING, moods=only_recent) == signal(TODAY, **RISING)
    assert signal(TODAY, **RISING, moods=only_before) == signal(TODAY, **RISING)


def test_check_ins_outside_the_six_weeks_add_nothing() -> None:
    old = [(d, 5.0) for d in ago(50, 60, 70)] + [(d, 1.0) for d in ago(1, 3)]
    assert signal(TODAY, **RISING, moods=old) == signal(TODAY, **RISING)


@pytest.mark.django_db
def test_it_reads_the_persons_check_ins_in_the_same_three_queries(
    alice: User, bob: User, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    for n, back in enumerate((1, 4, 8)):
        app = services.create_application(
            alice, company=f"Co {n}", role="Dev", applied_on=TODAY - dt.timedelta(days=30 + n)
        )
        services.move_application(app, Stage.REJECTED, on=TODAY - dt.timedelta(days=back))
    for n, back in enumerate(range(0, 42, 3)):
        services.create_application(
            alice, company=f"Steady {n}", role="Dev", applied_on=TODAY - dt.timedelta(days=back)
        )
    with django_assert_num_queries(3):
        before = fatigue_for(alice, TODAY)
    assert before.level == "watch"
    CheckIn.objects.bulk_create(
        CheckIn(owner=alice, day=day, mood=round(mood)) for day, mood in moods(4, 2)
    )
    # bob's low days are his own: they never weigh on alice's signal, nor hers on his.
    CheckIn.objects.bulk_create(CheckIn(owner=bob, day=day, mood=1) for day in ago(0, 2, 4))
    with django_assert_num_queries(3):
        after = fatigue_for(alice, TODAY)
    assert after.level == "high"
    assert after.reasons[-1] == "Your mood check-ins average 2.0, down from 4.0"
    assert fatigue_for(bob, TODAY).level == "none"


@pytest.mark.django_db
def test_todays_card_weighs_the_mood_as_the_stats_do(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nextyes.home.today import build_today
    from tests.momentum.momentum_support import at, freeze

    freeze(monkeypatch, at(TODAY, tz="UTC"))
    for n, back in enumerate((1, 4, 8)):
        app = services.create_application(
            alice, company=f"Co {n}", role="Dev", applied_on=TODAY - dt.timedelta(days=30 + n)
        )
        services.move_application(app, Stage.REJECTED, on=TODAY - dt.timedelta(days=back))
    for n, back in enumerate(range(0, 42, 3)):
        services.create_application(
            alice, company=f"Steady {n}", role="Dev", applied_on=TODAY - dt.timedelta(days=back)
        )
    card = build_today(alice, TODAY).fatigue
    assert card is not None and card.level == "watch"
    CheckIn.objects.bulk_create(
        CheckIn(owner=alice, day=day, mood=round(mood)) for day, mood in moods(4, 2)
    )
    card = build_today(alice, TODAY).fatigue
    assert card is not None and card.level == "high"
    assert card == fatigue_for(alice, TODAY)
