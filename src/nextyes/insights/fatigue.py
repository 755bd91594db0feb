"""A gentle rejection-fatigue signal: are the no's piling up while the effort falls?

Three trends over a rolling window, the last two weeks against the four weeks before (counts
from the four weeks are halved so both sides speak of two weeks):

- rejections received: rising when there are at least MIN_REJECTIONS in the last two weeks and
  more than before;
- effort (applications sent + outreach touchpoints): falling when it is at most half of before,
  and before was at least MIN_EFFORT (a quiet search staying quiet is not a fall);
- mood from the daily check-ins, when there are some on both sides of the window: falling
  when the recent average is at least MOOD_DROP points below the one before.

Level "high" when rejections rise while effort or mood falls; "watch" when one trend alone
points that way; otherwise "none". This is a prompt to look after oneself, not a measurement of
anyone: it is never shown as a score.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db.models import IntegerField, Value
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nextyes.accounts.models import User
from nextyes.journal.models import CheckIn
from nextyes.lib.ownership import owned
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import Application, StageEvent, Touchpoint

RECENT_DAYS = 14
BEFORE_DAYS = 28
MIN_REJECTIONS = 3
MIN_EFFORT = 4
MOOD_DROP = 1.0


@dataclass(frozen=True)
class Fatigue:
    level: str
    reasons: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {"level": self.level, "reasons": list(self.reasons)}


@dataclass(frozen=True)
class Window:
    """Counts in the last two weeks and, per two weeks, in the four weeks before."""

    recent: int
    before: float

    @property
    def before_shown(self) -> int:
        return round(self.before)


def window_bounds(today: dt.date) -> tuple[dt.date, dt.date, dt.date]:
    """First day of the earlier window, first day of the recent one, and today (inclusive)."""
    recent_start = today - dt.timedelta(days=RECENT_DAYS - 1)
    return recent_start - dt.timedelta(days=BEFORE_DAYS), recent_start, today


def count_window(days: Iterable[dt.date], today: dt.date) -> Window:
    start, recent_start, end = window_bounds(today)
    recent = before = 0
    for day in days:
        if recent_start <= day <= end:
            recent += 1
        elif start <= day < recent_start:
            before += 1
    return Window(recent=recent, before=before * RECENT_DAYS / BEFORE_DAYS)


def _mood_means(
    moods: Sequence[tuple[dt.date, float]], today: dt.date
) -> tuple[float, float] | None:
    start, recent_start, end = window_bounds(today)
    recent = [v for d, v in moods if recent_start <= d <= end]
    before = [v for d, v in moods if start <= d < recent_start]
    if not recent or not before:
        return None
    return sum(recent) / len(recent), sum(before) / len(before)


def signal(
    today: dt.date,
    *,
    rejections: Iterable[dt.date],
    applications: Iterable[dt.date],
    outreach: Iterable[dt.date],
    moods: Sequence[tuple[dt.date, float]] | None = None,
) -> Fatigue:
    """The fatigue level and its reasons in plain words, from dated events."""
    rejected = count_window(rejections, today)
    effort = count_window([*applications, *outreach], today)
    reasons: list[str] = []

    rising = rejected.recent >= MIN_REJECTIONS and rejected.recent > rejected.before
    if rising:
        reasons.append(
            ngettext(
                "%(n)d rejection in the last two weeks, up from %(before)d every two weeks before",
                "%(n)d rejections in the last two weeks, up from %(before)d every two weeks before",
                rejected.recent,
            )
            % {"n": rejected.recent, "before": rejected.before_shown}
        )
    falling = effort.before >= MIN_EFFORT / 2 and effort.recent <= effort.before / 2
    if falling:
        reasons.append(
            ngettext(
                "You sent %(n)d application or message in the last two weeks, "
                "down from %(before)d every two weeks before",
                "You sent %(n)d applications and messages in the last two weeks, "
                "down from %(before)d every two weeks before",
                effort.recent,
            )
            % {"n": effort.recent, "before": effort.before_shown}
        )
    means = _mood_means(moods or [], today)
    mood_falling = means is not None and means[0] <= means[1] - MOOD_DROP
    if means is not None and mood_falling:
        reasons.append(
            _("Your mood check-ins average %(now).1f, down from %(before).1f")
            % {"now": means[0], "before": means[1]}
        )
    if rising and (falling or mood_falling):
        level = "high"
    elif rising or falling or mood_falling:
        level = "watch"
    else:
        level = "none"
    return Fatigue(level=level, reasons=reasons)


def fatigue_for(user: User, today: dt.date) -> Fatigue:
    """The signal for one person, in three queries (events, applications, touchpoints + moods)."""
    start, _recent, end = window_bounds(today)
    rejections: list[dt.date] = []
    applied_event: dict[int, dt.date] = {}
    for app_id, stage, day in (
        owned(StageEvent, user)
        .filter(stage__in=[Stage.APPLIED, Stage.REJECTED], occurred_on__range=(start, end))
        .values_list("application_id", "stage", "occurred_on")
        .order_by()
    ):
        if stage == Stage.REJECTED:
            rejections.append(day)
        else:
            applied_event.setdefault(app_id, day)
    # The application's own date wins over its `applied` event, so nothing counts twice.
    applied: dict[int, dt.date] = {
        app_id: day
        for app_id, day in owned(Application, user)
        .filter(applied_on__range=(start, end))
        .values_list("id", "applied_on")
        .order_by()
        if day is not None
    }
    applications = [applied.get(app_id, day) for app_id, day in applied_event.items()]
    applications += [day for app_id, day in applied.items() if app_id not in applied_event]
    # Touchpoints (mood 0) and check-ins (mood 1–5) in one UNION ALL: three queries, not four.
    touches = (
        owned(Touchpoint, user)
        .filter(occurred_on__range=(start, end))
        .annotate(fatigue_mood=Value(0, output_field=IntegerField()))
        .values_list("occurred_on", "fatigue_mood")
        .order_by()
    )
    checkins = (
        owned(CheckIn, user).filter(day__range=(start, end)).values_list("day", "mood").order_by()
    )
    outreach: list[dt.date] = []
    moods: list[tuple[dt.date, float]] = []
    for day, mood in touches.union(checkins, all=True):
        if mood:
            moods.append((day, float(mood)))
        else:
            outreach.append(day)
    return signal(
        today, rejections=rejections, applications=applications, outreach=outreach, moods=moods
    )
