"""End-to-end time of `nextyes stats --json` for the heavy user, process start included.

    python benchmarks/stats_cli.py                  # fresh SQLite database in a temp dir
    python benchmarks/stats_cli.py --runs 20 --budget-ms 1000

Creates the database (migrations), fills the `bench` user as pages.py does (2,000 applications,
12,000 events, 3,000 touchpoints...), then runs the installed `nextyes` console script as a new
process, as a person would, and times each run from spawn to exit. It also lists any heavy
scientific module (numpy, scipy, sklearn, pandas) that the command imported: the CLI path must
not load them. Exits 1 when the slowest run is over the budget or a heavy module was imported.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY_MODULES = ("numpy", "scipy", "sklearn", "pandas")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="Timed runs.")
    parser.add_argument("--warmup", type=int, default=2, help="Untimed runs first (disk cache).")
    parser.add_argument("--budget-ms", type=float, default=1000.0, help="Slowest run's budget.")
    parser.add_argument("--keep", action="store_true", help="Keep the temp data dir afterwards.")
    return parser.parse_args(argv)


def fill_database(data_dir: str) -> dict[str, int]:
    """Migrate a fresh database in `data_dir` and fill the heavy user (in this process)."""
    os.environ["NEXTYES_DATA_DIR"] = data_dir
    os.environ["NEXTYES_SECRET_KEY"] = "benchmarks-only-not-secret"
    os.environ["DJANGO_SETTINGS_MODULE"] = "nextyes.settings"
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("NEXTYES_DEBUG", None)
    sys.path.insert(0, str(ROOT / "src"))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    from pages import heavy_user  # benchmarks/ is on sys.path when run as a script

    _user, counts = heavy_user()
    counts.pop("seconds", None)
    from django.db import connection

    # Fold the write-ahead log into the database file, as it is after any quiet moment: the runs
    # should not each read through thousands of freshly written pages in the WAL.
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return counts


STATS = ["stats", "--json", "--user", "bench"]


def command(args: list[str]) -> list[str]:
    return [str(Path(sys.executable).parent / "nextyes"), *args]


def child_env(data_dir: str) -> dict[str, str]:
    """The environment of each run: bytecode cached (in the temp dir), as any install has it.

    With PYTHONDONTWRITEBYTECODE set (some sandboxes do), every start would compile Django from
    source again, which is not what a person's machine does after the first run.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(data_dir) / "pycache")
    return env


def time_run(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(command(args), capture_output=True, text=True, check=True, env=env)
    return (time.perf_counter() - started) * 1000, done.stdout


def timed(args: list[str], env: dict[str, str], runs: int) -> tuple[list[float], str]:
    times, out = [], ""
    for _ in range(runs):
        ms, out = time_run(args, env)
        times.append(ms)
    return times, out


def summary(label: str, times: list[float]) -> str:
    return (
        f"{label:<24} median {statistics.median(times):5.0f} ms, "
        f"fastest {min(times):5.0f} ms, slowest {max(times):5.0f} ms ({len(times)} runs)"
    )


def heavy_imports(env: dict[str, str]) -> list[str]:
    """Heavy modules the command imports, read from Python's own import-time log."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *command(STATS)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    found = set()
    for line in done.stderr.splitlines():
        name = line.rsplit("|", 1)[-1].strip()
        if name.split(".")[0] in HEAVY_MODULES:
            found.add(name.split(".")[0])
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    data_dir = tempfile.mkdtemp(prefix="nextyes-bench-stats-")
    try:
        counts = fill_database(data_dir)
        print("Filled: " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
        env = child_env(data_dir)
        for _ in range(args.warmup):
            time_run(STATS, env)
            time_run(["--help"], env)
        times, out = timed(STATS, env, args.runs)
        data = json.loads(out)
        print(f"Funnel: {data['funnel']}")
        print(f"Odds: {data['odds']}")
        # The floor beside it: starting the CLI alone, and another command that sets up Django.
        print(summary("nextyes --help", timed(["--help"], env, args.runs)[0]))
        print(
            summary(
                "nextyes today --json",
                timed(["today", "--json", "--user", "bench"], env, args.runs)[0],
            )
        )
        print(summary("nextyes stats --json", times))
        heavy = heavy_imports(env)
        print("Heavy modules imported: " + (", ".join(heavy) if heavy else "none"))
        failed = bool(heavy)
        if max(times) > args.budget_ms:
            print(
                f"The slowest run ({max(times):.0f} ms) is over the {args.budget_ms:.0f} ms budget."
            )
            failed = True
        return 1 if failed else 0
    finally:
        if args.keep:
            print(f"Data dir kept: {data_dir}")
        else:
            shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
