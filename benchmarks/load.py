"""50 people on the production server at once: throughput, p95, errors and lock waits.

    python benchmarks/load.py                                        # SQLite in a temp data dir
    python benchmarks/load.py --database-url postgres:///nextyes_load  # PostgreSQL: a new
                                                                     # database, dropped after

Fills a throwaway database with 50 people (fill.py, 60 to 600 applications each), starts
`nextyes serve` as a person does, signs everyone in through the sign-in form, then runs a mix
of page views and saves from --clients threads for --seconds, with the sign-in page timed in
the same run as the server's own baseline. Then it runs the mix again while one of the people
imports a 9.9 MB CSV with `nextyes import csv FILE --user NAME` (--no-import to skip).
Reports requests/s, p50 and p95 per kind, errors and lock waits over 1 s; exits 1 when there
is any error, any lock wait over 1 s, or the import fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

from load_client import MIX, Browser, Connection, Counts, Sample, act, sign_in
from load_cpu import CpuMeter, process_tree
from load_data import (
    ROOT,
    count_rows,
    create_postgres,
    describe_database,
    drop_postgres,
    fill_people,
    postgres_sessions,
    server_env,
    setup_django,
    write_csv,
)
from load_report import LockWatch, ServerLog, phase_report, print_report

BIN = Path(sys.executable).parent


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--database-url", help="A throwaway PostgreSQL database (dropped first).")
    parser.add_argument("--people", type=int, default=50, help="People signed in at once.")
    parser.add_argument("--seconds", type=float, default=60.0, help="How long each mix runs.")
    parser.add_argument("--clients", type=int, default=8, help="Client threads (no think time).")
    parser.add_argument("--workers", type=int, help="Server processes (default: as `serve`).")
    parser.add_argument("--no-import", action="store_true", help="Skip the mix with an import.")
    parser.add_argument("--csv-mb", type=float, default=9.9, help="Size of the CSV (MB, 10^6).")
    parser.add_argument(
        "--import-timeout", type=float, default=1800.0, help="Stop the import after this (s)."
    )
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--json", action="store_true", help="Print the results as JSON.")
    parser.add_argument("--keep", action="store_true", help="Keep the data dir (and database).")
    parser.add_argument(
        "--replace", action="store_true", help="Drop the --database-url database if it exists."
    )
    return parser.parse_args(argv)


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """`nextyes serve` as a person starts it, its output kept in files beside the data."""

    def __init__(self, env: dict[str, str], data_dir: Path, workers: int | None) -> None:
        self.port = free_port()
        self.data_dir = data_dir
        self.log = ServerLog(data_dir / "server.out", data_dir / "server.err")
        command = [str(BIN / "nextyes"), "serve", "--port", str(self.port)]
        if workers:
            command += ["--workers", str(workers)]
        self.described = " ".join(["nextyes", *command[1:]]) + " (gunicorn, 4 threads a process)"
        with self.log.out.open("wb") as out, self.log.err.open("wb") as err:
            self.proc = subprocess.Popen(command, env=env, stdout=out, stderr=err)
        # The background worker, once NextYes has one, runs beside the server as in production.
        self.worker: subprocess.Popen[bytes] | None = None
        probe = [str(BIN / "nextyes"), "worker", "--help"]
        if subprocess.run(probe, env=env, capture_output=True).returncode == 0:
            with (data_dir / "worker.log").open("wb") as log:
                self.worker = subprocess.Popen(probe[:2], env=env, stdout=log, stderr=log)

    def wait_ready(self, timeout: float = 120.0) -> float:
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.proc.poll() is not None:
                raise SystemExit(f"nextyes serve stopped: {self.log.err_tail()}")
            try:
                with urllib.request.urlopen(self.url("/accounts/login/"), timeout=5) as answer:
                    if answer.status == 200:
                        return time.monotonic() - started
            except OSError:
                time.sleep(0.2)
        raise SystemExit(f"nextyes serve did not answer in {timeout:.0f} s")

    def pids(self) -> list[int]:
        """The server's processes (gunicorn's master and workers) and the worker's, if any."""
        pids = process_tree(self.proc.pid)
        return pids + (process_tree(self.worker.pid) if self.worker else [])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        for proc in (self.proc, self.worker):
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)  # gunicorn's (and a worker's) graceful stop
                try:
                    proc.wait(30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


class Child:
    """A command run beside the mix; its peak memory comes from wait4 on exactly this process."""

    def __init__(self, command: list[str], env: dict[str, str], out: Path, err: Path) -> None:
        self.out, self.err = out, err
        with out.open("wb") as o, err.open("wb") as e:
            self.proc = subprocess.Popen(command, env=env, stdout=o, stderr=e)
        self.started = time.monotonic()
        self.ended: float | None = None
        self.exit_code: int | None = None
        self.peak_mb = 0.0
        self.cpu_s = 0.0
        self.thread = threading.Thread(target=self._wait, daemon=True)
        self.thread.start()

    def _wait(self) -> None:
        _, status, usage = os.wait4(self.proc.pid, 0)
        self.ended = time.monotonic()
        self.exit_code = os.waitstatus_to_exitcode(status)
        self.proc.returncode = self.exit_code  # reaped here, so Popen must not wait again
        self.peak_mb = usage.ru_maxrss / 1024  # KiB on Linux
        self.cpu_s = usage.ru_utime + usage.ru_stime

    def finish(self, timeout: float) -> bool:
        """Wait for the end; False (and the process killed) when it takes longer than timeout."""
        self.thread.join(max(timeout - (time.monotonic() - self.started), 0))
        if not self.thread.is_alive():
            return True
        self.proc.kill()
        self.thread.join()
        return False

    def tail(self, path: Path, lines: int = 12) -> list[str]:
        text = path.read_text(encoding="utf-8", errors="replace").splitlines()
        return text[-lines:]


def run_mix(
    port: int, browsers: list[Browser], clients: int, seconds: float, seed: int
) -> tuple[list[Sample], Counts, float, float]:
    """Every client thread does actions for its share of the people until the time is up."""
    samples: list[Sample] = []
    done = Counts()
    names, weights = list(MIX), list(MIX.values())
    clients = min(clients, len(browsers))  # every client acts for people of its own
    started = time.monotonic()
    stop = started + seconds

    def client(number: int) -> None:
        import random

        rng = random.Random(seed * 1000 + number)
        mine = browsers[number::clients]
        conn = Connection(port, samples.append)
        while time.monotonic() < stop:
            action = rng.choices(names, weights)[0]
            act(conn, rng.choice(mine), action, rng, done)
        conn.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return samples, done, started, time.monotonic()


def _interrupted(signum: int, frame: Any) -> None:
    raise SystemExit(f"stopped by signal {signum}")  # so the server and the data dir go too


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupted)
    data_dir = Path(tempfile.mkdtemp(prefix="nextyes-load-"))
    created: list[str] = []  # the PostgreSQL database this run made, the only one it drops
    try:
        return run(args, data_dir, created)
    finally:
        if args.keep:
            say(f"Data dir kept: {data_dir}")
        else:
            shutil.rmtree(data_dir, ignore_errors=True)
            for url in created:
                drop_postgres(url)


