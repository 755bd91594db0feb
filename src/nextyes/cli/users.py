"""`nextyes user …`: accounts from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from nextyes.cli import messages
from nextyes.cli.base import CLIError, app, setup_django

if TYPE_CHECKING:
    from nextyes.accounts.models import User

user_app = typer.Typer(help="Manage accounts.", no_args_is_help=True)
app.add_typer(user_app, name="user")


@user_app.command("create")
def create(
    name: str = typer.Argument(..., help="The new account's user name."),
    password_file: Path | None = typer.Option(
        None, "--password-file", help="Read the password from this file (else you are asked)."
    ),
    email: str = typer.Option(
        "", "--email", help="Where reminders go by email (optional; also set on the profile page)."
    ),
) -> None:
    """Create an account. The password comes from --password-file or is asked for twice."""
    setup_django()
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    if user_model.objects.filter(username=name).exists():
        raise CLIError(messages.USER_EXISTS.format(name=name))
    address = checked_email(email)
    password = checked_password(read_password(password_file), user_model(username=name))
    user_model.objects.create_user(username=name, password=password, email=address)
    typer.echo(messages.USER_CREATED.format(name=name))


def checked_email(address: str) -> str:
    """The address, normalised, when it looks like one; a one-line error if not."""
    from django.contrib.auth.base_user import BaseUserManager
    from django.core.exceptions import ValidationError
    from django.core.validators import validate_email

    address = address.strip()
    if not address:
        return ""
    try:
        validate_email(address)
    except ValidationError as exc:
        raise CLIError(messages.EMAIL_INVALID.format(address=address)) from exc
    return BaseUserManager.normalize_email(address)


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


def checked_password(password: str, user: User) -> str:
    """The password when Django's validators accept it for this user; a one-line error if not."""
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise CLIError(messages.PASSWORD_WEAK.format(reason=" ".join(exc.messages))) from exc
    return password


@user_app.command("list")
def list_users() -> None:
    """The accounts on this NextYes: user name, joined, last seen (never anything private)."""
    setup_django()
    from nextyes.accounts.services import group_members

    for member in group_members():
        seen = member.last_seen.isoformat() if member.last_seen else messages.USER_LIST_NEVER
        typer.echo(
            messages.USER_LIST_ROW.format(
                name=member.username,
                owner=messages.USER_LIST_OWNER if member.is_owner else "",
                joined=member.date_joined.date().isoformat(),
                seen=seen,
            )
        )


@user_app.command("invite")
def invite(
    days: int = typer.Option(
        None, "--days", help="How many days the link works (default: $NEXTYES_INVITATION_DAYS, 7)."
    ),
    note: str = typer.Option("", "--note", help="Whom it is for, to find it again on the web."),
) -> None:
    """Print a single-use sign-up link (on $NEXTYES_BASE_URL) to send to someone."""
    if days is not None and not 1 <= days <= 90:
        raise CLIError(messages.INVITATION_DAYS_RANGE)
    setup_django()
    from nextyes.accounts import services

    invitation = services.create_invitation(days, note=note)
    typer.echo(
        messages.INVITATION_READY.format(until=f"{invitation.expires_at:%Y-%m-%d %H:%M} UTC")
    )
    typer.echo(services.invitation_url(invitation))


@user_app.command("delete")
def delete(
    name: str = typer.Argument(..., help="The account's user name."),
    yes: bool = typer.Option(False, "--yes", help="Confirm: delete it and everything it holds."),
) -> None:
    """Delete an account and everything it owns, and say what was removed."""
    setup_django()
    from django.contrib.auth import get_user_model

    from nextyes.accounts.deletion import delete_account

    user = get_user_model().objects.filter(username=name).first()
    if user is None:
        raise CLIError(messages.NO_SUCH_USER.format(name=name))
    if not yes:
        raise CLIError(messages.USER_DELETE_NEEDS_YES.format(name=name))
    was_owner = user.is_owner
    removed = delete_account(user)
    typer.echo(messages.USER_DELETED.format(name=name))
    for kind, count in removed.items():
        typer.echo(messages.USER_DELETED_ROW.format(kind=kind, count=count))
    if not removed:
        typer.echo(messages.USER_DELETED_NOTHING_ELSE)
    if was_owner:
        typer.echo(messages.USER_DELETED_OWNER.format(name=name))


@user_app.command("owner")
def owner(name: str = typer.Argument(..., help="The account that will run this NextYes.")) -> None:
    """Make NAME the owner: the one who sees the people page and makes invitations."""
    setup_django()
    from django.contrib.auth import get_user_model
    from django.db import transaction

    user_model = get_user_model()
    if not user_model.objects.filter(username=name).exists():
        raise CLIError(messages.NO_SUCH_USER.format(name=name))
    with transaction.atomic():
        user_model.objects.exclude(username=name).update(is_owner=False)
        user_model.objects.filter(username=name).update(is_owner=True)
    typer.echo(messages.OWNER_SET.format(name=name))
