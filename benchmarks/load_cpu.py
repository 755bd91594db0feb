"""Whose CPU a phase ran on: this benchmark's processes against everything else (Linux /proc).

The machines are shared, and on two cores another suite running beside the benchmark halves its
throughput; the report says how many cores other work took, so a slow run can be read as one.
Imported by load.py.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TICK = os.sysconf("SC_CLK_TCK")


def machine_busy() -> float:
    """CPU seconds the whole machine has spent busy (steal included: someone else had it)."""
    first = Path("/proc/stat").read_text(encoding="ascii").split("\n", 1)[0].split()
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in first[1:9])
    return (user + nice + system + irq + softirq + steal) / TICK


def process_cpu(pid: int) -> float:
    """CPU seconds of one process, all its threads; 0 when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return 0.0
    fields = text.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
    return (int(fields[11]) + int(fields[12])) / TICK  # utime and stime


def process_tree(root: int) -> list[int]:
    """A process and its descendants (children of its main thread, as fork makes them)."""
    pids, index = [root], 0
    while index < len(pids):
        pid = pids[index]
        try:
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text(encoding="ascii")
        except OSError:
            children = ""
        pids += [int(child) for child in children.split()]
        index += 1
    return pids


def own_cpu() -> float:
    times = os.times()
    return times.user + times.system


class CpuMeter:
    """CPU used while a phase runs: the machine's, the benchmark's (this process and the pids
    `mine()` names: the server, the import, their PostgreSQL sessions), and other work's."""

    def __init__(self, mine: Callable[[], list[int]]) -> None:
        self.mine = mine
        self.started = time.monotonic()
        self.machine = machine_busy()
        self.own = own_cpu()
        self.before = {pid: process_cpu(pid) for pid in mine()}

    def report(self, ended: dict[int, float] | None = None) -> dict[str, Any]:
        """`ended`: CPU seconds of our processes that ended meanwhile (from wait4), by pid."""
        seconds = time.monotonic() - self.started
        machine = machine_busy() - self.machine
        # Processes alive at the end; one of them that started later counts from zero.
        ours = own_cpu() - self.own
        ours += sum(process_cpu(pid) - self.before.get(pid, 0.0) for pid in set(self.mine()))
        ours += sum(cpu - self.before.get(pid, 0.0) for pid, cpu in (ended or {}).items())
        return {
            "machine_cores": round(machine / seconds, 2),
            "benchmark_cores": round(min(ours, machine) / seconds, 2),
            "other_cores": round(max(machine - ours, 0.0) / seconds, 2),
        }
