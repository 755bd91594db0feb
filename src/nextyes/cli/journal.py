"""`nextyes win | jar add | jar draw`: wins and the rewards jar from the command line."""

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
from nextyes.cli.tracker import check_choice, parse_date

jar_app = typer.Typer(help="The rewards jar: notes to your future self.", no_args_is_help=True)
app.add_typer(jar_app, name="jar")


@app.command("win")
def win(
    text: str = typer.Argument(..., help="What went well, in a few words."),
    kind: str | None = typer.Option(
        None,
        "--kind",
        help="application, interview, offer, positive-feedback, learning, networking, personal or other.",
    ),
    on: str | None = typer.Option(None, "--on", help="When (YYYY-MM-DD; default today)."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Note a win and print its id."""
    setup_django()
    from django.core.exceptions import ValidationError

    from nextyes.journal import services
    from nextyes.journal.models import WinKind

    clean_kind = check_choice(kind, WinKind, "kind of win") if kind else WinKind.OTHER
    occurred_on = parse_date(on, "--on")
    person = resolve_user(user)
    try:
        added = services.add_win(person, text, clean_kind, on=occurred_on)
    except ValidationError as exc:
        raise CLIError(validation_message(exc)) from exc
    assert added is not None  # only wins with a source_key can be skipped
    typer.echo(str(added.pk))


@jar_app.command("add")
def jar_add(
    text: str = typer.Argument(..., help="Something you did well or learned."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Put a note in the rewards jar and print its id."""
    setup_django()
    from django.core.exceptions import ValidationError

    from nextyes.journal import services

    person = resolve_user(user)
    try:
        note = services.add_jar_note(person, text)
    except ValidationError as exc:
        raise CLIError(validation_message(exc)) from exc
    typer.echo(str(note.pk))


@jar_app.command("draw")
def jar_draw(
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Draw a note from the jar (never the same one twice in a row)."""
    setup_django()
    from nextyes.journal import services

    note = services.draw_jar_note(resolve_user(user))
    typer.echo(note.text if note is not None else messages.JAR_EMPTY)
