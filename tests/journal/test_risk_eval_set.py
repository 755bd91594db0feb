"""The round-2 risk evaluation set keeps its shape, so it cannot silently shrink or drift.

Round 2 was held out until its one measured run (recall 0.876, false alarms 0.093); it now
trains the model (training/risk/round2_eval.jsonl) and round 3 is the held-out set. This checks
the data file only.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from nextyes.lib.screening.rules import CATEGORIES

DATA = Path(__file__).resolve().parents[2] / "training" / "risk" / "round2_eval.jsonl"

LANGS = ("en", "fr", "de", "es")
# The warning-sign categories the screener names; the set must cover each of them.
RISK_CATEGORIES = CATEGORIES
SAFE_CATEGORIES = ("idiom", "job-jargon", "ordinary-low", "denial", "other-topic")
KEYS = {"id", "lang", "risk", "category", "text"}

MIN_RISK = 260
MIN_SAFE = 160
MIN_RISK_PER_OTHER_LANG = 40
MIN_SAFE_PER_OTHER_LANG = 25
MIN_PER_LANG_AND_CATEGORY = 3


def _rows() -> list[dict[str, Any]]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return _rows()


def test_it_gives_every_line_the_same_five_fields(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        assert set(row) == KEYS, row
        assert isinstance(row["risk"], bool), row
        assert isinstance(row["text"], str) and row["text"].strip(), row


def test_it_uses_only_the_four_languages_and_the_named_categories(
    rows: list[dict[str, Any]],
) -> None:
    for row in rows:
        assert row["lang"] in LANGS, row
        expected = RISK_CATEGORIES if row["risk"] else SAFE_CATEGORIES
        assert row["category"] in expected, row


def test_it_names_each_sentence_once_by_language_and_category(
    rows: list[dict[str, Any]],
) -> None:
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        assert re.fullmatch(rf"{row['lang']}-{re.escape(row['category'])}-\d{{3}}", row["id"]), row


def test_it_never_repeats_a_sentence(rows: list[dict[str, Any]]) -> None:
    texts = Counter(" ".join(row["text"].lower().split()) for row in rows)
    assert [text for text, n in texts.items() if n > 1] == []


def test_it_keeps_the_minimum_amounts(rows: list[dict[str, Any]]) -> None:
    risk = [row for row in rows if row["risk"]]
    safe = [row for row in rows if not row["risk"]]
    assert len(risk) >= MIN_RISK
    assert len(safe) >= MIN_SAFE
    for lang in ("fr", "de", "es"):
        assert sum(row["lang"] == lang for row in risk) >= MIN_RISK_PER_OTHER_LANG, lang
        assert sum(row["lang"] == lang for row in safe) >= MIN_SAFE_PER_OTHER_LANG, lang


def test_it_keeps_english_at_about_half(rows: list[dict[str, Any]]) -> None:
    share = sum(row["lang"] == "en" for row in rows) / len(rows)
    assert 0.4 <= share <= 0.6


def test_it_covers_every_category_in_every_language(rows: list[dict[str, Any]]) -> None:
    counts = Counter((row["lang"], row["category"]) for row in rows)
    thin = [
        (lang, category, counts[(lang, category)])
        for lang in LANGS
        for category in RISK_CATEGORIES + SAFE_CATEGORIES
        if counts[(lang, category)] < MIN_PER_LANG_AND_CATEGORY
    ]
    assert thin == []
