"""`nextyes serve` and `nextyes migrate`: run NextYes with a production server."""

from __future__ import annotations

import io
import os
import sys

import typer

from nextyes.cli.base import app, setup_django
from nextyes.cli.supervise import run_together


@app.command("migrate")
def migrate() -> None:
    """Create or update the database tables."""
    setup_django()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=1)


@app.command("serve")
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    workers: int = typer.Option(
        int(os.environ.get("NEXTYES_WORKERS", "2")), "--workers", help="Server processes."
    ),
    with_worker: bool = typer.Option(
        True,
        "--worker/--no-worker",
        help="Also run the background worker (mail checks, imports); stop both with Ctrl+C.",
    ),
) -> None:
    """Apply migrations, collect static files and serve NextYes with gunicorn and its worker."""
    setup_django()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    # Warnings (a missing mail key, an unsafe setting) go to stderr; "no issues" stays quiet.
    call_command("check", stdout=io.StringIO())
    call_command("collectstatic", interactive=False, verbosity=0)
    typer.echo(f"NextYes is running at http://{host}:{port}/  (Ctrl+C to stop)")
    sys.stdout.flush()
    if not with_worker:  # the worker runs elsewhere (another machine, a service of its own)
        os.execv(sys.executable, gunicorn_args(host, port, workers))
    code = run_together(gunicorn_args(host, port, workers), worker_args())
    raise typer.Exit(code)


def worker_args() -> list[str]:
    """The worker `nextyes serve` runs beside the web server."""
    return [sys.executable, "-m", "nextyes", "worker"]


# Gunicorn's default line has the full request line and the referrer, so searches (?q=…) and the
# pages they came from would sit in the log. Method, path and protocol are enough to operate.
ACCESS_LOG_FORMAT = '%(h)s %(l)s %(u)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s "%(a)s"'


def gunicorn_args(host: str, port: int, workers: int) -> list[str]:
    """The gunicorn command line `nextyes serve` runs."""
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "nextyes.wsgi:application",
        "--bind",
        f"{host}:{port}",
        "--workers",
        str(workers),
        "--threads",
        "4",
        "--worker-class",
        "gthread",
        "--access-logfile",
        "-",
        "--access-logformat",
        ACCESS_LOG_FORMAT,
        "--logger-class",
        "nextyes.access_log.AccessLogger",
        "--forwarded-allow-ips",
        os.environ.get("NEXTYES_FORWARDED_ALLOW_IPS", "127.0.0.1"),
    ]
