"""Demo gratitude and vision board: a few weeks of small good things, and five aspirations.

A fixed seed keeps the demo the same on every refresh; not every day has an entry (nobody keeps
a perfect streak, and NextYes never asks for one). Texts are our own.
"""

from __future__ import annotations

import datetime as dt
import random

from nextyes.accounts.models import User
from nextyes.journal.models import Aspiration, Gratitude
from nextyes.lib.ownership import owned

SEED = 11
DAYS = 42

GRATITUDES = (
    "A long phone call with my sister",
    "Sun on the walk to the shops",
    "Finishing the cover letter I'd been putting off",
    "A recruiter who wrote back the same day",
    "Fresh bread from the corner bakery",
    "My friend Tomás sending a lead without being asked",
    "A quiet hour to read",
    "The interview prep group on Thursday",
    "Laughing at dinner",
    "Sleeping eight hours",
    "A kind note from my old manager",
    "The library's free coffee",
    "Getting my portfolio online at last",
    "A swim before breakfast",
    "My neighbour's dog saying hello",
    "Cooking something new and it working",
    "A mock interview that went better than I feared",
    "Rain on the window while I worked",
    "Someone at the meetup remembering my name",
    "A clear plan for tomorrow",
    "Music on the bus",
    "Feedback that told me what to change",
)

ASPIRATIONS = (
    "Work that helps people get well, or stay well",
    "A team that teaches each other and laughs together",
    "Walking or cycling to work most days",
    "Evenings free for music and friends",
    "Enough money to save a little every month",
)


def build(user: User, today: dt.date) -> int:
    """About six weeks of gratitude (most days one to three things) and the vision board.

    Returns how many gratitude entries were made. A person's own aspirations are kept.
    """
    rng = random.Random(SEED)
    entries: list[Gratitude] = []
    for back in range(DAYS, 0, -1):
        if rng.random() < 0.35:  # a day without an entry is a normal day
            continue
        picks = rng.sample(GRATITUDES, rng.choice((1, 2, 3, 3)))
        day = today - dt.timedelta(days=back)
        entries.extend(Gratitude(owner=user, text=text, day=day) for text in picks)
    Gratitude.objects.bulk_create(entries)
    if not owned(Aspiration, user).exists():
        Aspiration.objects.bulk_create(
            Aspiration(owner=user, text=text, position=n) for n, text in enumerate(ASPIRATIONS)
        )
    return len(entries)


def holds_own_records(user: User) -> bool:
    """True when the person wrote gratitude or aspirations the demo did not: keep them."""
    own_gratitude = owned(Gratitude, user).exclude(text__in=GRATITUDES)
    own_board = owned(Aspiration, user).exclude(text__in=ASPIRATIONS)
    return own_gratitude.exists() or own_board.exists()


def clear(user: User) -> None:
    """Remove the account's gratitude entries and vision board (a demo refresh rebuilds them)."""
    owned(Gratitude, user).delete()
    owned(Aspiration, user).delete()
