"""The Insights page with only a few outcomes: plain counts and how many more, no percentages or
forecasts; no "first offer" forecast for someone who has one; plurals that read right."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.insights import learning
from nextyes.pipeline import services
from nextyes.recovery.models import Ritual
from tests.momentum.momentum_support import at, freeze

TODAY = dt.date(2026, 5, 20)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def search(user: User, rejected: int, offers: int = 0, open_: int = 2) -> None:
    for i in range(rejected + offers + open_):
        app = services.create_application(
            user, company=f"Co {i}", role="Engineer", applied_on=ago(40 - i), channel="referral"
        )
        if i < rejected:
            services.move_application(app, "rejected", on=ago(20 - i))
        elif i < rejected + offers:
            services.move_application(app, "interview", on=ago(25 - i))
            services.move_application(app, "offer", on=ago(15 - i))


def page(client: Client) -> str:
    return client.get(reverse("insights:index")).content.decode()


def section(html: str, key: str) -> str:
    return html.split(f'id="{key}"')[1].split("</section>")[0]


@pytest.fixture(autouse=True)
def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze(monkeypatch, at(TODAY))


def test_it_shows_counts_not_percentages_with_one_decided_application(
    alice: User, alice_client: Client
) -> None:
    search(alice, rejected=1)
    Ritual.objects.create(owner=alice, opened_on=ago(10), outside_factors=["budget"])
    html = page(alice_client)

    funnel, odds, works = section(html, "funnel"), section(html, "odds"), section(html, "works")
    assert "Still learning your numbers" in funnel
    assert "1 application has reached an outcome so far." in funnel
    assert "About 9 more and your own rates start to mean something" in funnel
    # The funnel's own counts stay; no share in any of the page's own panels.
    assert re.search(r'<th scope="row">Applications</th><td class="num">3</td>', funnel)
    for part in (odds, works, section(html, "reasons")):
        assert not re.search(r"\d%", part), part
    assert "From the step before" not in funnel
    assert "weeks" not in odds and "within your next 10" not in odds
    assert "Your odds and a forecast appear after about 9 more decided applications" in odds
    assert "about 9 more decided applications" in works
    assert "You looked back on one rejection, and something outside your control" in html
    assert (
        "100%" not in html and "1 rejections" not in html and "1 decided applications" not in html
    )
    assert 'id="chart-channels"' not in html


def test_it_shows_the_figures_from_ten_decided_applications(
    alice: User, alice_client: Client
) -> None:
    search(alice, rejected=10)
    html = page(alice_client)

    assert "Still learning your numbers" not in html
    assert "From the step before" in section(html, "funnel")
    assert "your own 10 decided applications" in section(html, "odds")
    assert 'id="chart-channels"' in html


def test_it_forecasts_no_first_offer_for_someone_with_an_offer(
    alice: User, alice_client: Client
) -> None:
    search(alice, rejected=11, offers=1)
    odds = section(page(alice_client), "odds")

    assert "You already have an offer: well done." in odds
    assert "first offer" not in odds
    assert "another offer within your next 10 applications" in odds


def test_it_celebrates_an_offer_even_while_still_learning(
    alice: User, alice_client: Client
) -> None:
    search(alice, rejected=0, offers=1)
    odds = section(page(alice_client), "odds")

    assert "You already have an offer" in odds
    assert "first offer" not in odds and "%" not in odds


@pytest.mark.parametrize(
    ("decided", "expected"),
    [
        (0, "After about 10 decided applications"),
        (1, "1 application has reached an outcome"),
        (9, "About 1 more and"),
    ],
)
def test_it_counts_down_to_numbers_that_mean_something(decided: int, expected: str) -> None:
    assert expected in learning.learning_words(decided)


def test_it_says_one_rejection_and_many_rejections() -> None:
    assert learning.reasons_words(2, 1).startswith("You looked back on 2 rejections;")
    assert learning.reasons_words(10, 5).startswith("In 50% of the 10 rejections")
