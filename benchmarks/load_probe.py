"""Who holds SQLite's write lock, and for how long: a probe run by load.py as its own process.

    python benchmarks/load_probe.py FILE.sqlite3     # until its stdin is closed

Every 50 ms it asks for the write lock without waiting (BEGIN IMMEDIATE, then ROLLBACK at
once) and prints "hold START END" (time.monotonic(), the same clock in every process) for each
stretch it found the lock taken, from the first probe that saw it taken to the first that saw it
free. It runs apart from the benchmark's client threads (and at a higher priority when allowed),
so a busy benchmark process cannot stretch the holds it sees; its last line says how many probes
it made and the longest gap between two, the most a hold can be overstated by.
"""

from __future__ import annotations

import contextlib
import os
import select
import sqlite3
import sys
import time


def main(path: str) -> int:
    # Ahead of the busy server when allowed; if not, the gap on the last line says what it cost.
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, 0, -5)
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    held: float | None = None
    probes, gap, last = 0, 0.0, time.monotonic()
    while True:
        now = time.monotonic()
        gap, last = max(gap, now - last), now
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
            if held is not None:
                print(f"hold {held} {now}", flush=True)
                held = None
        except sqlite3.OperationalError:  # "database is locked": a writer holds it
            held = now if held is None else held
        probes += 1
        if select.select([sys.stdin], [], [], 0.05)[0] and not sys.stdin.readline():
            break  # stdin closed: the phase is over
    if held is not None:
        print(f"hold {held} {time.monotonic()}", flush=True)
    print(f"probes {probes} {gap}", flush=True)
    conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
