"""`nextyes inbox …`: read job-search mail, classify it and propose updates (commands added per module)."""

from __future__ import annotations

import typer

from nextyes.cli.base import app

inbox_app = typer.Typer(
    help="Your job-search mail: import, sync, classify, review proposals.", no_args_is_help=True
)
app.add_typer(inbox_app, name="inbox")
