"""Sparse features for the risk model, the same at training and at run time.

Word unigrams and bigrams plus character 3–5-grams inside words (so "suicidaire",
"suicidal" and "Suizid" share evidence, and typos keep most of theirs), binary, scaled to unit
length. Pure Python: `training/risk/train.py` hands these dicts to scikit-learn, and the
detector scores them against the shipped weights without it.
"""

from __future__ import annotations

import math
import re
from itertools import pairwise

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def featurise(clean: str) -> dict[str, float]:
    """Features of text that is already normalised (see `rules.without_idioms`)."""
    tokens = _WORD.findall(clean)
    keys: set[str] = {f"w:{t}" for t in tokens}
    keys.update(f"b:{a} {b}" for a, b in pairwise(tokens))
    for token in tokens:
        padded = f" {token} "
        for size in (3, 4, 5):
            keys.update(f"c:{padded[i : i + size]}" for i in range(len(padded) - size + 1))
    if not keys:
        return {}
    value = 1.0 / math.sqrt(len(keys))
    return dict.fromkeys(keys, value)
