"""Sparse features for the risk model, the same at training and at run time.

Word unigrams and bigrams plus character 3–5-grams inside words (so "suicidaire",
"suicidal" and "Suizid" share evidence, and typos keep most of theirs), and the ideas of
`concepts.py` with their pairs (so a cliff and a date teach the same in every language),
binary, scaled to unit length. Pure Python: `training/risk/train.py` hands these dicts to
scikit-learn, and the detector scores them against the shipped weights without it.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import pairwise

from nextyes.lib.screening.concepts import concept_keys

# A sentence has a hundred n-grams and a handful of ideas: this lets the ideas weigh enough.
# Picked by training without round 3 and measuring on it (1, 2, 3, 4, 6 tried: 3 to 6 were alike).
CONCEPT_WEIGHT = 4.0
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
    ideas = concept_keys(clean)
    size = len(keys) + len(ideas) * CONCEPT_WEIGHT**2
    if not size:
        return {}
    value = 1.0 / math.sqrt(size)
    features = dict.fromkeys(keys, value)
    features.update(dict.fromkeys(ideas, value * CONCEPT_WEIGHT))
    return features
