"""Train the thinking-trap model and write the files NextYes ships with.

    .venv/bin/python training/traps/train.py          # writes traps/data/model.json, weights.f32
    .venv/bin/python training/traps/train.py --check  # retrain and compare with the shipped files

Two sets of logistic regressions (one per label: "distorted" and each trap slug, one-vs-rest)
on the `features.featurise` features, averaged at run time:

- "own": our job-search sentences with split "train" (`thoughts.jsonl`), as before;
- "joint": those plus the training part of the real thoughts of Sharma et al. (ACL 2023), read
  from the local copy in `data/` (`fetch_data.py`; see README.md).

Averaging keeps our own sentences as good as the own model alone made them, while the ranking of
real people's thoughts gets what the real data teaches (a single joint model cost ~0.05 micro-F1
on our sentences in cross-validation). The held-out parts of both sets are never read here.

Everything tuned is tuned by 5-fold cross-validation inside the training parts (real thoughts
folded by group, so one thought never sits on both sides of a fold): the suggestion threshold
(best micro-F1 on our sentences); a four-number "distorted" score stacked on the out-of-fold
scores; and its threshold (the best accuracy on our sentences among those whose F1 on the real
thoughts beats saying "distorted" every time; when none does, the best accuracy on our
sentences; the run prints both figures). Deterministic: same data, same file.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import zlib
from array import array
from collections import Counter
from pathlib import Path
from typing import Any

import dataset

from nextyes.journal.traps import DETECTOR_VERSION, SLUGS
from nextyes.journal.traps.detector import DISTORTED, MODEL_PATH, STACK_KEYS, rank_all
from nextyes.journal.traps.features import featurise

LABELS = (DISTORTED, *SLUGS)
MODELS = ("own", "joint")
WEIGHTS_NAME = "weights.f32"
C = 10.0  # little regularisation: the sentences are short and the features already unit-length
MIN_DOCS = 2  # a feature must occur in at least this many training sentences
KEEP = 0.02  # weights smaller than this (in absolute value) are dropped
FOLDS = 5
THRESHOLDS = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
Row = dict[str, Any]


def targets(row: Row) -> dict[str, int]:
    wanted = {DISTORTED: int(row["distorted"])}
    wanted.update({slug: int(slug in row["traps"]) for slug in SLUGS})
    return wanted


def fit(rows: list[Row]) -> tuple[list[float], dict[str, list[tuple[int, float]]]]:
    """Intercepts and pruned weights ({feature: [(label index, weight)]}) for `rows`."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    feats = [featurise(row["text"]) for row in rows]
    doc_counts = Counter(key for f in feats for key in f)
    feats = [{k: v for k, v in f.items() if doc_counts[k] >= MIN_DOCS} for f in feats]
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform(feats)
    names = vectoriser.get_feature_names_out()
    weights: dict[str, list[tuple[int, float]]] = {}
    intercepts = []
    for index, label in enumerate(LABELS):
        y = [targets(row)[label] for row in rows]
        classifier = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
        classifier.fit(matrix, y)
        intercepts.append(round(float(classifier.intercept_[0]), 4))
        for name, weight in zip(names, classifier.coef_[0], strict=True):
            if abs(weight) >= KEEP:
                weights.setdefault(str(name), []).append((index, round(float(weight), 3)))
    return intercepts, weights


def fit_both(own: list[Row], real: list[Row]) -> dict[str, Any]:
    """Both models in the shipped (JSON) shape: one dense row of weights per feature, where
    label i of model m is column m * len(LABELS) + i (zeros for the pruned ones)."""
    intercepts: list[float] = []
    columns = len(LABELS) * len(MODELS)
    weights: dict[str, list[float]] = {}
    for offset, rows in enumerate((own, own + real)):
        model_intercepts, model_weights = fit(rows)
        intercepts.extend(model_intercepts)
        for name, pairs in model_weights.items():
            row = weights.setdefault(name, [0] * columns)
            for index, weight in pairs:
                row[index + offset * len(LABELS)] = weight
    return {
        "version": DETECTOR_VERSION,
        "labels": list(LABELS),
        "models": list(MODELS),
        "intercepts": intercepts,
        "weights": dict(sorted(weights.items())),
        "rule_weight": 1.0,
    }


def fold_of(row: Row) -> int:
    key = row.get("group") or row["text"]
    return zlib.crc32(key.encode("utf-8")) % FOLDS


def out_of_fold(own: list[Row], real: list[Row]) -> list[tuple[Row, list[Any], dict[str, float]]]:
    """Each training row scored by models that did not see it (nor its group)."""
    scored = []
    for fold in range(FOLDS):
        model = fit_both(
            [r for r in own if fold_of(r) != fold], [r for r in real if fold_of(r) != fold]
        )
        for row in (r for r in own + real if fold_of(r) == fold):
            ranking, inputs = rank_all(row["text"], model)
            scored.append((row, ranking, inputs))
    return scored


