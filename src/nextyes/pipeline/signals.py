"""Hooks other apps listen to. The rejection ritual (recovery app) starts from `outcome_reached`.

Both are sent inside the service's transaction, so a receiver's writes commit or roll back with
the event that caused them (an import that fails writes nothing, receivers included).
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager

from django.dispatch import Signal

# kwargs: application, event, previous_status, status
status_changed = Signal()
# kwargs: application, event (its stage is one of choices.OUTCOME_STAGES), source
outcome_reached = Signal()


# Changes made together (one import) share a batch, so receivers can treat them as one: several
# recent rejections in one file open one combined ritual, not a pile.
_batch: contextvars.ContextVar[dict[str, object] | None] = contextvars.ContextVar(
    "pipeline_batch", default=None
)


@contextmanager
def batch() -> Iterator[dict[str, object]]:
    """Group the changes made inside; receivers keep their per-batch state in the dict."""
    state: dict[str, object] = {}
    token = _batch.set(state)
    try:
        yield state
    finally:
        _batch.reset(token)


def current_batch() -> dict[str, object] | None:
    """The running batch's state, or None outside a batch."""
    return _batch.get()
