"""How well the shipped thinking-trap detector does on the held-out sentences.

    .venv/bin/python benchmarks/traps_eval.py             # the shipped detector (rules + model)
    .venv/bin/python benchmarks/traps_eval.py --markdown  # the same, as tables for README.md

Prints precision and recall per trap on the sentences with split "test" in `data/thoughts.jsonl`
(never used for training), micro and macro averages, and the accuracy of the distorted / not
distorted decision; then the same averages for the rules alone and the model alone, to show what
each part brings.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from nextyes.journal.traps import SLUGS  # noqa: E402
from nextyes.journal.traps.detector import MODEL_PATH, detect, load_model  # noqa: E402

DATA_PATH = MODEL_PATH.with_name("thoughts.jsonl")


def load_test() -> list[dict[str, Any]]:
    with DATA_PATH.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [row for row in rows if row["split"] == "test"]


def evaluate(rows: list[dict[str, Any]], model: dict[str, Any] | None) -> dict[str, Any]:
    counts = {slug: [0, 0, 0] for slug in SLUGS}  # tp, fp, fn
    right = 0
    for row in rows:
        traps, distorted = detect(row["text"], model)
        found = {trap.slug for trap in traps}
        gold = set(row["traps"])
        right += distorted == bool(gold)
        for slug in SLUGS:
            counts[slug][0] += slug in found and slug in gold
            counts[slug][1] += slug in found and slug not in gold
            counts[slug][2] += slug not in found and slug in gold
    per = {}
    for slug, (tp, fp, fn) in counts.items():
        per[slug] = {
            "precision": tp / (tp + fp) if tp + fp else 0.0,
            "recall": tp / (tp + fn) if tp + fn else 0.0,
            "support": tp + fn,
        }
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    micro_p, micro_r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    macro_p = sum(p["precision"] for p in per.values()) / len(per)
    macro_r = sum(p["recall"] for p in per.values()) / len(per)
    return {
        "per_trap": per,
        "micro": (micro_p, micro_r, f1(micro_p, micro_r)),
        "macro": (macro_p, macro_r, f1(macro_p, macro_r)),
        "distorted_accuracy": right / len(rows),
        "sentences": len(rows),
        "negatives": sum(1 for row in rows if not row["traps"]),
    }


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def rules_only() -> dict[str, Any]:
    # An empty model: no weights, intercepts that give 0, the rules' own 0.5 threshold.
    labels = ["distorted", *SLUGS]
    return {"labels": labels, "intercepts": [-100.0] * len(labels), "weights": {}}


def model_only(model: dict[str, Any]) -> dict[str, Any]:
    return {**model, "rule_weight": 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--markdown", action="store_true", help="Print Markdown tables.")
    args = parser.parse_args(argv)
    model = load_model()
    if model is None:
        print("no shipped model: run benchmarks/traps_train.py first", file=sys.stderr)
        return 1
    rows = load_test()
    result = evaluate(rows, model)
    print(
        f"held-out: {result['sentences']} sentences ({result['negatives']} with no trap), "
        f"threshold {model['threshold']}"
    )
    if args.markdown:
        print("\n| trap | precision | recall | held-out positives |\n|---|---|---|---|")
        for slug, p in result["per_trap"].items():
            print(f"| {slug} | {p['precision']:.2f} | {p['recall']:.2f} | {p['support']} |")
        print("\n| detector | micro P / R / F1 | macro P / R / F1 | distorted accuracy |")
        print("|---|---|---|---|")
    else:
        print(f"\n{'trap':<26}{'precision':>10}{'recall':>8}{'n':>5}")
        for slug, p in result["per_trap"].items():
            print(f"{slug:<26}{p['precision']:>10.2f}{p['recall']:>8.2f}{p['support']:>5}")
        print()
    variants = (
        ("rules + model (shipped)", result),
        ("rules only", evaluate(rows, rules_only())),
        ("model only", evaluate(rows, model_only(model))),
    )
    for name, res in variants:
        micro = " / ".join(f"{x:.2f}" for x in res["micro"])
        macro = " / ".join(f"{x:.2f}" for x in res["macro"])
        accuracy = res["distorted_accuracy"]
        if args.markdown:
            print(f"| {name} | {micro} | {macro} | {accuracy:.2f} |")
        else:
            print(f"{name:<26} micro P/R/F1 {micro}   macro {macro}   distorted acc {accuracy:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
