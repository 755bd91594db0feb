"""How well the shipped inbox classifier does on the held-out split (families never trained on).

    .venv/bin/python benchmarks/inbox_eval.py              # the shipped model.npz
    .venv/bin/python benchmarks/inbox_eval.py --no-cues    # retrained without the cue phrases
    .venv/bin/python benchmarks/inbox_eval.py --errors     # also list every mistake
    .venv/bin/python benchmarks/inbox_eval.py --fresh2     # the second fresh check (measure once)

Prints per-label precision, recall and F1, the confusion matrix, macro-F1, rejection recall,
figures per language and the calibration of the confidences, as Markdown.
Exits 1 when macro-F1 < 0.93 or rejection recall < 0.97 on the held-out split. `--fresh2`
reads `training/inbox/emails_fresh2.jsonl` instead: families written before the second round of changes
and never used for training or tuning; it has no bar and is not for choosing between models.
"""

from __future__ import annotations

import argparse
import sys
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "training" / "inbox"))
sys.path.insert(0, str(HERE.parent / "src"))

import numpy as np  # noqa: E402
from train import DATA, C, data_checksum, featurise, fit, load_rows, train  # noqa: E402

from nextyes.inbox.classifier import LABELS, MODEL_VERSION  # noqa: E402
from nextyes.inbox.classifier.model import MODEL_PATH, LinearModel  # noqa: E402

MACRO_F1_BAR = 0.93
REJECTION_RECALL_BAR = 0.97


def scores(
    truth: list[int], predicted: list[int]
) -> tuple[list[tuple[float, float, float, int]], float]:
    """(precision, recall, F1, support) per label, and macro-F1."""
    per_label = []
    for k in range(len(LABELS)):
        tp = sum(1 for t, p in zip(truth, predicted, strict=True) if t == k and p == k)
        fp = sum(1 for t, p in zip(truth, predicted, strict=True) if t != k and p == k)
        fn = sum(1 for t, p in zip(truth, predicted, strict=True) if t == k and p != k)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label.append((precision, recall, f1, tp + fn))
    present = [row for row in per_label if row[3]]
    return per_label, sum(row[2] for row in present) / len(present)


