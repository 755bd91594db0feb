"""The shipped model: TF-IDF weights and a linear layer, scored with numpy (no pickle, no sklearn).

`model.npz` holds plain arrays only, so loading it runs no code (`allow_pickle=False`):
- vocab: the features, UTF-8, one per line (as uint8)
- idf, coef (features × labels), intercept (labels), temperature (1 value)
- labels: the label names, one per line (as uint8); meta: JSON text (as uint8)
- calibration (optional): 2 × n knots, stated confidence → share right, fitted by
  `training/inbox/calibrate.py`; applied by `nextyes.inbox.classifier.classify_many`
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from nextyes.inbox.classifier.features import read

MODEL_PATH = Path(__file__).with_name("model.npz")
# One row per email, one column per label.
Floats = NDArray[np.float64]


def _text(array: NDArray[np.uint8]) -> str:
    return bytes(np.asarray(array, dtype=np.uint8)).decode("utf-8")


def _array(text: str) -> NDArray[np.uint8]:
    return np.frombuffer(text.encode("utf-8"), dtype=np.uint8)


@dataclass
class LinearModel:
    """A multinomial logistic regression over sublinear, L2-normalised TF-IDF features."""

    vocab: dict[str, int]
    idf: Any
    coef: Any
    intercept: Any
    temperature: float
    labels: tuple[str, ...]
    meta: dict[str, Any]
    calibration: Any = None

    @functools.cached_property
    def sender_feature(self) -> list[bool]:
        """Per feature index: True for the sender's words ("f:…")."""
        flags = [False] * len(self.vocab)
        for word, i in self.vocab.items():
            flags[i] = word.startswith("f:")
        return flags

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> LinearModel:
        with np.load(path, allow_pickle=False) as data:
            words = _text(data["vocab"]).split("\n")
            return cls(
                vocab={word: i for i, word in enumerate(words)},
                idf=data["idf"].astype(np.float64),
                coef=data["coef"].astype(np.float64),
                intercept=data["intercept"].astype(np.float64),
                temperature=float(data["temperature"][0]),
                labels=tuple(_text(data["labels"]).split("\n")),
                meta=json.loads(_text(data["meta"])),
                calibration=(
                    data["calibration"].astype(np.float64) if "calibration" in data else None
                ),
            )

    def save(self, path: Path) -> None:
        words = sorted(self.vocab, key=self.vocab.__getitem__)
        extra: dict[str, Any] = {}
        if self.calibration is not None:
            extra["calibration"] = np.asarray(self.calibration, dtype=np.float32)
        np.savez_compressed(
            path,
            **extra,
            vocab=_array("\n".join(words)),
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float32),
            temperature=np.array([self.temperature], dtype=np.float32),
            labels=_array("\n".join(self.labels)),
            meta=_array(json.dumps(self.meta, sort_keys=True)),
        )

    def vector(self, features: Sequence[str]) -> tuple[list[int], list[float]]:
        """Sparse TF-IDF vector of one email: (feature indices, L2-normalised weights)."""
        vocab = self.vocab
        counts = Counter(i for i in map(vocab.get, features) if i is not None)
        if not counts:
            return [], []
        index = list(counts)
        idf = self.idf
        weights = [
            (1.0 + math.log(c)) * idf[i] for i, c in zip(index, counts.values(), strict=True)
        ]
        norm = math.sqrt(sum(w * w for w in weights))
        return index, [w / norm for w in weights]

    def probabilities(self, items: Sequence[tuple[str, str, str]]) -> Floats:
        """Calibrated label probabilities, one row per (subject, body, sender)."""
        return self.probabilities_and_evidence(items)[0]

    def probabilities_and_evidence(
        self, items: Sequence[tuple[str, str, str]]
    ) -> tuple[Floats, list[int]]:
        """The probabilities, and how many known subject and body features each email had.

        The count tells a message the model can read from one it knows almost nothing of (a
        line repeated, another language it never saw), where the sender alone would decide.
        """
        probabilities, evidence, _ = self.scores(items)
        return probabilities, evidence

    def scores(self, items: Sequence[tuple[str, str, str]]) -> tuple[Floats, list[int], list[str]]:
        """Probabilities, evidence counts and each email's folded text (what the features read).

        The whole batch is scored at once: every feature of every email is looked up in one
        pass, and counting, TF-IDF weights, norms and the linear layer are numpy operations
        over the batch (the same sums as `vector` per email, in another order).
        """
        texts: list[str] = []
        found: list[str] = []
        lengths: list[int] = []
        for subject, body, sender in items:
            features, folded = read(subject, body, sender)
            texts.append(folded)
            found.extend(features)
            lengths.append(len(features))
        n = len(items)
        size = len(self.vocab)
        # Unknown features look up as -1 and are dropped below.
        cols = np.fromiter(map(self.vocab.get, found, repeat(-1)), dtype=np.int64, count=len(found))
        rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
        known = cols >= 0
        # One key per (email, feature): sorted unique keys with their counts.
        keys, counts = np.unique(rows[known] * size + cols[known], return_counts=True)
        at, index = np.divmod(keys, size)
        weights = (1.0 + np.log(counts)) * self.idf[index]
        weights /= np.sqrt(np.bincount(at, weights=weights * weights, minlength=n))[at]
        evidence = np.bincount(at[~self._sender_mask[index]], minlength=n).tolist()
        scores = np.tile(self.intercept, (n, 1))
        if len(index):
            contributions = self.coef[index] * weights[:, None]
            # bincount sums each email's contributions far faster than np.add.at.
            for k in range(scores.shape[1]):
                scores[:, k] += np.bincount(at, weights=contributions[:, k], minlength=n)
        scores /= self.temperature
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True), evidence, texts

    @functools.cached_property
    def _sender_mask(self) -> NDArray[np.bool_]:
        return np.asarray(self.sender_feature, dtype=bool)
