"""What works for this person: rates by channel, résumé version, fit and role type, compared
honestly (only when the 90% credible intervals part), and the share of rejections with something
outside their control. Pure functions over plain records."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from django.utils.translation import gettext as _

from nextyes.insights.beta import credible_interval
from nextyes.pipeline.choices import Channel


class Outcome(Protocol):
    """The parts of an application record a comparison reads."""

    channel: str
    resume_version: str
    fit: int | None
    role: str

    @property
    def interview(self) -> bool: ...

    @property
    def offer(self) -> bool: ...

    @property
    def interview_known(self) -> bool: ...

    @property
    def offer_known(self) -> bool: ...


@dataclass(frozen=True)
class Rate:
    label: str
    hits: int
    total: int
    rate: float  # posterior mean under Beta(1, 1)
    low: float
    high: float

    @property
    def shown(self) -> str:
        """The rate and its interval in whole percents, e.g. "23% (12–37%)"."""
        return f"{pct(self.rate)} ({round(self.low * 100)}–{pct(self.high)})"


def pct(value: float) -> str:
    return f"{round(value * 100)}%"


@dataclass(frozen=True)
class Comparison:
    dimension: str  # channel, resume, fit, role
    title: str
    measure: str  # interview or offer
    rates: list[Rate]
    verdict: str
    better: str | None = None
    worse: str | None = None
    more_needed: int | None = None


def rate(label: str, hits: int, total: int) -> Rate:
    mean, low, high = credible_interval(hits, total)
    return Rate(label, hits, total, mean, low, high)


# --- Groupings ---------------------------------------------------------------------------

ROLE_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("manager", ("manager", "head of", "director", "lead", "vp")),
    ("designer", ("designer", "design", "ux", "ui")),
    ("analyst", ("analyst", "analytics", "data scientist", "scientist")),
    ("engineer", ("engineer", "developer", "programmer", "sre", "devops", "architect")),
)


@lru_cache(maxsize=4096)
def role_type(title: str) -> str:
    """A rough kind of role from its title's words (the first matching group wins)."""
    words = " " + re.sub(r"[^a-z0-9]+", " ", title.lower()) + " "
    for kind, keys in ROLE_KEYWORDS:
        if any(f" {key} " in words for key in keys):
            return kind
    return "other"


def role_label(kind: str) -> str:
    return {
        "manager": _("Manager roles"),
        "designer": _("Designer roles"),
        "analyst": _("Analyst roles"),
        "engineer": _("Engineer roles"),
        "other": _("Other roles"),
    }[kind]


def fit_band(fit: int | None) -> str | None:
    if fit is None:
        return None
    return "1–2" if fit <= 2 else "3" if fit == 3 else "4–5"


def channel_label(value: str) -> str:
    try:
        return str(Channel(value).label)
    except ValueError:
        return value


def _fit_label(band: str) -> str:
    return _("Fit %(band)s") % {"band": band}


Grouping = tuple[str, Callable[[Outcome], str | None], Callable[[str], str]]


def _groupers() -> dict[str, Grouping]:
    """Per dimension: its title, the raw group key of a record, and the key's shown label.

    Keys are raw values so a few thousand records cost no translation look-ups."""
    return {
        "channel": (_("Channels"), lambda r: r.channel, channel_label),
        "resume": (_("Résumé versions"), lambda r: r.resume_version or None, str),
        "fit": (_("Fit ratings"), lambda r: fit_band(r.fit), _fit_label),
        "role": (_("Role types"), lambda r: role_type(r.role), role_label),
    }


def group_rates(
    records: Iterable[Outcome],
    key: Callable[[Outcome], str | None],
    measure: str,
    label: Callable[[str], str] = str,
) -> list[Rate]:
    """One rate per group, counting only applications whose outcome on `measure` is known
    (pending ones are neither a success nor a failure yet)."""
    return _tally(_known(records, measure), key, label)


def _known(records: Iterable[Outcome], measure: str) -> list[tuple[Outcome, bool]]:
    """The records whose outcome on `measure` is known, each with whether it got there."""
    if measure == "interview":
        return [(r, r.interview) for r in records if r.interview_known]
    return [(r, r.offer) for r in records if r.offer_known]


def _tally(
    known: Iterable[tuple[Outcome, bool]],
    key: Callable[[Outcome], str | None],
    label: Callable[[str], str],
) -> list[Rate]:
    hits: dict[str, int] = defaultdict(int)
    totals: dict[str, int] = defaultdict(int)
    for r, hit in known:
        group = key(r)
        if group is not None:
            totals[group] += 1
            hits[group] += hit
    rates = [rate(label(group), hits[group], totals[group]) for group in totals]
    return sorted(rates, key=lambda r: (-r.rate, r.label))


