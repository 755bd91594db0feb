"""`nextyes token …`: personal access tokens for the REST API (docs/api.md)."""

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

token_app = typer.Typer(help="Personal access tokens for the REST API.", no_args_is_help=True)
app.add_typer(token_app, name="token")


@token_app.command("create")
def create(
    name: str = typer.Argument(..., help="A name to tell it apart, e.g. laptop-script."),
    scope: str = typer.Option("read", "--scope", help="read, or write to change things too."),
    expires: str | None = typer.Option(
        None, "--expires", help="The day it stops working (YYYY-MM-DD); none by default."
    ),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Create a token; it is printed once, alone on the last line."""
    setup_django()
    from django.core.exceptions import ValidationError

    from nextyes.api import tokens
    from nextyes.api.models import Scope
    from nextyes.cli.tracker import check_choice, parse_date

    chosen = check_choice(scope, Scope, "scope")
    expires_on = parse_date(expires, "--expires")
    try:
        token, raw = tokens.create_token(
            resolve_user(user), name, scope=chosen, expires_on=expires_on
        )
    except ValidationError as error:
        raise CLIError(validation_message(error)) from error
    expiry = messages.TOKEN_EXPIRES.format(day=expires_on.isoformat()) if expires_on else ""
    typer.echo(messages.TOKEN_CREATED.format(scope=token.scope, name=token.name, expiry=expiry))
    typer.echo(raw)


@token_app.command("list")
def list_tokens(user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP)) -> None:
    """Your tokens: name, access, first characters, when last used, expiry."""
    setup_django()
    from django.utils.timezone import localtime

    from nextyes.api import tokens

    found = list(tokens.live_tokens(resolve_user(user)))
    if not found:
        typer.echo(messages.TOKEN_NONE)
        return
    for token in found:
        used = (
            messages.TOKEN_USED.format(
                when=localtime(token.last_used_at).strftime("%Y-%m-%d %H:%M")
            )
            if token.last_used_at
            else messages.TOKEN_NEVER_USED
        )
        expiry = ""
        if token.expires_on:
            expiry = (
                messages.TOKEN_EXPIRED
                if tokens.is_expired(token)
                else messages.TOKEN_EXPIRY.format(day=token.expires_on.isoformat())
            )
        typer.echo(
            messages.TOKEN_LINE.format(
                name=token.name, scope=token.scope, prefix=token.prefix, used=used, expiry=expiry
            )
        )


@token_app.command("revoke")
def revoke(
    name: str = typer.Argument(..., help="The token's name."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Revoke a token: it stops working at once."""
    setup_django()
    from django.core.exceptions import ValidationError

    from nextyes.api import tokens

    try:
        token = tokens.revoke_token(resolve_user(user), name)
    except ValidationError as error:
        raise CLIError(validation_message(error)) from error
    typer.echo(messages.TOKEN_REVOKED.format(name=token.name))
