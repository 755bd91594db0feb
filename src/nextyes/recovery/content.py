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

PERSPECTIVE_INTRO = _(
    "Hiring decisions hang on many things nobody outside the room can see. Sort out what was "
    "yours to shape from what was not: only the first is worth your energy."
)

# --- 4. Learn -----------------------------------------------------------------------------

POSTMORTEM_QUESTIONS: tuple[tuple[str, Text], ...] = (
    ("resume", _("Did my résumé and letter speak to this posting in particular?")),
    ("examples", _("Were my examples concrete, with what I did and what came of it?")),
    ("values", _("Did my answers show I understood what this company cares about?")),
    ("presence", _("Was my online profile current and telling the same story?")),
    ("fit", _("Thinking it over, was this role right for me?")),
)

LEARN_INTRO = _(
    "Not to find fault: to keep what this attempt taught you. Short answers are plenty, and "
    "“nothing to change” is a fine answer too."
)

# --- 5. Reach out -------------------------------------------------------------------------

REACH_OUT_INTRO = _(
    "A kind reply keeps the door open: people move, roles reopen, and names get passed on. "
    "Asking for feedback is optional; a short thank-you is almost always worth it."
)

# --- 2. Pause: how long a break suits how far the process went ------------------------------


@dataclass(frozen=True)
class BreakSize:
    slug: str
    label: Text
    advice: Text


BREAK_NONE = BreakSize(
    "none",
    _("no break needed"),
    _(
        "It was an early step, so there is little to recover from. Carry on whenever you like, "
        "and be kind to yourself anyway."
    ),
)
BREAK_EVENING = BreakSize(
    "evening",
    _("an evening off"),
    _(
        "You got as far as a first conversation. Take this evening for yourself and pick the "
        "search up again tomorrow."
    ),
)
BREAK_DAYS = BreakSize(
    "days",
    _("a day or two off"),
    _(
        "You prepared and interviewed: that takes energy. A day or two away from applications "
        "will help you come back clear-headed."
    ),
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

# --- Messages: feedback request and thank-you, in several tones -----------------------------

TONES: tuple[tuple[str, Text], ...] = (
    ("warm", _("Warm")),
    ("brief", _("Brief")),
    ("formal", _("Formal")),
)
TONE_LABELS = dict(TONES)
MESSAGE_KINDS: tuple[tuple[str, Text], ...] = (
    ("feedback", _("Asking for feedback")),
    ("thanks", _("Thank you and stay in touch")),
)

# (subject, body) with {name}, {company}, {role} and {me} filled in by `fill_message`.
MESSAGE_TEMPLATES: dict[str, dict[str, tuple[Text, Text]]] = {
    "feedback": {
        "warm": (
            _("Thank you, and a small request: {role}"),
            _(
                "Hi {name},\n\n"
                "Thank you for letting me know about the {role} role, and for the time you and "
                "the team gave me. I enjoyed learning how {company} works, so of course I am a "
                "little disappointed.\n\n"
                "If you have a moment, I would really value a line or two on what would have made "
                "my application stronger. Anything at all helps me grow.\n\n"
                "All the best,\n{me}"
            ),
        ),
        "brief": (
            _("Feedback on my application for {role}?"),
            _(
                "Hi {name},\n\n"
                "Thanks for the update on the {role} role. Would you be open to sharing one thing "
                "I could do better next time? I'd be grateful.\n\n"
                "Best,\n{me}"
            ),
        ),
        "formal": (
            _("Request for feedback: {role} application"),
            _(
                "Dear {name},\n\n"
                "Thank you for informing me of your decision regarding the {role} position at "
                "{company}, and for the consideration given to my application.\n\n"
                "Should your schedule allow, I would appreciate any feedback on areas in which my "
                "candidacy could be strengthened for similar roles in the future.\n\n"
                "Kind regards,\n{me}"
            ),
        ),
    },
    "thanks": {
        "warm": (
            _("Thank you — and let's stay in touch"),
            _(
                "Hi {name},\n\n"
                "I wanted to say thank you for the conversations about the {role} role. It was a "
                "pleasure getting to know you and the people at {company}.\n\n"
                "I'm sorry we won't be working together this time, and I'd be glad to stay in "
                "touch. If something else comes up that fits, I'd love to hear about it.\n\n"
                "Warm wishes,\n{me}"
            ),
        ),
        "brief": (
            _("Thanks for your time"),
            _(
                "Hi {name},\n\n"
                "Thanks again for considering me for {role}. I enjoyed meeting the team and hope "
                "our paths cross again. Let's stay in touch.\n\n"
                "Best,\n{me}"
            ),
        ),
        "formal": (
            _("Thank you for your consideration"),
            _(
                "Dear {name},\n\n"
                "Thank you for the opportunity to be considered for the {role} position at "
                "{company}. I appreciated the time you and your colleagues devoted to the "
                "process.\n\n"
                "I remain very interested in {company} and would welcome the chance to stay in "
                "contact regarding future openings.\n\n"
                "Yours sincerely,\n{me}"
            ),
        ),
    },
}


def fill_message(
    kind: str, tone: str, *, name: str, company: str, role: str, me: str
) -> tuple[str, str]:
    """A message's subject and body with the details filled in; unknown tones fall back to warm."""
    subject, body = MESSAGE_TEMPLATES[kind].get(tone) or MESSAGE_TEMPLATES[kind]["warm"]
    values = {"name": name, "company": company, "role": role, "me": me}
    return str(subject).format(**values), str(body).format(**values)


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
