"""The words of the ritual: emotions, prompts, factors, questions, break sizes, message templates.

Every text here is our own. Ideas come from the coaching articles in the design notes; none of
their sentences do. Slugs are stored on the Ritual, so they never change once released.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from collections.abc import Iterable

    from django_stubs_ext import StrOrPromise as Text

    from nextyes.pipeline.models import Application

# --- How far the process went -------------------------------------------------------------

# What the ritual offers depends on how far the process went: a cold application, a first call,
# interviews, or a final round (an offer stage counts as one). Stored nowhere: derived each time.
APPLIED, SCREEN, INTERVIEW, FINAL = "applied", "screen", "interview", "final"
REACH_ORDER: tuple[str, ...] = (APPLIED, SCREEN, INTERVIEW, FINAL)


def reached(reach: str, minimum: str) -> bool:
    """Whether a process that went as far as `reach` got to `minimum`."""
    return REACH_ORDER.index(reach) >= REACH_ORDER.index(minimum)


def fitting(
    choices: tuple[tuple[str, Text], ...], minimums: dict[str, str], reach: str
) -> list[tuple[str, Text]]:
    """The choices that make sense for a process that went as far as `reach`."""
    return [(slug, label) for slug, label in choices if reached(reach, minimums.get(slug, APPLIED))]


# --- 1. Feel it ---------------------------------------------------------------------------

# The feelings themselves are shared with the journal: see nextyes.lib.feelings.

FEEL_INTRO = _(
    "A “no” can land hard, especially after you put time and hope into it. "
    "There is no right way to feel about it. Tick what is true right now."
)
HURT_PROMPT = _(
    "If it hurts, what exactly stings? The place itself, the work you pictured doing there, "
    "the time you put in, or the worry about what comes next? Naming it often shows what "
    "matters most to you."
)
RELIEF_PROMPT = _(
    "If part of you feels relieved, what were you glad to let go of: the team, the commute, "
    "the pay, the kind of work? That tells you something useful about the role you want next."
)
NOTE_PRIVATE = _("Only you can see this note.")
# From this intensity on, a feeling counts as strong: the pause step takes it into account.
STRONG_FEELING = 7

# --- 3. Perspective -----------------------------------------------------------------------

OUTSIDE_FACTORS: tuple[tuple[str, Text], ...] = (
    ("internal-candidate", _("They went with someone from inside")),
    ("budget", _("Budget or headcount changed")),
    ("timing", _("The timing was not right for them")),
    ("role-on-hold", _("The role was put on hold or rewritten")),
    ("close-call", _("It was a close call between finalists")),
    ("volume", _("There were a great many applicants")),
    ("unknown", _("I don't know, and that is fine")),
)
INSIDE_FACTORS: tuple[tuple[str, Text], ...] = (
    ("tailoring", _("How closely my application matched the posting")),
    ("preparation", _("How I prepared for the conversations")),
    ("examples", _("The examples and results I talked about")),
    ("follow-up", _("How and when I followed up")),
    ("targeting", _("Whether I aimed at the right kind of role")),
)
OUTSIDE_LABELS = dict(OUTSIDE_FACTORS)
INSIDE_LABELS = dict(INSIDE_FACTORS)
# Factors that only make sense once the process got this far (the rest fit every stage).
FACTOR_MINIMUMS: dict[str, str] = {
    "close-call": FINAL,
    "preparation": SCREEN,
    "examples": SCREEN,
}

PERSPECTIVE_INTRO = _(
    "Hiring decisions hang on many things nobody outside the room can see. Sort out what was "
    "yours to shape from what was not: only the first is worth your energy."
)
# Below this many applications sent, "rejection 1 of 2" says nothing: the step shows no figures.
PERSPECTIVE_MIN_APPLICATIONS = 10

# --- 4. Learn -----------------------------------------------------------------------------

POSTMORTEM_QUESTIONS: tuple[tuple[str, Text], ...] = (
    ("resume", _("Did my résumé and letter speak to this posting in particular?")),
    ("first-call", _("In the first call, did I say clearly why this role and why now?")),
    ("examples", _("Were my examples concrete, with what I did and what came of it?")),
    ("values", _("Did my answers show I understood what this company cares about?")),
    ("final-round", _("In the last round, is there a moment I would handle differently?")),
    ("presence", _("Was my online profile current and telling the same story?")),
    ("fit", _("Thinking it over, was this role right for me?")),
)
QUESTION_MINIMUMS: dict[str, str] = {
    "first-call": SCREEN,
    "examples": SCREEN,
    "values": INTERVIEW,
    "final-round": FINAL,
}

LEARN_INTRO = _(
    "Not to find fault: to keep what this attempt taught you. Short answers are plenty, and "
    "“nothing to change” is a fine answer too."
)

# --- 5. Reach out -------------------------------------------------------------------------

REACH_OUT_INTRO = _(
    "A kind reply keeps the door open: people move, roles reopen, and names get passed on. "
    "Asking for feedback is optional; a short thank-you is almost always worth it."
)
REACH_OUT_NOBODY = _(
    "This no came before any conversation, so there is nobody in particular to write to, and "
    "nobody expects a reply. If you do know someone there, add their name below and NextYes "
    "will draft a short note for them."
)

# --- 2. Pause: how long a break suits how far the process went ------------------------------


@dataclass(frozen=True)
class BreakSize:
    slug: str
    label: Text
    advice: Text
    # Extra days before picking the search up again (0: no break).
    days: int = 0


BREAK_NONE = BreakSize(
    "none",
    _("no break needed"),
    _(
        "It ended before any conversation, so carrying on today is fine if you feel like it. "
        "If it stings anyway, an evening off is allowed too."
    ),
)
BREAK_EVENING = BreakSize(
    "evening",
    _("an evening off"),
    _(
        "You got as far as a first conversation. Take this evening for yourself and pick the "
        "search up again tomorrow."
    ),
    days=1,
)
# A strong feeling after an early no: how far it went does not decide how much it hurts.
BREAK_EVENING_STRONG = BreakSize(
    "evening",
    _("an evening off"),
    _(
        "It hit hard, and that matters more than how far the process went. Take this evening "
        "for yourself and pick the search up again tomorrow."
    ),
    days=1,
)
BREAK_DAYS = BreakSize(
    "days",
    _("a day or two off"),
    _(
        "You prepared and interviewed: that takes energy. A day or two away from applications "
        "will help you come back clear-headed."
    ),
    days=2,
)
BREAK_WEEKEND = BreakSize(
    "weekend",
    _("a weekend off"),
    _(
        "You went deep into this process. Give yourself a proper weekend off and come back on "
        "Monday, rested."
    ),
)
PAUSE_INTRO = _(
    "A short pause is part of the work, not a step back. Choose the day you will pick things up "
    "again; until then NextYes will not nudge you."
)


def companies_text(applications: Iterable[Application]) -> str:
    """ "Acme", "Acme and Globex", or "Acme, Globex and 2 more"."""
    names: list[str] = []
    for app in applications:
        if app.company.name not in names:
            names.append(app.company.name)
    if not names:
        return gettext("a company")
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return gettext("%(a)s and %(b)s") % {"a": names[0], "b": names[1]}
    return gettext("%(a)s, %(b)s and %(n)d more") % {
        "a": names[0],
        "b": names[1],
        "n": len(names) - 2,
    }
