"""The risk evaluation sets keep their shape, so they cannot silently shrink or drift.

Rounds 2 to 24 were each held out until their measured run (figures in benchmarks/README.md); they
now train the model (training/risk/round*_eval.jsonl). A round still held out sits in
benchmarks/data/ (written blind by someone who never opened the screener or its data) and none of
its sentences may reach the training files.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import TypedDict

import pytest

from nextyes.lib.screening.rules import CATEGORIES

ROOT = Path(__file__).resolve().parents[2]
TRAINING = ROOT / "training" / "risk"
# Rounds 2 to 24 train now; a round still held out sits in benchmarks/data until its run.
ROUNDS = [TRAINING / f"round{n}_eval.jsonl" for n in range(2, 25)]
HELD_OUT = sorted((ROOT / "benchmarks" / "data").glob("risk_eval_round*.jsonl"))

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


class EvalRow(TypedDict):
    """One line of an evaluation set (the test below checks every line has these five)."""

    id: str
    lang: str
    risk: bool
    category: str
    text: str


def _rows(path: Path) -> list[EvalRow]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(
    scope="module",
    params=ROUNDS + HELD_OUT,
    ids=[path.stem for path in ROUNDS + HELD_OUT],
)
def rows(request: pytest.FixtureRequest) -> list[EvalRow]:
    return _rows(request.param)


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def test_every_measured_round_trains() -> None:
    assert all(path.exists() for path in ROUNDS)


@pytest.mark.skipif(
    not HELD_OUT, reason="no held-out round in benchmarks/data: the next one is to be written blind"
)
def test_no_held_out_sentence_reaches_the_training_files() -> None:
    held_out = {_normal(row["text"]) for path in HELD_OUT for row in _rows(path)}
    for path in TRAINING.glob("*.jsonl"):
        trained = {_normal(row["text"]) for row in _rows(path)}
        assert held_out & trained == set(), path.name


def test_it_gives_every_line_the_same_five_fields(rows: list[EvalRow]) -> None:
    for row in rows:
        assert set(row) == KEYS, row
        assert isinstance(row["risk"], bool), row
        assert isinstance(row["text"], str) and row["text"].strip(), row


def test_it_uses_only_the_four_languages_and_the_named_categories(
    rows: list[EvalRow],
) -> None:
    for row in rows:
        assert row["lang"] in LANGS, row
        expected = RISK_CATEGORIES if row["risk"] else SAFE_CATEGORIES
        assert row["category"] in expected, row


def test_it_names_each_sentence_once_by_language_and_category(
    rows: list[EvalRow],
) -> None:
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        pattern = rf"(?:r[1-9][0-9]?-)?{row['lang']}-{re.escape(row['category'])}-\d{{3}}"
        assert re.fullmatch(pattern, row["id"]), row


def test_it_never_repeats_a_sentence(rows: list[EvalRow]) -> None:
    texts = Counter(_normal(row["text"]) for row in rows)
    assert [text for text, n in texts.items() if n > 1] == []


def test_it_keeps_the_minimum_amounts(rows: list[EvalRow]) -> None:
    risk = [row for row in rows if row["risk"]]
    safe = [row for row in rows if not row["risk"]]
    assert len(risk) >= MIN_RISK
    assert len(safe) >= MIN_SAFE
    for lang in ("fr", "de", "es"):
        assert sum(row["lang"] == lang for row in risk) >= MIN_RISK_PER_OTHER_LANG, lang
        assert sum(row["lang"] == lang for row in safe) >= MIN_SAFE_PER_OTHER_LANG, lang


def test_it_keeps_english_at_about_half(rows: list[EvalRow]) -> None:
    share = sum(row["lang"] == "en" for row in rows) / len(rows)
    assert 0.4 <= share <= 0.6


def test_it_covers_every_category_in_every_language(rows: list[EvalRow]) -> None:
    counts = Counter((row["lang"], row["category"]) for row in rows)
    thin = [
        (lang, category, counts[(lang, category)])
        for lang in LANGS
        for category in RISK_CATEGORIES + SAFE_CATEGORIES
        if counts[(lang, category)] < MIN_PER_LANG_AND_CATEGORY
    ]
    assert thin == []
