"""Train the inbox classifier on the training split and write the shipped model file.

    .venv/bin/python training/inbox/train.py            # writes src/nextyes/inbox/classifier/model.npz
    .venv/bin/python training/inbox/train.py --search   # grouped cross-validation over C first

Only rows with split "train" are used; the held-out families are never seen here. Confidences
are calibrated with one temperature, fitted on out-of-fold predictions where each fold leaves
out whole template families (the same kind of novelty the held-out split measures).
Deterministic: the same data gives the same weights.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402

from nextyes.inbox.classifier import LABELS  # noqa: E402
from nextyes.inbox.classifier.features import tokens  # noqa: E402
from nextyes.inbox.classifier.model import MODEL_PATH, LinearModel  # noqa: E402

DATA = HERE / "emails.jsonl"
C = 10.0
MIN_DF = 2
FOLDS = 5
TEMPERATURES = [round(0.3 + 0.05 * i, 2) for i in range(55)]


def load_rows(path: Path = DATA) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def data_checksum(path: Path = DATA) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def featurise(rows: list[dict[str, str]]) -> list[list[str]]:
    return [tokens(r["subject"], r["body"], r["from"]) for r in rows]


def vectoriser(docs: list[list[str]]) -> LinearModel:
    """Vocabulary (features in at least MIN_DF emails) and smooth IDF, with no weights yet."""
    df: dict[str, int] = {}
    for doc in docs:
        for feature in set(doc):
            df[feature] = df.get(feature, 0) + 1
    words = sorted(w for w, n in df.items() if n >= MIN_DF)
    idf = np.array([np.log((1 + len(docs)) / (1 + df[w])) + 1.0 for w in words])
    zeros = np.zeros((len(words), len(LABELS)))
    return LinearModel(
        {w: i for i, w in enumerate(words)}, idf, zeros, np.zeros(len(LABELS)), 1.0, LABELS, {}
    )


def matrix(model: LinearModel, docs: list[list[str]]) -> Any:
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for r, doc in enumerate(docs):
        index, weights = model.vector(doc)
        rows.extend([r] * len(index))
        cols.extend(index)
        vals.extend(weights)
    return csr_matrix((vals, (rows, cols)), shape=(len(docs), len(model.vocab)))


def fit(docs: list[list[str]], labels: list[str], c: float) -> LinearModel:
    from sklearn.linear_model import LogisticRegression

    model = vectoriser(docs)
    y = np.array([LABELS.index(label) for label in labels])
    lr = LogisticRegression(C=c, max_iter=2000)
    lr.fit(matrix(model, docs), y)
    model.coef = lr.coef_.T.copy()
    model.intercept = lr.intercept_.copy()
    return model


def folds(rows: list[dict[str, str]]) -> list[list[int]]:
    """Indices of each fold; a whole family is always in the same fold."""
    families = sorted({r["family"] for r in rows})
    fold_of = {family: i % FOLDS for i, family in enumerate(families)}
    return [[i for i, r in enumerate(rows) if fold_of[r["family"]] == k] for k in range(FOLDS)]


def out_of_fold_logits(rows: list[dict[str, str]], docs: list[list[str]], c: float) -> Any:
    logits = np.zeros((len(rows), len(LABELS)))
    for held in folds(rows):
        held_set = set(held)
        keep = [i for i in range(len(rows)) if i not in held_set]
        model = fit([docs[i] for i in keep], [rows[i]["label"] for i in keep], c)
        probs = model.probabilities(
            [(rows[i]["subject"], rows[i]["body"], rows[i]["from"]) for i in held]
        )
        logits[held] = np.log(np.clip(probs, 1e-12, 1.0))
    return logits


def best_temperature(logits: Any, y: Any) -> float:
    def nll(t: float) -> float:
        z = logits / t
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return float(-logp[np.arange(len(y)), y].mean())

    return min(TEMPERATURES, key=nll)


def train(rows: list[dict[str, str]], c: float = C, checksum: str = "") -> LinearModel:
    """The shipped model: fit on the training rows, temperature from family-wise folds."""
    rows = [r for r in rows if r["split"] == "train"]
    docs = featurise(rows)
    y = np.array([LABELS.index(r["label"]) for r in rows])
    temperature = best_temperature(out_of_fold_logits(rows, docs, c), y)
    model = fit(docs, [r["label"] for r in rows], c)
    model.temperature = temperature
    model.meta = {"C": c, "min_df": MIN_DF, "train_rows": len(rows), "data_sha256": checksum}
    return model


def search(rows: list[dict[str, str]]) -> None:
    from sklearn.metrics import f1_score, recall_score

    train_rows = [r for r in rows if r["split"] == "train"]
    docs = featurise(train_rows)
    y = np.array([LABELS.index(r["label"]) for r in train_rows])
    for c in (1.0, 3.0, 10.0, 20.0, 50.0, 100.0):
        predicted = out_of_fold_logits(train_rows, docs, c).argmax(axis=1)
        macro = f1_score(y, predicted, average="macro")
        rejection = recall_score(y == 0, predicted == 0)
        print(f"C={c:6.1f}  family-wise CV macro-F1 {macro:.3f}  rejection recall {rejection:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--search", action="store_true", help="cross-validate C on the training split"
    )
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    rows = load_rows()
    if args.search:
        search(rows)
    model = train(rows, C, data_checksum())
    model.save(args.out)
    size = args.out.stat().st_size
    print(
        f"trained on {model.meta['train_rows']} emails, {len(model.vocab)} features, "
        f"temperature {model.temperature}; wrote {args.out} ({size / 1024:.0f} KiB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
