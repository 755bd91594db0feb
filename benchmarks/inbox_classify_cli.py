"""Throughput of `nextyes inbox classify --jsonl` over 10,000 messages, as a new process each run.

    .venv/bin/python benchmarks/inbox_classify_cli.py                 # 10,000 messages, 3 runs
    .venv/bin/python benchmarks/inbox_classify_cli.py --messages 20000 --runs 5

The messages are made from the labelled emails with variation: subjects and bodies of different
emails of the same label crossed, paragraphs shuffled, some bodies repeated to mail length, some
quoted replies and signatures added. Start-up is timed with a one-message run; throughput is
(messages) / (time for all − time for one). Exits 1 below 2,000 messages/s or if an output
line is missing or not a known label. The same is also reported in CPU time of the process
(user + system), which stays put when other processes load the machine and wall time does not.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "training" / "inbox" / "emails.jsonl"
LABELS = {"rejection", "interview", "offer", "received", "other"}
BAR = 2000.0
SIGNATURE = "\n\n--\nSent from a phone. Please excuse typos.\nThis message may be confidential."


def make_messages(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    by_label: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_label.setdefault(row["label"], []).append(row)
    out = []
    for _ in range(count):
        group = by_label[rng.choice(sorted(by_label))]
        a, b = rng.choice(group), rng.choice(group)
        paragraphs = b["body"].split("\n\n")
        if rng.random() < 0.5:
            rng.shuffle(paragraphs)
        body = "\n\n".join(paragraphs) * rng.choice([1, 1, 2, 3])
        if rng.random() < 0.3:
            body += SIGNATURE
        if rng.random() < 0.2:
            body += "\n\n" + "\n".join("> " + line for line in a["body"].splitlines())
        out.append(
            json.dumps(
                {"subject": a["subject"], "body": body, "from": b["from"]}, ensure_ascii=False
            )
        )
    return out


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(command: list[str], path: Path) -> tuple[float, list[str], float]:
    """Wall time, output lines, and the CPU time the process used (little moved by others' load)."""
    with path.open("rb") as stdin:
        cpu = _children_cpu()
        started = time.perf_counter()
        done = subprocess.run(command, stdin=stdin, capture_output=True, check=False)
        elapsed = time.perf_counter() - started
        cpu = _children_cpu() - cpu
    if done.returncode != 0:
        raise SystemExit(f"classify failed ({done.returncode}): {done.stderr.decode()[:500]}")
    return elapsed, done.stdout.decode("utf-8").splitlines(), cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    nextyes = shutil.which("nextyes", path=str(Path(sys.executable).parent)) or "nextyes"
    command = [nextyes, "inbox", "classify", "--jsonl"]
    with tempfile.TemporaryDirectory() as tmp:
        many, one = Path(tmp) / "many.jsonl", Path(tmp) / "one.jsonl"
        lines = make_messages(args.messages)
        many.write_text("\n".join(lines) + "\n", encoding="utf-8")
        one.write_text(lines[0] + "\n", encoding="utf-8")
        size_mb = many.stat().st_size / 1e6
        run_once(command, one)  # warm the file cache and bytecode
        firsts = [run_once(command, one) for _ in range(args.runs)]
        starts = [elapsed for elapsed, _, _ in firsts]
        start_cpus = [cpu for _, _, cpu in firsts]
        totals, cpus = [], []
        for _ in range(args.runs):
            elapsed, output, cpu = run_once(command, many)
            totals.append(elapsed)
            cpus.append(cpu)
            labels = [json.loads(line).get("label") for line in output]
            if len(labels) != args.messages or not set(labels) <= LABELS:
                raise SystemExit("output lines missing or not a known label")
    start = statistics.median(starts)
    total = statistics.median(totals)
    rate = args.messages / (total - start)
    print(f"{args.messages:,} messages ({size_mb:.1f} MB of JSON lines), {args.runs} runs each")
    print(f"start-up (one message): median {start * 1000:.0f} ms")
    print(
        f"all messages: median {total:.2f} s (fastest {min(totals):.2f} s, slowest {max(totals):.2f} s)"
    )
    print(f"throughput after start-up: {rate:,.0f} messages/s (bar {BAR:,.0f})")
    start_cpu, total_cpu = statistics.median(start_cpus), statistics.median(cpus)
    print(
        f"CPU time (user + system, what other processes' load barely moves): start-up "
        f"{start_cpu * 1000:.0f} ms, all messages {total_cpu:.2f} s, "
        f"{args.messages / (total_cpu - start_cpu):,.0f} messages per CPU second after start-up"
    )
    counts = {label: labels.count(label) for label in sorted(LABELS)}
    print("labels of the last run:", counts)
    return 0 if rate >= BAR else 1


if __name__ == "__main__":
    raise SystemExit(main())
