"""Time-based jobs that apps hand to the worker (`nextyes worker`), without the worker knowing them.

An app registers its jobs in its AppConfig.ready(); the worker runs each one when it is due. This
keeps the layers: the worker sits on top and reads this registry, the apps below never import it.

A job receives `now`:
- None: the real present moment;
- an aware datetime: that instant;
- a naive datetime: that wall-clock time in each person's own zone (`nextyes worker --now
  2026-12-08T12:00`), so that a test or a catch-up run reads as the person would see it.
`moment_for` turns that into the instant for one person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.utils import timezone


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    # How often it runs; a job that must run per person at a local hour checks that itself.
    every: dt.timedelta
    run: Callable[[dt.datetime | None], object]


_JOBS: dict[str, PeriodicJob] = {}


def register(name: str, every: dt.timedelta, run: Callable[[dt.datetime | None], object]) -> None:
    """Declare a job; registering the same name again replaces it (ready() may run twice)."""
    _JOBS[name] = PeriodicJob(name, every, run)


def jobs() -> list[PeriodicJob]:
    """Every registered job, by name."""
    return sorted(_JOBS.values(), key=lambda job: job.name)


def moment_for(now: dt.datetime | None, zone: dt.tzinfo) -> dt.datetime:
    """The instant `now` means for someone living in `zone` (see the module's note;
    `lib.dates.zone_for(user)` gives a person's)."""
    if now is None:
        return timezone.now()
    if timezone.is_aware(now):
        return now
    return now.replace(tzinfo=zone)


def unregister(name: str) -> None:
    """Forget a job (a test's own, or one an app no longer wants)."""
    _JOBS.pop(name, None)
