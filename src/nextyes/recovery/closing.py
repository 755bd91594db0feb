"""The closing words of a ritual: what the person actually did in it, in warm, plain sentences.

A ritual skipped from start to finish did nothing, and its end says so kindly instead of
"you bounced back"; finishing it then brings no win and no points either (services.finish).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nextyes.lib import feelings
from nextyes.lib.ownership import owned
from nextyes.momentum.models import Break
from nextyes.recovery.models import Ritual


@dataclass(frozen=True)
class Closing:
    title: str
    lead: str
    # One sentence per thing done, in the order of the steps.
    done: list[str]


def _feel(ritual: Ritual) -> list[str]:
    names = [str(feelings.EMOTION_LABELS[e]).lower() for e in ritual.emotions]
    if names and ritual.intensity is not None:
        return [
            _("You named what you felt: %(feelings)s, %(n)d out of 10.")
            % {"feelings": ", ".join(names), "n": ritual.intensity}
        ]
    if names:
        return [_("You named what you felt: %(feelings)s.") % {"feelings": ", ".join(names)}]
    if ritual.intensity is not None or ritual.feeling_note:
        return [_("You stopped to notice how this no felt.")]
    return []


def _pause(ritual: Ritual) -> list[str]:
    pause = owned(Break, ritual.owner).filter(ritual=ritual).order_by("-id").first()
    if pause is None:
        return []
    return [
        _("You gave yourself a break until %(day)s.") % {"day": date_format(pause.ends_on, "l j F")}
    ]


def _perspective(ritual: Ritual) -> list[str]:
    if ritual.outside_factors or ritual.inside_factors or ritual.perspective_note:
        return [_("You sorted out what was yours to shape from what was not.")]
    return []


def _learn(ritual: Ritual) -> list[str]:
    lessons = list(ritual.lessons.all())
    if lessons:
        return [
            ngettext(
                "You kept a lesson: “%(text)s”",
                "You kept %(n)d lessons, the first: “%(text)s”",
                len(lessons),
            )
            % {"n": len(lessons), "text": lessons[-1].text}
        ]
    if ritual.postmortem:
        return [_("You looked back at how it went, without blaming yourself.")]
    return []


def _reach_out(ritual: Ritual) -> list[str]:
    name = ritual.contact.name if ritual.contact is not None else ""
    done = []
    if ritual.feedback_requested_on:
        done.append(
            _("You asked %(name)s for feedback.") % {"name": name}
            if name
            else _("You asked for feedback.")
        )
    if ritual.thank_you_sent_on:
        done.append(
            _("You thanked %(name)s and kept the door open.") % {"name": name}
            if name
            else _("You sent a thank-you and kept the door open.")
        )
    if ritual.feedback.exists():
        done.append(_("You kept the feedback they gave you."))
    return done


def _next_step(ritual: Ritual) -> list[str]:
    action = ritual.next_actions.order_by("-id").first()
    if action is None:
        return []
    return [_("You chose your next step: %(text)s.") % {"text": action.text.rstrip(".")}]


def things_done(ritual: Ritual) -> list[str]:
    """What the person did in the ritual, one sentence each; empty when every step was skipped."""
    return [
        line
        for part in (_feel, _pause, _perspective, _learn, _reach_out, _next_step)
        for line in part(ritual)
    ]


def closing_for(ritual: Ritual) -> Closing:
    """The title, the opening sentence and the list for the page at the end of a ritual."""
    done = things_done(ritual)
    if not done:
        return Closing(
            title=_("Closed for now"),
            lead=_(
                "You went through without stopping at any step, and that is allowed: not every "
                "no needs working through. If it comes back to mind, a thought record or a note "
                "in your journal is always there."
            ),
            done=[],
        )
    return Closing(
        title=_("You bounced back"),
        lead=_(
            "Going through a no takes courage, and here is what you did with it. It counts: "
            "it is in your wins now."
        ),
        done=done,
    )
