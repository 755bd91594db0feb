"""One template family of the inbox classifier's data: a single writer's way of saying one thing.

The families themselves are data, in `families/<group>.jsonl` (one family per line, the fields
of `Family`; see README.md); `load` reads one group.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

FAMILIES_DIR = Path(__file__).resolve().parent / "families"
LABELS = ("rejection", "interview", "offer", "received", "other")
LANGS = ("en", "fr", "de", "es")


@dataclass(frozen=True)
class Family:
    """Senders, subjects and paragraphs (each a list of alternatives) for one label and language.

    `held` families go whole into the held-out split, so the figures measure writing the model
    has never seen rather than new slot fillers in a familiar template.
    """

    id: str
    label: str
    lang: str
    held: bool
    senders: list[str]
    subjects: list[str]
    paragraphs: list[list[str]]


def load(group: str) -> list[Family]:
    """The families of `families/<group>.jsonl`, in file order (the order fixes the draws)."""
    path = FAMILIES_DIR / f"{group}.jsonl"
    families = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            # Family(**row) rejects a missing or unknown field; the checks catch typos in values.
            family = Family(**json.loads(line))
            where = f"{path.name}:{number} ({family.id})"
            assert family.label in LABELS, f"{where}: unknown label {family.label!r}"
            assert family.lang in LANGS, f"{where}: unknown language {family.lang!r}"
            assert isinstance(family.held, bool), f"{where}: held must be true or false"
            assert family.senders and family.subjects and family.paragraphs, f"{where}: empty"
            assert all(family.paragraphs), f"{where}: a paragraph without alternatives"
            families.append(family)
    return families
