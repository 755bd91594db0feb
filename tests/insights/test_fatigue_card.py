"""The fatigue card on Today: shown when the no's pile up while effort falls, put off for a week."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from pytest_django import DjangoAssertNumQueries

from nextyes.accounts.models import User
from nextyes.insights.fatigue import fatigue_for
from nextyes.insights.models import InsightSettings
from nextyes.pipeline import services
from nextyes.pipeline.choices import Stage
from tests.momentum.momentum_support import at, freeze

TODAY = dt.date(2026, 6, 1)
HEADLINE = "A lot of no’s lately, and less energy going in"


def heavy_fortnight(user: User) -> None:
    """Busy weeks a month ago, then four rejections in two weeks and a single application."""
    for n in range(10):
        services.create_application(
            user,
            company=f"Early {n}",
            role="Engineer",
            applied_on=TODAY - dt.timedelta(days=20 + 2 * n),
        )
    for n in range(4):
        app = services.create_application(
            user, company=f"Later {n}", role="Engineer", applied_on=TODAY - dt.timedelta(days=40)
        )
        services.move_application(app, Stage.REJECTED, on=TODAY - dt.timedelta(days=1 + 3 * n))
    services.create_application(user, company="Fresh", role="Engineer", applied_on=TODAY)


def steady_search(user: User) -> None:
    for n in range(12):
        services.create_application(
            user,
            company=f"Steady {n}",
            role="Engineer",
            applied_on=TODAY - dt.timedelta(days=3 * n),
        )


@pytest.fixture
def on_today(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze(monkeypatch, at(TODAY, tz="Europe/Paris"))


@pytest.mark.django_db
def test_it_offers_rest_wins_and_a_talk_when_the_nos_pile_up(
    alice_client: Client, alice: User, on_today: None
) -> None:
    heavy_fortnight(alice)
    page = alice_client.get("/").content.decode()
    assert HEADLINE in page
    assert "Take a planned break" in page and "/breaks/new/" in page
    assert "Revisit your wins" in page and "/wins/" in page
    assert "Talk to someone you trust" in page
    assert "4 rejections in the last two weeks" in page
    assert "score" not in page.lower() and "health" not in page.lower()


@pytest.mark.django_db
def test_it_stays_away_for_a_week_after_not_now(
    alice_client: Client, alice: User, monkeypatch: pytest.MonkeyPatch, on_today: None
) -> None:
    heavy_fortnight(alice)
    response = alice_client.post("/insights/fatigue/dismiss/", follow=True)
    page = response.content.decode()
    assert "stay away for a week" in page
    assert HEADLINE not in page
    assert InsightSettings.objects.get(owner=alice).fatigue_dismissed_until == TODAY + dt.timedelta(
        7
    )
    freeze(monkeypatch, at(TODAY + dt.timedelta(days=6), tz="Europe/Paris"))
    # Still a heavy stretch six days on, so only "not now" keeps the card away.
    assert fatigue_for(alice, TODAY + dt.timedelta(days=6)).level != "none"
    assert HEADLINE not in alice_client.get("/").content.decode()
    freeze(monkeypatch, at(TODAY + dt.timedelta(days=7), tz="Europe/Paris"))
    assert "Not now" in alice_client.get("/").content.decode()


@pytest.mark.django_db
def test_it_never_shows_on_a_steady_search(bob_client: Client, bob: User, on_today: None) -> None:
    steady_search(bob)
    page = bob_client.get("/").content.decode()
    assert "Not now" not in page
    assert "no’s lately" not in page


@pytest.mark.django_db
def test_it_shows_alices_card_and_never_on_bobs_today(
    alice_client: Client, alice: User, bob: User, client: Client, on_today: None
) -> None:
    heavy_fortnight(alice)
    steady_search(bob)
    assert HEADLINE in alice_client.get("/").content.decode()
    client.force_login(bob)
    assert "Not now" not in client.get("/").content.decode()


@pytest.mark.django_db
def test_it_puts_off_only_the_card_of_the_person_asking(
    bob_client: Client, alice: User, bob: User, on_today: None
) -> None:
    heavy_fortnight(alice)
    bob_client.post("/insights/fatigue/dismiss/")
    assert not InsightSettings.objects.filter(
        owner=alice, fatigue_dismissed_until__isnull=False
    ).exists()
    assert InsightSettings.objects.get(owner=bob).fatigue_dismissed_until == TODAY + dt.timedelta(7)


@pytest.mark.django_db
def test_it_keeps_today_json_keys_as_they_were(alice: User, on_today: None) -> None:
    from nextyes.home.today import build_today

    heavy_fortnight(alice)
    today = build_today(alice)
    assert today.fatigue is not None and today.fatigue.level == "high"
    assert "fatigue" not in today.as_json()


@pytest.mark.django_db
def test_it_reads_the_same_signal_as_the_stats_in_one_query(
    alice: User, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    from nextyes.insights.fatigue import signal
    from nextyes.insights.fatigue_card import _window_events
    from tests.momentum.momentum_support import reached_out

    heavy_fortnight(alice)
    for days in (22, 25, 30, 2):
        reached_out(alice, TODAY - dt.timedelta(days=days))
    with django_assert_num_queries(1):
        events = _window_events(alice, TODAY)
    accepted = events.pop("accepted")
    assert accepted == []
    assert signal(
        TODAY,
        rejections=events["rejections"],
        applications=events["applications"],
        outreach=events["outreach"],
    ) == fatigue_for(alice, TODAY)
    assert len(events["outreach"]) == 4 and len(events["rejections"]) == 4


@pytest.mark.django_db
def test_it_answers_htmx_with_a_quiet_line_in_place_of_the_card(
    alice_client: Client, alice: User, on_today: None
) -> None:
    heavy_fortnight(alice)
    response = alice_client.post("/insights/fatigue/dismiss/", headers={"HX-Request": "true"})
    body = response.content.decode()
    assert "stay away for a week" in body
    assert "<html" not in body
    assert InsightSettings.objects.get(owner=alice).fatigue_dismissed_until == TODAY + dt.timedelta(
        7
    )
    assert "Not now" not in alice_client.get("/").content.decode()


@pytest.mark.django_db
def test_it_speaks_more_softly_when_only_the_effort_falls(
    alice_client: Client, alice: User, on_today: None
) -> None:
    for n in range(10):
        services.create_application(
            alice,
            company=f"Busy {n}",
            role="Engineer",
            applied_on=TODAY - dt.timedelta(days=16 + 2 * n),
        )
    page = alice_client.get("/").content.decode()
    assert "It has been a heavier stretch lately." in page
    assert HEADLINE not in page
    assert "Not now" in page


@pytest.mark.django_db
def test_it_leaves_a_planned_break_alone(alice_client: Client, alice: User, on_today: None) -> None:
    from nextyes.momentum.services import start_break

    heavy_fortnight(alice)
    start_break(alice, starts_on=TODAY - dt.timedelta(days=1), ends_on=TODAY + dt.timedelta(days=2))
    page = alice_client.get("/").content.decode()
    assert "You’re taking a break until" in page
    assert HEADLINE not in page


@pytest.mark.django_db
def test_it_stays_away_once_an_offer_is_accepted(
    alice_client: Client, alice: User, on_today: None
) -> None:
    heavy_fortnight(alice)
    fresh = services.create_application(
        alice, company="Yes Ltd", role="Engineer", applied_on=TODAY - dt.timedelta(days=30)
    )
    services.move_application(fresh, Stage.OFFER, on=TODAY - dt.timedelta(days=3))
    services.move_application(fresh, Stage.ACCEPTED, on=TODAY - dt.timedelta(days=1))
    assert HEADLINE not in alice_client.get("/").content.decode()
