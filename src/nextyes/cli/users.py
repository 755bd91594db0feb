"""`nextyes user …`: accounts from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from nextyes.cli import messages
from nextyes.cli.base import CLIError, app, setup_django

user_app = typer.Typer(help="Manage accounts.", no_args_is_help=True)
app.add_typer(user_app, name="user")


@user_app.command("create")
def create(
    name: str = typer.Argument(..., help="The new account's user name."),
    password_file: Path | None = typer.Option(
        None, "--password-file", help="Read the password from this file (else you are asked)."
    ),
) -> None:
    """Create an account. The password comes from --password-file or is asked for twice."""
    setup_django()
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    if user_model.objects.filter(username=name).exists():
        raise CLIError(messages.USER_EXISTS.format(name=name))
    password = checked_password(read_password(password_file), user_model(username=name))
    user_model.objects.create_user(username=name, password=password)
    typer.echo(messages.USER_CREATED.format(name=name))


@user_app.command("password")
def password(
    name: str = typer.Argument(..., help="The account's user name."),
    password_file: Path | None = typer.Option(
        None, "--password-file", help="Read the password from this file (else you are asked)."
    ),
) -> None:
    """Set a new password for an account (for example the demo account)."""
    setup_django()
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(username=name).first()
    if user is None:
        raise CLIError(messages.NO_SUCH_USER.format(name=name))
    user.set_password(checked_password(read_password(password_file), user))
    user.save(update_fields=["password"])
    typer.echo(messages.PASSWORD_SET.format(name=name))


def read_password(password_file: Path | None) -> str:
    """The password from the file (without its final newline), else asked for twice."""
    if password_file is not None:
        try:
            return password_file.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise CLIError(
                messages.PASSWORD_FILE_UNREADABLE.format(path=password_file, reason=exc.strerror)
            ) from exc
    password = typer.prompt("Password", hide_input=True)
    if typer.prompt("Password again", hide_input=True) != password:
        raise CLIError(messages.PASSWORD_MISMATCH)
    return str(password)


def checked_password(password: str, user: Any) -> str:
    """The password when Django's validators accept it for this user; a one-line error if not."""
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise CLIError(messages.PASSWORD_WEAK.format(reason=" ".join(exc.messages))) from exc
    return password
