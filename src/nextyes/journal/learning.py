"""What the person kept from their "no"s, as the journal's evidence step reads it.

Encouraging feedback and lessons belong to the recovery app, which sits above the journal; the
journal must not import it. So recovery registers a `LearningRecords` here in its
AppConfig.ready(), and without one (recovery not installed) there is simply nothing to count.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:
    from nextyes.accounts.models import User


class Quote(NamedTuple):
    text: str
    received_on: dt.date


class LearningRecords(Protocol):
    def encouraging_feedback(self, user: User) -> int:
        """How many times the person noted encouraging feedback."""
        ...

    def latest_encouraging(self, user: User) -> Quote | None:
        """The most recent encouraging feedback, if any."""
        ...

    def lessons_kept(self, user: User) -> int:
        """How many lessons the person kept."""
        ...


class _Nothing:
    def encouraging_feedback(self, user: User) -> int:
        return 0

    def latest_encouraging(self, user: User) -> Quote | None:
        return None

    def lessons_kept(self, user: User) -> int:
        return 0


_records: LearningRecords = _Nothing()


def register(records: LearningRecords) -> None:
    """Called from the recovery app's AppConfig.ready()."""
    global _records
    _records = records


def records() -> LearningRecords:
    return _records
