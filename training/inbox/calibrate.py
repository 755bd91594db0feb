"""Fit the confidence calibration of the shipped inbox model and store it in the model file.

    .venv/bin/python training/inbox/calibrate.py     # after train.py; rewrites model.npz

The model's top probability is mapped to the share of answers that were right, by isotonic
regression (pool adjacent violators) on two sets the model never trained on: the written
held-out families (split "test" of emails.jsonl) and real-dev, the 40 % of the real-mail set
that `benchmarks/data/real_mail_split.json` marks "dev" (texts rebuilt locally, see
`benchmarks/data/REAL_MAIL.md`). real-test is never read here. Real mail counts REAL_WEIGHT
times, since it is what people get; each step's share right is shrunk towards one half
(add-one), so a confident step backed by few emails does not claim 100 %.
Without the local real-mail file it stops and says so (the shipped calibration needs it).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402

from nextyes.inbox.classifier.model import MODEL_PATH, LinearModel  # noqa: E402

DATA = HERE / "emails.jsonl"
REAL = ROOT / "benchmarks" / "data" / "real_mail.local.jsonl"
SPLIT = ROOT / "benchmarks" / "data" / "real_mail_split.json"
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


def main() -> int:
    if not REAL.exists():
        print(f"{REAL} is missing: rebuild it first (see benchmarks/data/REAL_MAIL.md).")
        return 1
    model = LinearModel.load(MODEL_PATH)
    held = [r for r in load(DATA) if r["split"] == "test"]
    sides = json.loads(SPLIT.read_text(encoding="utf-8"))
    dev = [r for r in load(REAL) if sides.get(r["id"]) == "dev"]
    p1, r1 = points(model, held)
    p2, r2 = points(model, dev)
    p = np.concatenate([p1, p2])
    right = np.concatenate([r1, r2])
    weight = np.concatenate([np.ones(len(p1)), np.full(len(p2), REAL_WEIGHT)])
    x, y = isotonic(p, right, weight)
    model.calibration = np.vstack([x, y])
    model.meta = {**model.meta, "calibration": {"held_out": len(held), "real_dev": len(dev)}}
    model.save(MODEL_PATH)
    print(f"calibrated on {len(held)} written held-out and {len(dev)} real-dev emails")
    for a, b in zip(x, y, strict=True):
        print(f"  stated {a:.3f} → right {b:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
