"""Shared pieces of the CLI: the Typer app, errors, lazy Django set-up, choosing the user."""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING

import typer

from nextyes.cli import messages

if TYPE_CHECKING:
    from nextyes.accounts.models import User

app = typer.Typer(
    name="nextyes",
    help="NextYes: track your job search and keep your momentum.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

USER_OPTION_HELP = "Whose data to use (default: $NEXTYES_USER, or the only account)."


class CLIError(Exception):
    """A problem the person can fix: printed as one line, exit code 1 (or the one given)."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def setup_django() -> None:
    """Configure Django on first use, so `--help` and argument errors stay instant."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nextyes.settings")
    import django
    from django.apps import apps

    if not apps.ready:
        django.setup()


def resolve_user(name: str | None) -> User:
    """The account a command acts for: --user, else $NEXTYES_USER, else the only account."""
    setup_django()
    from django.contrib.auth import get_user_model
    from django.db.utils import OperationalError, ProgrammingError

    user_model = get_user_model()
    wanted = name or os.environ.get("NEXTYES_USER") or None
    try:
        if wanted:
            user = user_model.objects.filter(username=wanted).first()
            if user is None:
                raise CLIError(messages.NO_SUCH_USER.format(name=wanted))
            return user
        users = list(user_model.objects.order_by("id")[:2])
    except (OperationalError, ProgrammingError) as exc:
        raise CLIError(messages.DATABASE_NOT_READY) from exc
    if not users:
        raise CLIError(messages.NO_USERS)
    if len(users) > 1:
        raise CLIError(messages.WHICH_USER)
    return users[0]


def validation_message(error: object) -> str:
    """One readable line from a Django ValidationError."""
    if hasattr(error, "message_dict"):
        parts = [f"{field}: {' '.join(msgs)}" for field, msgs in error.message_dict.items()]
        return "; ".join(p.replace("__all__: ", "") for p in parts)
    return " ".join(getattr(error, "messages", [str(error)]))


NOW_HELP = (
    "Pretend it is this moment, e.g. 2026-12-08T12:00 (without an offset: each person's own "
    "clock; with one, that instant)."
)


def parse_now(text: str | None) -> dt.datetime | None:
    """`--now` of the worker and the reminders: naive means each person's wall clock (see
    nextyes.lib.periodic), an offset that very instant; None or "" the real present."""
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise CLIError(messages.BAD_MOMENT.format(option="--now", value=text)) from exc
