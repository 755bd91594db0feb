"""Work another app started from a timeline event, which may go when the event goes.

The recovery app opens a ritual from a rejection. When the person removes that event from the
timeline, the board offers to remove the unfinished ritual too. The pipeline sits below recovery
and must not import it, so recovery registers a `FollowUps` here in its AppConfig.ready().
"""

from __future__ import annotations

from typing import Protocol

from django.db import transaction

from nextyes.pipeline import services
from nextyes.pipeline.models import Application, StageEvent


class FollowUps(Protocol):
    def open_for(self, event: StageEvent) -> bool:
        """Whether unfinished work (an open or put-aside ritual) hangs on this event."""
        ...

    def remove(self, event: StageEvent) -> None:
        """Take the event out of that work; the work goes when nothing else is in it."""
        ...


_registered: list[FollowUps] = []


def register(follow_ups: FollowUps) -> None:
    """Called from an AppConfig.ready(); registering the same object twice is harmless."""
    if follow_ups not in _registered:
        _registered.append(follow_ups)


def open_for(event: StageEvent) -> bool:
    return any(f.open_for(event) for f in _registered)


@transaction.atomic
def delete_event(event: StageEvent, *, with_follow_ups: bool) -> Application:
    """Delete a timeline event; with `with_follow_ups`, also the unfinished work it started."""
    if with_follow_ups:
        for follow_ups in _registered:
            follow_ups.remove(event)
    return services.delete_event(event)
