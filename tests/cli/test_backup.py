"""`nextyes backup` while the server writes, `nextyes restore` into a fresh place, every row compared.

Real processes on real databases: a writer keeps adding applications (each with its first event,
in one transaction) while the backup runs. SQLite always; PostgreSQL in the run that sets a
postgres DATABASE_URL (CI runs both).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from nextyes.accounts.models import User

PG_URL = os.environ.get("DATABASE_URL", "")
PASSWORD = "a long enough password 42"

WRITER = """
import os, sys, time
from pathlib import Path
import django
django.setup()
from nextyes.pipeline import services
from django.contrib.auth import get_user_model
from nextyes.accounts.models import User
person = get_user_model().objects.get(username="sam")
stop, count = Path(sys.argv[1]), Path(sys.argv[2])
n = 0
while not stop.exists():
    services.create_application(person, company=f"Company {n % 7}", role=f"Role {n}",
                                applied_on=None)
    n += 1
    count.write_text(str(n))
"""


@dataclass
class Instance:
    """One NextYes instance: its data folder and, for PostgreSQL, its database."""

    data_dir: Path
    database_url: str = ""

    def env(self) -> dict[str, str]:
        env = {**os.environ, "NEXTYES_DATA_DIR": str(self.data_dir)}
        env["DJANGO_SETTINGS_MODULE"] = "nextyes.settings"
        env.pop("DATABASE_URL", None)
        if self.database_url:
            env["DATABASE_URL"] = self.database_url
        return env

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "nextyes", *args]
        return subprocess.run(command, env=self.env(), capture_output=True, text=True, timeout=300)

    def query(self, sql: str) -> list[tuple[object, ...]]:
        if self.database_url:
            import psycopg

            with psycopg.connect(self.database_url) as conn:
                return conn.execute(sql).fetchall()
        db = sqlite3.connect(self.data_dir / "nextyes.sqlite3")
        try:
            return db.execute(sql).fetchall()
        finally:
            db.close()

    def query_write(self, sql: str) -> None:
        if self.database_url:
            import psycopg

            with psycopg.connect(self.database_url) as conn:
                conn.execute(sql)
            return
        db = sqlite3.connect(self.data_dir / "nextyes.sqlite3")
        try:
            db.execute(sql)
            db.commit()
        finally:
            db.close()

    def tables(self) -> dict[str, list[tuple[object, ...]]]:
        """Every table's rows, in a stable order."""
        if self.database_url:
            import psycopg

            with psycopg.connect(self.database_url) as conn:
                names = [
                    row[0]
                    for row in conn.execute(
                        "SELECT table_name FROM information_schema.tables "
                        "WHERE table_schema = 'public' ORDER BY table_name"
                    )
                ]
                return {
                    n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr)
                    for n in names
                }
        return sqlite_tables(self.data_dir / "nextyes.sqlite3")


def sqlite_tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()


def _admin(sql: str) -> None:
    import psycopg

    base = PG_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(sql)


@pytest.fixture(params=["sqlite", "postgres"])
def pair(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Instance, Instance]]:
    """A running instance with data, and a fresh one to restore into."""
    if request.param == "sqlite":
        yield Instance(tmp_path / "live"), Instance(tmp_path / "fresh")
        return
    if not PG_URL.startswith("postgres"):
        pytest.skip("PostgreSQL runs when DATABASE_URL is a postgres:// URL (as in CI)")
    names = [f"nextyes_backup_{uuid.uuid4().hex[:8]}_{side}" for side in ("live", "fresh")]
    for name in names:
        _admin(f'CREATE DATABASE "{name}"')
    base = PG_URL.rsplit("/", 1)[0]
    try:
        yield (
            Instance(tmp_path / "live", f"{base}/{names[0]}"),
            Instance(tmp_path / "fresh", f"{base}/{names[1]}"),
        )
    finally:
        for name in names:
            _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _start(live: Instance, tmp_path: Path) -> tuple[subprocess.Popen[str], Path, Path]:
    assert live.run("migrate").returncode == 0
    password = tmp_path / "password"
    password.write_text(PASSWORD)
    assert live.run("user", "create", "sam", "--password-file", str(password)).returncode == 0
    stop, count = tmp_path / "stop", tmp_path / "count"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(stop), str(count)], env=live.env(), text=True
    )
    return writer, stop, count


