"""Example reframes: how someone might look again at a thought like this one.

`suggest(text, traps)` finds two or three of our own examples (`data/reframes.json`, written by
the NextYes team) whose thought is like the person's: cosine similarity over content-word stems
weighted by rarity, plus the job-search themes they share, plus a bonus for sharing a thinking
trap with the suggestions. Plain Python, computed once per process, well under a millisecond per
call. They are examples to adapt, never the person's answer, and are never filled in for them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from nextyes.journal.reframes.text import THEMES, content_stems, themes

DATA = Path(__file__).resolve().parent / "data" / "reframes.json"

THEME_WEIGHT = 1.3  # times its rarity: a shared theme (a gap, money) counts like a rare word
MIN_SIMILARITY = 0.12  # below this cosine, an example is not "a similar thought"
TRAP_BONUS = 0.15  # sharing a suggested trap moves an example up...
EXTRA_TRAP_BONUS = 0.05  # ...and a little more for each further shared trap
MAX_TRAP_BONUS = 0.25
NEAR_DUPLICATE = 0.6  # two examples this alike would say the same thing twice
MIN_RESULTS = 2

Vector = dict[str, float]


@dataclass(frozen=True)
class Reframe:
    """One example: a thought someone might have, and one balanced way to look at it."""

    thought: str
    reframe: str
    traps: tuple[str, ...]
    themes: tuple[str, ...]

    def as_json(self) -> dict[str, str]:
        return {"thought": self.thought, "reframe": self.reframe}


@dataclass(frozen=True)
class _Index:
    examples: tuple[Reframe, ...]
    vectors: tuple[Vector, ...]
    postings: dict[str, list[tuple[int, float]]]
    idf: dict[str, float]
    unseen_idf: float
    general: tuple[int, ...]  # the examples that fit almost any hard moment


def examples() -> tuple[Reframe, ...]:
    """Every example, in the order of the data file."""
    return _index().examples


def load(path: Path = DATA) -> tuple[Reframe, ...]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        Reframe(
            thought=item["thought"],
            reframe=item["reframe"],
            traps=tuple(item["traps"]),
            themes=tuple(item["themes"]),
        )
        for item in raw["examples"]
    )


def _terms(text: str, declared: Iterable[str] | None = None) -> tuple[set[str], set[str]]:
    """Stems and themes; an example's themes are the ones we gave it (curated, so a passing
    "let me go" in a thought about a new job doesn't make it about a layoff)."""
    found = themes(text) if declared is None else set(declared) - {"general"}
    return set(content_stems(text)), found


def _vector(words: set[str], found: set[str], idf: dict[str, float], unseen: float) -> Vector:
    vector = {f"w:{w}": idf.get(f"w:{w}", unseen) for w in words}
    vector.update({f"t:{t}": THEME_WEIGHT * idf.get(f"t:{t}", unseen) for t in found})
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {k: v / norm for k, v in vector.items()} if norm else {}


@cache
def _index() -> _Index:
    items = load()
    terms = [_terms(item.thought, item.themes) for item in items]
    df: dict[str, int] = {}
    for words, found in terms:
        for key in [*(f"w:{w}" for w in words), *(f"t:{t}" for t in found)]:
            df[key] = df.get(key, 0) + 1
    n = len(items)
    idf = {w: math.log((n + 1) / (count + 1)) + 1.0 for w, count in df.items()}
    unseen = math.log(n + 1) + 1.0
    vectors = tuple(_vector(words, found, idf, unseen) for words, found in terms)
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, vector in enumerate(vectors):
        for key, value in vector.items():
            postings.setdefault(key, []).append((i, value))
    general = tuple(i for i, item in enumerate(items) if "general" in item.themes)
    return _Index(items, vectors, postings, idf, unseen, general)


def _cosine(a: Vector, b: Vector) -> float:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(v * large.get(k, 0.0) for k, v in small.items())


def _trap_bonus(example: Reframe, traps: Sequence[str]) -> float:
    shared = len(set(example.traps) & set(traps))
    if not shared:
        return 0.0
    return min(MAX_TRAP_BONUS, TRAP_BONUS + EXTRA_TRAP_BONUS * (shared - 1))


def suggest(text: str, traps: Sequence[str] | None = None, k: int = 3) -> list[Reframe]:
    """Two to `k` distinct examples for a thought, the most similar first.

    Similar thoughts come first (a shared suggested trap moves one up); when too few are
    similar, examples of the suggested traps fill in, then a couple of general ones. Empty text
    gets none.
    """
    if not text.strip() or k <= 0:
        return []
    index = _index()
    traps = [t for t in (traps or ()) if t]
    words, found = _terms(text)
    query = _vector(words, found, index.idf, index.unseen_idf)
    similarity: dict[int, float] = {}
    for key, value in query.items():
        for i, weight in index.postings.get(key, ()):
            similarity[i] = similarity.get(i, 0.0) + value * weight

    def rank(i: int) -> tuple[float, int]:
        return (-(similarity.get(i, 0.0) + _trap_bonus(index.examples[i], traps)), i)

    def similar() -> list[int]:
        return sorted((i for i, s in similarity.items() if s >= MIN_SIMILARITY), key=rank)

    def by_trap() -> list[int]:
        return sorted((i for i, e in enumerate(index.examples) if _trap_bonus(e, traps)), key=rank)

    def general() -> list[int]:
        return sorted(index.general, key=rank)

    chosen: list[int] = []
    # Each fallback pool is only ranked when the ones before it fell short.
    for pool, limit in ((similar, k), (by_trap, k), (general, min(k, MIN_RESULTS))):
        if len(chosen) >= limit:
            continue
        for i in pool():
            if len(chosen) >= limit:
                break
            if i not in chosen and not _repeats(index, i, chosen):
                chosen.append(i)
    return [index.examples[i] for i in chosen]


def _repeats(index: _Index, i: int, chosen: list[int]) -> bool:
    """True when example `i` would say what a chosen one already says."""
    example = index.examples[i]
    return any(
        index.examples[j].reframe == example.reframe
        or _cosine(index.vectors[i], index.vectors[j]) >= NEAR_DUPLICATE
        for j in chosen
    )


__all__ = ["THEMES", "Reframe", "examples", "load", "suggest"]
