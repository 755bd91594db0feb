"""Facts from the person's own tracker that speak against a harsh thought.

For the "evidence against" step: what the thought says picks the kind of fact (being hired,
interviews, failing, comparing and rejection), and each fact is counted from the person's own
records. Only true, non-zero facts are offered, worded for one or many; the typical figures
(`lib.benchmarks`) say how many people face the same.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from itertools import zip_longest

from django.db.models import QuerySet
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, ngettext_lazy
from django_stubs_ext import StrOrPromise

from nextyes.accounts.models import User
from nextyes.journal import learning
from nextyes.journal.models import Win
from nextyes.lib.benchmarks import Benchmark, BenchmarkError, default_table
from nextyes.lib.ownership import owned
from nextyes.pipeline.choices import OFFER_STAGES, SCREEN_STAGES, Stage
from nextyes.pipeline.models import Interview, StageEvent

RECENT_DAYS = 61  # "the last 2 months"
MONTH_DAYS = 30
MAX_FACTS = 6

# What a thought is about, from the words in it (start of a word, any case).
THEMES: dict[str, tuple[str, ...]] = {
    "hiring": (
        "hire",
        "hiring",
        "job",
        "no one",
        "nobody",
        "employ",
        "unemploy",
        "offer",
        "work again",
        "anyone",
        "career",
    ),
    "interviews": ("interview", "nervous", "froze", "blank", "awkward", "answer", "talk"),
    "failing": (
        "fail",
        "useless",
        "loser",
        "worthless",
        "hopeless",
        "incompetent",
        "not good enough",
        "stupid",
        "idiot",
        "mess",
        "nothing right",
        "always",
        "never",
        "can't do",
    ),
    "rejection": (
        "everyone else",
        "better than me",
        "other candidates",
        "others",
        "reject",
        "turned down",
        "ghost",
        "ignored",
        "no reply",
        "hear back",
        "another no",
    ),
}


@dataclass(frozen=True)
class Fact:
    key: str
    text: str


def counted(key: str, count: int, text: StrOrPromise) -> list[Fact]:
    """One fact when `count` is not zero: `text` is an ngettext_lazy keyed on "count"."""
    return [Fact(key, text % {"count": count})] if count else []


def themes_of(thought: str) -> list[str]:
    """The themes a thought touches, in the order of THEMES."""
    lowered = thought.lower().replace("’", "'")
    return [
        theme
        for theme, cues in THEMES.items()
        if any(re.search(r"\b" + re.escape(cue), lowered) for cue in cues)
    ]


# --- Counting (pure over querysets) ---------------------------------------------------------


def employers_inviting(events: QuerySet[StageEvent], since: dt.date | None = None) -> int:
    """Employers that invited the person to talk (a screen, an interview, a test or an offer)."""
    chosen = events.filter(stage__in=SCREEN_STAGES)
    if since is not None:
        chosen = chosen.filter(occurred_on__gte=since)
    return chosen.values("application__company").distinct().count()


def applications_reaching(events: QuerySet[StageEvent], stages: Collection[str]) -> int:
    return events.filter(stage__in=stages).values("application").distinct().count()


def applications_sent(events: QuerySet[StageEvent], since: dt.date | None = None) -> int:
    sent = events.exclude(stage=Stage.SAVED)
    if since is not None:
        sent = sent.filter(stage=Stage.APPLIED, occurred_on__gte=since)
    return sent.values("application").distinct().count()


def asked_back(interviews: QuerySet[Interview], events: QuerySet[StageEvent]) -> int:
    """Applications where the person was asked back for a second round or more."""
    apps = set(interviews.filter(round__gte=2).values_list("application", flat=True))
    apps |= set(
        events.filter(stage=Stage.INTERVIEW, round__gte=2).values_list("application", flat=True)
    )
    return len(apps)


# --- The facts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sources:
    """Everything the facts are counted from, scoped to one person."""

    events: QuerySet[StageEvent]
    interviews: QuerySet[Interview]
    wins: QuerySet[Win]
    user: User  # for what recovery keeps (feedback, lessons), read through journal.learning
    learning: learning.LearningRecords
    today: dt.date
    now: dt.datetime
    benchmarks: dict[str, Benchmark]


def sources_for(user: User, today: dt.date, now: dt.datetime) -> Sources:
    try:
        table = default_table()
    except BenchmarkError:  # a broken figures file must not hide the person's own facts
        table = {}
    return Sources(
        events=owned(StageEvent, user),
        interviews=owned(Interview, user),
        wins=owned(Win, user),
        user=user,
        learning=learning.records(),
        today=today,
        now=now,
        benchmarks=table,
    )


def _hiring(s: Sources) -> list[Fact]:
    facts: list[Fact] = []
    recent = employers_inviting(s.events, s.today - dt.timedelta(days=RECENT_DAYS))
    facts += counted(
        "invited-recently",
        recent,
        ngettext_lazy(
            "%(count)d employer invited you to interview in the last 2 months.",
            "%(count)d employers invited you to interview in the last 2 months.",
            "count",
        ),
    )
    if not recent:
        ever = employers_inviting(s.events)
        facts += counted(
            "invited",
            ever,
            ngettext_lazy(
                "%(count)d employer invited you to talk during this search.",
                "%(count)d employers invited you to talk during this search.",
                "count",
            ),
        )
    offers = applications_reaching(s.events, OFFER_STAGES)
    facts += counted(
        "offers",
        offers,
        ngettext_lazy(
            "You had an offer during this search.",
            "You had %(count)d offers during this search.",
            "count",
        ),
    )
    return facts


def _interviews(s: Sources) -> list[Fact]:
    facts: list[Fact] = []
    reached = applications_reaching(s.events, SCREEN_STAGES)
    facts += counted(
        "reached",
        reached,
        ngettext_lazy(
            "%(count)d application got you as far as a conversation with the employer.",
            "%(count)d applications got you as far as a conversation with the employer.",
            "count",
        ),
    )
    again = asked_back(s.interviews, s.events)
    facts += counted(
        "asked-back",
        again,
        ngettext_lazy(
            "Once, an employer asked you back for another round.",
            "%(count)d times, an employer asked you back for another round.",
            "count",
        ),
    )
    facts += _positive_feedback(s)
    return facts


def _positive_feedback(s: Sources) -> list[Fact]:
    count = s.learning.encouraging_feedback(s.user)
    if not count:
        return []
    text = ngettext(
        "You received encouraging feedback %(count)d time.",
        "You received encouraging feedback %(count)d times.",
        count,
    )
    facts = [Fact("positive-feedback", text % {"count": count})]
    latest = s.learning.latest_encouraging(s.user)
    if latest is not None:
        words = {"text": latest.text, "day": date_format(latest.received_on, "DATE_FORMAT")}
        facts.append(Fact("feedback-quote", _("Feedback from %(day)s: “%(text)s”") % words))
    return facts


def _failing(s: Sources) -> list[Fact]:
    facts: list[Fact] = []
    month_ago = s.today - dt.timedelta(days=MONTH_DAYS)
    wins = s.wins.filter(occurred_on__gte=month_ago, occurred_on__lte=s.today)
    count = wins.count()
    facts += counted(
        "wins",
        count,
        ngettext_lazy(
            "You noted %(count)d win in the last month.",
            "You noted %(count)d wins in the last month.",
            "count",
        ),
    )
    if count:
        latest = wins.order_by("-occurred_on", "-id").first()
        if latest is not None:
            facts.append(Fact("win-latest", _("The latest: “%(text)s”") % {"text": latest.text}))
    lessons = s.learning.lessons_kept(s.user)
    facts += counted(
        "lessons",
        lessons,
        ngettext_lazy(
            "You kept %(count)d lesson from your search: you learn as you go.",
            "You kept %(count)d lessons from your search: you learn as you go.",
            "count",
        ),
    )
    sent = applications_sent(s.events, month_ago)
    facts += counted(
        "effort",
        sent,
        ngettext_lazy(
            "You sent %(count)d application in the last 30 days.",
            "You sent %(count)d applications in the last 30 days.",
            "count",
        ),
    )
    return facts


def _rejection(s: Sources) -> list[Fact]:
    facts: list[Fact] = []
    per_offer = s.benchmarks.get("applications_per_offer")
    if per_offer is not None:
        text = _(
            "Typically it takes about %(count)d applications to land one offer: many “no”s "
            "before a yes is what a search usually looks like."
        )
        facts.append(Fact("typical-offer", text % {"count": round(per_offer.value)}))
    facts += _own_rate(s)
    per_opening = s.benchmarks.get("applicants_per_opening")
    if per_opening is not None:
        text = _(
            "One opening often draws around %(count)d applicants, so good people are turned "
            "down every day for reasons that have nothing to do with them."
        )
        facts.append(Fact("applicants", text % {"count": round(per_opening.value)}))
    return facts


def _own_rate(s: Sources) -> list[Fact]:
    """Their own interview rate, only when it is at or above the typical one (then it is news)."""
    typical = s.benchmarks.get("interview")
    sent = applications_sent(s.events)
    talked = applications_reaching(s.events, SCREEN_STAGES)
    if typical is None or not sent or not talked or talked / sent < typical.value:
        return []
    words = {
        "talked": talked,
        "sent": sent,
        "own": round(100 * talked / sent),
        "typical": round(100 * typical.value),
    }
    text = ngettext(
        "Your one application so far led to a conversation; typically it is about %(typical)d%%.",
        "%(talked)d of your %(sent)d applications led to a conversation (%(own)d%%); "
        "typically it is about %(typical)d%%.",
        sent,
    )
    return [Fact("own-rate", text % words)]


BUILDERS: dict[str, Callable[[Sources], list[Fact]]] = {
    "hiring": _hiring,
    "interviews": _interviews,
    "failing": _failing,
    "rejection": _rejection,
}
# When the words give no clue: the broadest facts first.
DEFAULT_THEMES = ("hiring", "failing", "interviews")


def facts_from(sources: Sources, thought: str, limit: int = MAX_FACTS) -> list[Fact]:
    """Facts for a thought: the themes it touches take turns (so "never hired, everyone else is
    better" gets both kinds of fact early), then the other themes fill in; each fact once."""
    themes = themes_of(thought) or list(DEFAULT_THEMES)
    named = [BUILDERS[theme](sources) for theme in themes]
    rest = [BUILDERS[theme](sources) for theme in BUILDERS if theme not in themes]
    ordered = [fact for round_ in zip_longest(*named) for fact in round_ if fact is not None]
    ordered += [fact for facts in rest for fact in facts]
    seen: set[str] = set()
    facts: list[Fact] = []
    for fact in ordered:
        if fact.key not in seen:
            seen.add(fact.key)
            facts.append(fact)
    return facts[:limit]


def facts_for(user: User, thought: str, today: dt.date, now: dt.datetime) -> list[Fact]:
    """The person's own facts that speak against `thought`."""
    return facts_from(sources_for(user, today, now), thought)
