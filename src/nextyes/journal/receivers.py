"""Automatic wins: reaching an interview or an offer is worth noting, so NextYes notes it.

Each win carries a `source_key`, so however often a status comes back (assessment → interview,
an event edited twice) the same milestone earns one win.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.dispatch import receiver
from django.utils.translation import gettext as _

from nextyes.journal.models import WinKind
from nextyes.journal.services import add_win
from nextyes.lib.dates import today_for
from nextyes.pipeline import signals
from nextyes.pipeline.choices import Stage

if TYPE_CHECKING:
    from nextyes.pipeline.models import Application, StageEvent

# Older events are history (e.g. last year's spreadsheet): counted everywhere, celebrated nowhere.
RECENT_DAYS = 14


@dataclass(frozen=True)
class AutoWin:
    text: str
    kind: str
    source_key: str
    on: dt.date


def win_for_status(
    application: Application, status: str, event_on: dt.date | None, today: dt.date
) -> AutoWin | None:
    """The win an application earns by reaching `status` on `event_on`, if any."""
    if event_on is None or (today - event_on).days > RECENT_DAYS:
        return None
    on = min(event_on, today)  # an interview booked for next week is already a win today
    company = application.company.name
    if status == Stage.INTERVIEW:
        text = _("Reached the interview stage at %(company)s") % {"company": company}
        return AutoWin(text, WinKind.INTERVIEW, f"interview:{application.pk}", on)
    if status == Stage.OFFER:
        text = _("Offer from %(company)s") % {"company": company}
        return AutoWin(text, WinKind.OFFER, f"offer:{application.pk}", on)
    return None


@receiver(signals.status_changed, dispatch_uid="journal.win_on_status")
def win_on_status(
    sender: object, application: Application, event: StageEvent, status: str, **kwargs: object
) -> None:
    if status not in {Stage.INTERVIEW, Stage.OFFER}:
        return
    win = win_for_status(
        application,
        status,
        event.occurred_on if event is not None else None,
        today_for(application.owner),
    )
    if win is not None:
        add_win(
            application.owner,
            win.text,
            win.kind,
            on=win.on,
            automatic=True,
            source_key=win.source_key,
            application=application,
        )
