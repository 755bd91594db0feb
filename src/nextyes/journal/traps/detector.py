"""Rules plus the shipped linear models, combined into ranked suggestions.

The model file holds two sets of one-vs-rest weights ("own": our job-search sentences; "joint":
those plus real people's thoughts, see `training/traps/`), averaged here. Each trap's score is
the noisy-OR of its strongest rule cue and that average. "Distorted" is a small logistic score
stacked on both models' "distorted" probabilities, the top trap score and the thought's length.
"""

from __future__ import annotations

import json
import math
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from nextyes.journal.traps.catalog import SLUGS, TrapScore
from nextyes.journal.traps.features import featurise_words
from nextyes.journal.traps.features import words as features_of
from nextyes.journal.traps.rules import cue_scores

MODEL_PATH = Path(__file__).with_name("data") / "model.json"

# Used when no model file is shipped (rules only) and as defaults for its settings.
DEFAULT_THRESHOLD = 0.5
DISTORTED = "distorted"
# What the "distorted" score is stacked on (log-odds, and the log of the word count).
STACK_KEYS = ("own", "joint", "top", "length")


# Any: the model file's JSON, also built untyped by training/traps/train.py
@cache
def load_model(path: Path = MODEL_PATH) -> dict[str, Any] | None:
    """The trained weights, or None when the file is missing (the rules still work)."""
    try:
        with path.open(encoding="utf-8") as handle:
            model: dict[str, Any] = json.load(handle)
        if "features" in model:
            # One dense row per feature, kept apart as little-endian float32: read in a few
            # milliseconds where the same numbers as JSON took ~0.1 s.
            matrix = array("f")
            matrix.frombytes(path.with_name(model["weights_file"]).read_bytes())
            if sys.byteorder == "big":
                matrix.byteswap()
            width = len(model["intercepts"])
            model["weights"] = {
                name: matrix[i * width : (i + 1) * width]
                for i, name in enumerate(model.pop("features"))
            }
    except FileNotFoundError:
        return None
    return model


def _sigmoid(x: float) -> float:
    if x < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


# Any: the model file's JSON (see load_model)
def model_scores(tokens: list[str], model: dict[str, Any]) -> list[dict[str, float]]:
    """Probability per label ("distorted" and each trap slug), one dict per shipped model."""
    features = featurise_words(tokens)
    labels: list[str] = model["labels"]
    intercepts: list[float] = model["intercepts"]
    weights: dict[str, Sequence[float]] = model["weights"]
    # Each feature has one dense row of weights (every label of every model), and features are
    # binary and unit-length, so they share one value: add up the rows column by column (in C,
    # through zip) and scale once.
    rows = [weights[key] for key in features if key in weights]
    sums = [sum(column) for column in zip(*rows, strict=True)] or [0.0] * len(intercepts)
    value = next(iter(features.values()), 0.0)
    probabilities = [_sigmoid(b + value * total) for b, total in zip(intercepts, sums, strict=True)]
    size = len(labels)
    return [
        dict(zip(labels, probabilities[start : start + size], strict=True))
        for start in range(0, len(probabilities), size)
    ]


def combine(rule: float, learned: float) -> float:
    """Noisy-OR: either source alone can raise a suggestion; both together raise it more."""
    return 1.0 - (1.0 - rule) * (1.0 - learned)


@dataclass(frozen=True)
class Scored:
    """Every trap's score, best first, and how distorted the thought looks (0 to 1)."""

    ranking: list[TrapScore]  # every slug, best first
    distorted_score: float
    inputs: dict[str, float]  # what distorted_score is stacked on (for training)


# Any: the model file's JSON (see load_model)
def score(text: str, model: dict[str, Any] | None = None) -> Scored:
    """Score every trap for `text`; `model` defaults to the shipped one ({} for rules only)."""
    if model is None:
        model = load_model() or {}
    tokens = features_of(text)
    if not tokens:  # nothing to go on: no words at all
        ranking = [TrapScore(slug, 0.0) for slug in SLUGS]
        return Scored(ranking, 0.0, dict.fromkeys(STACK_KEYS, 0.0))
    rules = cue_scores(text)
    per_model = model_scores(tokens, model) if model else []
    rule_weight = float(model.get("rule_weight", 1.0))
    scores = {}
    for slug in SLUGS:
        learned = sum(p[slug] for p in per_model) / len(per_model) if per_model else 0.0
        scores[slug] = combine(rule_weight * rules.get(slug, 0.0), learned)
    ranking = sorted(
        (TrapScore(slug, round(value, 3)) for slug, value in scores.items()),
        key=lambda trap: (-trap.score, SLUGS.index(trap.slug)),
    )
    inputs = {
        "own": _logit(per_model[0][DISTORTED]) if per_model else 0.0,
        "joint": _logit(per_model[-1][DISTORTED]) if per_model else 0.0,
        "top": _logit(max(scores.values())),
        "length": math.log1p(len(tokens)),
    }
    stack: dict[str, float] | None = model.get("distorted_stack")
    if stack:
        distorted = _sigmoid(stack["bias"] + sum(stack[key] * inputs[key] for key in STACK_KEYS))
    elif per_model:
        distorted = sum(p[DISTORTED] for p in per_model) / len(per_model)
    else:
        distorted = max(scores.values())  # rules only
    return Scored(ranking, distorted, inputs)


# Any: the model's JSON, as training/traps/train.py builds it
def rank_all(text: str, model: dict[str, Any]) -> tuple[list[TrapScore], dict[str, float]]:
    """Every slug ranked, and the stack inputs: what `training/traps/train.py` tunes on."""
    scored = score(text, model)
    return scored.ranking, scored.inputs


# Any: the model file's JSON (see load_model)
def detect(text: str, model: dict[str, Any] | None = None) -> tuple[list[TrapScore], bool]:
    """Ranked TrapScores above the threshold, and whether the thought looks distorted."""
    if model is None:
        model = load_model() or {}
    scored = score(text, model)
    threshold = float(model.get("threshold", DEFAULT_THRESHOLD))
    ranked = [trap for trap in scored.ranking if trap.score >= threshold and trap.score > 0]
    # A suggested trap always means "distorted"; without one, the stacked score decides.
    cut = model.get("distorted_threshold")
    distorted = bool(ranked) or (cut is not None and scored.distorted_score >= float(cut))
    return ranked, distorted
