"""The load benchmark's figures: per-kind statistics, lock waits, the server's log, the table.

Imported by load.py.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Any

from load_client import Sample

SLOW_MS = 1000.0
KINDS = ("view", "save", "sign-in page")


def stats(samples: list[Sample], seconds: float) -> dict[str, Any]:
    times = sorted(s.ms for s in samples)
    if not times:
        return {"requests": 0}
    high = statistics.quantiles(times, n=20, method="inclusive")[18] if len(times) > 1 else times[0]
    return {
        "requests": len(times),
        "per_s": round(len(times) / seconds, 1) if seconds else None,
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(high, 1),
        "max_ms": round(times[-1], 1),
        "errors": sum(1 for s in samples if s.error),
        "over_1s": sum(1 for s in samples if s.ms > SLOW_MS),
    }


def phase_report(samples: list[Sample], started: float, ended: float) -> dict[str, Any]:
    seconds = ended - started
    kinds = {"all": stats(samples, seconds)}
    for kind in sorted({s.kind for s in samples}, key=lambda k: (k not in KINDS, k)):
        kinds[kind] = stats([s for s in samples if s.kind == kind], seconds)
    pages = {
        name: stats([s for s in samples if s.name == name], seconds)
        for name in sorted({s.name for s in samples})
    }
    errors = Counter(f"{s.name}: {s.error}" for s in samples if s.error)
    return {
        "seconds": round(seconds, 1),
        "kinds": kinds,
        "pages": pages,
        "errors": dict(errors.most_common(8)),
    }


class LockWatch:
    """Lock waits while the mix runs.

    PostgreSQL: every 100 ms, the ungranted locks of this database and how long each has waited
    (pg_locks.waitstart). SQLite keeps no such table (a writer waits inside the library, up to
    the busy timeout), so load_probe.py, a process of its own, asks for the write lock every
    50 ms without waiting and notes how long it stays taken; a save slower than 1 s during a
    hold longer than 1 s is counted as a lock wait over 1 s.
    """

    QUERY = """
        SELECT l.pid, extract(epoch FROM now() - coalesce(l.waitstart, a.query_start)),
               coalesce(l.waitstart, a.query_start), left(a.query, 160)
        FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE NOT l.granted AND a.datname = current_database()
    """

    def __init__(self, database_url: str | None, sqlite_file: Path) -> None:
        self.url = database_url
        self.sqlite_file = sqlite_file
        self.waits: dict[tuple[int, Any], tuple[float, str]] = {}  # PostgreSQL
        self.holds: list[tuple[float, float]] = []  # SQLite: when the write lock was taken
        self.samples = 0
        self.probe_gap = 0.0  # SQLite: the longest time between two probes
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        if self.url:
            self._watch_postgres(self.url)
        else:
            self._watch_sqlite()

    def _watch_postgres(self, url: str) -> None:
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            while not self._stop.is_set():
                for pid, waited, since, query in conn.execute(self.QUERY).fetchall():
                    key = (pid, since)
                    if float(waited) > self.waits.get(key, (0.0, ""))[0]:
                        self.waits[key] = (float(waited), str(query))
                self.samples += 1
                self._stop.wait(0.1)

    def _watch_sqlite(self) -> None:
        probe = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("load_probe.py")), str(self.sqlite_file)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert probe.stdin is not None and probe.stdout is not None
        self._stop.wait()
        probe.stdin.close()  # the probe's signal to stop
        for line in probe.stdout:
            word, first, second = line.split()
            if word == "hold":
                self.holds.append((float(first), float(second)))
            else:
                self.samples, self.probe_gap = int(first), float(second)
        probe.wait()

    def report(self, samples: list[Sample]) -> dict[str, Any]:
        slow = [s for s in samples if s.ms > SLOW_MS]
        if self.url:
            longest = max(self.waits.values(), default=(0.0, ""))
            return {
                "method": f"pg_locks every 100 ms, {self.samples} samples",
                "waits_seen": len(self.waits),
                "over_1s": sum(1 for waited, _ in self.waits.values() if waited > 1.0),
                "longest_s": round(longest[0], 2),
                "longest_query": longest[1],
                "requests_over_1s": len(slow),
            }
        long_holds = [(a, b) for a, b in self.holds if b - a > 1.0]
        waited = [
            s
            for s in slow
            if s.kind == "save"
            and any(s.started < b and s.started + s.ms / 1000 > a for a, b in long_holds)
        ]
        return {
            "method": f"write lock probed every 50 ms, {self.samples} probes, "
            f"longest gap {self.probe_gap:.2f} s",
            "holds_over_1s": len(long_holds),
            "longest_hold_s": round(max((b - a for a, b in self.holds), default=0.0), 2),
            "over_1s": len(waited),
            "longest_s": round(max((s.ms for s in waited), default=0.0) / 1000, 2),
            "requests_over_1s": len(slow),
        }


class ServerLog:
    """The server's access log (stdout) and error log (stderr), read phase by phase."""

    STATUS = re.compile(r'" (\d{3}) ')

    def __init__(self, out: Path, err: Path) -> None:
        self.out, self.err = out, err

    def mark(self) -> tuple[int, int]:
        return self.out.stat().st_size, self.err.stat().st_size

    def since(self, mark: tuple[int, int]) -> dict[str, Any]:
        access = _read_from(self.out, mark[0])
        errors = _read_from(self.err, mark[1])
        statuses = Counter(m.group(1)[0] + "xx" for m in self.STATUS.finditer(access))
        lines = errors.splitlines()
        # One line per failed request: Django logs "Internal Server Error: /path" before the
        # traceback, and the error Django raises last (chained tracebacks repeat the message).
        locked = [
            x for x in lines if x.startswith("django.db.utils.OperationalError: database is locked")
        ]
        return {
            "responses": dict(sorted(statuses.items())),
            "server_errors": sum(1 for x in lines if x.startswith("Internal Server Error")),
            "database is locked": len(locked),
            "gunicorn_errors": sum(1 for x in lines if "[ERROR]" in x or "[CRITICAL]" in x),
            "first_error_lines": [x for x in lines if x.strip() and "[INFO]" not in x][:5],
        }

    def err_tail(self) -> str:
        return "\n".join(_read_from(self.err, 0).splitlines()[-15:])


