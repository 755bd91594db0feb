"""`nextyes gratitude [TEXT…]`: note a few good things, or look back on the last days."""

from __future__ import annotations

import typer

from nextyes.cli import messages
from nextyes.cli.base import (
    USER_OPTION_HELP,
    CLIError,
    app,
    resolve_user,
    setup_django,
    validation_message,
)
from nextyes.cli.tracker import parse_date


@app.command("gratitude")
def gratitude(
    texts: list[str] | None = typer.Argument(
        None, help="One or more things you are grateful for (each in quotes). None: look back."
    ),
    on: str | None = typer.Option(None, "--on", help="Which day (YYYY-MM-DD; default today)."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Note good things for a day, or with no text show the last days' entries."""
    setup_django()
    from django.core.exceptions import ValidationError

    from nextyes.journal.selectors.gratitude import days_page
    from nextyes.journal.services.gratitude import add_gratitudes

    day = parse_date(on, "--on")
    person = resolve_user(user)
    if not texts:
        _, days = days_page(person, 1)
        if not days:
            typer.echo(messages.GRATITUDE_NONE)
        for shown, entries in days[: messages.GRATITUDE_LOOK_BACK_DAYS]:
            typer.echo(shown.isoformat())
            for entry in entries:
                typer.echo(f"  - {entry.text}")
        return
    try:
        saved = add_gratitudes(person, texts, day=day)
    except ValidationError as exc:
        raise CLIError(validation_message(exc)) from exc
    typer.echo(messages.GRATITUDE_SAVED.format(count=len(saved), day=saved[0].day.isoformat()))
