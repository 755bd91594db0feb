"""The shipped linear model: weights in a JSON file, scored in pure Python.

Trained by `training/risk/train.py`. When the file is missing the rules still work alone.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import NotRequired, TypedDict

from nextyes.lib.screening.features import featurise

MODEL_PATH = Path(__file__).with_name("data") / "risk_model.json"


class ScreeningModel(TypedDict):
    """The trained weights' file (training/risk writes it)."""

    version: NotRequired[int]
    weights: dict[str, float]
    intercept: float
    threshold: NotRequired[float]
    trained_on: NotRequired[dict[str, object]]


@cache
def load_model(path: Path = MODEL_PATH) -> ScreeningModel | None:
    """The trained weights, or None when the file is missing or unreadable."""
    try:
        with path.open(encoding="utf-8") as handle:
            model: ScreeningModel = json.load(handle)
    except (FileNotFoundError, json.JSONDecodeError):
        return None
    return model


def probability(clean: str, model: ScreeningModel) -> float:
    """How likely the model finds a risk in `clean` (normalised, idioms and denials masked)."""
    features = featurise(clean)
    if not features:
        return 0.0
    weights: dict[str, float] = model["weights"]
    total = math.fsum(weights[key] * value for key, value in features.items() if key in weights)
    x = float(model["intercept"]) + total
    if x < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))
