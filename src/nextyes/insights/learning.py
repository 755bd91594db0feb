"""When the numbers mean something yet: the Insights page's "still learning" state and the odds
in words that know about an offer already received.

With fewer than LEARNING_MIN decided applications (an offer or a rejection reached), one outcome
swings every rate wildly ("1/1 → 67%", "8–602 weeks"), so the page shows plain counts and says
how many more outcomes it needs instead of percentages and forecasts.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nextyes.insights import odds, works
from nextyes.insights.records import AppRecord

# About where a rate's 90% interval narrows enough to say something (±25 points or so).
LEARNING_MIN = 10


def decided(records: Iterable[AppRecord]) -> int:
    """Applications that reached an outcome: an offer stage or a rejection."""
    return sum(1 for r in records if r.decision_on is not None)


def still_learning(decided_count: int) -> bool:
    return decided_count < LEARNING_MIN


def learning_words(decided_count: int) -> str:
    """How far along the page is, warmly: how many more outcomes until the rates mean something."""
    more = LEARNING_MIN - decided_count
    if decided_count == 0:
        return ngettext(
            "No application has reached an outcome yet, so there is nothing to measure: that "
            "is simply where every search starts. After about %(more)s decided application, "
            "your own rates and forecasts appear here.",
            "No application has reached an outcome yet, so there is nothing to measure: that "
            "is simply where every search starts. After about %(more)s decided applications, "
            "your own rates and forecasts appear here.",
            more,
        ) % {"more": more}
    done = ngettext(
        "%(n)s application has reached an outcome so far.",
        "%(n)s applications have reached an outcome so far.",
        decided_count,
    ) % {"n": decided_count}
    rest = ngettext(
        "About %(more)s more and your own rates start to mean something; until then, a "
        "percentage from so few would swing with every reply, so here are the plain counts.",
        "About %(more)s more and your own rates start to mean something; until then, a "
        "percentage from so few would swing with every reply, so here are the plain counts.",
        more,
    ) % {"more": more}
    return f"{done} {rest}"


def odds_words(found: odds.Odds, offers: int, decided_count: int) -> list[str]:
    """The offer odds in plain words: per application, within ten more, and the weeks; no
    "first offer" forecast for someone who already has one, no figures while still learning."""
    lines: list[str] = []
    if offers:
        lines.append(
            ngettext(
                "You already have an offer: well done. Whatever you decide, that yes is yours.",
                "You already have %(n)s offers: well done. Whatever you decide, those yeses are "
                "yours.",
                offers,
            )
            % {"n": offers}
        )
    if still_learning(decided_count):
        # The funnel panel already says where things stand; here only what the forecast waits for.
        more = LEARNING_MIN - decided_count
        return [
            *lines,
            ngettext(
                "Your odds and a forecast appear after about %(more)s more decided application: "
                "from fewer they would be a guess, not an estimate.",
                "Your odds and a forecast appear after about %(more)s more decided applications: "
                "from fewer they would be a guess, not an estimate.",
                more,
            )
            % {"more": more},
        ]
    lines.append(
        ngettext(
            "Blending typical figures with your own %(n)s decided application, each application "
            "has about a %(interview)s chance of an interview and %(offer)s of an offer.",
            "Blending typical figures with your own %(n)s decided applications, each application "
            "has about a %(interview)s chance of an interview and %(offer)s of an offer.",
            found.offer_trials.n,
        )
        % {
            "n": found.offer_trials.n,
            "interview": works.pct(found.interview.mean),
            "offer": works.pct(found.offer.mean),
        }
    )
    if offers:
        # A forecast of a "first offer" would ignore the one already here.
        lines.append(
            _(
                "If you keep applying to compare, the chance of another offer within your next "
                "10 applications is about %(p)s: an estimate from your numbers, not a promise."
            )
            % {"p": works.pct(found.p_offer_within_10)}
        )
        return lines
    lines.append(
        _("The chance of at least one offer within your next 10 applications: about %(p)s.")
        % {"p": works.pct(found.p_offer_within_10)}
    )
    lines.append(odds.plain_words(found))
    return lines


def reasons_words(answered: int, outside: int) -> str:
    """How many looked-back rejections had something outside the person's control: a share from
    ten on, plain counts below."""
    if answered >= LEARNING_MIN:
        return ngettext(
            "In %(share)s of the %(n)s rejection you looked back on, something outside your "
            "control played a part.",
            "In %(share)s of the %(n)s rejections you looked back on, something outside your "
            "control played a part.",
            answered,
        ) % {"share": works.pct(outside / answered), "n": answered}
    if answered == 1:
        if outside:
            return _(
                "You looked back on one rejection, and something outside your control played a "
                "part."
            )
        return _("You looked back on one rejection; nothing outside your control stood out.")
    return ngettext(
        "You looked back on %(n)s rejection; something outside your control played a part in "
        "%(k)s of them.",
        "You looked back on %(n)s rejections; something outside your control played a part in "
        "%(k)s of them.",
        answered,
    ) % {"n": answered, "k": outside}
