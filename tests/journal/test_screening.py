"""Support screening: every risk sentence we wrote is caught, no everyday idiom raises an alarm.

The sentences live in `screening_sentences.jsonl` (our own words): `kind` is clear, indirect or
negated (risk), or idiom, ordinary or denied (no risk).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from nextyes.journal.traps import analyze
from nextyes.lib.screening import needs_support, risk_cues

SENTENCES = Path(__file__).with_name("screening_sentences.jsonl")


# Any: JSON lines of the training data
def load() -> list[dict[str, Any]]:
    with SENTENCES.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_it_has_enough_labelled_sentences_of_every_kind() -> None:
    rows = load()
    kinds = {row["kind"] for row in rows}
    assert len(rows) >= 80
    assert {"clear", "indirect", "idiom", "ordinary"} <= kinds
    assert sum(row["risk"] for row in rows) >= 40


def test_it_catches_every_risk_sentence() -> None:
    missed = [row["text"] for row in load() if row["risk"] and not needs_support(row["text"])]
    assert missed == []


def test_it_raises_no_false_alarm_on_idioms_or_ordinary_sadness() -> None:
    alarms = {
        row["text"]: risk_cues(row["text"])
        for row in load()
        if not row["risk"] and needs_support(row["text"])
    }
    assert alarms == {}


@pytest.mark.parametrize(
    "text",
    [
        "this job search is killing me",
        "I could kill for a coffee",
        "dead tired",
        "that interview killed me",
        "I'd die for that job",
    ],
)
def test_it_knows_the_idioms_from_the_issue(text: str) -> None:
    assert needs_support(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself",
        "I've been thinking about ending it",
        "everyone would be better off without me",
        "I don't see the point of going on",
        "I want to disappear forever",
    ],
)
def test_it_flags_the_risks_from_the_issue(text: str) -> None:
    assert needs_support(text) is True


def test_a_denial_cancels_only_its_own_clause() -> None:
    assert needs_support("I would never hurt myself.") is False
    assert needs_support("I would never hurt myself. But I want to die some days.") is True


def test_an_idiom_does_not_hide_a_real_risk_in_the_same_entry() -> None:
    assert needs_support("This search is killing me and I want to end my life.") is True


def test_curly_apostrophes_and_capitals_make_no_difference() -> None:
    assert needs_support("I DON’T WANT TO BE ALIVE ANYMORE") is True


def test_analysis_carries_the_screening_result() -> None:
    assert analyze("Everyone would be better off without me").needs_support is True
    assert analyze("I could kill for a coffee").needs_support is False


@pytest.mark.parametrize(
    "text",
    [
        "I've been saving up my pills.",
        "J'ai écrit une lettre d'adieu.",
        "Ich habe mich wieder geritzt.",
        "Un rechazo más y me mato.",
    ],
)
def test_it_flags_warning_signs_in_all_four_languages(text: str) -> None:
    assert needs_support(text) is True
    assert risk_cues(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "I absolutely slayed the panel.",
        "Je suis mort de fatigue.",
        "Ich bin todmüde.",
        "Me muero de ganas.",
    ],
)
def test_it_keeps_idioms_quiet_in_all_four_languages(text: str) -> None:
    assert needs_support(text) is False
    assert risk_cues(text) == []


def test_risk_cues_names_the_phrase_that_matched() -> None:
    assert risk_cues("Honestly I might kms tonight") == ["kms"]
