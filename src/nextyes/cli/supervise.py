"""Run the web server and the worker side by side, and stop both together (`nextyes serve`).

Ctrl+C in a terminal reaches every process of the group at once; a service manager sends SIGTERM
to this one only. Either way both children are told to stop, and waited for. If one of them ends
on its own, the other is stopped too: half of NextYes running would look fine and do nothing.
"""

from __future__ import annotations

import signal
import subprocess
import time
from types import FrameType

STOP_WAIT_SECONDS = 20.0


def run_together(*commands: list[str]) -> int:
    """Start each command; when one ends or a stop signal comes, stop them all. Its exit code."""
    children = [subprocess.Popen(command) for command in commands]
    stopping: list[int] = []

    def stop(signum: int, _frame: FrameType | None) -> None:
        stopping.append(signum)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        while not stopping and all(child.poll() is None for child in children):
            time.sleep(0.2)
    finally:
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_WAIT_SECONDS
        for child in children:
            try:
                child.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if stopping:
        return 0
    return next((child.returncode for child in children if child.returncode), 0)
