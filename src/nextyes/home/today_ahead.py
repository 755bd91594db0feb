"""What is coming and what just came on the Today page: interviews in the next seven days (in the
person's time zone, however they were added: the form, the CLI or the inbox) and an offer to
celebrate. One query each, capped, so Today stays quick."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from nextyes.accounts.models import User
from nextyes.lib.dates import zone_for
from nextyes.lib.ownership import owned
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import Application, Interview

# Today and the seven days after it: "next Tuesday" always fits, eight days out does not.
AHEAD_DAYS = 7
UPCOMING = 5
# An offer stays celebrated on Today for a month after it came (or was accepted).
OFFER_DAYS = 30


@dataclass(frozen=True, slots=True)
class UpcomingInterview:
    id: int
    application_id: int
    company: str
    role: str
    at: dt.datetime  # in the person's time zone
    round: int
    kind: str


@dataclass(frozen=True, slots=True)
class OfferItem:
    application_id: int
    company: str
    role: str
    accepted: bool
    on: dt.date


def upcoming_interviews(user: User, day: dt.date) -> list[UpcomingInterview]:
    """Interviews from the start of `day` to the end of the seventh day after, in the person's
    time zone (an interview earlier today stays: "how did it go?" is still near)."""
    tz = zone_for(user)
    start = dt.datetime.combine(day, dt.time.min, tzinfo=tz)
    end = dt.datetime.combine(day + dt.timedelta(days=AHEAD_DAYS + 1), dt.time.min, tzinfo=tz)
    found = (
        owned(Interview, user)
        .filter(scheduled_at__gte=start, scheduled_at__lt=end)
        .select_related("application__company")
        .order_by("scheduled_at")[:UPCOMING]
    )
    return [
        UpcomingInterview(
            id=i.pk,
            application_id=i.application_id,
            company=i.application.company.name,
            role=i.application.role,
            at=i.scheduled_at.astimezone(tz),
            round=i.round,
            kind=str(i.get_kind_display()),
        )
        for i in found
    ]


def recent_offer(user: User, day: dt.date) -> OfferItem | None:
    """The newest application standing at an offer (or accepted) reached in the last month."""
    app = (
        owned(Application, user)
        .filter(
            status__in=[Stage.OFFER, Stage.ACCEPTED],
            status_on__gte=day - dt.timedelta(days=OFFER_DAYS),
            status_on__lte=day,
        )
        .select_related("company")
        .order_by("-status_on", "-pk")
        .first()
    )
    if app is None or app.status_on is None:
        return None
    return OfferItem(
        app.pk, app.company.name, app.role, app.status == Stage.ACCEPTED, app.status_on
    )
