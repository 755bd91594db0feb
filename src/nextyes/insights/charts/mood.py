"""Mood over time with rejection markers: waits for the check-ins of a later issue."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from nextyes.insights.charts.svg import Chart


def mood_chart(points: Sequence[Any]) -> Chart | None:
    """No chart until check-ins exist; the page shows nothing for a None."""
    return None
