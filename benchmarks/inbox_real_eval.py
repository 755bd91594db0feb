"""How the shipped inbox classifier does on real job-search mail published on the web.

    .venv/bin/python benchmarks/real_mail_rebuild.py       # once: rebuild the texts locally
    .venv/bin/python benchmarks/inbox_real_eval.py          # plain text
    .venv/bin/python benchmarks/inbox_real_eval.py --markdown
    .venv/bin/python benchmarks/inbox_real_eval.py --errors # also list every mistake
    .venv/bin/python benchmarks/inbox_real_eval.py --index benchmarks/data/real_mail_index_round2.jsonl \
        --split dev --markdown                              # the second (fr/es/de) set, its dev part

Reads the git-ignored `benchmarks/data/real_mail.local.jsonl` (see `data/REAL_MAIL.md`): emails
written by others, rebuilt from the addresses in `data/real_mail_index.jsonl`. It runs the
shipped classifier (`classify_many`, exactly what `nextyes inbox classify --jsonl` answers) and
prints macro-F1, per-label precision and recall, the confusion matrix, the figures for English
and for each other language, and a reliability table of the stated confidences.

It has no bar and never fails a build: the set is for measuring, never for training or tuning.
When the local file is missing it says how to rebuild it and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from real_mail_rebuild import local_for  # noqa: E402

from nextyes.inbox.classifier import LABELS, MODEL_VERSION, classify_many  # noqa: E402

LOCAL = HERE / "data" / "real_mail.local.jsonl"
INDEX = HERE / "data" / "real_mail_index.jsonl"
SPLIT = HERE / "data" / "real_mail_split.json"
BINS = ((0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.0001))
LANG_ORDER = ("en", "fr", "de", "es")


def per_label(truth: list[str], predicted: list[str]) -> dict[str, tuple[float, float, float, int]]:
    """(precision, recall, F1, support) for each label."""
    out = {}
    for label in LABELS:
        tp = sum(1 for t, p in zip(truth, predicted, strict=True) if t == label and p == label)
        fp = sum(1 for t, p in zip(truth, predicted, strict=True) if t != label and p == label)
        fn = sum(1 for t, p in zip(truth, predicted, strict=True) if t == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[label] = (precision, recall, f1, tp + fn)
    return out


def macro_f1(scores: dict[str, tuple[float, float, float, int]]) -> float:
    """Mean F1 over the labels present in the truth."""
    present = [row[2] for row in scores.values() if row[3]]
    return sum(present) / len(present) if present else 0.0


def accuracy(truth: list[str], predicted: list[str]) -> float:
    return sum(t == p for t, p in zip(truth, predicted, strict=True)) / len(truth) if truth else 0.0


class Table:
    """Prints rows as a Markdown table or as aligned plain text."""

    def __init__(self, markdown: bool) -> None:
        self.markdown = markdown

    def heading(self, text: str) -> None:
        print(f"\n### {text}\n" if self.markdown else f"\n{text}\n{'-' * len(text)}")

    def rows(self, header: list[str], rows: list[list[str]]) -> None:
        if self.markdown:
            print("| " + " | ".join(header) + " |")
            print("|" + "---|" * len(header))
            for row in rows:
                print("| " + " | ".join(row) + " |")
        else:
            widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
            for row in [header, *rows]:
                print("  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=True)))
        print()


def split_for(index: Path) -> Path:
    """The dev/test split of an index: `real_mail_index<_x>.jsonl` -> `real_mail<_x>_split.json`."""
    if index.resolve() == INDEX.resolve():
        return SPLIT
    stem = index.name.removesuffix(".jsonl").replace("_index", "", 1)
    return index.parent / f"{stem}_split.json"


def load(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def subset_row(name: str, index: list[int], truth: list[str], predicted: list[str]) -> list[str]:
    """One table row for a subset of the emails: size, macro-F1, accuracy, rejection P and R."""
    t = [truth[i] for i in index]
    p = [predicted[i] for i in index]
    s = per_label(t, p)
    return [
        name,
        str(len(index)),
        f"{macro_f1(s):.3f}",
        f"{accuracy(t, p):.3f}",
        f"{s['rejection'][0]:.3f}" if any(x == "rejection" for x in p) else "–",
        f"{s['rejection'][1]:.3f}" if s["rejection"][3] else "–",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--index", type=Path, default=INDEX, help="which set (its rebuilt file and split follow)"
    )
    parser.add_argument("--file", type=Path, help="the rebuilt local set (default: the index's)")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--errors", action="store_true", help="list each mistake")
    parser.add_argument(
        "--split",
        choices=("dev", "test"),
        help="only real-dev or real-test (the index's split file, e.g. data/real_mail_split.json)",
    )
    args = parser.parse_args(argv)
    if args.file is None:
        args.file = local_for(args.index)
    if not args.file.exists():
        print(
            f"{args.file} is missing: the real-mail texts are not in the repository.\n"
            "Rebuild them first (needs internet for the web pages):\n"
            f"    .venv/bin/python benchmarks/real_mail_rebuild.py --index {args.index}\n"
            "See benchmarks/data/REAL_MAIL.md."
        )
        return 0
    rows = load(args.file)
    if args.split:
        sides = json.loads(split_for(args.index).read_text(encoding="utf-8"))
        rows = [r for r in rows if sides.get(r["id"]) == args.split]
    verdicts = classify_many((r["subject"], r["body"], r.get("from", "")) for r in rows)
    truth = [r["label"] for r in rows]
    predicted = [v.label for v in verdicts]
    confidence = [v.confidence for v in verdicts]
    table = Table(args.markdown)

    scores = per_label(truth, predicted)
    langs = sorted(
        {r["lang"] for r in rows},
        key=lambda x: (x not in LANG_ORDER, LANG_ORDER.index(x) if x in LANG_ORDER else 0, x),
    )
    lang_counts = ", ".join(f"{lang} {sum(r['lang'] == lang for r in rows)}" for lang in langs)
    really_sent = (
        {item["id"] for item in load(args.index) if item.get("really_sent")}
        if args.index.exists()
        else set()
    )
    sent = sum(1 for r in rows if r["id"] in really_sent)
    part = f" (real-{args.split})" if args.split else ""
    title = f"Real mail{part}: {len(rows)} emails ({lang_counts}), shipped model {MODEL_VERSION}"
    print(f"## {title}\n" if args.markdown else title)
    rej = scores["rejection"]
    print(
        f"macro-F1 {macro_f1(scores):.3f}, accuracy {accuracy(truth, predicted):.3f}, "
        f"rejection precision {rej[0]:.3f}, rejection recall {rej[1]:.3f}"
        + (f" ({sent} emails in the set were really sent)" if sent else "")
    )

    table.heading("Per label")
    table.rows(
        ["label", "precision", "recall", "F1", "emails"],
        [
            [label, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", str(n)]
            for label, (p, r, f, n) in scores.items()
        ],
    )

    table.heading("Confusion matrix (rows: true label, columns: predicted)")
    table.rows(
        ["true \\ predicted", *LABELS],
        [
            [
                t,
                *(
                    str(sum(1 for a, b in zip(truth, predicted, strict=True) if a == t and b == p))
                    for p in LABELS
                ),
            ]
            for t in LABELS
        ],
    )

    table.heading("By language")
    lang_rows = []
    for lang in langs:
        index = [i for i, r in enumerate(rows) if r["lang"] == lang]
        t = [truth[i] for i in index]
        labels = " ".join(f"{label[:3]}:{sum(x == label for x in t)}" for label in LABELS)
        lang_rows.append([*subset_row(lang, index, truth, predicted), labels])
    table.rows(
        ["language", "emails", "macro-F1", "accuracy", "rejection P", "rejection R", "labels"],
        lang_rows,
    )
    non_en = [i for i, r in enumerate(rows) if r["lang"] != "en"]
    if non_en:
        t = [truth[i] for i in non_en]
        p = [predicted[i] for i in non_en]
        print(
            f"All non-English together: {len(non_en)} emails, macro-F1 {macro_f1(per_label(t, p)):.3f}, accuracy {accuracy(t, p):.3f}\n"
        )

    if sent:
        table.heading("Really sent (quoted by the person who got them) against templates")
        split_rows = []
        for name, keep in (("really sent", True), ("templates", False)):
            index = [i for i, r in enumerate(rows) if (r["id"] in really_sent) == keep]
            split_rows.append(subset_row(name, index, truth, predicted))
        table.rows(
            ["emails", "count", "macro-F1", "accuracy", "rejection P", "rejection R"], split_rows
        )

    table.heading("Reliability (stated confidence against the share right)")
    rel_rows = []
    for low, high in BINS:
        inside = [i for i, c in enumerate(confidence) if low <= c < high]
        right = sum(truth[i] == predicted[i] for i in inside)
        label = f"{low:.2f}–{min(high, 1.0):.2f}"
        rel_rows.append(
            [
                label,
                str(len(inside)),
                f"{right / len(inside):.3f}" if inside else "–",
                f"{sum(confidence[i] for i in inside) / len(inside):.3f}" if inside else "–",
            ]
        )
    below = [i for i, c in enumerate(confidence) if c < BINS[0][0]]
    if below:
        right = sum(truth[i] == predicted[i] for i in below)
        rel_rows.insert(
            0,
            [
                "< 0.50",
                str(len(below)),
                f"{right / len(below):.3f}",
                f"{sum(confidence[i] for i in below) / len(below):.3f}",
            ],
        )
    table.rows(["confidence", "emails", "accuracy", "mean confidence"], rel_rows)
    severe = sum(
        1
        for t, p, c in zip(truth, predicted, confidence, strict=True)
        if t in ("offer", "interview") and p == "rejection" and c >= 0.9
    )
    print(f"Offers or interviews read as rejections with confidence ≥ 0.9: {severe}")

    if args.errors:
        table.heading("Mistakes")
        for r, want, got, c in zip(rows, truth, predicted, confidence, strict=True):
            if want != got:
                print(f"- {r['id']} ({r['lang']}): {want} → {got} ({c:.2f}): {r['subject'][:70]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
