"""A big CSV import beside someone else's saves: how long do their writes wait, and what memory?

    .venv/bin/python benchmarks/import_lock.py                      # SQLite, 9.9 MB, 234,852 rows
    .venv/bin/python benchmarks/import_lock.py --database-url postgres:///nextyes_lockbench
    .venv/bin/python benchmarks/import_lock.py --rows 20000           # a quick look

It makes a throwaway database (SQLite in a temporary data dir, or the PostgreSQL database given,
which is emptied first), two people, and a CSV of the size the hosting review used (9.9 MB,
234,852 rows). `nextyes import csv` runs it as its own process, exactly as a person would, while
this process plays the other person: a small write (a company added and removed, each in its own
transaction) every 50 ms, timed, and a read of the importer's application count, to see that the
rows appear all at once. It prints the import's time and peak memory, and the other person's
write waits: median, 99th percentile, the longest, and any that failed. The bar (issue 11): no
write waits over 1 s, and the import stays under 300 MB. Exit status 1 when either is missed.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "a long and quiet river"


def write_csv(path: Path, rows: int) -> None:
    """Rows like a long-running tracker's: a company, a role, a status and the day applied."""
    rng = random.Random(7)
    roles = ["Engineer", "Analyst", "Designer", "QA Lead", "Data Engineer", "PM"]
    statuses = ["Applied", "Rejected", "Interview", "Offer", "Ghosted"]
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Company", "Role", "Status", "Date applied"])
        for i in range(rows):
            day = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"
            writer.writerow([f"Company {i % 20000}", rng.choice(roles), rng.choice(statuses), day])


def environment(args: argparse.Namespace, data_dir: Path) -> dict[str, str]:
    env = {**os.environ, "NEXTYES_DATA_DIR": str(data_dir), "NEXTYES_SECRET_KEY": "bench"}
    env["DATABASE_URL"] = args.database_url or ""
    env["NEXTYES_IMPORT_MAX_ROWS"] = str(max(args.rows, 250_000))
    return env


def nextyes(env: dict[str, str], *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nextyes", *command], env=env, capture_output=True, text=True
    )


class Probe(threading.Thread):
    """The other person: a tiny write every 50 ms, each timed, and a look at what is visible."""

    def __init__(self, other: object, importer: object) -> None:
        super().__init__(daemon=True)
        self.other, self.importer = other, importer
        self.waits: list[float] = []
        self.failures: list[str] = []
        self.visible: set[int] = set()
        self.stop = threading.Event()
        self.began = time.perf_counter()
        self.switched_at: float | None = None

    def run(self) -> None:
        from django.db import connection, transaction

        from nextyes.lib.ownership import owned
        from nextyes.pipeline.models import Application, Company

        number = 0
        try:
            while not self.stop.is_set():
                number += 1
                started = time.perf_counter()
                try:
                    with transaction.atomic():
                        company = Company.objects.create(owner=self.other, name=f"probe {number}")
                    with transaction.atomic():
                        company.delete()
                    self.waits.append((time.perf_counter() - started) / 2)
                except Exception as error:  # a lock error is the finding, not a crash
                    waited = time.perf_counter() - started
                    at = time.perf_counter() - self.began
                    self.failures.append(f"{error} (after {waited:.1f} s, {at:.1f} s in)")
                count = owned(Application, self.importer).count()
                if count and self.switched_at is None:
                    self.switched_at = time.perf_counter() - self.began
                self.visible.add(count)
                time.sleep(0.05)
        finally:
            connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=234_852)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="nextyes-lockbench-"))
    env = environment(args, data_dir)
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nextyes.settings")
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    users = get_user_model()
    users.objects.filter(username__in=["importer", "other"]).delete()
    importer = users.objects.create_user("importer", password=PASSWORD)
    other = users.objects.create_user("other", password=PASSWORD)

    source = data_dir / "tracker.csv"
    write_csv(source, args.rows)
    size_mb = source.stat().st_size / 1e6
    probe = Probe(other, importer)
    probe.start()
    time.sleep(1)  # a few writes with nothing else going on, for comparison
    started = time.perf_counter()
    done = nextyes(env, "import", "csv", str(source), "--user", "importer")
    took = time.perf_counter() - started
    time.sleep(1)
    probe.stop.set()
    probe.join()
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    waits = sorted(probe.waits)
    p99 = waits[int(len(waits) * 0.99) - 1] if waits else 0.0
    database = "PostgreSQL" if args.database_url else "SQLite"
    print(f"{database}: import of {args.rows:,} rows ({size_mb:.1f} MB)")
    print(f"  import: {took:.1f} s, exit {done.returncode}, peak memory {peak_mb:.0f} MB")
    print(f"  {done.stdout.strip() or done.stderr.strip()[-300:]}")
    print(
        f"  other person's writes: {len(waits)} timed, median {statistics.median(waits) * 1000:.1f} ms, "
        f"p99 {p99 * 1000:.0f} ms, longest {waits[-1] * 1000:.0f} ms, failed {len(probe.failures)}"
    )
    seen = sorted(probe.visible)
    print(
        f"  importer's applications seen by a reader: {seen[:3]} … {seen[-3:]} ({len(seen)} values)"
    )
    if probe.switched_at is not None:
        print(f"  rows appeared {probe.switched_at:.1f} s after the probe began")
    for failure in probe.failures[:5]:
        print(f"  failure: {failure}")
    if args.database_url:
        users.objects.filter(username__in=["importer", "other"]).delete()
    ok = done.returncode == 0 and not probe.failures and waits[-1] < 1.0 and peak_mb < 300
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
