"""How well the shipped thinking-trap detector does on thoughts it never saw in training.

    .venv/bin/python benchmarks/traps_eval.py             # both held-out sets
    .venv/bin/python benchmarks/traps_eval.py --markdown  # the same, as tables for README.md

1. Real people's thoughts (Sharma et al., ACL 2023), the held-out quarter of the groups in
   `training/traps/dataset.py` (needs the local copy: `training/traps/README.md`): top-1 and
   top-3 (share of held-out distorted thoughts with one of our slugs whose first-ranked slug,
   or one of the first three, is among theirs) beside the constant guess (the most common traps
   of the training part, in frequency order); F1 of "distorted" beside saying yes every time;
   ROC AUC of the distorted score.
2. Our job-search sentences with split "test" in `training/traps/thoughts.jsonl`: precision and
   recall per trap, micro and macro averages, distorted accuracy; then the rules alone and the
   models alone, to show what each part brings.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training" / "traps"))

import dataset  # noqa: E402

from nextyes.journal.traps import SLUGS  # noqa: E402
from nextyes.journal.traps.detector import detect, load_model, score  # noqa: E402

Row = dict[str, Any]


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def auc(labels: list[bool], scores: list[float]) -> float:
    """ROC AUC as the chance a distorted thought outscores a plain one (ties count half)."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def top_k(rows: list[Row], ranked: list[list[str]], k: int) -> float:
    hits = [
        bool(set(order[:k]) & set(row["traps"])) for row, order in zip(rows, ranked, strict=True)
    ]
    return sum(hits) / len(hits)


def own_half(model: dict[str, Any]) -> dict[str, Any]:
    """Only the model trained on our sentences (what the real data adds, by difference)."""
    size = len(model["labels"])
    weights = {key: row[:size] for key, row in model["weights"].items()}
    return {**model, "intercepts": model["intercepts"][:size], "weights": weights}


def variants_top_k(model: dict[str, Any]) -> list[tuple[str, float, float]]:
    """Top-1 and top-3 on the real held-out thoughts for the parts of the detector."""
    named = [row for row in dataset.real("test") if row["traps"]]
    found = []
    for name, variant in (
        ("rules + model trained on our sentences only", own_half(model)),
        ("rules only", rules_only()),
    ):
        ranked = [[t.slug for t in score(row["text"], variant).ranking] for row in named]
        found.append((name, top_k(named, ranked, 1), top_k(named, ranked, 3)))
    return found


def evaluate_real(model: dict[str, Any]) -> dict[str, Any]:
    train, test = dataset.real("train"), dataset.real("test")
    counts = Counter(slug for row in train for slug in row["traps"])
    constant = sorted(SLUGS, key=lambda s: (-counts[s], SLUGS.index(s)))
    named = [row for row in test if row["traps"]]
    ranked, flags, scores = [], [], []
    for row in test:
        scored = score(row["text"], model)
        flags.append(detect(row["text"], model)[1])
        scores.append(scored.distorted_score)
        if row["traps"]:
            ranked.append([trap.slug for trap in scored.ranking])
    gold = [row["distorted"] for row in test]
    tp = sum(f and g for f, g in zip(flags, gold, strict=True))
    precision, recall = tp / max(1, sum(flags)), tp / max(1, sum(gold))
    all_yes = f1(sum(gold) / len(gold), 1.0)
    return {
        "thoughts": len(test),
        "groups": len({row["group"] for row in test}),
        "named": len(named),
        "plain": len(test) - sum(gold),
        "constant": constant[:3],
        "top1": (top_k(named, ranked, 1), top_k(named, [constant] * len(named), 1)),
        "top3": (top_k(named, ranked, 3), top_k(named, [constant] * len(named), 3)),
        "distorted": (precision, recall, f1(precision, recall), all_yes),
        "auc": auc(gold, scores),
        "variants": variants_top_k(model),
    }


def evaluate_own(rows: list[Row], model: dict[str, Any]) -> dict[str, Any]:
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


def rules_only() -> dict[str, Any]:
    return {}  # the detector's rules-only mode: no weights, the rules' own 0.5 threshold


def model_only(model: dict[str, Any]) -> dict[str, Any]:
    return {**model, "rule_weight": 0.0}


def print_real(result: dict[str, Any], markdown: bool) -> None:
    top1, top3 = result["top1"], result["top3"]
    p, r, f, all_yes = result["distorted"]
    print(
        f"Real held-out: {result['thoughts']} thoughts in {result['groups']} groups, "
        f"{result['named']} with one of our slugs, {result['plain']} not distorted; "
        f"constant guess: {', '.join(result['constant'])}"
    )
    if markdown:
        print("\n| measure | detector | baseline |\n|---|---|---|")
        print(f"| top-1 | {top1[0]:.3f} | {top1[1]:.3f} (constant) |")
        print(f"| top-3 | {top3[0]:.3f} | {top3[1]:.3f} (constant) |")
        print(
            f"| distorted P / R / F1 | {p:.3f} / {r:.3f} / {f:.3f} | F1 {all_yes:.3f} (all yes) |"
        )
        print(f"| distorted ROC AUC | {result['auc']:.3f} | 0.500 (chance) |")
        print("\n| ranking by | top-1 | top-3 |\n|---|---|---|")
        print(f"| rules + both models (shipped) | {top1[0]:.3f} | {top3[0]:.3f} |")
        for name, one, three in result["variants"]:
            print(f"| {name} | {one:.3f} | {three:.3f} |")
    else:
        print(f"  top-1 {top1[0]:.3f}   constant {top1[1]:.3f}   ({top1[0] / top1[1]:.2f}x)")
        print(f"  top-3 {top3[0]:.3f}   constant {top3[1]:.3f}")
        print(f"  distorted P/R/F1 {p:.3f} / {r:.3f} / {f:.3f}   all-yes F1 {all_yes:.3f}")
        print(f"  distorted ROC AUC {result['auc']:.3f}")
        for name, one, three in result["variants"]:
            print(f"  {name}: top-1 {one:.3f}, top-3 {three:.3f}")
    print()


def print_own(rows: list[Row], model: dict[str, Any], markdown: bool) -> None:
    result = evaluate_own(rows, model)
    print(
        f"Our held-out sentences: {result['sentences']} ({result['negatives']} with no trap), "
        f"threshold {model['threshold']}"
    )
    if markdown:
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
        ("rules only", evaluate_own(rows, rules_only())),
        ("model only", evaluate_own(rows, model_only(model))),
    )
    for name, res in variants:
        micro = " / ".join(f"{x:.2f}" for x in res["micro"])
        macro = " / ".join(f"{x:.2f}" for x in res["macro"])
        accuracy = res["distorted_accuracy"]
        if markdown:
            print(f"| {name} | {micro} | {macro} | {accuracy:.2f} |")
        else:
            print(f"{name:<26} micro P/R/F1 {micro}   macro {macro}   distorted acc {accuracy:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--markdown", action="store_true", help="Print Markdown tables.")
    args = parser.parse_args(argv)
    model = load_model()
    if model is None:
        print("no shipped model: run training/traps/train.py first", file=sys.stderr)
        return 1
    if dataset.have_real():
        print_real(evaluate_real(model), args.markdown)
    else:
        print(dataset.MISSING + "\n(skipping the real held-out figures)\n", file=sys.stderr)
    print_own(dataset.own("test"), model, args.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
