"""The data behind `nextyes stats`: funnel, rates, offer odds, fatigue and benchmarks, for one person.

The funnel and the odds come from insights.funnel's `funnel_for`, as on the Insights page and in
the weekly review. Six queries in all: applications, their first days per stage and the
assessments for the funnel and odds, and the three small ones of the fatigue signal (which
read only six weeks).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from nextyes.insights import fatigue, odds
from nextyes.insights.funnel import Filters, Funnel, funnel_for
from nextyes.lib import benchmarks

if TYPE_CHECKING:
    from nextyes.accounts.models import User


@dataclass(frozen=True)
class Stats:
    today: dt.date
    filters: Filters
    funnel: Funnel
    odds: odds.Odds
    fatigue: fatigue.Fatigue
    benchmarks: list[benchmarks.Benchmark]

    def as_json(self) -> dict[str, object]:
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


def build_stats(user: User, filters: Filters | None = None, today: dt.date | None = None) -> Stats:
    """Everything `nextyes stats` shows, for `user` only.

    The funnel honours every filter and the odds all but the period (see funnel_for). The fatigue
    signal looks at the whole search: it is about the person, not a slice of their applications.
    """
    report = funnel_for(user, filters, today=today)
    return Stats(
        today=report.today,
        filters=report.filters,
        funnel=report.funnel,
        odds=report.odds,
        fatigue=fatigue.fatigue_for(user, report.today),
        benchmarks=list(benchmarks.default_table().values()),
    )
