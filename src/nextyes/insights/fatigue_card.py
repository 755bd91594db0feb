"""The fatigue card on Today: whether to show it, and "not now" for a week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import CharField, IntegerField, Value

from nextyes.accounts.models import User
from nextyes.insights.fatigue import signal, window_bounds
from nextyes.insights.models import InsightSettings
from nextyes.lib.ownership import owned
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import Application, StageEvent, Touchpoint

if TYPE_CHECKING:
    from nextyes.insights.fatigue import Fatigue

DISMISS_DAYS = 7


def card_for(
    user: User, day: dt.date, moods: Sequence[tuple[dt.date, float]] | None = None
) -> Fatigue | None:
    """The signal when it says "watch" or "high" and the person has not said "not now" lately.

    Two queries, so Today stays quick: the dismissal, then the dated events of the window.
    `moods` are the window's check-ins (day, mood), which Today has already read.
    """
    hidden_until = (
        owned(InsightSettings, user).values_list("fatigue_dismissed_until", flat=True).first()
    )
    if hidden_until is not None and day < hidden_until:
        return None
    events = _window_events(user, day)
    # Someone who just said yes to an offer has no reason to slow down gently.
    if events["accepted"]:
        return None
    fatigue = signal(
        day,
        rejections=events["rejections"],
        applications=events["applications"],
        outreach=events["outreach"],
        moods=moods,
    )
    return fatigue if fatigue.level in ("watch", "high") else None


def _window_events(user: User, day: dt.date) -> dict[str, list[dt.date]]:
    """What fatigue.fatigue_for reads in three queries, read here in one (UNION ALL).

    Same rules: rejections and `applied` events, an application's own date winning over its
    event so nothing counts twice, and outreach touchpoints; and, for the card only, offers
    accepted in the window.
    """
    start, _recent, end = window_bounds(day)
    events = (
        owned(StageEvent, user)
        .filter(
            stage__in=[Stage.APPLIED, Stage.REJECTED, Stage.ACCEPTED],
            occurred_on__range=(start, end),
        )
        .values_list("application_id", "stage", "occurred_on")
        .order_by()
    )
    applications = (
        owned(Application, user)
        .filter(applied_on__range=(start, end))
        .annotate(fatigue_kind=Value(_APPLIED_ON, output_field=CharField()))
        .values_list("id", "fatigue_kind", "applied_on")
        .order_by()
    )
    outreach = (
        owned(Touchpoint, user)
        .filter(occurred_on__range=(start, end))
        .annotate(fatigue_ref=Value(0, output_field=IntegerField()))
        .annotate(fatigue_kind=Value(_OUTREACH, output_field=CharField()))
        .values_list("fatigue_ref", "fatigue_kind", "occurred_on")
        .order_by()
    )
    rejections: list[dt.date] = []
    applied_event: dict[int, dt.date] = {}
    applied_on: dict[int, dt.date] = {}
    touches: list[dt.date] = []
    accepted: list[dt.date] = []
    for ref, kind, when in events.union(applications, outreach, all=True):
        if kind == Stage.REJECTED:
            rejections.append(when)
        elif kind == Stage.ACCEPTED:
            accepted.append(when)
        elif kind == Stage.APPLIED:
            # The earliest event of the window, whatever order the rows arrive in.
            applied_event[ref] = min(when, applied_event.get(ref, when))
        elif kind == _APPLIED_ON:
            applied_on[ref] = when
        else:
            touches.append(when)
    sent = [applied_on.get(ref, when) for ref, when in applied_event.items()]
    sent += [when for ref, when in applied_on.items() if ref not in applied_event]
    return {
        "rejections": rejections,
        "applications": sent,
        "outreach": touches,
        "accepted": accepted,
    }


_APPLIED_ON = "-applied-on"
_OUTREACH = "-outreach"


@transaction.atomic
def dismiss(user: User, day: dt.date) -> dt.date:
    """Hide the card for a week from `day`; it may come back on the day returned."""
    until = day + dt.timedelta(days=DISMISS_DAYS)
    settings, _created = InsightSettings.objects.get_or_create(owner=user)
    settings.fatigue_dismissed_until = until
    settings.save(update_fields=["fatigue_dismissed_until"])
    return until