def calibration(confidence: list[float], correct: list[bool], bins: int = 10) -> float:
    """Expected calibration error: how far stated confidence is from the share right, on average."""
    conf = np.array(confidence)
    ok = np.array(correct, dtype=float)
    edges = np.linspace(0, 1, bins + 1)
    error = 0.0
    for low, high in pairwise(edges):
        inside = (conf > low) & (conf <= high)
        if inside.any():
            error += inside.mean() * abs(conf[inside].mean() - ok[inside].mean())
    return float(error)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-cues", action="store_true", help="a baseline: retrain without cue phrases"
    )
    parser.add_argument("--errors", action="store_true", help="list each mistake")
    parser.add_argument(
        "--fresh2", action="store_true", help="the second fresh check instead of the held-out split"
    )
    args = parser.parse_args(argv)
    rows = load_rows()
    if args.no_cues:
        import nextyes.inbox.classifier.features as features

        plain = features.tokens
        features.tokens = lambda s, b, f="", use_cues=True: plain(s, b, f, use_cues=False)  # type: ignore[assignment]
        import nextyes.inbox.classifier.model as model_module

        plain_read = features.read
        model_module.read = lambda s, b, f="", use_cues=True: plain_read(s, b, f, use_cues=False)  # type: ignore[assignment]
        import train as inbox_train

        inbox_train.tokens = features.tokens  # type: ignore[attr-defined]
        model = train(rows, C, data_checksum())
        name = "retrained without cue phrases"
    else:
        model = LinearModel.load(MODEL_PATH)
        name = f"shipped model {MODEL_VERSION}"
    _ = (featurise, fit)  # the same training helpers the shipped model came from
    if args.fresh2:
        test = load_rows(DATA.with_name("emails_fresh2.jsonl"))
        title = "Second fresh check"
    else:
        test = [r for r in rows if r["split"] == "test"]
        title = "Held-out split"
    probs = model.probabilities([(r["subject"], r["body"], r["from"]) for r in test])
    predicted = probs.argmax(axis=1).tolist()
    truth = [LABELS.index(r["label"]) for r in test]
    per_label, macro = scores(truth, predicted)
    families = len({r["family"] for r in test})
    print(f"### {title}: {len(test)} emails from {families} families never trained on ({name})\n")
    print("| label | precision | recall | F1 | emails |")
    print("|---|---|---|---|---|")
    for label, (p, r, f, n) in zip(LABELS, per_label, strict=True):
        print(f"| {label} | {p:.3f} | {r:.3f} | {f:.3f} | {n} |")
    print(
        f"\nmacro-F1 **{macro:.3f}** (bar {MACRO_F1_BAR}), rejection recall "
        f"**{per_label[0][1]:.3f}** (bar {REJECTION_RECALL_BAR}), accuracy "
        f"{np.mean(np.array(truth) == np.array(predicted)):.3f}\n"
    )
    print("Confusion matrix (rows: true label, columns: predicted):\n")
    print("| true \\ predicted | " + " | ".join(LABELS) + " |")
    print("|---" * (len(LABELS) + 1) + "|")
    for k, label in enumerate(LABELS):
        counts = [
            sum(1 for t, p in zip(truth, predicted, strict=True) if t == k and p == j)
            for j in range(len(LABELS))
        ]
        print(f"| {label} | " + " | ".join(str(c) for c in counts) + " |")
    print("\n| language | emails | macro-F1 | accuracy |")
    print("|---|---|---|---|")
    for lang in ("en", "fr", "de", "es"):
        index = [i for i, r in enumerate(test) if r["lang"] == lang]
        t = [truth[i] for i in index]
        p = [predicted[i] for i in index]
        print(
            f"| {lang} | {len(index)} | {scores(t, p)[1]:.3f} | {np.mean(np.array(t) == np.array(p)):.3f} |"
        )
    fresh = [i for i, r in enumerate(test) if r["family"].startswith("fresh-")]
    if fresh:
        t = [truth[i] for i in fresh]
        p = [predicted[i] for i in fresh]
        fresh_labels, fresh_macro = scores(t, p)
        print(
            f"\nWritten last, measured once ({len(fresh)} emails, "
            f"{len({test[i]['family'] for i in fresh})} `fresh-*` families): macro-F1 "
            f"{fresh_macro:.3f}, rejection recall {fresh_labels[0][1]:.3f}, accuracy "
            f"{np.mean(np.array(t) == np.array(p)):.3f}"
        )
    confidence = probs.max(axis=1).tolist()
    correct = [t == p for t, p in zip(truth, predicted, strict=True)]
    wrong_conf = [c for c, ok in zip(confidence, correct, strict=True) if not ok]
    print(
        f"\nConfidence: mean {np.mean(confidence):.3f} when right, "
        f"{np.mean(wrong_conf) if wrong_conf else float('nan'):.3f} when wrong; expected calibration error "
        f"{calibration(confidence, correct):.3f}; "
        f"{sum(c >= 0.95 for c in confidence)} of {len(test)} at ≥ 0.95, of which "
        f"{sum(c >= 0.95 and not ok for c, ok in zip(confidence, correct, strict=True))} wrong."
    )
    if args.errors:
        print()
        for r, t, p, c in zip(test, truth, predicted, confidence, strict=True):
            if t != p:
                print(f"- {r['family']}: {LABELS[t]} → {LABELS[p]} ({c:.2f}): {r['subject']}")
    if args.fresh2:
        return 0
    return 0 if macro >= MACRO_F1_BAR and per_label[0][1] >= REJECTION_RECALL_BAR else 1


if __name__ == "__main__":
    raise SystemExit(main())
