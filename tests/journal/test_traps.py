"""The thinking-trap detector: catalogue, rules, shipped model, ranking and the JSON shape."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nextyes.journal.traps import (
    DETECTOR_VERSION,
    SLUGS,
    TRAPS,
    Analysis,
    TrapScore,
    analyze,
)
from nextyes.journal.traps.detector import MODEL_PATH, detect, load_model
from nextyes.journal.traps.rules import cue_scores

DATA_PATH = MODEL_PATH.with_name("thoughts.jsonl")


def slugs(text: str) -> list[str]:
    return [trap.slug for trap in analyze(text).traps]


def load_data() -> list[dict[str, Any]]:
    with DATA_PATH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_it_describes_every_trap_with_two_or_three_questions() -> None:
    assert tuple(TRAPS) == SLUGS
    for slug, trap in TRAPS.items():
        assert trap.slug == slug
        assert trap.name and len(trap.explanation) > 40
        assert 2 <= len(trap.questions) <= 3
        assert all(q.endswith("?") for q in trap.questions)


def test_it_ships_the_labelled_sentences_with_a_held_out_split() -> None:
    rows = load_data()
    assert len(rows) >= 700
    assert len({row["text"] for row in rows}) == len(rows)
    assert sum(1 for row in rows if not row["traps"]) >= 120
    test_share = sum(row["split"] == "test" for row in rows) / len(rows)
    assert 0.2 <= test_share <= 0.3
    for slug in SLUGS:
        assert sum(slug in row["traps"] for row in rows) >= 40, slug
    assert {t for row in rows for t in row["traps"]} <= set(SLUGS)


def test_it_loads_the_shipped_model_for_every_label() -> None:
    model = load_model()
    assert model is not None
    assert model["labels"] == ["distorted", *SLUGS]
    assert model["version"] == DETECTOR_VERSION
    assert 0 < model["threshold"] < 1


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("I always mess up interviews.", "overgeneralisation"),
        ("Nobody will ever hire me.", "fortune-telling"),
        ("I'm a failure.", "labelling"),
        ("The interviewer must think I'm hopeless.", "mind-reading"),
        ("It's all my fault the team was cut.", "personalisation"),
        ("I should have found a job by now.", "should-statements"),
        ("They were just being polite when they praised me.", "discounting-the-positive"),
        ("My career is over after that interview.", "catastrophising"),
        ("I feel stupid, so I must be stupid.", "emotional-reasoning"),
        ("All I can think about is the question I got wrong.", "mental-filter"),
        ("If it's not perfect, it's a complete failure.", "all-or-nothing"),
    ],
)
def test_it_suggests_the_trap_of_a_clear_cue(text: str, slug: str) -> None:
    assert slug in cue_scores(text)
    assert slug in slugs(text)
    assert analyze(text).distorted is True


@pytest.mark.parametrize(
    "text",
    [
        "I'm sad I didn't get it.",
        "I wish it had gone differently.",
        "I'm disappointed, and I'll give myself tonight to feel it.",
        "I'll send two applications tomorrow morning.",
        "The interview is on Thursday at ten.",
    ],
)
def test_ordinary_disappointment_and_plans_are_not_distorted(text: str) -> None:
    result = analyze(text)
    assert (result.traps, result.distorted) == ([], False)


def test_it_ranks_the_suggestions_best_first_above_the_threshold() -> None:
    result = analyze("I'll never get hired, everyone must think I'm a failure.")
    scores = [trap.score for trap in result.traps]
    assert scores == sorted(scores, reverse=True)
    assert len(result.traps) >= 2
    threshold = load_model()["threshold"]  # type: ignore[index]
    assert all(threshold <= s <= 1 for s in scores)
    assert {"fortune-telling", "labelling"} <= {trap.slug for trap in result.traps}


def test_as_json_has_exactly_the_documented_keys() -> None:
    data = analyze("I always fail, I'm such a loser.").as_json()
    assert set(data) == {"traps", "distorted", "needs_support"}
    assert data["traps"] and all(set(t) == {"slug", "score"} for t in data["traps"])
    assert all(t["slug"] in SLUGS and isinstance(t["score"], float) for t in data["traps"])
    assert json.loads(json.dumps(data)) == data


def test_as_json_of_a_hand_built_analysis() -> None:
    analysis = Analysis([TrapScore("labelling", 0.9)], distorted=True, needs_support=False)
    assert analysis.as_json() == {
        "traps": [{"slug": "labelling", "score": 0.9}],
        "distorted": True,
        "needs_support": False,
    }


def test_it_copes_with_empty_and_odd_text() -> None:
    for text in ("", "   ", "!!!", "😞", "x" * 5000):
        result = analyze(text)
        assert isinstance(result.distorted, bool)
    assert analyze("").as_json() == {"traps": [], "distorted": False, "needs_support": False}


def test_the_rules_work_without_a_model() -> None:
    traps, distorted = detect("It's all my fault.", model={})
    assert [t.slug for t in traps] == ["personalisation"]
    assert distorted is True


def test_the_held_out_sentences_are_mostly_right() -> None:
    # A floor, not the figure: benchmarks/traps_eval.py reports precision and recall per trap.
    rows = [row for row in load_data() if row["split"] == "test"]
    right = sum(analyze(row["text"]).distorted == bool(row["traps"]) for row in rows)
    assert right / len(rows) >= 0.8


def test_it_needs_no_django_to_run() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from nextyes.journal.traps import analyze; analyze('I always fail'); "
        "print(sorted(m for m in ('django', 'sklearn', 'numpy') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_the_documented_shape(text: str) -> None:
    data = analyze(text).as_json()
    assert set(data) == {"traps", "distorted", "needs_support"}
    assert isinstance(data["distorted"], bool) and isinstance(data["needs_support"], bool)
    assert all(t["slug"] in SLUGS and 0 <= t["score"] <= 1 for t in data["traps"])
    assert len({t["slug"] for t in data["traps"]}) == len(data["traps"])
    if data["traps"]:
        assert data["distorted"] is True
