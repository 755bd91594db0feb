"""`nextyes backup FILE` and `nextyes restore FILE`: the whole instance, for the person who runs it.

SQLite: the online backup API copies the live database page by page inside one read transaction,
so the copy is consistent while the server keeps writing (WAL lets it). Restoring runs the same
API the other way, into the live file under SQLite's own lock, so a running server never reads a
half-replaced file. PostgreSQL: `pg_dump -Fc`, and back through pg_restore and psql in one
transaction that first drops every table (see `_pg_restore`).

A backup holds the database only. The mail key (DATA_DIR/mail.key) stays out on purpose: a stolen
backup then holds no usable mailbox password. Keep a copy of the key somewhere else.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import typer

from nextyes.cli import messages
from nextyes.cli.base import CLIError, app, setup_django

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"
BACKUP_MODE = 0o600


# Any: a DATABASES entry, as loosely typed as Django has it (text, numbers, nested options)
def _database() -> dict[str, Any]:
    from django.conf import settings

    return dict(settings.DATABASES["default"])


def _is_sqlite() -> bool:
    return "sqlite" in _database()["ENGINE"]


def _temporary(target: Path) -> Path:
    # Beside the target, so the final rename is atomic and a failed copy never replaces a good one.
    return target.with_name(f".{target.name}.{os.getpid()}.partial")


def _finish(partial: Path, target: Path) -> None:
    partial.chmod(BACKUP_MODE)
    os.replace(partial, target)


def _sqlite_backup(target: Path) -> None:
    from django.db import connection

    connection.ensure_connection()
    partial = _temporary(target)
    copy = sqlite3.connect(partial)
    try:
        connection.connection.backup(copy)
        # One self-contained file: no -wal beside it to forget.
        copy.execute("PRAGMA journal_mode=DELETE")
        (verdict,) = copy.execute("PRAGMA quick_check").fetchone()
    finally:
        copy.close()
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise CLIError(messages.BACKUP_DAMAGED.format(reason=verdict))
    _finish(partial, target)


def _pg_env() -> dict[str, str]:
    """libpq's environment for Django's PostgreSQL settings: no password on a command line."""
    db = _database()
    env = dict(os.environ)
    for key, name in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER")):
        if db.get(key):
            env[name] = str(db[key])
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    if db.get("OPTIONS", {}).get("sslmode"):
        env["PGSSLMODE"] = str(db["OPTIONS"]["sslmode"])
    env["PGDATABASE"] = str(db["NAME"])
    return env


def _pg_tool(name: str, *args: str) -> None:
    if shutil.which(name) is None:
        raise CLIError(messages.BACKUP_NO_TOOL.format(tool=name))
    done = subprocess.run([name, *args], env=_pg_env(), capture_output=True, text=True)
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or [f"exit code {done.returncode}"])[-1]
        raise CLIError(messages.BACKUP_TOOL_FAILED.format(tool=name, reason=reason))


def _pg_backup(target: Path) -> None:
    partial = _temporary(target)
    try:
        _pg_tool("pg_dump", "--format=custom", "--no-owner", "--no-privileges", "-f", str(partial))
    except CLIError:
        partial.unlink(missing_ok=True)
        raise
    _finish(partial, target)


def _kind(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise CLIError(messages.RESTORE_UNREADABLE.format(path=path, reason=exc.strerror)) from exc
    if head == SQLITE_MAGIC:
        return "SQLite"
    if head.startswith(PG_DUMP_MAGIC):
        return "PostgreSQL"
    raise CLIError(messages.RESTORE_NOT_A_BACKUP.format(path=path))


def _checked_sqlite(path: Path) -> sqlite3.Connection:
    """The backup, opened read-only, once it proves whole and made by NextYes."""
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        (verdict,) = source.execute("PRAGMA quick_check").fetchone()
        tables = {row[0] for row in source.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        source.close()
        raise CLIError(messages.BACKUP_DAMAGED.format(reason=exc)) from exc
    if verdict != "ok":
        source.close()
        raise CLIError(messages.BACKUP_DAMAGED.format(reason=verdict))
    if "django_migrations" not in tables:
        source.close()
        raise CLIError(messages.RESTORE_NOT_A_BACKUP.format(path=path))
    return source


def _sqlite_restore(path: Path) -> None:
    from django.db import connection

    source = _checked_sqlite(path)
    try:
        connection.ensure_connection()
        # Into the live file under SQLite's lock: other connections see the old or the new data.
        source.backup(connection.connection)
    except sqlite3.OperationalError as exc:
        raise CLIError(messages.RESTORE_BUSY.format(reason=exc)) from exc
    finally:
        source.close()


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _pg_restore(path: Path) -> None:
    """Everything in the public schema dropped and the dump put back, as one transaction.

    `pg_restore --clean` would leave tables the dump does not have (a newer NextYes's), and the
    migrate that follows would then trip over them. So pg_restore writes the dump as SQL, and psql
    runs it after dropping every table, between a BEGIN and a COMMIT that is only sent when
    pg_restore read the whole file: a damaged backup changes nothing.
    """
    from django.db import connection, connections

    for tool in ("pg_restore", "psql"):
        if shutil.which(tool) is None:
            raise CLIError(messages.BACKUP_NO_TOOL.format(tool=tool))
    with connection.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        tables = [row[0] for row in cursor.fetchall()]
        cursor.execute("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")
        sequences = [row[0] for row in cursor.fetchall()]
    connections.close_all()  # our own idle connection must not hold a lock the restore waits for
    drop = [f"DROP TABLE IF EXISTS public.{_quoted(t)} CASCADE;" for t in tables]
    drop += [f"DROP SEQUENCE IF EXISTS public.{_quoted(q)} CASCADE;" for q in sequences]
    env = _pg_env()
    with tempfile.TemporaryFile() as dump_errors, tempfile.TemporaryFile() as psql_errors:
        psql = subprocess.Popen(
            ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", "-"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=psql_errors, env=env,
        )  # fmt: skip
        dump = subprocess.Popen(
            ["pg_restore", "--no-owner", "--no-privileges", "-f", "-", str(path)],
            stdout=subprocess.PIPE, stderr=dump_errors, env=env,
        )  # fmt: skip
        assert psql.stdin is not None and dump.stdout is not None
        try:
            psql.stdin.write(("BEGIN;\n" + "\n".join(drop) + "\n").encode())
            shutil.copyfileobj(dump.stdout, psql.stdin)
            if dump.wait() == 0:
                psql.stdin.write(b"COMMIT;\n")
            psql.stdin.close()
        except BrokenPipeError:  # psql stopped at an error; without COMMIT nothing changed
            dump.kill()
        dump.wait()
        psql.wait()
        for tool, process, errors in (
            ("pg_restore", dump, dump_errors),
            ("psql", psql, psql_errors),
        ):
            if process.returncode != 0:
                errors.seek(0)
                lines = errors.read().decode(errors="replace").strip().splitlines()
                reason = lines[-1] if lines else f"exit code {process.returncode}"
                raise CLIError(messages.BACKUP_TOOL_FAILED.format(tool=tool, reason=reason))


def _accounts_text(count: int) -> str:
    return f"{count} account" if count == 1 else f"{count} accounts"


def _accounts() -> int:
    """How many accounts the live database holds (0 when it has no tables yet)."""
    from django.contrib.auth import get_user_model
    from django.db.utils import DatabaseError

    try:
        return int(get_user_model().objects.count())
    except DatabaseError:
        return 0


@app.command("backup")
def backup(
    file: Path = typer.Argument(..., help="Where to write the backup (replaced if it exists)."),
) -> None:
    """Copy the whole instance's database while NextYes keeps running (file mode 600)."""
    setup_django()
    if file.is_dir():
        raise CLIError(messages.BACKUP_IS_A_FOLDER.format(path=file))
    kind = "SQLite" if _is_sqlite() else "PostgreSQL"
    try:
        (_sqlite_backup if kind == "SQLite" else _pg_backup)(file)
    except OSError as exc:
        raise CLIError(messages.BACKUP_UNWRITABLE.format(path=file, reason=exc.strerror)) from exc
    size = file.stat().st_size
    typer.echo(messages.BACKUP_WRITTEN.format(kind=kind, path=file, size=_size(size)))
    from nextyes.inbox import secrets

    if secrets.key_file().exists():
        typer.echo(messages.BACKUP_KEEP_KEY.format(key=secrets.key_file()))


@app.command("restore")
def restore(
    file: Path = typer.Argument(..., help="A file made by `nextyes backup`."),
    yes: bool = typer.Option(False, "--yes", help="Replace the data this instance holds now."),
) -> None:
    """Replace the whole instance's database with a backup, then bring its tables up to date."""
    setup_django()
    kind = _kind(file)
    here = "SQLite" if _is_sqlite() else "PostgreSQL"
    if kind != here:
        raise CLIError(messages.RESTORE_WRONG_KIND.format(path=file, kind=kind, here=here))
    accounts = _accounts()
    if accounts and not yes and not _confirmed(accounts):
        raise CLIError(messages.RESTORE_NEEDS_YES.format(accounts=_accounts_text(accounts)))
    (_sqlite_restore if kind == "SQLite" else _pg_restore)(file)
    from django.core.management import call_command

    # A backup from an older NextYes gets the newer tables; a current one is left as it is.
    call_command("migrate", interactive=False, verbosity=0)
    typer.echo(messages.RESTORED.format(path=file, accounts=_accounts_text(_accounts())))


def _confirmed(accounts: int) -> bool:
    """Asked at a terminal; a script has to say --yes."""
    if not sys.stdin.isatty():
        return False
    question = messages.RESTORE_CONFIRM.format(accounts=_accounts_text(accounts))
    return typer.confirm(question, default=False)


def _size(size: int) -> str:
    """1234567 → "1.2 MB"."""
    if size < 1024:
        return f"{size} bytes"
    amount = float(size)
    for unit in ("KB", "MB", "GB"):
        amount /= 1024
        if amount < 1024 or unit == "GB":
            break
    return f"{amount:.1f} {unit}"
