"""The real `nextyes` commands as processes, on a fresh SQLite file in a data dir of their own."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.inbox.mail_helpers import NEWSLETTER, REJECTION, mbox, message

ROOT = Path(__file__).resolve().parents[2]


def environment(data_dir: Path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "NEXTYES_DATA_DIR": str(data_dir),
        "DATABASE_URL": "",  # a SQLite file here, even in the PostgreSQL run
        "NEXTYES_SECRET_KEY": "tests-only-not-secret",
        "DJANGO_SETTINGS_MODULE": "nextyes.settings",
        "PYTHONPATH": str(ROOT),
        # A beat a second: a worker that stopped beating is noticed within the test's time.
        "NEXTYES_WORKER_BEAT_SECONDS": "1",
        **extra,
    }


def nextyes(data_dir: Path, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nextyes", *args],
        env=environment(data_dir),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def start_worker(data_dir: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "nextyes", "worker", "--interval", "0.2"],
            env=environment(data_dir),
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def big_mbox(path: Path, count: int) -> Path:
    """`count` distinct messages: every fifth a rejection (kept), the rest newsletters."""
    return mbox(
        path,
        (
            message(
                f"{(REJECTION if n % 5 == 0 else NEWSLETTER)[0]} #{n}",
                (REJECTION if n % 5 == 0 else NEWSLETTER)[1],
                message_id=f"<m{n}@test.example>",
            )
            for n in range(count)
        ),
    )


def database(data_dir: Path) -> sqlite3.Connection:
    return sqlite3.connect(data_dir / "nextyes.sqlite3", timeout=30)


def one(db: sqlite3.Connection, sql: str) -> tuple[object, ...]:
    row = db.execute(sql).fetchone()
    assert row is not None, sql
    return tuple(row)
