"""Sparse features for the risk model, the same at training and at run time.

Word unigrams and bigrams plus character 3–5-grams inside words (so "suicidaire",
"suicidal" and "Suizid" share evidence, and typos keep most of theirs), binary, scaled to unit
length. Pure Python: `training/risk/train.py` hands these dicts to scikit-learn, and the
detector scores them against the shipped weights without it.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import pairwise

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@lru_cache(maxsize=50_000)
def _token_keys(token: str) -> tuple[str, ...]:
    """The word and its character 3-5-grams (tokens repeat a lot, so this is cached)."""
    padded = f" {token} "
    grams = {
        f"c:{padded[i : i + size]}" for size in (3, 4, 5) for i in range(len(padded) - size + 1)
    }
    return (f"w:{token}", *grams)


def featurise(clean: str) -> dict[str, float]:
    """Features of text that is already normalised (see `rules.without_idioms`)."""
    tokens = _WORD.findall(clean)
    keys: set[str] = {f"b:{a} {b}" for a, b in pairwise(tokens)}
    for token in tokens:
        keys.update(_token_keys(token))
    if not keys:
        return {}
    value = 1.0 / math.sqrt(len(keys))
    return dict.fromkeys(keys, value)
