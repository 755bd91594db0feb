"""Start the real production server (`nextyes serve`, gunicorn) on a fresh SQLite data dir."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(data_dir: Path, **extra_env: str) -> Iterator[str]:
    """The base address of a running server; stopped when the block ends."""
    port = free_port()
    env = {
        **os.environ,
        "NEXTYES_DATA_DIR": str(data_dir),
        "DATABASE_URL": "",  # always a fresh SQLite file here, even in the PostgreSQL run
        "NEXTYES_SECRET_KEY": "",
        "DJANGO_SETTINGS_MODULE": "nextyes.settings",
        "NEXTYES_WORKERS": "1",
        **extra_env,
    }
    log = (data_dir / "server.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "nextyes", "serve", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/accounts/login/", timeout=2)
            break
        except urllib.error.HTTPError:
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail("nextyes serve exited: " + Path(log.name).read_text())
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("nextyes serve did not answer in 60 s: " + Path(log.name).read_text())
    try:
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()
