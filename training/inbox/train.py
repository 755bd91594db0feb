"""Train the inbox classifier on the training split and write the shipped model file.

    .venv/bin/python training/inbox/train.py            # writes src/nextyes/inbox/classifier/model.npz
    .venv/bin/python training/inbox/train.py --search   # grouped cross-validation over C first

Only rows with split "train" are used; the held-out families are never seen here. When the
licensed real mail has been rebuilt (`licensed.local.jsonl`, from `licensed_index.jsonl`; see
README "Licensed real mail"), its emails join the training rows, each once (`--no-licensed`
trains without them). Confidences
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
LICENSED_INDEX = HERE / "licensed_index.jsonl"
LICENSED = HERE / "licensed.local.jsonl"  # rebuilt by benchmarks/real_mail_rebuild.py, git-ignored
C = 10.0
MIN_DF = 2
FOLDS = 5
TEMPERATURES = [round(0.3 + 0.05 * i, 2) for i in range(55)]


def load_rows(path: Path = DATA) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def data_checksum(path: Path = DATA) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_licensed(path: Path = LICENSED, index: Path = LICENSED_INDEX) -> list[dict[str, str]]:
    """The rebuilt licensed real mail as training rows, or [] when it has not been rebuilt.

    Only emails the index lists are taken, each once (by id, then by its text's hash), in the
    index's order, so the rows and the model do not depend on the order of the local file. The
    family is the source repository: the family-wise folds keep a repository's emails together.
    """
    if not path.exists() or not index.exists():
        return []
    entries = [json.loads(line) for line in index.read_text(encoding="utf-8").splitlines() if line]
    rebuilt: dict[str, dict[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rebuilt.setdefault(row["id"], row)
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for entry in entries:
        row = rebuilt.get(entry["id"])
        if row is None or entry["sha256"] in seen or row["label"] != entry["label"]:
            continue
        seen.add(entry["sha256"])
        rows.append(
            {
                "subject": row["subject"],
                "body": row["body"],
                "from": row.get("from", ""),
                "label": entry["label"],
                "lang": entry["lang"],
                "split": "train",
                "family": "licensed:" + (entry.get("repo") or entry["source"]),
            }
        )
    return rows


def licensed_checksum(rows: list[dict[str, str]], index: Path = LICENSED_INDEX) -> str:
    """Names the licensed emails used without holding their text: the index lines' hashes."""
    if not rows:
        return ""
    return hashlib.sha256(index.read_bytes()).hexdigest()


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


def train(
    rows: list[dict[str, str]],
    c: float = C,
    checksum: str = "",
    licensed: list[dict[str, str]] | None = None,
    licensed_sha256: str = "",
) -> LinearModel:
    """The shipped model: fit on the training rows (written families, then the licensed real
    mail when given), temperature from family-wise folds."""
    written = [r for r in rows if r["split"] == "train"]
    extra = list(licensed or [])
    rows = written + extra
    docs = featurise(rows)
    y = np.array([LABELS.index(r["label"]) for r in rows])
    temperature = best_temperature(out_of_fold_logits(rows, docs, c), y)
    model = fit(docs, [r["label"] for r in rows], c)
    model.temperature = temperature
    model.meta = {"C": c, "min_df": MIN_DF, "train_rows": len(written), "data_sha256": checksum}
    if extra:
        model.meta["licensed_rows"] = len(extra)
        model.meta["licensed_index_sha256"] = licensed_sha256
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
    parser.add_argument(
        "--no-licensed",
        action="store_true",
        help="train on the written families only, even when licensed.local.jsonl is present",
    )
    args = parser.parse_args(argv)
    rows = load_rows()
    licensed = [] if args.no_licensed else load_licensed()
    if args.search:
        search(rows + licensed)
    model = train(rows, C, data_checksum(), licensed, licensed_checksum(licensed))
    model.save(args.out)
    size = args.out.stat().st_size
    if args.no_licensed:
        note = "licensed real mail left out (--no-licensed)"
    elif licensed:
        note = f"{len(licensed)} of them licensed real mail from {LICENSED.name}"
    else:
        note = f"no licensed real mail ({LICENSED.name} not rebuilt)"
    print(
        f"trained on {model.meta['train_rows'] + len(licensed)} emails ({note}), "
        f"{len(model.vocab)} features, temperature {model.temperature}; "
        f"wrote {args.out} ({size / 1024:.0f} KiB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
