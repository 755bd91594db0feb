"""Fit the confidence calibration of the shipped inbox model and store it in the model file.

    .venv/bin/python training/inbox/calibrate.py                  # after train.py; rewrites model.npz
    .venv/bin/python training/inbox/calibrate.py --allow-missing  # fit on the real sets at hand

The model's top probability is mapped to the share of answers that were right, by isotonic
regression (pool adjacent violators) on sets the model never trained on:

* the written held-out families (split "test" of emails.jsonl);
* real mail (texts rebuilt locally, see `benchmarks/data/REAL_MAIL.md`), from eight sets:
  round 1 real-dev (the emails `benchmarks/data/real_mail_split.json` marks "dev"), round 2 dev
  (`real_mail_round2_split.json`, "dev" only) and all of rounds 3 to 8 (spent: measured,
  then their mistakes read, so they are development sets now). The test splits
  of rounds 1 and 2 are never read: only ids their split file marks "dev" are kept, and a
  round-3 row counts only if its id is in the round-3 index.

Real mail counts REAL_WEIGHT times, since it is what people get; each step's share right is
shrunk towards one half (add-one), so a confident step backed by few emails does not claim 100 %.
Deterministic: the rows are read in file order and the fit sorts stably.

Every real set's local file is needed for the shipped calibration. A missing file, or a set
with fewer rebuilt emails than its index holds, is named with the command that rebuilds it;
a missing file stops the script (exit 1) unless `--allow-missing` is given, and then the fit
runs on the sets at hand and says which were left out. The counts used are stored in the
model's `meta["calibration"]`.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402

from nextyes.inbox.classifier.model import MODEL_PATH, LinearModel  # noqa: E402

DATA = HERE / "emails.jsonl"
BENCH = ROOT / "benchmarks" / "data"
REBUILD = (
    ".venv/bin/python benchmarks/real_mail_rebuild.py --index benchmarks/data/{index}"
    " --mirror /work/.mirror --offline"
)


@dataclass(frozen=True)
class RealSet:
    """One real-mail set the calibration reads: its rebuilt file and which of its ids count."""

    name: str
    index: str  # file name in benchmarks/data
    local: str  # the rebuilt texts (git-ignored)
    split: str | None  # split file: only its "dev" ids are read; None: the whole set (spent)


REAL_SETS = [
    RealSet(
        "round 1 dev", "real_mail_index.jsonl", "real_mail.local.jsonl", "real_mail_split.json"
    ),
    RealSet(
        "round 2 dev",
        "real_mail_index_round2.jsonl",
        "real_mail_round2.local.jsonl",
        "real_mail_round2_split.json",
    ),
    RealSet(
        "round 3 (spent)", "real_mail_index_round3.jsonl", "real_mail_round3.local.jsonl", None
    ),
    # Rounds 4 and 5 were measured on three models each, then their mistakes were read
    # (2026-12-05): spent, so they are development sets now, like round 3.
    RealSet(
        "round 4 (spent)", "real_mail_index_round4.jsonl", "real_mail_round4.local.jsonl", None
    ),
    RealSet(
        "round 5 (spent)", "real_mail_index_round5.jsonl", "real_mail_round5.local.jsonl", None
    ),
    # Rounds 6 and 7 were measured on five and four models, then their mistakes were read
    # (2026-12-05, a later session).
    RealSet(
        "round 6 (spent)", "real_mail_index_round6.jsonl", "real_mail_round6.local.jsonl", None
    ),
    RealSet(
        "round 7 (spent)", "real_mail_index_round7.jsonl", "real_mail_round7.local.jsonl", None
    ),
    # Round 8 was measured on two models, then its mistakes were read (the same session).
    RealSet(
        "round 8 (spent)", "real_mail_index_round8.jsonl", "real_mail_round8.local.jsonl", None
    ),
]
REAL_WEIGHT = 3.0


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def isotonic(p: Any, right: Any, weight: Any) -> tuple[Any, Any]:
    """Knots (mean confidence, share right) of the weighted isotonic fit, add-one shrunk."""
    order = np.argsort(p, kind="stable")
    blocks: list[list[float]] = []  # [sum w*p, sum w*right, sum w]
    for i in order:
        blocks.append([weight[i] * p[i], weight[i] * right[i], weight[i]])
        while len(blocks) > 1 and (
            (blocks[-2][1] + 1) / (blocks[-2][2] + 2) >= (blocks[-1][1] + 1) / (blocks[-1][2] + 2)
        ):
            last = blocks.pop()
            blocks[-1] = [a + b for a, b in zip(blocks[-1], last, strict=True)]
    x = np.array([b[0] / b[2] for b in blocks])
    y = np.array([(b[1] + 1) / (b[2] + 2) for b in blocks])
    return x, y


def points(model: LinearModel, rows: list[dict[str, Any]]) -> tuple[Any, Any]:
    probs = model.probabilities([(r["subject"], r["body"], r.get("from", "")) for r in rows])
    truth = np.array([model.labels.index(r["label"]) for r in rows])
    return probs.max(axis=1), (probs.argmax(axis=1) == truth).astype(float)


def real_rows(real: RealSet) -> tuple[list[dict[str, Any]] | None, str]:
    """The set's calibration rows (None when its local file is missing) and a line saying so."""
    index = load(BENCH / real.index)
    if real.split is None:
        wanted = {r["id"] for r in index}
    else:
        sides = json.loads((BENCH / real.split).read_text(encoding="utf-8"))
        wanted = {r["id"] for r in index if sides.get(r["id"]) == "dev"}
    path = BENCH / real.local
    rebuild = REBUILD.format(index=real.index)
    if not path.exists():
        return None, f"{real.name}: {path.relative_to(ROOT)} is MISSING; rebuild it: {rebuild}"
    rows = [r for r in load(path) if r["id"] in wanted]
    note = f"{real.name}: {len(rows)} of {len(wanted)} emails rebuilt"
    if len(rows) < len(wanted):
        short = len(wanted) - len(rows)
        note += f" ({short} not rebuilt: web pages need the rebuild online, without --offline)"
    return rows, note


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--allow-missing",
        action="store_true",
        help="fit on the real sets whose local file exists (each missing one is named)",
    )
    args = parser.parse_args(argv)
    found: list[tuple[RealSet, list[dict[str, Any]]]] = []
    missing = []
    for real in REAL_SETS:
        rows, note = real_rows(real)
        print(note)
        if rows is None:
            missing.append(real.name)
        else:
            found.append((real, rows))
    if missing and not args.allow_missing:
        print(f"stopped: {', '.join(missing)} missing (rebuild, or pass --allow-missing).")
        return 1
    if not found:
        print("stopped: no real-mail set at hand; the calibration needs real mail.")
        return 1
    model = LinearModel.load(MODEL_PATH)
    held = [r for r in load(DATA) if r["split"] == "test"]
    p_parts, right_parts, weight_parts = [], [], []
    p_held, r_held = points(model, held)
    p_parts.append(p_held)
    right_parts.append(r_held)
    weight_parts.append(np.ones(len(p_held)))
    for _, rows in found:
        p_real, r_real = points(model, rows)
        p_parts.append(p_real)
        right_parts.append(r_real)
        weight_parts.append(np.full(len(p_real), REAL_WEIGHT))
    x, y = isotonic(
        np.concatenate(p_parts), np.concatenate(right_parts), np.concatenate(weight_parts)
    )
    model.calibration = np.vstack([x, y])
    counts: dict[str, Any] = {"held_out": len(held)}
    counts.update({real.name: len(rows) for real, rows in found})
    if missing:
        counts["missing"] = missing
    model.meta = {**model.meta, "calibration": counts}
    model.save(MODEL_PATH)
    used = ", ".join(f"{len(rows)} {real.name}" for real, rows in found)
    print(f"calibrated on {len(held)} written held-out and real mail: {used}")
    if missing:
        print(f"left out (missing): {', '.join(missing)}")
    for a, b in zip(x, y, strict=True):
        print(f"  stated {a:.3f} → right {b:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
