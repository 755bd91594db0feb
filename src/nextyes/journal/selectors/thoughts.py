"""Thought records, the reads: where a record stands in its steps, its suggestions in order, and how
much an emotion eased from the first rating to the last.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from nextyes.journal.models import ThoughtRecord, ThoughtStep, TrapSuggestion
from nextyes.journal.traps import SLUGS
from nextyes.lib.ownership import owned

# The steps a person walks through, in order; DONE is where a finished record rests.
STEPS: tuple[str, ...] = (
    ThoughtStep.SITUATION,
    ThoughtStep.THOUGHT,
    ThoughtStep.EMOTIONS,
    ThoughtStep.TRAPS,
    ThoughtStep.EVIDENCE,
    ThoughtStep.BALANCED,
    ThoughtStep.RERATE,
)


STEP_ORDER = {step: n for n, step in enumerate([*STEPS, ThoughtStep.DONE])}


def step_number(step: str) -> int:
    """1 for the first step."""
    return STEPS.index(step) + 1


def next_step(step: str) -> str | None:
    n = STEPS.index(step)
    return STEPS[n + 1] if n + 1 < len(STEPS) else None


def previous_step(step: str) -> str | None:
    n = STEPS.index(step)
    return STEPS[n - 1] if n > 0 else None


def resume_step(record: ThoughtRecord) -> str:
    """Where an unfinished record picks up: the first step not yet saved or skipped."""
    return record.step if record.step in STEPS else STEPS[-1]


def is_finished(record: ThoughtRecord) -> bool:
    return record.finished_at is not None


def strongest(emotions: Iterable[Mapping[str, object]], key: str = "intensity") -> int | None:
    """The strongest emotion's intensity (what the before/after change is measured on)."""
    # The ratings were checked on the way in (_intensity): numbers, or None when not rated.
    values = [int(value) for e in emotions if isinstance(value := e.get(key), int | float | str)]
    return max(values) if values else None


def suggestions(record: ThoughtRecord) -> list[TrapSuggestion]:
    """Stored suggestions: open ones ranked first, then those answered, then those added."""
    rows = list(owned(TrapSuggestion, record.owner).filter(record=record))

    def rank(row: TrapSuggestion) -> tuple[int, float, int]:
        answered = 0 if row.confirmed is None else (1 if row.confirmed else 2)
        return (answered, -(row.score if row.score is not None else -1.0), SLUGS.index(row.slug))

    return sorted((r for r in rows if r.slug in SLUGS), key=rank)


def intensity_drop(record: ThoughtRecord) -> int | None:
    """How many points the strongest feeling eased (negative when it grew)."""
    if record.intensity_before is None or record.intensity_after is None:
        return None
    return record.intensity_before - record.intensity_after


def average_drop(records: Iterable[ThoughtRecord]) -> float | None:
    """The mean easing over the records rated both before and after."""
    drops = [d for d in (intensity_drop(r) for r in records) if d is not None]
    return sum(drops) / len(drops) if drops else None