def _read_from(path: Path, offset: int) -> str:
    with path.open("rb") as handle:
        handle.seek(offset)
        return handle.read().decode("utf-8", errors="replace")


# --- The table.


def _row(label: str, s: dict[str, Any]) -> str:
    if not s.get("requests"):
        return f"  {label:<24} {0:>8}"
    per_s = f"{s['per_s']:.1f}" if s.get("per_s") is not None else "-"
    return (
        f"  {label:<24} {s['requests']:>8} {per_s:>7} {s['p50_ms']:>8.1f} {s['p95_ms']:>8.1f}"
        f" {s['max_ms']:>8.1f} {s['errors']:>6} {s['over_1s']:>5}"
    )


def print_phase(name: str, phase: dict[str, Any]) -> None:
    cpu = phase["cpu"]
    print(
        f"\n{name} ({phase['seconds']:.1f} s; cores busy: {cpu['machine_cores']} in all, "
        f"{cpu['benchmark_cores']} this benchmark, {cpu['other_cores']} other work)"
    )
    header = f"  {'':<24} {'requests':>8} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}"
    print(f"{header} {'errors':>6} {'>1 s':>5}")
    for kind, s in phase["kinds"].items():
        print(_row(kind, s))
    for page, s in phase["pages"].items():
        print(_row(f"  {page}", s))
    if "during_import" in phase:
        print("  while the import ran:")
        for kind, s in phase["during_import"]["kinds"].items():
            print(_row(f"  {kind}", s))
    locks = phase["locks"]
    print(
        f"  lock waits ({locks['method']}): {locks['over_1s']} over 1 s, longest {locks['longest_s']} s"
    )
    if "longest_hold_s" in locks:
        print(
            f"    the write lock was held for up to {locks['longest_hold_s']} s at a time, "
            f"{locks['holds_over_1s']} times over 1 s"
        )
    if locks.get("longest_query") and locks["longest_s"] > 0:
        print(f"    longest waiting query: {locks['longest_query']}")
    log = phase["server_log"]
    print(
        f"  server log: responses {log['responses']}, {log['server_errors']} server errors, "
        f"{log['database is locked']} 'database is locked', {log['gunicorn_errors']} gunicorn errors"
    )
    for line in log["first_error_lines"]:
        print(f"    {line[:160]}")
    for error, count in phase["errors"].items():
        print(f"  error ×{count}: {error[:160]}")
    print("  saves answered as done: " + ", ".join(f"{v} {k}" for k, v in phase["saves"].items()))
    print("  rows in the database:   " + ", ".join(f"{v} {k}" for k, v in phase["rows"].items()))
    for mismatch in phase["mismatches"]:
        print(f"  MISMATCH: {mismatch}")
    if "import" in phase:
        imp = phase["import"]
        state = f"exit {imp['exit_code']} after" if imp["finished"] else "not done, stopped at"
        print(
            f"  import: {state} {imp['seconds']} s, peak memory {imp['peak_memory_mb']} MB, "
            f"{imp['imported_applications']} applications imported, {imp['overlap_s']} s beside the mix"
        )
        for line in imp["stdout_tail"] + imp["stderr_tail"]:
            print(f"    {line[:200]}")


def print_report(result: dict[str, Any]) -> None:
    fill = result["fill"]
    sizes = ", ".join(f"{v:,} {k}" for k, v in fill.items() if k != "seconds")
    print(
        f"{result['database']}, {result['people']} people ({sizes}; filled in "
        f"{fill['seconds']:.1f} s), {result['clients']} clients, {result['cores']} cores, "
        f"{result['date']}, load average {result['load_average_before']} before, "
        f"{result['load_average_after']} after"
    )
    print(f"Server: {result['server']}, worker: {result.get('worker')}")
    if "csv" in result:
        print(f"CSV: {result['csv']['rows']:,} rows, {result['csv']['bytes']:,} bytes")
    signin = result["sign_in"]
    print(
        f"Signing in through the form ({signin.get('requests', 0)} POSTs, one by one): "
        f"p50 {signin.get('p50_ms')} ms, p95 {signin.get('p95_ms')} ms, errors {signin.get('errors')}"
    )
    for name, phase in result["phases"].items():
        print_phase(name, phase)
    print(
        "\n" + ("OK" if result["ok"] else "FAILED: errors, lock waits over 1 s or a failed import")
    )
