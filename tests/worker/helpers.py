"""Running the real worker inside a test: one pass over what is due and queued."""

from __future__ import annotations

import datetime as dt

from nextyes.worker.runner import Tally, Worker


def run_worker(now: dt.datetime | None = None) -> Tally:
    """What `nextyes worker --once` does, in this process (and this test's transaction)."""
    return Worker().run_pass(now)
