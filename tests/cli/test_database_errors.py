"""A database that is not set up, or busy, gets a plain sentence instead of a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from django.db import OperationalError, ProgrammingError

from nextyes.cli import database_problem, messages


def nextyes(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "NEXTYES_DATA_DIR": str(data_dir),
        "DJANGO_SETTINGS_MODULE": "nextyes.settings",
    }
    env.pop("DATABASE_URL", None)
    command = [sys.executable, "-m", "nextyes", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_it_says_to_migrate_when_the_tables_are_missing(tmp_path: Path) -> None:
    done = nextyes(tmp_path, "demo")
    assert done.returncode == 1
    assert "nextyes migrate" in done.stderr
    assert "Traceback" not in done.stderr


def test_it_says_the_database_is_busy_while_another_process_writes(tmp_path: Path) -> None:
    assert nextyes(tmp_path, "migrate").returncode == 0
    holder = sqlite3.connect(tmp_path / "nextyes.sqlite3", timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        done = nextyes(tmp_path, "demo")
        waited = time.monotonic() - started
    finally:
        holder.rollback()
        holder.close()
    assert done.returncode == 1
    assert "busy" in done.stderr
    assert "Traceback" not in done.stderr
    # It waited its short turn (2 s) and gave up, rather than the 20 s it once hung for.
    assert waited < 15


def test_it_names_only_database_problems() -> None:
    assert database_problem(OperationalError("no such table: accounts_user")) == (
        messages.DATABASE_NOT_READY
    )
    assert database_problem(ProgrammingError('relation "accounts_user" does not exist')) == (
        messages.DATABASE_NOT_READY
    )
    assert database_problem(OperationalError("database is locked")) == messages.DATABASE_BUSY
    assert database_problem(OperationalError("disk I/O error")) is None
    assert database_problem(ValueError("no such table")) is None
