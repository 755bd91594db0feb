"""Four months of demo check-ins: not every day, mood dipping after a rejection and coming back.

Made with a fixed seed so the demo looks the same on every refresh. Today itself is left
empty, so the demo's Today page shows the one-tap check-in card. Written straight to the
table (no points, no screening): the notes here are our own calm sentences.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterable
from decimal import Decimal

from nextyes.accounts.models import User
from nextyes.journal.models import CheckIn
from nextyes.lib.ownership import owned
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import StageEvent

SEED = 5
DAYS = 120
# How hard a rejection lands on the day (mood points) and how fast that fades (per day).
DIP = 1.4
FADE = 0.8
# Several no's close together weigh more, but not without limit.
MAX_DIP = 1.9
RECOVERY_DAYS = 16

# Feelings by mood band, from the ritual's list.
LOW_FEELINGS = ("disappointed", "frustrated", "sad", "tired", "anxious", "numb")
MID_FEELINGS = ("tired", "calm", "confused", "anxious", "hopeful")
HIGH_FEELINGS = ("hopeful", "calm", "relieved")

# Our own short notes, by mood band: ordinary days of a search.
LOW_NOTES = (
    "Another no today. Took a long walk instead of refreshing my inbox.",
    "Hard to get going this morning. Did one small thing and called it enough.",
    "Felt flat after the call. Made soup and watched something silly.",
    "Tired of waiting to hear back. Wrote it down so it stops looping.",
)
MID_NOTES = (
    "Quiet day: tidied my CV and read about the company for Thursday.",
    "Not great, not bad. Sent two applications and stopped there.",
    "Coffee with Sam helped more than I expected.",
    "Slept badly, but the afternoon was better.",
)
HIGH_NOTES = (
    "Good interview practice with a friend. I sounded like myself.",
    "Got a kind reply from a recruiter. Small thing, nice day.",
    "Long run in the morning, clear head all day.",
    "Finished the portfolio piece I had been putting off.",
)


def build(user: User, today: dt.date, rejection_days: Iterable[dt.date] | None = None) -> int:
    """Add the demo's check-ins for the DAYS before `today`; returns how many were made.

    `rejection_days` are the days a "no" came in (read from the account when left out).
    """
    if rejection_days is None:
        rejection_days = _rejection_days(user)
    rejections = sorted(set(rejection_days))
    rng = random.Random(SEED)
    made: list[CheckIn] = []
    for back in range(DAYS, 0, -1):
        day = today - dt.timedelta(days=back)
        weekend = day.weekday() >= 5
        if rng.random() > (0.5 if weekend else 0.72):
            continue  # a day without a check-in is just a day
        dip = min(
            MAX_DIP,
            sum(
                DIP * math.exp(-FADE * (day - r).days)
                for r in rejections
                if 0 <= (day - r).days <= 5
            ),
        )
        # A gentle long swell, so the months differ a little, plus the day's own weather.
        base = 3.9 + 0.35 * math.sin(back / 17) + (0.2 if weekend else 0.0)
        # The last weeks: the rituals and a planned break are helping; the demo ends on the mend.
        base += 0.5 if back <= RECOVERY_DAYS else 0.0
        mood = max(1, min(5, round(base - dip + rng.gauss(0, 0.7))))
        made.append(_checkin(user, rng, day, mood))
    CheckIn.objects.bulk_create(made)
    return len(made)


def _checkin(user: User, rng: random.Random, day: dt.date, mood: int) -> CheckIn:
    feelings, notes = (
        (LOW_FEELINGS, LOW_NOTES)
        if mood <= 2
        else (MID_FEELINGS, MID_NOTES)
        if mood == 3
        else (HIGH_FEELINGS, HIGH_NOTES)
    )
    emotions = rng.sample(feelings, k=rng.choice((0, 1, 1, 2)))
    energy = max(1, min(5, mood + rng.choice((-1, 0, 0, 0, 1))))
    sleep = Decimal(str(round(max(4.5, min(9.5, rng.gauss(6.3 + 0.3 * mood, 0.7))) * 2) / 2))
    moved = rng.random() < 0.65
    return CheckIn(
        owner=user,
        day=day,
        mood=mood,
        emotions=emotions,
        energy=energy if rng.random() < 0.8 else None,
        sleep_hours=sleep if rng.random() < 0.85 else None,
        movement_minutes=rng.choice((10, 20, 30, 30, 45, 60)) if moved else 0,
        ate_well=rng.random() < 0.85,
        connected=rng.random() < (0.35 + 0.1 * mood),
        note=rng.choice(notes) if rng.random() < 0.18 else "",
    )


def _rejection_days(user: User) -> list[dt.date]:
    return list(
        owned(StageEvent, user)
        .filter(stage=Stage.REJECTED)
        .values_list("occurred_on", flat=True)
        .order_by()
    )


def clear(user: User) -> None:
    """Remove the account's check-ins (a demo refresh rebuilds them)."""
    owned(CheckIn, user).delete()
