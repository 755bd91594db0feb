"""Offer odds: closed forms, a Monte Carlo check, monotonicity, and the prior when there is no data."""

from __future__ import annotations

import datetime as dt
import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nextyes.insights.journeys import Journey
from nextyes.insights.odds import (
    BetaPosterior,
    Trials,
    applications_quantile,
    estimate,
    interview_trials,
    offer_trials,
    p_within,
    pace_per_week,
    plain_words,
    prior,
    update,
    weeks_to_offer,
)
from nextyes.pipeline.choices import Stage

TODAY = dt.date(2026, 6, 1)


def made(status: str, *, interview: bool = False, offer: bool = False, ago: int = 0) -> Journey:
    applied = TODAY - dt.timedelta(days=ago)
    return Journey(
        id=0,
        status=status,
        applied_on=applied,
        channel="job-board",
        resume_version="",
        fit=None,
        reply_on=applied if interview or status == Stage.REJECTED else None,
        screen_on=applied if interview else None,
        interview_on=applied if interview else None,
        final_on=applied if offer else None,
        offer_on=applied if offer else None,
        decision_on=None,
    )


def test_it_centres_the_prior_on_the_benchmark() -> None:
    assert prior(0.1) == BetaPosterior(1.0, 9.0)
    # A 2% rate over 10 pseudo-applications would be Beta(0.2, 9.8); it gets one pseudo-offer.
    assert prior(0.02) == pytest.approx(BetaPosterior(1.0, 49.0))
    assert prior(0.5, weight=10) == BetaPosterior(5.0, 5.0)


def test_it_matches_the_closed_form_for_a_uniform_prior() -> None:
    # Beta(1, b): E[(1-p)^N] = b / (b + N).
    assert p_within(BetaPosterior(1, 49), 10) == pytest.approx(1 - 49 / 59)
    assert p_within(BetaPosterior(1, 1), 3) == pytest.approx(0.75)
    assert p_within(BetaPosterior(2, 3), 0) == 0.0
    # Beta(1, 49): P(N) = N / (49 + N) ≥ q  ⇔  N ≥ 49 q / (1 − q).
    post = BetaPosterior(1, 49)
    assert applications_quantile(post, 0.5) == 49
    assert applications_quantile(post, 0.1) == 6
    assert applications_quantile(post, 0.9) == 441


def test_it_agrees_with_a_monte_carlo_simulation() -> None:
    rng = random.Random(20261122)
    post = BetaPosterior(3.0, 40.0)
    draws = 40_000
    firsts = []
    within_10 = 0
    for _ in range(draws):
        p = rng.betavariate(post.a, post.b)
        # The number of applications to the first offer, drawn by inverting the geometric CDF.
        first = max(1, math.ceil(math.log(1 - rng.random()) / math.log1p(-p)))
        firsts.append(first)
        within_10 += first <= 10
    assert within_10 / draws == pytest.approx(p_within(post, 10), abs=0.01)
    firsts.sort()
    for q in (0.1, 0.5, 0.9):
        simulated = firsts[int(q * draws)]
        exact = applications_quantile(post, q)
        assert exact is not None
        assert simulated == pytest.approx(exact, rel=0.08, abs=1)


@settings(max_examples=60, deadline=None)
@given(
    a=st.floats(0.2, 50),
    b=st.floats(0.2, 500),
    n=st.integers(0, 400),
    more=st.integers(1, 400),
)
def test_it_never_lowers_the_odds_with_more_applications(
    a: float, b: float, n: int, more: int
) -> None:
    post = BetaPosterior(a, b)
    assert p_within(post, n + more) >= p_within(post, n) - 1e-12


@settings(max_examples=60, deadline=None)
@given(rate=st.floats(0.01, 0.9), n=st.integers(0, 300), data=st.data())
def test_it_never_raises_the_rate_after_a_rejection(
    rate: float, n: int, data: st.DataObject
) -> None:
    k = data.draw(st.integers(0, n))
    before = update(prior(rate), Trials(n, k))
    after = update(prior(rate), Trials(n + 1, k))
    assert after.mean <= before.mean


def test_it_counts_decided_applications_only() -> None:
    journeys = [
        made(Stage.APPLIED),  # pending: not a failure
        made(Stage.INTERVIEW, interview=True),  # an interview, no offer decided yet
        made(Stage.REJECTED),
        made(Stage.GHOSTED),
        made(Stage.REJECTED, interview=True),
        made(Stage.OFFER, interview=True, offer=True),
    ]
    assert interview_trials(journeys) == Trials(n=5, k=3)
    assert offer_trials(journeys) == Trials(n=4, k=1)


def test_it_falls_back_on_the_prior_without_data() -> None:
    odds = estimate([], today=TODAY, interview_rate=0.1, offer_rate=0.02)
    assert odds.as_json() == {
        "p_interview": 0.1,
        "p_offer": 0.02,
        "p_offer_within_10": round(1 - 49 / 59, 4),
        "weeks_to_offer": {"median": None, "low": None, "high": None},
        "pace_per_week": 0.0,
    }
    assert "no pace" in plain_words(odds)


def test_it_ignores_pending_applications_in_the_rate_but_not_in_the_pace() -> None:
    pending = [made(Stage.APPLIED, ago=d) for d in (*range(0, 56, 7), 90)]
    odds = estimate(pending, today=TODAY, interview_rate=0.1, offer_rate=0.02)
    assert odds.as_json()["p_offer"] == 0.02
    assert odds.pace == 1.0


def test_it_measures_the_pace_over_recent_weeks() -> None:
    days = [TODAY - dt.timedelta(days=d) for d in (*range(0, 56, 2), 56, 300)]  # 28 in 8 weeks
    assert pace_per_week(days, TODAY) == 3.5
    # A search of 55 days so far is measured over those 55 days.
    assert pace_per_week(days[:28], TODAY) == round(28 / (55 / 7), 2)
    # Started a week ago: the pace is spread over at least four weeks, not one.
    assert pace_per_week([TODAY] * 8, TODAY) == 2.0
    assert pace_per_week([TODAY - dt.timedelta(days=400)], TODAY) == 0.0
    assert pace_per_week([], TODAY) == 0.0


def test_it_turns_applications_into_weeks_at_the_pace() -> None:
    weeks = weeks_to_offer(BetaPosterior(1, 49), pace=7)
    assert weeks is not None
    assert (weeks.median, weeks.low, weeks.high) == (7.0, round(6 / 7, 1), 63.0)
    assert weeks_to_offer(BetaPosterior(1, 49), pace=0) is None


def test_it_words_the_estimate_without_a_promise() -> None:
    journeys = [made(Stage.REJECTED, ago=d % 50) for d in range(40)]
    journeys += [made(Stage.OFFER, interview=True, offer=True, ago=d) for d in (3, 20, 33)]
    odds = estimate(journeys, today=TODAY, interview_rate=0.1, offer_rate=0.02)
    words = plain_words(odds)
    assert words.startswith("At your pace (about ")
    assert "most likely comes within " in words
    assert "not a promise" in words


def test_it_keeps_a_short_estimate_a_range_not_a_date() -> None:
    journeys = [made(Stage.OFFER, interview=True, offer=True, ago=d % 50) for d in range(60)]
    odds = estimate(journeys, today=TODAY, interview_rate=0.1, offer_rate=0.02)
    assert odds.weeks is not None and odds.weeks.high <= 1
    assert "most likely comes within a week or two" in plain_words(odds)