def run(args: argparse.Namespace, data_dir: Path, created: list[str]) -> int:
    env = server_env(str(data_dir), args.database_url, max_rows=1_000_000)
    # The server and the import run this tree's code, whatever is installed in the venv.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    result: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": os.cpu_count(),
        "load_average_before": round(os.getloadavg()[0], 2),
        "people": args.people,
        "clients": args.clients,
        "seconds": args.seconds,
    }
    if args.database_url:
        create_postgres(args.database_url, replace=args.replace)
        created.append(args.database_url)
    say("Creating the database and filling the people…")
    setup_django(env)
    result["database"] = describe_database()
    people, filled = fill_people(args.people, args.seed)
    result["fill"] = filled
    say(f"{result['database']}: filled {args.people} people in {filled['seconds']:.1f} s.")
    csv_path = data_dir / "applications.csv"
    if not args.no_import:
        rows = write_csv(csv_path, int(args.csv_mb * 1_000_000), args.seed)
        result["csv"] = {"rows": rows, "bytes": csv_path.stat().st_size}

    server = Server(env, data_dir, args.workers)
    result["server"] = server.described
    ok = True
    try:
        result["server_start_s"] = round(server.wait_ready(), 2)
        result["worker"] = "nextyes worker" if server.worker else "none (NextYes has no worker yet)"
        say(f"nextyes serve answers on port {server.port}. Signing in {args.people} people…")
        browsers = [Browser(p) for p in people]
        signins: list[Sample] = []
        conn = Connection(server.port, signins.append)
        problems = [p for p in (sign_in(conn, b) for b in browsers) if p]
        conn.close()
        # The POST alone: checking the password (Argon2) and starting the session.
        result["sign_in"] = phase_report(signins, 0, 0)["pages"].get("sign in", {})
        if problems:
            result["sign_in"]["problems"] = problems[:5]
            ok = False
            say(f"{len(problems)} people could not sign in: {problems[0]}")

        phases: dict[str, Any] = {}
        result["phases"] = phases
        phases["mix"] = mix_phase(args, server, browsers, args.database_url)
        if not args.no_import:
            phases["mix during import"] = import_phase(
                args, server, browsers, env, data_dir, csv_path, people[0].username
            )
    finally:
        server.stop()
    result["load_average_after"] = round(os.getloadavg()[0], 2)
    for phase in result["phases"].values():
        ok = ok and phase["ok"]
    result["ok"] = ok
    if args.json:
        print(json.dumps(result, indent=2, default=str))
    else:
        print_report(result)
    return 0 if ok else 1


