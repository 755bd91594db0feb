"""`nextyes worker [--once] [--now 2026-12-08T12:00]`: the background worker.

It runs the time-based jobs the apps register (`nextyes.lib.periodic`) when they are due, and the
tasks the web pages queue (an mbox upload, "Check now"). `--once` is for cron and tests: one pass,
then exit. Without it the worker keeps going until Ctrl+C or SIGTERM; a task cut short then
waits for the next worker, which carries on where it stopped.
"""

from __future__ import annotations

import contextlib
import signal
import sys
from types import FrameType

import typer

from nextyes.cli.base import NOW_HELP, app, parse_now, setup_django

WORKER_STARTED = "The worker is running (Ctrl+C to stop)."
WORKER_STOPPED = "The worker stopped."
WORKER_ONCE = "Ran {jobs} job(s) and {tasks} task(s){failed}."
WORKER_FAILED = "; {n} failed (see above)"
WORKER_REQUEUED = "Picked up {n} task(s) a stopped worker had left half-done."


@app.command("worker")
def worker(
    once: bool = typer.Option(False, "--once", help="Run what is due now, then exit (for cron)."),
    now: str | None = typer.Option(
        None,
        "--now",
        help=NOW_HELP,
    ),
    interval: float = typer.Option(
        1.0, "--interval", min=0.1, help="Seconds between looks at the queue when it is empty."
    ),
) -> None:
    """Run background tasks and the jobs that are due: mail checks, imports, proposals."""
    moment = parse_now(now)
    setup_django()
    from nextyes.worker.runner import Worker

    runner = Worker()
    runner.start()
    try:
        if once or moment is not None:
            tally = runner.run_pass(moment)
            if tally.requeued:
                typer.echo(WORKER_REQUEUED.format(n=tally.requeued))
            failed = len(tally.failed_jobs) + tally.failed_tasks
            typer.echo(
                WORKER_ONCE.format(
                    jobs=len(tally.jobs),
                    tasks=tally.tasks,
                    failed=WORKER_FAILED.format(n=failed) if failed else "",
                )
            )
            if failed:
                raise typer.Exit(1)
            return
        _stop_on_term()
        typer.echo(WORKER_STARTED)
        sys.stdout.flush()
        with contextlib.suppress(KeyboardInterrupt):
            runner.run_forever(interval)
        typer.echo(WORKER_STOPPED)
    finally:
        runner.stop()


def _stop_on_term() -> None:
    """SIGTERM stops the worker like Ctrl+C does: the task in hand goes back in line."""

    def interrupt(_signum: int, _frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
