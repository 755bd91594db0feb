"""Honest offer odds: a Beta-Binomial estimate from the benchmark and the person's own outcomes.

The model, per step (interview, offer):

- Prior: Beta(a0, b0) centred on the benchmark rate, worth PRIOR_WEIGHT pseudo-applications, so
  the first few outcomes do not swing it wildly. The weight is raised until the prior holds at
  least one pseudo-success (a0 ≥ 1): with a 2% rate over 10 pseudo-applications (a0 = 0.2) the
  prior would put most of its mass next to zero and the "weeks to an offer" interval would run to
  centuries. So the offer prior is worth 50 pseudo-applications with one offer among them, the
  seeds' own "about 50 applications → 1 offer".
- Evidence: decided applications only. Pending ones are not failures. An application is a trial
  for "interview" once it reached an interview or was closed without one (rejected, ghosted,
  withdrawn, declined); it is a trial for "offer" once it reached an offer or was closed.
- Posterior Beta(a0 + k, b0 + n − k); the per-application rate is its mean.
- P(at least one success within the next N applications) = 1 − E[(1 − p)^N]
  = 1 − B(a, b + N) / B(a, b), computed with math.lgamma.
- Applications to a first offer follow a Beta-Geometric law with that CDF; weeks = applications
  divided by the recent pace (applications per week). The median and the 10th–90th percentiles
  are read off the exact CDF.

Pure and framework-free; only `pace_per_week` needs the dates, which the caller loads.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from nextyes.insights.journeys import Journey

PRIOR_WEIGHT = 10.0
PACE_WEEKS_MAX = 8
PACE_WEEKS_MIN = 4
# Beyond this many applications the search stops: the answer is "not in any useful time".
MAX_APPLICATIONS = 10**9


@dataclass(frozen=True)
class BetaPosterior:
    a: float
    b: float

    @property
    def mean(self) -> float:
        return self.a / (self.a + self.b)


@dataclass(frozen=True)
class Trials:
    """Decided applications (n) and how many of them reached the step (k)."""

    n: int = 0
    k: int = 0


@dataclass(frozen=True)
class WeeksToOffer:
    median: float
    low: float
    high: float


def prior(rate: float, weight: float = PRIOR_WEIGHT) -> BetaPosterior:
    """A Beta prior with mean `rate`, worth `weight` pseudo-applications (at least one success)."""
    if not 0 < rate < 1:
        raise ValueError(f"a benchmark rate must be between 0 and 1, not {rate}")
    weight = max(weight, 1 / rate)
    return BetaPosterior(rate * weight, (1 - rate) * weight)


def update(start: BetaPosterior, trials: Trials) -> BetaPosterior:
    if not 0 <= trials.k <= trials.n:
        raise ValueError(f"successes must be between 0 and the trials: {trials}")
    return BetaPosterior(start.a + trials.k, start.b + trials.n - trials.k)


def interview_trials(journeys: Iterable[Journey]) -> Trials:
    """Reached an interview, or closed without one; still waiting counts for nothing."""
    n = k = 0
    for j in journeys:
        if j.interview_on:
            n, k = n + 1, k + 1
        elif j.closed:
            n += 1
    return Trials(n, k)


def offer_trials(journeys: Iterable[Journey]) -> Trials:
    """Reached an offer, or closed without one."""
    n = k = 0
    for j in journeys:
        if j.offer_on:
            n, k = n + 1, k + 1
        elif j.closed:
            n += 1
    return Trials(n, k)


def _log_beta(a: float, b: float) -> float:
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def p_within(post: BetaPosterior, applications: int) -> float:
    """P(at least one success within the next `applications`) = 1 − B(a, b+N) / B(a, b)."""
    if applications <= 0:
        return 0.0
    none = math.exp(_log_beta(post.a, post.b + applications) - _log_beta(post.a, post.b))
    return min(max(1.0 - none, 0.0), 1.0)


def applications_quantile(post: BetaPosterior, q: float) -> int | None:
    """The smallest N with P(first success within N) ≥ q (None past MAX_APPLICATIONS)."""
    if not 0 < q < 1:
        raise ValueError(f"a quantile must be between 0 and 1, not {q}")
    high = 1
    while p_within(post, high) < q:
        high *= 2
        if high > MAX_APPLICATIONS:
            return None
    low = high // 2  # p_within(low) < q, or low == 0
    while high - low > 1:
        middle = (low + high) // 2
        if p_within(post, middle) >= q:
            high = middle
        else:
            low = middle
    return high


def pace_per_week(applied_days: Iterable[dt.date], today: dt.date) -> float:
    """Applications per week over the last 8 weeks (or since the first one, at least 4 weeks)."""
    days = sorted(d for d in applied_days if d <= today)
    if not days:
        return 0.0
    span_days = (today - days[0]).days + 1
    weeks = min(max(span_days / 7, PACE_WEEKS_MIN), PACE_WEEKS_MAX)
    since = today - dt.timedelta(days=round(weeks * 7) - 1)
    recent = sum(1 for d in days if d >= since)
    return round(recent / weeks, 2)


def weeks_to_offer(post: BetaPosterior, pace: float) -> WeeksToOffer | None:
    """Weeks to a first offer at this pace: median and 10th–90th percentiles (None at pace 0)."""
    if pace <= 0:
        return None
    found = [applications_quantile(post, q) for q in (0.5, 0.1, 0.9)]
    if any(n is None for n in found):
        return None
    median, low, high = (round(n / pace, 1) for n in found if n is not None)
    return WeeksToOffer(median=median, low=low, high=high)


@dataclass(frozen=True)
class Odds:
    interview: BetaPosterior
    offer: BetaPosterior
    interview_trials: Trials
    offer_trials: Trials
    pace: float
    weeks: WeeksToOffer | None

    @property
    def p_offer_within_10(self) -> float:
        return p_within(self.offer, 10)

    def as_json(self) -> dict[str, object]:
        weeks = self.weeks
        return {
            "p_interview": round(self.interview.mean, 4),
            "p_offer": round(self.offer.mean, 4),
            "p_offer_within_10": round(self.p_offer_within_10, 4),
            "weeks_to_offer": {
                "median": weeks.median if weeks else None,
                "low": weeks.low if weeks else None,
                "high": weeks.high if weeks else None,
            },
            "pace_per_week": self.pace,
        }


def estimate(
    journeys: Sequence[Journey],
    *,
    today: dt.date,
    interview_rate: float,
    offer_rate: float,
    weight: float = PRIOR_WEIGHT,
) -> Odds:
    """The odds for these journeys, with the benchmark rates as priors."""
    i_trials, o_trials = interview_trials(journeys), offer_trials(journeys)
    offer = update(prior(offer_rate, weight), o_trials)
    pace = pace_per_week((j.applied_on for j in journeys), today)
    return Odds(
        interview=update(prior(interview_rate, weight), i_trials),
        offer=offer,
        interview_trials=i_trials,
        offer_trials=o_trials,
        pace=pace,
        weeks=weeks_to_offer(offer, pace),
    )


def plain_words(odds: Odds) -> str:
    """One honest sentence about the weeks to a first offer; never a promise."""
    from django.utils.translation import gettext as _  # imported here: the maths stays Django-free

    if odds.pace <= 0:
        return _(
            "No applications in the last few weeks, so there is no pace to estimate from yet. "
            "The odds pick up again with the next one you send."
        )
    if odds.weeks is None:
        return _("At this pace the estimate runs too far out to be useful; more applications help.")
    low = max(1, math.floor(odds.weeks.low))
    values = {
        "pace": f"{odds.pace:.1f}".removesuffix(".0"),
        "low": low,
        # A range always spans at least a week: "within 3–3 weeks" reads like a promise.
        "high": max(low + 1, math.ceil(odds.weeks.high)),
        "median": max(1, round(odds.weeks.median)),
    }
    if math.ceil(odds.weeks.high) <= 1:
        return (
            _(
                "At your pace (about %(pace)s applications a week), a first offer most likely comes "
                "within a week or two. That is an estimate from your numbers, not a promise."
            )
            % values
        )
    return (
        _(
            "At your pace (about %(pace)s applications a week), a first offer most likely comes "
            "within %(low)s–%(high)s weeks, as likely before week %(median)s as after. "
            "That is an estimate from your numbers, not a promise."
        )
        % values
    )
