"""Fit ratings from other tools, on whatever scale they used, read as NextYes's 1–5.

Trackers and templates score fit out of 5 (stars), 10 or 100 ("72", "72%", "7/10"). A bare
number says nothing of its scale, so the scale is decided once for the whole column: any value
over 10 means 0–100, any over 5 means out of 10. Written scales ("7/10", "72%", "★★★") speak
for themselves. The rescale is linear from the ends of the scale to 1 and 5, rounded half up.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from nextyes.pipeline.transfer.values import ValueProblem


@dataclass(frozen=True)
class FitScale:
    low: int
    high: int

    @property
    def label(self) -> str:
        return f"{self.low}–{self.high}"

    def rating(self, number: float) -> int:
        """The 1–5 rating for a number on this scale (ValueProblem outside it)."""
        if not self.low <= number <= self.high:
            raise ValueProblem(
                _("“%(value)s” is not a score from %(low)d to %(high)d")
                % {"value": _plain(number), "low": self.low, "high": self.high}
            )
        step = (number - self.low) * 4 / (self.high - self.low)
        return max(1, min(5, math.floor(1 + step + 0.5)))


FIVE = FitScale(1, 5)
TEN = FitScale(0, 10)
TEN_FROM_ONE = FitScale(1, 10)
HUNDRED = FitScale(0, 100)

_NUMBER = r"(\d+(?:[.,]\d+)?)"
_FORMS = (
    (re.compile(_NUMBER + r"\s*%"), HUNDRED),
    (re.compile(_NUMBER + r"\s*(?:/|out\s+of|of)\s*100"), HUNDRED),
    (re.compile(_NUMBER + r"\s*(?:/|out\s+of|of)\s*10"), TEN),
    (re.compile(_NUMBER + r"\s*(?:/|out\s+of|of)\s*5"), FIVE),
    (re.compile(_NUMBER + r"\s*stars?"), FIVE),
)
_STARS = ("★", "⭐")
_BLANKS = frozenset({"-", "–", "—", "n/a", "na", "none", "?", "tbd"})  # "no score yet"


def _plain(number: float) -> str:
    return f"{number:g}"


@dataclass(frozen=True)
class FitReading:
    number: float
    scale: FitScale | None  # None: a bare number, read on the column's scale


def read_fit(value: str) -> FitReading | None:
    """What a fit cell says: a number and, when written, its scale. None when empty."""
    text = value.strip().lower()
    if not text or text in _BLANKS:
        return None
    stars = sum(text.count(star) for star in _STARS)
    if stars:
        return FitReading(min(stars, 5), FIVE)
    for pattern, scale in _FORMS:
        if match := pattern.fullmatch(text):
            return FitReading(float(match[1].replace(",", ".")), scale)
    if match := re.fullmatch(_NUMBER, text):
        return FitReading(float(match[1].replace(",", ".")), None)
    raise ValueProblem(_("“%(value)s” is not a score I can read") % {"value": value.strip()})


def decide_scale(values: Iterable[str]) -> FitScale:
    """The scale of a column's bare numbers: over 10 means 0–100, over 5 means out of 10."""
    numbers = []
    for value in values:
        try:
            reading = read_fit(value)
        except ValueProblem:
            continue
        if reading is not None and reading.scale is None:
            numbers.append(reading.number)
    if not numbers or max(numbers) <= 5:
        return FIVE
    if max(numbers) <= 10:
        return TEN if min(numbers) == 0 else TEN_FROM_ONE
    return HUNDRED


def parse_fit(value: str, scale: FitScale = FIVE) -> int | None:
    """The 1–5 rating in a cell; empty, and 0 on a 1–5 scale, mean none."""
    reading = read_fit(value)
    if reading is None:
        return None
    used = reading.scale or scale
    if used == FIVE and reading.number == 0:
        return None  # Teal and star widgets write 0 for "not rated yet"
    return used.rating(reading.number)


def rescale_note(header: str, values: Iterable[str], scale: FitScale) -> str | None:
    """A sentence for the preview when the column was not already 1–5, with a few examples."""
    examples: dict[str, int] = {}
    for value in values:
        try:
            reading = read_fit(value)
            rating = parse_fit(value, scale)
        except ValueProblem:
            continue
        if reading is None or rating is None or (reading.scale or scale) == FIVE:
            continue
        examples.setdefault(value.strip(), rating)
        if len(examples) == 3:
            break
    if not examples:
        return None
    shown = ", ".join(f"{raw} → {rating}" for raw, rating in examples.items())
    if scale != FIVE:
        return _(
            "Fit was on a %(scale)s scale in your “%(column)s” column; "
            "I turned it into 1–5: %(examples)s."
        ) % {"scale": scale.label, "column": header, "examples": shown}
    return _(
        "Fit was written out of 10 or 100 in your “%(column)s” column; "
        "I turned it into 1–5: %(examples)s."
    ) % {"column": header, "examples": shown}
