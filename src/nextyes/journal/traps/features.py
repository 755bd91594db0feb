"""Turn a sentence into sparse features, the same way at training and at run time.

Word unigrams and bigrams plus character 3–5-grams within words (so "failing", "failed" and
"failure" share evidence), binary, scaled to unit length. Pure Python on purpose: the training
script (`training/traps/train.py`) feeds these dicts to scikit-learn, and the detector scores
them against the shipped weights without importing it.
"""

from __future__ import annotations

import math
import re
from itertools import pairwise

from nextyes.journal.traps.rules import normalise

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def featurise(text: str) -> dict[str, float]:
    """Sparse, L2-normalised features of `text`: {"w:never": 0.1, "c:fail": 0.1, ...}."""
    return featurise_words(words(text))


def featurise_words(tokens: list[str]) -> dict[str, float]:
    """`featurise` for text already split by `words` (the detector needs both)."""
    # A dict, not a set: the order is the text's, whatever the hash seed, so the detector's
    # float sums come out the same on every run.
    keys: dict[str, None] = dict.fromkeys(f"w:{t}" for t in tokens)
    keys.update(dict.fromkeys(f"b:{a} {b}" for a, b in pairwise(tokens)))
    for token in tokens:
        padded = f" {token} "
        for size in (3, 4, 5):
            keys.update(
                dict.fromkeys(f"c:{padded[i : i + size]}" for i in range(len(padded) - size + 1))
            )
    if not keys:
        return {}
    value = 1.0 / math.sqrt(len(keys))
    return dict.fromkeys(keys, value)
