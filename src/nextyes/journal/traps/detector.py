"""Rules plus the shipped linear model, combined into ranked suggestions."""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import Any

from nextyes.journal.traps.features import featurise
from nextyes.journal.traps.features import words as features_of
from nextyes.journal.traps.rules import cue_scores

MODEL_PATH = Path(__file__).with_name("data") / "model.json"

# Used when no model file is shipped (rules only) and as defaults for its settings.
DEFAULT_THRESHOLD = 0.5
DISTORTED = "distorted"


@cache
def load_model(path: Path = MODEL_PATH) -> dict[str, Any] | None:
    """The trained weights, or None when the file is missing (the rules still work)."""
    try:
        with path.open(encoding="utf-8") as handle:
            model: dict[str, Any] = json.load(handle)
    except FileNotFoundError:
        return None
    return model


def _sigmoid(x: float) -> float:
    if x < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


def model_scores(text: str, model: dict[str, Any]) -> dict[str, float]:
    """Probability per label ("distorted" and each trap slug) from the linear model."""
    features = featurise(text)
    labels: list[str] = model["labels"]
    sums = [0.0] * len(labels)
    weights: dict[str, list[tuple[int, float]]] = model["weights"]
    # Features are binary and unit-length, so they all share one value: add up the weights
    # first and scale once. Each feature keeps only its non-zero [label index, weight] pairs.
    for key in features:
        for index, weight in weights.get(key, ()):
            sums[index] += weight
    value = next(iter(features.values()), 0.0)
    return {
        label: _sigmoid(intercept + value * total)
        for label, intercept, total in zip(labels, model["intercepts"], sums, strict=True)
    }


def combine(rule: float, learned: float) -> float:
    """Noisy-OR: either source alone can raise a suggestion; both together raise it more."""
    return 1.0 - (1.0 - rule) * (1.0 - learned)


def detect(text: str, model: dict[str, Any] | None = None) -> tuple[list[Any], bool]:
    """Ranked TrapScores above the threshold, and whether the thought looks distorted."""
    from nextyes.journal.traps import SLUGS, TrapScore

    if not features_of(text):
        return [], False  # nothing to go on: no words at all
    if model is None:
        model = load_model()
    rules = cue_scores(text)
    learned = model_scores(text, model) if model else {}
    threshold = float(model.get("threshold", DEFAULT_THRESHOLD)) if model else DEFAULT_THRESHOLD
    rule_weight = float(model.get("rule_weight", 1.0)) if model else 1.0
    scores = {
        slug: combine(rule_weight * rules.get(slug, 0.0), learned.get(slug, 0.0)) for slug in SLUGS
    }
    ranked = sorted(
        (TrapScore(slug, round(score, 3)) for slug, score in scores.items() if score >= threshold),
        key=lambda trap: (-trap.score, SLUGS.index(trap.slug)),
    )
    # Without a suggestion, "distorted" needs both the model's own decision and a weaker hint
    # of some trap: a plain fact ("the interview is at ten") is never distorted.
    settings = model or {}
    distorted = bool(ranked) or (
        learned.get(DISTORTED, 0.0) >= float(settings.get("distorted_threshold", 0.5))
        and max(scores.values()) >= float(settings.get("hint_threshold", 0.0))
    )
    return ranked, distorted
