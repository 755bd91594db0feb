"""The weekly digest's words: counts and next steps only.

It may go through any mail server, so it holds nothing private: no journal text, no mood, no
thought, no note, not even a company name. Just how many, and what is coming.
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nextyes.accounts.models import User
from nextyes.journal.models import CheckIn
from nextyes.lib.ownership import owned
from nextyes.momentum.selectors import start_of_day
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import Application, Interview, Touchpoint


def digest_text(user: User, monday: dt.date) -> str:
    """The seven days before `monday`, then the seven from it, as a few plain lines."""
    start, end = monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
    ahead = monday + dt.timedelta(days=6)
    sent = owned(Application, user).filter(applied_on__range=(start, end)).count()
    reached = owned(Touchpoint, user).filter(occurred_on__range=(start, end)).count()
    interviews = owned(Interview, user)
    held = interviews.filter(
        scheduled_at__gte=start_of_day(user, start), scheduled_at__lt=start_of_day(user, monday)
    ).count()
    checkins = owned(CheckIn, user).filter(day__range=(start, end)).count()
    coming = interviews.filter(
        scheduled_at__gte=start_of_day(user, monday),
        scheduled_at__lt=start_of_day(user, ahead + dt.timedelta(days=1)),
    ).count()
    follow_ups = owned(Touchpoint, user).filter(follow_up_on__range=(monday, ahead)).count()
    closing = (
        owned(Application, user)
        .filter(status=Stage.SAVED, closes_on__range=(monday, ahead))
        .count()
    )
    lines = [
        _("Last week:"),
        "• " + ngettext("%d application sent", "%d applications sent", sent) % sent,
        "• " + ngettext("%d person reached out to", "%d people reached out to", reached) % reached,
        "• " + ngettext("%d interview", "%d interviews", held) % held,
        "• " + ngettext("%d day checked in", "%d days checked in", checkins) % checkins,
        "",
        _("This week:"),
        "• " + ngettext("%d interview coming", "%d interviews coming", coming) % coming,
        "• " + ngettext("%d follow-up planned", "%d follow-ups planned", follow_ups) % follow_ups,
        "• " + ngettext("%d saved job closing", "%d saved jobs closing", closing) % closing,
        "",
        _("Every one of these took effort, whatever came back. One small step today is plenty."),
    ]
    return "\n".join(lines)