def mix_phase(
    args: argparse.Namespace,
    server: Server,
    browsers: list[Browser],
    database_url: str | None,
    child: Child | None = None,
) -> dict[str, Any]:
    """One run of the mix, with the lock watch beside it and the server log's share of it."""
    since = dt.datetime.now(dt.UTC)
    log_from = server.log.mark()
    watch = LockWatch(database_url, server.data_dir / "nextyes.sqlite3")
    watch.start()
    say(f"Running the mix for {args.seconds:.0f} s with {args.clients} clients…")

    def mine() -> list[int]:
        pids = server.pids()
        if child is not None and child.ended is None:
            pids += process_tree(child.proc.pid)
        return pids + (postgres_sessions(database_url) if database_url else [])

    meter = CpuMeter(mine)
    samples, done, started, ended = run_mix(
        server.port, browsers, args.clients, args.seconds, args.seed
    )
    gone = {child.proc.pid: child.cpu_s} if child is not None and child.ended else {}
    cpu = meter.report(gone)
    finished = True
    if child is not None:
        say("Mix done; waiting for the import to end…")
        finished = child.finish(args.import_timeout)
    watch.stop()
    phase = phase_report(samples, started, ended)
    if child is not None:
        # The requests that started while the import ran: the figures this phase is about.
        first, last = max(child.started, started), min(child.ended or ended, ended)
        during = [s for s in samples if first <= s.started < last]
        phase["during_import"] = phase_report(during, first, last)
    phase["cpu"] = cpu
    phase["locks"] = watch.report(samples)
    phase["server_log"] = server.log.since(log_from)
    phase["saves"] = {
        "applications added": done.added,
        "moves": done.moved,
        "wins": done.wins,
        "check-ins": done.checkins,
    }
    phase["rows"] = count_rows(since)
    # Every save that answered as done must be in the database.
    rows = phase["rows"]
    mismatches = []
    if rows["applications added"] != done.added:
        mismatches.append(f"{rows['applications added']} applications for {done.added} adds")
    if rows["wins added"] != done.wins:
        mismatches.append(f"{rows['wins added']} wins for {done.wins} saves")
    if rows["manual stage events"] != done.added + done.moved:
        expected = done.added + done.moved
        mismatches.append(f"{rows['manual stage events']} manual events for {expected}")
    phase["mismatches"] = mismatches
    if child is not None:
        phase["import"] = import_report(child, finished, started, ended, phase["rows"])
    phase["ok"] = (
        phase["kinds"]["all"]["errors"] == 0
        and phase["locks"]["over_1s"] == 0
        and not phase["server_log"]["database is locked"]
        and not phase["server_log"]["server_errors"]
        and not phase["server_log"]["gunicorn_errors"]
        and not mismatches
        and (child is None or phase["import"]["exit_code"] == 0)
    )
    return phase


def import_phase(
    args: argparse.Namespace,
    server: Server,
    browsers: list[Browser],
    env: dict[str, str],
    data_dir: Path,
    csv_path: Path,
    username: str,
) -> dict[str, Any]:
    say(f"Starting `nextyes import csv` for {username}…")
    command = [str(BIN / "nextyes"), "import", "csv", str(csv_path), "--user", username]
    child = Child(command, env, data_dir / "import.out", data_dir / "import.err")
    return mix_phase(args, server, browsers, args.database_url, child)


def import_report(
    child: Child, finished: bool, mix_start: float, mix_end: float, rows: dict[str, int]
) -> dict[str, Any]:
    ended = child.ended or time.monotonic()
    return {
        "command": "nextyes import csv FILE --user NAME",
        "finished": finished,
        "exit_code": child.exit_code if finished else None,
        "seconds": round(ended - child.started, 1),
        "peak_memory_mb": round(child.peak_mb),
        "overlap_s": round(max(0.0, min(ended, mix_end) - max(child.started, mix_start)), 1),
        "imported_applications": rows["imported applications"],
        "stdout_tail": child.tail(child.out, 3),
        "stderr_tail": child.tail(child.err),
    }


if __name__ == "__main__":
    sys.exit(main())