# --- Comparing ---------------------------------------------------------------------------


def more_needed(best: Rate, worst: Rate) -> int | None:
    """About how many more applications (shared between the two) would part the intervals,
    assuming the rates hold: widths shrink like 1/√n. None when the rates look alike."""
    gap = best.rate - worst.rate
    if gap < 0.02:
        return None
    widths = (best.high - best.low) / 2 + (worst.high - worst.low) / 2
    factor = (widths / gap) ** 2
    extra = max((factor - 1) * (best.total + worst.total), 1)
    step = 5 if extra < 100 else 10
    return int(math.ceil(extra / step) * step)


def compare(dimension: str, title: str, measure: str, rates: Sequence[Rate]) -> Comparison:
    """Say which group works better only when its interval sits wholly above the other's."""
    usable = [r for r in rates if r.total > 0]
    if len(usable) < 2:
        return Comparison(
            dimension,
            title,
            measure,
            list(rates),
            _("Only one group so far: nothing to compare yet."),
        )
    best = max(usable, key=lambda r: (r.rate, r.total))
    worst = min(usable, key=lambda r: (r.rate, -r.total))
    what = _("interviews") if measure == "interview" else _("offers")
    if best.low > worst.high:
        verdict = _("%(better)s works better for you than %(worse)s (for %(what)s).") % {
            "better": best.label,
            "worse": worst.label,
            "what": what,
        }
        return Comparison(dimension, title, measure, list(rates), verdict, best.label, worst.label)
    needed = more_needed(best, worst)
    if needed is None:
        verdict = _("So far %(a)s and %(b)s look alike for %(what)s.") % {
            "a": best.label,
            "b": worst.label,
            "what": what,
        }
    else:
        verdict = _(
            "Not enough data yet — about %(count)s more applications would tell whether "
            "%(a)s really does better than %(b)s."
        ) % {"count": needed, "a": best.label, "b": worst.label}
    return Comparison(dimension, title, measure, list(rates), verdict, more_needed=needed)


def what_works(records: Sequence[Outcome]) -> list[Comparison]:
    """Every dimension compared on interview rate, then on offer rate."""
    found = []
    known = {measure: _known(records, measure) for measure in ("interview", "offer")}
    for dimension, (title, key, label) in _groupers().items():
        for measure in ("interview", "offer"):
            rates = _tally(known[measure], key, label)
            found.append(compare(dimension, title, measure, rates))
    return found


def channel_advice(comparisons: Iterable[Comparison]) -> str | None:
    """When one channel clearly brings more interviews, suggest moving effort towards it."""
    for c in comparisons:
        if c.dimension == "channel" and c.measure == "interview" and c.better and c.worse:
            return _(
                "%(better)s brings you interviews clearly more often than %(worse)s. Consider "
                "moving some of the time you spend on %(worse)s to %(better)s for the next few weeks."
            ) % {"better": c.better, "worse": c.worse}
    return None


# --- Rejection reasons -------------------------------------------------------------------


@dataclass(frozen=True)
class Reasons:
    answered: int  # rituals where the person sorted out what was in and out of their control
    outside: int  # ... with at least one thing outside their control ticked
    inside_only: int
    top_outside: list[tuple[str, int]]
    top_inside: list[tuple[str, int]]
    feedback: int  # rejections with feedback from the employer

    @property
    def outside_share(self) -> float | None:
        return self.outside / self.answered if self.answered else None


def rejection_reasons(
    rituals: Iterable[tuple[Sequence[str], Sequence[str]]], feedback_count: int
) -> Reasons:
    """`rituals` are (outside factors, inside factors) slug lists, one pair per ritual."""
    answered = outside = inside_only = 0
    out_counts: dict[str, int] = defaultdict(int)
    in_counts: dict[str, int] = defaultdict(int)
    for out, inside in rituals:
        if not out and not inside:
            continue
        answered += 1
        if out:
            outside += 1
        else:
            inside_only += 1
        for slug in out:
            out_counts[slug] += 1
        for slug in inside:
            in_counts[slug] += 1

    def top(counts: dict[str, int]) -> list[tuple[str, int]]:
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]

    return Reasons(answered, outside, inside_only, top(out_counts), top(in_counts), feedback_count)
