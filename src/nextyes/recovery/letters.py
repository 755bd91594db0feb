"""The feedback request and the thank-you note: three tones, with the lines that fit how far the
process went, so nobody thanks a team for conversations that never happened.

Every text here is our own. The tone sets the greeting, the framing and the sign-off; the stage
fills in what the person is grateful for, what they ask about and what they remember.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

from nextyes.recovery.content import APPLIED, FINAL, INTERVIEW, SCREEN

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise as Text

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

# What the person thanks them for ({for_what}), what feedback is about ({about}) and what they
# remember of the process ({memory}), by how far it went.
STAGE_LINES: dict[str, dict[str, Text]] = {
    APPLIED: {
        "for_what": _("for reading my application for the {role} role"),
        "about": _("my application"),
        "memory": _("I still like what {company} is doing, and I would be glad to try again."),
    },
    SCREEN: {
        "for_what": _("for taking the time to talk with me about the {role} role"),
        "about": _("my application and our call"),
        "memory": _("I enjoyed our call and hearing how the team at {company} works."),
    },
    INTERVIEW: {
        "for_what": _("for the time you and the team spent interviewing me for the {role} role"),
        "about": _("my interviews"),
        "memory": _("It was a pleasure getting to know you and the people at {company}."),
    },
    FINAL: {
        "for_what": _("for the time you and the team gave me in every round for the {role} role"),
        "about": _("my interviews, the final round in particular"),
        "memory": _(
            "Getting to know you and the team at {company} over these rounds was a real pleasure."
        ),
    },
}

# (subject, body) with {name}, {company}, {role}, {me} and the stage's lines filled in.
MESSAGE_TEMPLATES: dict[str, dict[str, tuple[Text, Text]]] = {
    "feedback": {
        "warm": (
            _("Thank you, and a small request: {role}"),
            _(
                "Hi {name},\n\n"
                "Thank you for letting me know, and {for_what}. Of course I am a little "
                "disappointed.\n\n"
                "If you have a moment, I would really value a line or two on what would have made "
                "{about} stronger. Anything at all helps me grow.\n\n"
                "All the best,\n{me}"
            ),
        ),
        "brief": (
            _("Feedback on my application for {role}?"),
            _(
                "Hi {name},\n\n"
                "Thanks for the update, and {for_what}. Would you be open to "
                "sharing one thing about {about} I could do better next time? I'd be grateful.\n\n"
                "Best,\n{me}"
            ),
        ),
        "formal": (
            _("Request for feedback: {role} application"),
            _(
                "Dear {name},\n\n"
                "Thank you for informing me of your decision, and {for_what} at {company}.\n\n"
                "Should your schedule allow, I would appreciate any feedback on {about}, so that "
                "I can strengthen my candidacy for similar roles in the future.\n\n"
                "Kind regards,\n{me}"
            ),
        ),
    },
    "thanks": {
        "warm": (
            _("Thank you — and let's stay in touch"),
            _(
                "Hi {name},\n\n"
                "I wanted to say thank you {for_what}. {memory}\n\n"
                "I'm sorry we won't be working together this time, and I'd be glad to stay in "
                "touch. If something else comes up that fits, I'd love to hear about it.\n\n"
                "Warm wishes,\n{me}"
            ),
        ),
        "brief": (
            _("Thanks for your time"),
            _(
                "Hi {name},\n\n"
                "Thanks again {for_what}. {memory} Let's stay in touch.\n\n"
                "Best,\n{me}"
            ),
        ),
        "formal": (
            _("Thank you for your consideration"),
            _(
                "Dear {name},\n\n"
                "Thank you {for_what} at {company}. {memory}\n\n"
                "I remain very interested in {company} and would welcome the chance to stay in "
                "contact regarding future openings.\n\n"
                "Yours sincerely,\n{me}"
            ),
        ),
    },
}


def fill_message(
    kind: str,
    tone: str,
    *,
    name: str,
    company: str,
    role: str,
    me: str,
    reach: str = INTERVIEW,
) -> tuple[str, str]:
    """A message's subject and body with the details filled in, in words that fit how far the
    process went; unknown tones fall back to warm, unknown stages to interviews."""
    subject, body = MESSAGE_TEMPLATES[kind].get(tone) or MESSAGE_TEMPLATES[kind]["warm"]
    lines = STAGE_LINES.get(reach) or STAGE_LINES[INTERVIEW]
    values = {"name": name, "company": company, "role": role, "me": me}
    values |= {key: str(line).format(**values) for key, line in lines.items()}
    return str(subject).format(**values), str(body).format(**values)
