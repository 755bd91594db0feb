"""Does the classifier still give the same answers? Compares against a reference file saved before.

    .venv/bin/python benchmarks/inbox_classify_same.py --save /tmp/inbox-ref.jsonl   # before a change
    .venv/bin/python benchmarks/inbox_classify_same.py --check /tmp/inbox-ref.jsonl  # after it
    .venv/bin/python benchmarks/inbox_classify_same.py --time                         # CPU time only

Instructions per message, whatever else the machine does (the difference of two runs, so the
set-up and the model's loading cancel out):

    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p .venv/bin/python \
        benchmarks/inbox_classify_same.py --time --repeats 1 --messages 1000   # and --messages 0

The messages are the 10,000 of `inbox_classify_cli.py` (same seed) followed by every email of
`training/inbox/emails.jsonl`. Each is answered by `classify_many` (in batches) and, for the
reference, the label, the confidence and the model's unrounded probabilities are written one line
per message. `--check` fails (exit 1) on any different label, or a confidence or probability
further than 1e-9 from the reference. `--time` reports
the CPU time (`time.process_time`, so other processes on the machine barely move it) of
`classify_many` over the 10,000 messages, after one warm-up message loads the model.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inbox_classify_cli import DATA, make_messages

from nextyes.inbox.classifier import _loaded, classify_many

TOLERANCE = 1e-9


def emails() -> list[tuple[str, str, str]]:
    rows = [json.loads(line) for line in make_messages(10_000)]
    rows += [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    return [(row["subject"], row["body"], row["from"]) for row in rows]


def answers(items: list[tuple[str, str, str]]) -> list[tuple[str, float, list[float]]]:
    """Each message's label and stated confidence, and the model's unrounded probabilities."""
    model = _loaded()
    raw = [
        row
        for at in range(0, len(items), 512)
        for row in model.probabilities(items[at : at + 512]).tolist()
    ]
    return [(v.label, v.confidence, p) for v, p in zip(classify_many(items), raw, strict=True)]


def cpu_time(items: list[tuple[str, str, str]], repeats: int) -> list[float]:
    classify_many(items[:1])  # the model loads on the first call: start-up, not throughput
    spent = []
    for _ in range(repeats):
        started = time.process_time()
        classify_many(items)
        spent.append(time.process_time() - started)
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the reference answers here")
    group.add_argument("--check", type=Path, help="compare with the reference answers here")
    group.add_argument("--time", action="store_true", help="CPU time of 10,000 messages")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--messages", type=int, default=10_000, help="with --time: how many")
    args = parser.parse_args(argv)
    items = emails()
    if args.time:
        count = min(args.messages, 10_000)
        spent = cpu_time(items[:count], args.repeats)
        best = min(spent)
        print(
            f"classify_many, {count:,} messages: CPU {best:.3f} s best of {args.repeats} "
            f"({', '.join(f'{s:.3f}' for s in spent)}), {count / max(best, 1e-9):,.0f} messages/s of CPU"
        )
        return 0
    got = answers(items)
    if args.save:
        args.save.write_text(
            "".join(
                json.dumps({"label": lb, "confidence": c, "probabilities": p}) + "\n"
                for lb, c, p in got
            ),
            encoding="utf-8",
        )
        print(f"saved {len(got):,} answers to {args.save}")
        return 0
    want = [json.loads(line) for line in args.check.read_text(encoding="utf-8").splitlines()]
    if len(want) != len(got):
        print(f"{len(got):,} answers, the reference has {len(want):,}")
        return 1
    wrong = [
        n
        for n, ((label, sure, raw), ref) in enumerate(zip(got, want, strict=True))
        if label != ref["label"]
        or abs(sure - ref["confidence"]) > TOLERANCE
        or max(abs(a - b) for a, b in zip(raw, ref["probabilities"], strict=True)) > TOLERANCE
    ]
    for n in wrong[:10]:
        print(f"message {n}: {got[n]} but the reference says {want[n]}")
    print(f"{len(got) - len(wrong):,} of {len(got):,} answers the same")
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
