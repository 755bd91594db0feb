"""The data behind `nextyes stats`: funnel, rates, offer odds, fatigue and benchmarks, for one person.

Four queries in all: applications and events for the funnel and odds, and the three small ones
of the fatigue signal (which share the events table but read only six weeks).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from nextyes.insights import benchmarks, fatigue, odds
from nextyes.insights.funnel import Filters, Funnel, funnel, load_journeys


@dataclass(frozen=True)
class Stats:
    today: dt.date
    filters: Filters
    funnel: Funnel
    odds: odds.Odds
    fatigue: fatigue.Fatigue
    benchmarks: list[benchmarks.Benchmark]

    def as_json(self) -> dict[str, Any]:
        return {
            "funnel": self.funnel.counts(),
            "conversion": self.funnel.conversion(),
            "median_days": self.funnel.median_days,
            "odds": self.odds.as_json(),
            "fatigue": self.fatigue.as_json(),
            "benchmarks": [b.as_json() for b in self.benchmarks],
        }

    @property
    def plain_words(self) -> str:
        return odds.plain_words(self.odds)


def build_stats(user: Any, filters: Filters | None = None, today: dt.date | None = None) -> Stats:
    """Everything `nextyes stats` shows, for `user` only.

    The funnel honours every filter. The odds use the same channel, résumé and fit filters but
    not the period, since the pace is always the recent one. The fatigue signal looks at the whole
    search: it is about the person, not a slice of their applications.
    """
    from nextyes.lib.dates import today_for

    filters = filters or Filters()
    today = today or today_for(user)
    everything = load_journeys(user)
    sliced = [j for j in everything if filters.keeps(j, period=False)]
    table = benchmarks.default_table()
    return Stats(
        today=today,
        filters=filters,
        funnel=funnel([j for j in sliced if filters.keeps(j)]),
        odds=odds.estimate(
            sliced,
            today=today,
            interview_rate=benchmarks.rate("interview", table),
            offer_rate=benchmarks.rate("offer", table),
        ),
        fatigue=fatigue.fatigue_for(user, today),
        benchmarks=list(table.values()),
    )
