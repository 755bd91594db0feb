"""The demo's mind-and-body half: check-ins, thought records, gratitude and a vision board."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from nextyes.home import demo_checkins, demo_gratitude, demo_thoughts

if TYPE_CHECKING:
    from nextyes.accounts.models import User
    from nextyes.home.demo_texts import Plan
    from nextyes.pipeline.models import Application

# Which demo applications the thought records are about: a final-round no, an interview, a silence.
THOUGHT_KINDS = ("rejected-final", "rejected-interview", "ghosted")


def build(user: User, today: dt.date, made: Sequence[tuple[Plan, Application]]) -> dict[str, int]:
    """Four months of check-ins around the demo's no's, a few thought records, gratitude."""
    by_kind: dict[str, list[Application | None]] = {}
    for plan, application in made:
        by_kind.setdefault(plan.kind, []).append(application)
    return {
        "check_ins": demo_checkins.build(user, today),
        "thought_records": demo_thoughts.build(
            user, today, [(by_kind.get(kind) or [None])[-1] for kind in THOUGHT_KINDS]
        ),
        "gratitude": demo_gratitude.build(user, today),
    }


def holds_own_records(user: User) -> bool:
    """True when the person wrote journal entries the demo did not (a refresh would lose them)."""
    return demo_gratitude.holds_own_records(user) or demo_thoughts.holds_own_records(user)


def clear(user: User) -> None:
    demo_checkins.clear(user)
    demo_thoughts.clear(user)
    demo_gratitude.clear(user)
