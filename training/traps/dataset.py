"""The labelled thoughts the trap model learns from and is measured on, in one shape.

Rows are `{"text", "traps": [slugs], "distorted": bool, "split": "train" | "test", "source"}`.

- `own()`: our job-search sentences (`thoughts.jsonl`, split fixed in the file).
- `real()`: Sharma et al. (ACL 2023) from the local copy in `data/` (`fetch_data.py`), or []
  when there is none. One row per distinct thought: rows of both files whose normalised text is
  the same become one, with the union of their trap names. Thoughts that contain one another
  or share a long run of words form a group (`groups`), and the split is by group, from a
  hash with a fixed seed, so the same thought never sits on both sides.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from nextyes.journal.traps.sources import slugs_of  # noqa: E402

OWN_PATH = HERE / "thoughts.jsonl"
DATA_DIR = HERE / "data"
TRAPS_FILE = DATA_DIR / "thinking_traps.jsonl"
REFRAMING_FILE = DATA_DIR / "reframing_dataset.csv"
SEED = "nextyes-traps-2026"
HELD_OUT = 0.25  # share of groups of real thoughts held out
MIN_WORDS = 4  # a shorter thought inside a longer one may be a chance phrase ("i am sad")
SHINGLE = 6  # a run of this many words in common means the same thought
MISSING = (
    "No local copy of the Cognitive-Reframing data. Get it with:\n"
    "  git clone https://github.com/behavioral-data/Cognitive-Reframing /tmp/cognitive-reframing\n"
    "  .venv/bin/python training/traps/fetch_data.py --git /tmp/cognitive-reframing\n"
    "(see training/traps/README.md)"
)

Row = dict[str, Any]


def group_key(text: str) -> str:
    """The text two copies of one thought share: lower case, letters and digits only."""
    text = text.lower().replace("’", "'").replace("'", "")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def split_of(key: str) -> str:
    digest = hashlib.sha256(f"{SEED}:{key}".encode()).digest()
    return "test" if int.from_bytes(digest[:8], "big") / 2**64 < HELD_OUT else "train"


def groups(keys: list[str]) -> dict[str, str]:
    """Each key's group: the smallest key it is linked to, directly or through others.

    The data holds one thought alone and again after its situation ("she will never love me
    now" inside a longer row), so equal text is not enough: two keys are linked when one
    contains the other (at least MIN_WORDS words) or they share a run of SHINGLE words.
    """
    parent = {key: key for key in keys}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def link(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    padded = {key: f" {key} " for key in keys}
    for a in keys:
        if len(a.split()) >= MIN_WORDS:
            for b in keys:
                if a != b and padded[a] in padded[b]:
                    link(a, b)
    seen: dict[str, str] = {}
    for key in keys:
        words = key.split()
        for i in range(len(words) - SHINGLE + 1):
            shingle = " ".join(words[i : i + SHINGLE])
            link(seen.setdefault(shingle, key), key)
    return {key: root(key) for key in keys}


def own(split: str | None = None) -> list[Row]:
    with OWN_PATH.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [
        {**row, "distorted": bool(row["traps"]), "source": "own"}
        for row in rows
        if split is None or row["split"] == split
    ]


def have_real() -> bool:
    return TRAPS_FILE.exists() and REFRAMING_FILE.exists()


def _raw_real() -> tuple[dict[str, list[str]], dict[str, str]]:
    names: dict[str, list[str]] = defaultdict(list)
    texts: dict[str, str] = {}
    with TRAPS_FILE.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                text = row["prompt"].removesuffix("->").strip()
                key = group_key(text)
                texts.setdefault(key, text)
                names[key].append(row["completion"].strip())
    with REFRAMING_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = row["thought"].strip()
            key = group_key(text)
            texts.setdefault(key, text)
            names[key].extend(n for n in row["thinking_traps_addressed"].split(",") if n.strip())
    return names, texts


def real(split: str | None = None) -> list[Row]:
    if not have_real():
        return []
    names, texts = _raw_real()
    rows = []
    keys = sorted(key for key in names if key)
    group = groups(keys)
    for key in keys:
        slugs, distorted = slugs_of(names[key])
        if distorted is None:
            continue
        part = split_of(group[key])
        if split is None or part == split:
            rows.append(
                {
                    "text": texts[key],
                    "traps": sorted(slugs),
                    "distorted": distorted,
                    "split": part,
                    "source": "real",
                    "group": group[key],
                }
            )
    return rows
