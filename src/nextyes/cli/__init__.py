"""The `nextyes` command line: one entry point, one exit point, messages in `messages.py`.

Every command module registers itself on `app`; Django is set up lazily inside commands so that
`nextyes --help` is instant.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import typer

# Command modules register their commands on `app` when imported.
from nextyes.cli import (  # noqa: F401
    analyze,
    backup,
    calendar,
    checkin,
    gratitude,
    inbox,
    inbox_learning,
    inbox_mail,
    inbox_proposals,
    inbox_sync,
    insights,
    interview,
    journal,
    mcp_server,
    messages,
    momentum,
    recovery,
    remind,
    review,
    server,
    today,
    tokens,
    tracker,
    transfer,
    users,
    worker,
)
from nextyes.cli.base import CLIError, app
from nextyes.cli.safe import install as safe_output


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with `argv` (without the program name) and return the exit code."""
    # Text from the database cannot drive the terminal: see cli/safe.py.
    streams = safe_output()
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = streams


def _main(argv: Sequence[str] | None) -> int:
    command = typer.main.get_command(app)
    try:
        result = command.main(
            args=list(sys.argv[1:] if argv is None else argv),
            prog_name="nextyes",
            standalone_mode=False,
        )
    except CLIError as error:
        print(f"nextyes: {error}", file=sys.stderr)
        return error.exit_code
    except typer.Exit as done:
        return done.exit_code
    except typer.Abort:
        print("nextyes: stopped.", file=sys.stderr)
        return 130
    except typer.TyperException as error:
        # Typer vendors Click and exports none of its usage errors, so they are told apart by
        # name and by the context a usage error carries: a Typer update cannot break start-up.
        if type(error).__name__ == "NoArgsIsHelpError":
            # A group run without a command: its help is the message (Rich has shown it already).
            print(error.format_message())
            return error.exit_code
        print(f"nextyes: {error.format_message()}", file=sys.stderr)
        context = getattr(error, "ctx", None)
        if context is not None:
            print(f"Try '{context.command_path} --help'.", file=sys.stderr)
        return error.exit_code
    except Exception as error:
        # Matched by name so that commands which never touch the database (analyze) never
        # import Django just to handle its errors.
        said = database_problem(error)
        if said is None:
            raise
        print(f"nextyes: {said}", file=sys.stderr)
        return 1
    return result if isinstance(result, int) else 0


def database_problem(error: Exception) -> str | None:
    """A plain sentence for a database that is missing its tables or is busy; None otherwise."""
    if type(error).__name__ not in {"OperationalError", "ProgrammingError"}:
        return None
    text = str(error).lower()
    if "no such table" in text or ("relation" in text and "does not exist" in text):
        return messages.DATABASE_NOT_READY
    if "locked" in text or "busy" in text:
        return messages.DATABASE_BUSY
    return None


def run() -> None:
    """Console-script entry point."""
    code = main()
    _exit_now(code)


def _exit_now(code: int) -> None:
    """Exit without the interpreter's module-by-module teardown.

    Once Django is loaded that teardown alone takes 0.1–0.2 s on a small machine, a fifth of a
    command's time. Everything that matters still runs: output is flushed, database connections
    are closed and the atexit handlers (logging, temp files) run, in that order.
    """
    import atexit
    import os

    if "django.db" in sys.modules:
        from django.db import connections

        connections.close_all()
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
