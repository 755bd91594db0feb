"""End-to-end time of `nextyes analyze --jsonl` over 1,000 lines, process start included.

    .venv/bin/python benchmarks/analyze_cli.py                    # 1,000 lines, 7 runs
    .venv/bin/python benchmarks/analyze_cli.py --lines 5000 --runs 11 --budget-ms 2000

Builds the input from the labelled sentences in `training/traps/thoughts.jsonl` (cycled, each with
a line number so no two lines are alike), runs the installed `nextyes` console script as a new
process per run, as a script would, and times each run from spawn to exit. Checks that every
input line got one output line, and lists any heavy module (Django, numpy, scikit-learn...)
the command imported: it must need none. Exits 1 when the median is over the budget (2 s), a
heavy module was imported or the output is not one JSON line per input.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "training" / "traps" / "thoughts.jsonl"
HEAVY_MODULES = ("django", "numpy", "scipy", "sklearn", "pandas")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, default=1000, help="Input lines per run.")
    parser.add_argument("--runs", type=int, default=7, help="Timed runs.")
    parser.add_argument("--warmup", type=int, default=2, help="Untimed runs first (disk cache).")
    parser.add_argument("--budget-ms", type=float, default=2000.0, help="Budget for the median.")
    return parser.parse_args(argv)


def make_input(lines: int) -> str:
    with DATA.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    return "".join(
        json.dumps({"text": f"{texts[i % len(texts)]} ({i})"}) + "\n" for i in range(lines)
    )


def command() -> list[str]:
    return [str(Path(sys.executable).parent / "nextyes"), "analyze", "--jsonl"]


def child_env(cache_dir: str) -> dict[str, str]:
    """Bytecode cached (in a temp dir), as any install has it after the first run."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache_dir
    return env


def time_run(stdin: str, env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        command(), input=stdin, capture_output=True, text=True, check=True, env=env
    )
    return (time.perf_counter() - started) * 1000, done.stdout


def heavy_imports(stdin: str, env: dict[str, str]) -> list[str]:
    """Heavy modules the command imports, read from Python's own import-time log."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *command()],
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    found = set()
    for line in done.stderr.splitlines():
        name = line.rsplit("|", 1)[-1].strip().split(".")[0]
        if name in HEAVY_MODULES:
            found.add(name)
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    stdin = make_input(args.lines)
    with tempfile.TemporaryDirectory(prefix="nextyes-bench-analyze-") as cache_dir:
        env = child_env(cache_dir)
        for _ in range(args.warmup):
            time_run(stdin, env)
        times, out = [], ""
        for _ in range(args.runs):
            ms, out = time_run(stdin, env)
            times.append(ms)
        heavy = heavy_imports(stdin, env)
    results = [json.loads(line) for line in out.splitlines()]
    flagged = sum(1 for r in results if r["distorted"])
    median = statistics.median(times)
    print(
        f"nextyes analyze --jsonl, {args.lines:,} lines: median {median:.0f} ms, "
        f"fastest {min(times):.0f} ms, slowest {max(times):.0f} ms ({args.runs} runs)"
    )
    print(f"Output: {len(results):,} lines, {flagged:,} with a possible thinking trap")
    print("Heavy modules imported: " + (", ".join(heavy) if heavy else "none"))
    failed = bool(heavy) or len(results) != args.lines
    if median > args.budget_ms:
        print(f"The median ({median:.0f} ms) is over the {args.budget_ms:.0f} ms budget.")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
