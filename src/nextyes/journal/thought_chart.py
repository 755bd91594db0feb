"""The "before → after" chart of thought records, drawn on the server as plain SVG shapes.

Each rated record is a short line from how strong the feeling was before to how strong it was
after; the page shows the same numbers in a table beside it for screen readers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from nextyes.journal.models import ThoughtRecord

WIDTH = 640
HEIGHT = 220
PAD_LEFT = 36
PAD_RIGHT = 16
PAD_TOP = 12
PAD_BOTTOM = 24
MAX_RECORDS = 24  # the latest ones; the table lists them all


@dataclass(frozen=True)
class Bar:
    record_id: int
    when: dt.datetime
    x: float
    y_before: float
    y_after: float
    before: int
    after: int
    eased: bool


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    width: int = WIDTH
    height: int = HEIGHT
    left: int = PAD_LEFT
    right: int = WIDTH - PAD_RIGHT
    # The 0, 50 and 100 guide lines: (y, label)
    guides: tuple[tuple[float, int], ...] = ()


def _y(value: int) -> float:
    inner = HEIGHT - PAD_TOP - PAD_BOTTOM
    return round(PAD_TOP + inner * (1 - value / 100), 1)


def rated(records: Iterable[ThoughtRecord]) -> list[ThoughtRecord]:
    """Records rated before and after, oldest first."""
    both = [r for r in records if r.intensity_before is not None and r.intensity_after is not None]
    return sorted(both, key=lambda r: (r.created_at, r.pk))


def build(records: Iterable[ThoughtRecord]) -> Chart | None:
    """The chart for the latest rated records; None when there is nothing to draw."""
    shown = rated(records)[-MAX_RECORDS:]
    if not shown:
        return None
    inner = WIDTH - PAD_LEFT - PAD_RIGHT
    step = inner / len(shown)
    bars = [
        Bar(
            record_id=r.pk,
            when=r.created_at,
            x=round(PAD_LEFT + step * (n + 0.5), 1),
            y_before=_y(r.intensity_before or 0),
            y_after=_y(r.intensity_after or 0),
            before=r.intensity_before or 0,
            after=r.intensity_after or 0,
            eased=(r.intensity_after or 0) < (r.intensity_before or 0),
        )
        for n, r in enumerate(shown)
    ]
    return Chart(bars=bars, guides=tuple((_y(v), v) for v in (0, 50, 100)))