def pick_threshold(scored: list[tuple[Row, list[Any], dict[str, float]]]) -> float:
    """The suggestion threshold with the best micro-F1 on our own sentences."""

    def micro_f1(threshold: float) -> float:
        tp = fp = fn = 0
        for row, ranking, _ in scored:
            if row["source"] == "own":
                found = {t.slug for t in ranking if t.score >= threshold}
                gold = set(row["traps"])
                tp, fp, fn = tp + len(found & gold), fp + len(found - gold), fn + len(gold - found)
        return 2 * tp / max(1, 2 * tp + fp + fn)

    best = max(THRESHOLDS, key=lambda t: (round(micro_f1(t), 6), -abs(t - 0.5)))
    print(f"cross-validated suggestion threshold {best}: micro-F1 {micro_f1(best):.3f}")
    return best


def fit_stack(scored: list[tuple[Row, list[Any], dict[str, float]]]) -> dict[str, float]:
    """A logistic regression on the out-of-fold inputs of the "distorted" score."""
    from sklearn.linear_model import LogisticRegression

    x = [[inputs[key] for key in STACK_KEYS] for _, _, inputs in scored]
    y = [int(row["distorted"]) for row, _, _ in scored]
    classifier = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit(x, y)
    stack = {
        key: round(float(w), 4) for key, w in zip(STACK_KEYS, classifier.coef_[0], strict=True)
    }
    stack["bias"] = round(float(classifier.intercept_[0]), 4)
    return stack


def pick_distorted_threshold(
    scored: list[tuple[Row, list[Any], dict[str, float]]], stack: dict[str, float], threshold: float
) -> float:
    """Best accuracy on our sentences among thresholds whose real-thought F1 beats all-yes
    (the best accuracy overall when none does)."""
    points = []
    for row, ranking, inputs in scored:
        z = stack["bias"] + sum(stack[key] * inputs[key] for key in STACK_KEYS)
        suggested = ranking[0].score >= threshold
        points.append((row, suggested, 1.0 / (1.0 + math.exp(-z))))
    real_gold = [row["distorted"] for row, _, _ in points if row["source"] == "real"]
    all_yes = 2 * sum(real_gold) / (sum(real_gold) + len(real_gold)) if real_gold else 0.0
    best: tuple[float, float, float] | None = None
    chosen = 0.5
    for step in range(2, 96):
        t = step / 100
        own_right = own_n = tp = flagged = 0
        for row, suggested, score in points:
            says = suggested or score >= t
            if row["source"] == "own":
                own_n += 1
                own_right += says == row["distorted"]
            else:
                flagged += says
                tp += says and row["distorted"]
        f1 = 2 * tp / max(1, flagged + sum(real_gold)) if real_gold else 1.0
        accuracy = own_right / max(1, own_n)
        key = (float(f1 > all_yes), round(accuracy, 6), round(f1, 6))
        if best is None or key > best:
            best, chosen = key, t
    if best is not None:
        print(
            f"cross-validated distorted at {chosen}: accuracy on our sentences {best[1]:.3f}, "
            f"F1 on real thoughts {best[2]:.3f} (all yes {all_yes:.3f})"
        )
    return chosen


def train() -> dict[str, Any]:
    if not dataset.have_real():
        raise SystemExit(dataset.MISSING)
    own, real = dataset.own("train"), dataset.real("train")
    scored = out_of_fold(own, real)
    threshold = pick_threshold(scored)
    stack = fit_stack(scored)
    model = fit_both(own, real)
    model.update(
        threshold=threshold,
        distorted_stack=stack,
        distorted_threshold=pick_distorted_threshold(scored, stack, threshold),
    )
    return model


def dump(model: dict[str, Any]) -> tuple[str, bytes]:
    """The JSON file (everything but the weights, plus the feature names in row order) and the
    weights as little-endian float32 rows, which load far faster than JSON numbers."""
    features = list(model["weights"])
    matrix = array("f", [w for name in features for w in model["weights"][name]])
    if sys.byteorder == "big":
        matrix.byteswap()
    meta = {key: value for key, value in model.items() if key != "weights"}
    meta.update(features=features, weights_file=WEIGHTS_NAME)
    return json.dumps(meta, separators=(",", ":"), sort_keys=True) + "\n", matrix.tobytes()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="Compare with the shipped files.")
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    model = train()
    text, weights = dump(model)
    weights_path = args.output.with_name(WEIGHTS_NAME)
    if args.check:
        same = (
            args.output.read_text(encoding="utf-8") == text and weights_path.read_bytes() == weights
        )
        print("shipped model is up to date" if same else "shipped model differs: retrain")
        return 0 if same else 1
    args.output.write_text(text, encoding="utf-8")
    weights_path.write_bytes(weights)
    print(
        f"wrote {args.output} and {WEIGHTS_NAME} ({(len(text) + len(weights)) // 1024} KiB, "
        f"{len(model['weights'])} features, threshold {model['threshold']}, "
        f"distorted stack {model['distorted_stack']} at {model['distorted_threshold']})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
