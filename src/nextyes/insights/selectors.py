"""Everything the insights page shows, built from a few queries and computed in Python."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _

from nextyes.accounts.models import User
from nextyes.insights import funnel, ghosting, learning, works
from nextyes.insights.charts.channels import RateRow, channels_chart
from nextyes.insights.charts.funnel import funnel_chart
from nextyes.insights.charts.response import response_chart
from nextyes.insights.charts.weekly import Week, weekly_chart
from nextyes.insights.records import AppRecord
from nextyes.journal.mood_chart import mood_chart
from nextyes.journal.selectors.checkins import mood_points
from nextyes.lib import benchmarks
from nextyes.lib.dates import today_for, week_start
from nextyes.lib.ownership import owned
from nextyes.lib.svg import Chart
from nextyes.pipeline.choices import Channel
from nextyes.pipeline.models import Touchpoint
from nextyes.recovery.content import INSIDE_LABELS, OUTSIDE_LABELS
from nextyes.recovery.models import Feedback, Ritual

WEEKS = 16
FITS = (1, 2, 3, 4, 5)


def filters_from_query(query: Mapping[str, str]) -> funnel.Filters:
    """The filter form as funnel filters (the meaning `nextyes stats` gives its options);
    anything unreadable is simply not applied."""

    def day(name: str) -> dt.date | None:
        try:
            return dt.date.fromisoformat(query.get(name, "").strip())
        except ValueError:
            return None

    channel = query.get("channel", "")
    resume = query.get("resume", "").strip()[:100]
    fit = query.get("fit", "").strip()
    return funnel.Filters(
        start=day("start"),
        end=day("end"),
        channel=channel if channel in Channel.values else None,
        resume_version=resume or None,
        fit=int(fit) if fit in {str(f) for f in FITS} else None,
    )


@dataclass(frozen=True)
class Typical:
    label: str
    value: float
    source: str
    note: str

    @property
    def shown(self) -> str:
        return works.pct(self.value)


@dataclass(frozen=True)
class Step:
    key: str
    label: str
    count: int
    rate: float | None  # from the step before
    overall: float | None  # of all applications
    typical: list[Typical]

    @property
    def shown_rate(self) -> str:
        return works.pct(self.rate) if self.rate is not None else "—"

    @property
    def shown_overall(self) -> str:
        return works.pct(self.overall) if self.overall is not None else "—"


# Which typical figures sit beside which step's share of all applications.
STEP_BENCHMARKS = {"interviews": ("interview", "online_interview"), "offers": ("offer",)}


def typical(key: str, table: Mapping[str, benchmarks.Benchmark]) -> list[Typical]:
    found = (table.get(k) for k in STEP_BENCHMARKS.get(key, ()))
    return [Typical(b.label, b.value, b.source, b.note) for b in found if b and b.unit == "rate"]


def funnel_steps(counted: funnel.Funnel, table: Mapping[str, benchmarks.Benchmark]) -> list[Step]:
    """Applications → replies → screens → interviews → final rounds → offers."""
    counts = counted.counts()
    labels = [
        ("applications", _("Applications")),
        ("replies", _("Replies")),
        ("screens", _("Screens")),
        ("interviews", _("Interviews")),
        ("final_rounds", _("Final rounds")),
        ("offers", _("Offers")),
    ]
    steps, before, total = [], 0, counts["applications"]
    for i, (key, label) in enumerate(labels):
        count = counts[key]
        steps.append(
            Step(
                key,
                label,
                count,
                count / before if i and before else None,
                count / total if i and total else None,
                typical(key, table),
            )
        )
        before = count
    return steps


def weeks(
    records: Sequence[AppRecord], outreach: Sequence[dt.date], user: User, today: dt.date
) -> list[Week]:
    first = week_start(user, today) - dt.timedelta(weeks=WEEKS - 1)
    starts = [first + dt.timedelta(weeks=i) for i in range(WEEKS)]
    # Every day of the window to its week's row: one dict look-up per date, whatever the history.
    week_of = {first + dt.timedelta(days=d): d // 7 for d in range(WEEKS * 7)}
    tallies = [[0, 0, 0, 0] for _ in range(WEEKS)]
    columns: tuple[tuple[int, Iterable[dt.date | None]], ...] = (
        (0, (r.applied_on for r in records)),
        (1, outreach),
        (2, (day for r in records for day in r.rejected_dates)),
        (3, (day for r in records for day in r.interview_dates)),
    )
    for column, days in columns:
        for day in days:
            i = week_of.get(day)  # type: ignore[arg-type]
            if i is not None:
                tallies[i][column] += 1
    return [Week(start, *tallies[i]) for i, start in enumerate(starts)]


def channel_rows(records: Sequence[AppRecord]) -> list[RateRow]:
    rates = works.group_rates(records, lambda r: r.channel, "interview", works.channel_label)
    return [RateRow(r.label, r.hits, r.total, r.rate, r.low, r.high) for r in rates]


def reasons(user: User) -> works.Reasons:
    pairs = owned(Ritual, user).values_list("outside_factors", "inside_factors")
    feedback = owned(Feedback, user).exclude(application=None).values("application").distinct()
    return works.rejection_reasons(list(pairs), feedback.count())


def factor_label(slug: str, outside: bool) -> str:
    return str((OUTSIDE_LABELS if outside else INSIDE_LABELS).get(slug, slug))


def build(user: User, filters: funnel.Filters, today: dt.date | None = None) -> dict[str, object]:
    """The page's context: funnel, charts with tables, what works, reasons and silence."""
    today = today or today_for(user)
    first_week = week_start(user, today) - dt.timedelta(weeks=WEEKS - 1)
    report = funnel.funnel_for(user, filters, today=today, since=first_week)
    records, shown, counted = report.records, report.shown, report.funnel
    period = [r for r in records if filters.in_period(r)]
    table = benchmarks.default_table()
    outreach = list(
        owned(Touchpoint, user)
        .filter(occurred_on__gte=first_week, occurred_on__lte=today)
        .values_list("occurred_on", flat=True)
    )
    steps = funnel_steps(counted, table)
    comparisons = works.what_works(period)
    decided = learning.decided(shown)
    sure = not learning.still_learning(decided)
    charts: list[Chart] = [
        funnel_chart([(s.label, s.count) for s in steps], rates=sure),
        weekly_chart(weeks(shown, outreach, user, today)),
        response_chart([max((r.reply_on - r.applied_on).days, 0) for r in shown if r.reply_on]),
    ]
    if sure:  # rates per channel from a handful of outcomes would only swing
        charts.append(channels_chart(channel_rows(shown)))
    # The same sixteen weeks; rejection days come from the records already loaded.
    mood = mood_chart(
        mood_points(user, first_week, today),
        (day for r in records for day in r.rejected_dates),
        start=first_week,
        end=today,
    )
    if mood is not None:
        charts.append(mood)
    found = reasons(user)
    limits = ghosting.settings_for(user)
    # An offer counts whatever the filters: nobody with one needs a "first offer" forecast.
    offers_received = sum(1 for r in records if r.offer_on is not None)
    return {
        "filters": filters,
        "steps": steps,
        "outcomes": counted.counts(),
        "median_days": {k: round(v) for k, v in counted.median_days.items() if v is not None},
        "odds_lines": learning.odds_words(report.odds, offers_received, decided),
        "decided": decided,
        "learning": not sure,
        "learning_more": max(learning.LEARNING_MIN - decided, 0),
        "learning_words": learning.learning_words(decided),
        "benchmark_sources": [typical for step in steps for typical in step.typical],
        "total_applications": len(records),
        "charts": charts,
        "comparisons": comparisons,
        "advice": works.channel_advice(comparisons),
        "reasons": found,
        "reasons_words": learning.reasons_words(found.answered, found.outside),
        "top_outside": [(factor_label(s, True), n) for s, n in found.top_outside],
        "top_inside": [(factor_label(s, False), n) for s, n in found.top_inside],
        "silence": ghosting.silence(user, today, limits),
        "limits": limits,
        "channels": Channel.choices,
        "resumes": sorted({r.resume_version for r in records if r.resume_version}),
        "fits": FITS,
    }