def _written(count: Path) -> int:
    try:
        return int(count.read_text() or 0)
    except (FileNotFoundError, ValueError):
        return 0


def _wait_for(count: Path, at_least: int) -> int:
    deadline = time.monotonic() + 60
    while _written(count) < at_least:
        assert time.monotonic() < deadline, "the writer made no progress"
        time.sleep(0.05)
    return _written(count)


def test_it_backs_up_while_writing_and_restores_every_row(
    pair: tuple[Instance, Instance], tmp_path: Path
) -> None:
    live, fresh = pair
    writer, stop, count = _start(live, tmp_path)
    try:
        before = _wait_for(count, 20)
        backup = tmp_path / "backups" / "nextyes.backup"
        backup.parent.mkdir()
        done = live.run("backup", str(backup))
        assert done.returncode == 0, done.stderr
        assert "Backed up the whole instance" in done.stdout
        assert _wait_for(count, before + 20) > before  # the writer kept going through it
    finally:
        stop.touch()
        writer.wait(timeout=60)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600

    restored = fresh.run("restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "1 account in it" in restored.stdout
    rows = fresh.tables()
    if not live.database_url:
        assert rows == sqlite_tables(backup)  # the same rows as the copy, table by table
    # A consistent copy: every application came with its first event, none torn apart.
    applications = {row[0] for row in rows["pipeline_application"]}
    assert applications and len(applications) < _written(count)
    torn = fresh.query(
        "SELECT a.id FROM pipeline_application a WHERE NOT EXISTS "
        "(SELECT 1 FROM pipeline_stageevent e WHERE e.application_id = a.id)"
    )
    assert torn == []
    # Restoring again over it: a table the backup lacks (a newer NextYes's) goes, rows stay equal.
    fresh.query_write("CREATE TABLE nextyes_newer (id integer)")
    again = fresh.run("restore", str(backup))
    assert again.returncode == 1 and "run it again with --yes" in again.stderr
    again = fresh.run("restore", str(backup), "--yes")
    assert again.returncode == 0, again.stderr
    assert fresh.tables() == rows
    # A damaged backup is refused and changes nothing.
    damaged = tmp_path / "damaged.backup"
    damaged.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    refused = fresh.run("restore", str(damaged), "--yes")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr, refused.stderr
    assert fresh.tables() == rows
    # Everything in the copy is in the live database as it was then (nothing made up, nothing lost).
    now = live.tables()
    for table, found in rows.items():
        if table in {"django_migrations", "sqlite_sequence"}:
            continue
        missing = [row for row in found if row not in now[table]]
        assert not missing, f"{table}: {missing[:3]}"


def test_it_refuses_a_file_that_is_not_a_backup(
    alice: User, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from nextyes.cli import main

    notes = tmp_path / "notes.txt"
    notes.write_text("Company,Role\n")
    assert main(["restore", str(notes), "--yes"]) == 1
    assert (
        capsys.readouterr().err
        == f"nextyes: {notes} is not a NextYes backup (made by `nextyes backup`).\n"
    )


def test_it_asks_for_yes_before_replacing_the_accounts_here(
    alice: User, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from django.db import connection

    from nextyes.cli import main
    from nextyes.cli.backup import PG_DUMP_MAGIC, SQLITE_MAGIC

    backup = tmp_path / "nextyes.backup"
    magic = SQLITE_MAGIC if connection.vendor == "sqlite" else PG_DUMP_MAGIC
    backup.write_bytes(magic + b"\0" * 100)
    assert main(["restore", str(backup)]) == 1
    err = capsys.readouterr().err
    assert "replaces everything this instance holds now (1 account)" in err
    assert "run it again with --yes" in err
    assert alice.__class__.objects.filter(username="alice").exists()
