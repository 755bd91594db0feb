"""The fatigue signal on constructed timelines: rising, steady, recovering."""

from __future__ import annotations

import datetime as dt

import pytest
from pytest_django import DjangoAssertNumQueries

from nextyes.accounts.models import User
from nextyes.insights.fatigue import count_window, fatigue_for, signal
from nextyes.pipeline import services
from nextyes.pipeline.choices import Stage, TouchpointKind
from nextyes.pipeline.models import Contact, Touchpoint

TODAY = dt.date(2026, 6, 1)


def ago(*days: int) -> list[dt.date]:
    return [TODAY - dt.timedelta(days=d) for d in days]


def test_it_is_high_when_rejections_pile_up_while_effort_falls() -> None:
    result = signal(
        TODAY,
        rejections=ago(1, 3, 5, 9),  # 4 in the last two weeks
        applications=ago(
            2, 20, 22, 25, 28, 30, 33, 35, 38, 40
        ),  # 1 recent, 9 in the 4 weeks before
        outreach=ago(6, 18, 19, 21, 24, 26, 29, 31, 34, 36),
    )
    assert result.level == "high"
    assert result.reasons == [
        "4 rejections in the last two weeks, up from 0 every two weeks before",
        "You sent 2 applications and messages in the last two weeks, down from 9 every two weeks before",
    ]


def test_it_stays_quiet_on_a_steady_search() -> None:
    every_other_day = ago(*range(0, 42, 2))
    result = signal(
        TODAY, rejections=ago(2, 10, 20, 30), applications=every_other_day, outreach=ago(3, 17, 31)
    )
    assert (result.level, result.reasons) == ("none", [])


def test_it_quiets_down_when_the_person_recovers() -> None:
    # Many no's a month ago and a slump then; now effort is back and rejections are rarer.
    result = signal(
        TODAY,
        rejections=ago(16, 17, 19, 20, 22, 8),
        applications=ago(*range(0, 14), 30, 35),
        outreach=ago(1, 4, 7),
    )
    assert result.level == "none"


def test_it_watches_when_one_trend_alone_turns() -> None:
    busy_before = ago(*range(15, 42))
    result = signal(TODAY, rejections=[], applications=busy_before, outreach=[])
    assert result.level == "watch"
    assert result.reasons[0].startswith("You sent 0 applications and messages")


def test_it_counts_a_falling_mood_once_check_ins_exist() -> None:
    moods = [(d, 4.0) for d in ago(20, 25, 30)] + [(d, 2.5) for d in ago(1, 5)]
    result = signal(
        TODAY, rejections=ago(1, 2, 3), applications=ago(*range(0, 42, 3)), outreach=[], moods=moods
    )
    assert result.level == "high"
    assert result.reasons[-1] == "Your mood check-ins average 2.5, down from 4.0"


def test_it_halves_the_four_weeks_before_to_speak_of_two() -> None:
    window = count_window(ago(0, 13, 14, 41, 42), TODAY)
    assert (window.recent, window.before) == (2, 1.0)


@pytest.mark.django_db
def test_it_gathers_only_the_persons_own_counts(
    alice: User, bob: User, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    for n in range(4):
        app = services.create_application(
            alice, company=f"Co {n}", role="Dev", applied_on=TODAY - dt.timedelta(days=30 + n)
        )
        services.move_application(app, Stage.REJECTED, on=TODAY - dt.timedelta(days=n + 1))
    contact = Contact.objects.create(owner=alice, name="Jo")
    for d in range(16, 40, 3):
        Touchpoint.objects.create(
            owner=alice,
            contact=contact,
            occurred_on=TODAY - dt.timedelta(days=d),
            kind=TouchpointKind.EMAIL,
        )
    for n in range(20):  # bob is busy: none of it may count for alice
        services.create_application(bob, company=f"Bob {n}", role="Dev", applied_on=TODAY)
    with django_assert_num_queries(3):
        result = fatigue_for(alice, TODAY)
    assert result.level == "high"
    assert result.reasons[1].startswith("You sent 0 applications and messages")
    assert fatigue_for(bob, TODAY).level == "none"
