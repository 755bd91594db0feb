from __future__ import annotations

import pytest

from nextyes.pipeline.transfer.fit import (
    FIVE,
    HUNDRED,
    TEN,
    TEN_FROM_ONE,
    FitScale,
    decide_scale,
    parse_fit,
    rescale_note,
)
from nextyes.pipeline.transfer.values import ValueProblem


@pytest.mark.parametrize(
    ("values", "scale"),
    [
        (["3", "5", ""], FIVE),
        (["72", "8", "40"], HUNDRED),
        (["7", "0", "10"], TEN),
        (["7", "9", "2"], TEN_FROM_ONE),
        (["★★★", "4/5", "72%"], FIVE),  # written scales speak for themselves
        ([], FIVE),
    ],
)
def test_it_decides_the_scale_from_the_whole_column(values: list[str], scale: FitScale) -> None:
    assert decide_scale(values) == scale


@pytest.mark.parametrize(
    ("value", "scale", "rating"),
    [
        ("72", HUNDRED, 4),
        ("0", HUNDRED, 1),
        ("100", HUNDRED, 5),
        ("35", HUNDRED, 2),
        ("7", TEN, 4),
        ("0", TEN, 1),
        ("7", TEN_FROM_ONE, 4),
        ("1", TEN_FROM_ONE, 1),
        ("7/10", FIVE, 4),
        ("7 out of 10", FIVE, 4),
        ("72%", FIVE, 4),
        ("72/100", FIVE, 4),
        ("3/5", HUNDRED, 3),
        ("★★★", HUNDRED, 3),
        ("4 stars", FIVE, 4),
        ("4,5", FIVE, 5),
        ("0", FIVE, None),  # a star widget's "not rated yet"
        ("", HUNDRED, None),
        ("n/a", HUNDRED, None),
        ("—", FIVE, None),
    ],
)
def test_it_turns_any_scale_into_one_to_five(value: str, scale: FitScale, rating: int) -> None:
    assert parse_fit(value, scale) == rating


def test_it_names_the_value_it_cannot_read() -> None:
    with pytest.raises(ValueProblem) as unreadable:
        parse_fit("great", HUNDRED)
    assert str(unreadable.value) == "“great” is not a score I can read"
    with pytest.raises(ValueProblem) as too_high:
        parse_fit("150", HUNDRED)
    assert str(too_high.value) == "“150” is not a score from 0 to 100"


def test_it_explains_a_rescale_with_examples_from_the_file() -> None:
    values = ["72", "", "72", "35", "90", "12"]
    assert rescale_note("Fit Score", values, HUNDRED) == (
        "Fit was on a 0–100 scale in your “Fit Score” column; "
        "I turned it into 1–5: 72 → 4, 35 → 2, 90 → 5."
    )
    assert rescale_note("Stars", ["★★★", "4"], FIVE) is None
    assert rescale_note("Fit", ["7/10", "4"], FIVE) == (
        "Fit was written out of 10 or 100 in your “Fit” column; I turned it into 1–5: 7/10 → 4."
    )
