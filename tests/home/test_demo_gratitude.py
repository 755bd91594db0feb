"""The demo's gratitude and vision board: the same on every refresh, cleared cleanly."""

from __future__ import annotations

import datetime as dt

from nextyes.accounts.models import User
from nextyes.home import demo_gratitude
from nextyes.journal.models import Aspiration, Gratitude

TODAY = dt.date(2026, 6, 1)


def test_it_builds_weeks_of_gratitude_and_a_board(alice: User) -> None:
    made = demo_gratitude.build(alice, TODAY)
    entries = Gratitude.objects.filter(owner=alice)
    assert made == entries.count() >= 30
    days = set(entries.values_list("day", flat=True))
    assert 20 <= len(days) < demo_gratitude.DAYS  # most days, not every day
    assert max(days) < TODAY
    assert Aspiration.objects.filter(owner=alice).count() == 5
    assert not demo_gratitude.holds_own_records(alice)


def test_it_is_the_same_on_every_refresh(alice: User) -> None:
    demo_gratitude.build(alice, TODAY)
    first = list(Gratitude.objects.filter(owner=alice).values_list("text", "day"))
    demo_gratitude.clear(alice)
    assert not Gratitude.objects.filter(owner=alice).exists()
    assert not Aspiration.objects.filter(owner=alice).exists()
    demo_gratitude.build(alice, TODAY)
    assert list(Gratitude.objects.filter(owner=alice).values_list("text", "day")) == first


def test_it_notices_the_persons_own_entries(alice: User, bob: User) -> None:
    demo_gratitude.build(alice, TODAY)
    Gratitude.objects.create(owner=alice, text="My very own thing", day=TODAY)
    assert demo_gratitude.holds_own_records(alice)
    demo_gratitude.build(bob, TODAY)
    demo_gratitude.clear(bob)
    assert Gratitude.objects.filter(owner=alice).count() > 1  # Bob's clear leaves Alice alone
