"""Status derivation: pure, so it can be tested on any list of events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol

from nextyes.pipeline.choices import Stage


class EventLike(Protocol):
    @property
    def stage(self) -> str: ...
    @property
    def occurred_on(self) -> dt.date: ...
    @property
    def id(self) -> int | None: ...


def derive_status(events: Iterable[EventLike]) -> tuple[str, dt.date | None]:
    """The status is the stage of the latest event: latest date, then latest recorded.

    An application with no events is `saved` (a lead not yet acted on).
    """
    latest: EventLike | None = None
    for event in events:
        if latest is None or (event.occurred_on, event.id or 0) >= (
            latest.occurred_on,
            latest.id or 0,
        ):
            latest = event
    if latest is None:
        return Stage.SAVED.value, None
    return latest.stage, latest.occurred_on
