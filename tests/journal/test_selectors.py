from __future__ import annotations

import datetime as dt

from django.utils import timezone
from pytest_django import DjangoAssertNumQueries

from nextyes.accounts.models import User
from nextyes.journal import selectors, services
from nextyes.journal.models import JarNote
from nextyes.lib.dates import today_for
from nextyes.pipeline.services import create_application


def test_it_lists_recent_wins_newest_first(alice: User, bob: User) -> None:
    for day in (3, 1, 2):
        services.add_win(alice, f"Day {day}", on=dt.date(2026, 1, day))
    services.add_win(bob, "Bob's win", on=dt.date(2026, 1, 9))
    assert [w.text for w in selectors.recent_wins(alice, limit=2)] == ["Day 3", "Day 2"]


def test_it_shows_a_jar_note_without_drawing_it(alice: User) -> None:
    assert selectors.jar_note_for_today(alice) is None
    services.add_jar_note(alice, "Older")
    services.add_jar_note(alice, "Newer")
    shown = selectors.jar_note_for_today(alice)
    assert shown is not None and shown.text == "Newer"
    assert not JarNote.objects.filter(last_drawn_at__isnull=False).exists()
    drawn = services.draw_jar_note(alice)
    assert selectors.jar_note_for_today(alice) == drawn
    assert selectors.jar_note_count(alice) == 2


def test_it_finds_the_jar_note_for_today_in_one_query(
    alice: User, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    older = services.add_jar_note(alice, "Older")
    services.add_jar_note(alice, "Newer")
    with django_assert_num_queries(1):
        assert selectors.jar_note_for_today(alice).text == "Newer"  # type: ignore[union-attr]
    JarNote.objects.filter(pk=older.pk).update(last_drawn_at=timezone.now())
    with django_assert_num_queries(1):
        assert selectors.jar_note_for_today(alice) == older


def test_it_groups_wins_by_month() -> None:
    class W:
        def __init__(self, day: dt.date) -> None:
            self.occurred_on = day

    wins = [W(dt.date(2026, 3, 9)), W(dt.date(2026, 3, 1)), W(dt.date(2026, 1, 31))]
    groups = selectors.group_by_month(wins)  # type: ignore[arg-type]
    assert [(month, len(items)) for month, items in groups] == [
        (dt.date(2026, 3, 1), 2),
        (dt.date(2026, 1, 1), 1),
    ]


def test_it_suggests_a_first_win_from_this_weeks_applications(alice: User) -> None:
    assert selectors.first_win_suggestion(alice)[1] == "personal"
    for company in ("Acme", "Globex"):
        create_application(alice, company=company, role="Dev", applied_on=today_for(alice))
    assert selectors.first_win_suggestion(alice) == ("Sent 2 applications this week", "application")
