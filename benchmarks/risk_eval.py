"""Recall and false alarms of the risk screening on a labelled JSONL file.

    .venv/bin/python benchmarks/risk_eval.py                  # the held-out round: the newest benchmarks/data/risk_eval_roundN.jsonl
    .venv/bin/python benchmarks/risk_eval.py --dev            # the development set, training/risk/dev.jsonl
    .venv/bin/python benchmarks/risk_eval.py --file PATH --markdown --misses
    .venv/bin/python benchmarks/risk_eval.py --rules-only     # without the shipped model

Each line is {"id", "lang", "risk", "category", "text"}. Prints recall for each risk category
and language and overall, and the false-alarm rate on the safe sentences, for each safe
category and language and overall. `--misses` lists the risk sentences not flagged and the
safe ones flagged, with what fired. Screening is `nextyes.lib.screening.screen`, as the app
runs it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from nextyes.lib.screening import CATEGORIES, screen  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
DEV = ROOT / "training" / "risk" / "dev.jsonl"
SAFE_CATEGORIES = ("idiom", "job-jargon", "ordinary-low", "denial", "other-topic")
LANGS = ("en", "fr", "de", "es")


def held_out() -> Path | None:
    """The round still held out: the newest risk_eval_roundN.jsonl in benchmarks/data.

    Each round is written blind by someone else and measured there; once studied it moves to
    training/risk/roundN_eval.jsonl and trains.
    """
    rounds = sorted(DATA.glob("risk_eval_round*.jsonl"), key=lambda path: int(path.stem[15:]))
    return rounds[-1] if rounds else None


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--dev", action="store_true", help=f"Use {DEV.relative_to(ROOT)}.")
    source.add_argument("--file", type=Path, help="Any JSONL file in the same shape.")
    parser.add_argument("--markdown", action="store_true", help="Print Markdown tables.")
    parser.add_argument("--misses", action="store_true", help="List misses and false alarms.")
    parser.add_argument("--rules-only", action="store_true", help="Leave the model out.")
    return parser.parse_args(argv)


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def ordered(keys: set[str], preferred: tuple[str, ...]) -> list[str]:
    return [k for k in preferred if k in keys] + sorted(keys - set(preferred))


def table(title: str, rows: list[tuple[str, int, int]], rate: str, markdown: bool) -> list[str]:
    """(name, hits, total) rows as a plain or Markdown table."""
    if markdown:
        out = [f"| {title} | {rate} | n |", "|---|---:|---:|"]
        out += [
            f"| {name} | {hits / total:.3f} ({hits}/{total}) | {total} |"
            for name, hits, total in rows
        ]
        return [*out, ""]
    out = [f"{title:<16} {rate:>20}"]
    out += [f"{name:<16} {hits / total:>8.3f} ({hits:>3}/{total:<3})" for name, hits, total in rows]
    return [*out, ""]


def grouped(
    results: list[tuple[dict[str, Any], bool]], key: str, order: tuple[str, ...]
) -> list[tuple[str, int, int]]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row, flagged in results:
        counts[row[key]][0] += flagged
        counts[row[key]][1] += 1
    return [(name, *counts[name]) for name in ordered(set(counts), order)]  # type: ignore[misc]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    path = DEV if args.dev else (args.file or held_out())
    if path is None or not path.exists():
        print(
            f"{path or 'No held-out round in benchmarks/data'} is missing: the measured rounds "
            "train now (training/risk/roundN_eval.jsonl; their figures are in "
            "benchmarks/README.md). The next round needs writing, blind, by someone who never "
            "opened the screener; meanwhile measure another file with --file PATH or --dev.",
            file=sys.stderr,
        )
        return 2
    rows = load(path)
    screened = [(row, screen(row["text"], use_model=not args.rules_only)) for row in rows]
    risky = [(row, result.flagged) for row, result in screened if row["risk"]]
    safe = [(row, result.flagged) for row, result in screened if not row["risk"]]
    hits = sum(flagged for _, flagged in risky)
    alarms = sum(flagged for _, flagged in safe)
    md = args.markdown
    label = "rules only" if args.rules_only else "rules + model"
    print(
        f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {len(rows)} "
        f"sentences, {len(risky)} risk, {len(safe)} safe ({label})\n"
    )
    lines: list[str] = []
    if risky:
        lines += table("risk category", grouped(risky, "category", CATEGORIES), "recall", md)
        lines += table("language (risk)", grouped(risky, "lang", LANGS), "recall", md)
    if safe:
        lines += table(
            "safe category", grouped(safe, "category", SAFE_CATEGORIES), "false alarms", md
        )
        lines += table("language (safe)", grouped(safe, "lang", LANGS), "false alarms", md)
    print("\n".join(lines))
    if risky:
        print(f"Overall recall: {hits / len(risky):.3f} ({hits}/{len(risky)})")
    if safe:
        print(f"Overall false alarms: {alarms / len(safe):.3f} ({alarms}/{len(safe)})")
    if args.misses:
        print("\nMissed risk sentences:")
        for row, result in screened:
            if row["risk"] and not result.flagged:
                print(
                    f"  [{row['id']}] {row['lang']} {row['category']} "
                    f"(model {result.score:.2f}): {row['text']}"
                )
        print("\nFalse alarms:")
        for row, result in screened:
            if not row["risk"] and result.flagged:
                cues = ", ".join(cue.phrase for cue in result.live) or f"model {result.score:.2f}"
                print(f"  [{row['id']}] {row['lang']} {row['category']} ({cues}): {row['text']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
