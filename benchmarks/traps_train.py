"""Train the thinking-trap model and write the file NextYes ships with.

    .venv/bin/python benchmarks/traps_train.py            # writes src/.../traps/data/model.json
    .venv/bin/python benchmarks/traps_train.py --check    # retrain and compare with the shipped file

One logistic regression per label ("distorted" and each trap slug, one-vs-rest) on the
`features.featurise` features of the sentences with split "train" in `data/thoughts.jsonl`. The
held-out "test" sentences are never seen here (see `traps_eval.py`). The suggestion threshold is
picked by 5-fold cross-validation on the training sentences, with the rules combined exactly as
`detector.detect` combines them. Deterministic: same data, same file.

Only weights large enough to matter are kept, rounded, so the file stays small and loads in a
few milliseconds; scoring then needs neither scikit-learn nor numpy.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from nextyes.journal.traps import DETECTOR_VERSION, SLUGS  # noqa: E402
from nextyes.journal.traps.detector import DISTORTED, MODEL_PATH, detect  # noqa: E402
from nextyes.journal.traps.features import featurise  # noqa: E402

DATA_PATH = MODEL_PATH.with_name("thoughts.jsonl")
LABELS = (DISTORTED, *SLUGS)
C = 10.0  # little regularisation: the sentences are short and the features already unit-length
MIN_DOCS = 2  # a feature must occur in at least this many training sentences
KEEP = 0.02  # weights smaller than this (in absolute value) are dropped
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
DISTORTED_THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9)
HINT_THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4)


def load(split: str | None = None) -> list[dict[str, Any]]:
    with DATA_PATH.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [row for row in rows if split is None or row["split"] == split]


def targets(row: dict[str, Any]) -> dict[str, int]:
    wanted = {DISTORTED: int(bool(row["traps"]))}
    wanted.update({slug: int(slug in row["traps"]) for slug in SLUGS})
    return wanted


def fit(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Train on `rows` and return the model in the shipped (JSON) shape."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    feats = [featurise(row["text"]) for row in rows]
    doc_counts = Counter(key for f in feats for key in f)
    feats = [{k: v for k, v in f.items() if doc_counts[k] >= MIN_DOCS} for f in feats]
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform(feats)
    names = vectoriser.get_feature_names_out()
    weights: dict[str, list[list[float]]] = {}
    intercepts = []
    for index, label in enumerate(LABELS):
        y = [targets(row)[label] for row in rows]
        classifier = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
        classifier.fit(matrix, y)
        intercepts.append(round(float(classifier.intercept_[0]), 4))
        for name, weight in zip(names, classifier.coef_[0], strict=True):
            if abs(weight) >= KEEP:
                weights.setdefault(str(name), []).append([index, round(float(weight), 4)])
    return {
        "version": DETECTOR_VERSION,
        "labels": list(LABELS),
        "intercepts": intercepts,
        "weights": dict(sorted(weights.items())),
    }


def micro_f1(model: dict[str, Any], rows: list[dict[str, Any]]) -> float:
    tp = fp = fn = 0
    for row in rows:
        found = {trap.slug for trap in detect(row["text"], model)[0]}
        gold = set(row["traps"])
        tp += len(found & gold)
        fp += len(found - gold)
        fn += len(gold - found)
    return 2 * tp / max(1, 2 * tp + fp + fn)


def distorted_accuracy(model: dict[str, Any], rows: list[dict[str, Any]]) -> float:
    return sum(detect(row["text"], model)[1] == bool(row["traps"]) for row in rows) / len(rows)


def pick_thresholds(rows: list[dict[str, Any]], folds: int = 5) -> dict[str, float]:
    """Thresholds picked over `folds` cross-validation folds of the training sentences: the
    suggestion threshold with the best micro-F1, then the pair ("distorted" probability, weakest
    trap hint) with the best distorted/not accuracy."""
    f1s = dict.fromkeys(THRESHOLDS, 0.0)
    pairs = [(d, h) for d in DISTORTED_THRESHOLDS for h in HINT_THRESHOLDS]
    accuracies = dict.fromkeys(pairs, 0.0)
    models = []
    for fold in range(folds):
        train = [row for i, row in enumerate(rows) if i % folds != fold]
        held = [row for i, row in enumerate(rows) if i % folds == fold]
        model = fit(train)
        models.append((model, held))
        for threshold in THRESHOLDS:
            model["threshold"] = threshold
            f1s[threshold] += micro_f1(model, held)
    # Ties go to the value nearest 0.5 (suggestions), then to fewer "distorted" flags.
    best = max(THRESHOLDS, key=lambda t: (round(f1s[t], 6), -abs(t - 0.5)))
    for model, held in models:
        model["threshold"] = best
        for distorted, hint in pairs:
            model["distorted_threshold"], model["hint_threshold"] = distorted, hint
            accuracies[(distorted, hint)] += distorted_accuracy(model, held)
    distorted, hint = max(pairs, key=lambda p: (round(accuracies[p], 6), p[0], p[1]))
    return {"threshold": best, "distorted_threshold": distorted, "hint_threshold": hint}


def train() -> dict[str, Any]:
    rows = load("train")
    thresholds = pick_thresholds(rows)
    model = fit(rows)
    model.update(thresholds)
    model["rule_weight"] = 1.0
    return model


def dump(model: dict[str, Any]) -> str:
    return json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="Compare with the shipped file.")
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    model = train()
    text = dump(model)
    if args.check:
        same = args.output.read_text(encoding="utf-8") == text
        print("shipped model is up to date" if same else "shipped model differs: retrain")
        return 0 if same else 1
    args.output.write_text(text, encoding="utf-8")
    print(
        f"wrote {args.output} ({len(text) // 1024} KiB, {len(model['weights'])} features, "
        f"threshold {model['threshold']}, distorted {model['distorted_threshold']}, "
        f"hint {model['hint_threshold']})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
