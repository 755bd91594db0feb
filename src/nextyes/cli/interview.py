"""`nextyes interview add`: schedule an interview from the command line."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

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
from nextyes.cli.tracker import check_choice

if TYPE_CHECKING:
    from nextyes.accounts.models import User

interview_app = typer.Typer(help="Interviews on your applications.", no_args_is_help=True)
app.add_typer(interview_app, name="interview")


def parse_moment(value: str, option: str, user: User) -> dt.datetime:
    """A YYYY-MM-DDTHH:MM option as an aware datetime, read in the person's time zone unless it
    carries its own offset; a one-line error for anything else (a date alone included)."""
    from nextyes.lib.dates import zone_for

    text = value.strip()
    try:
        if len(text) <= len("2026-12-08"):
            raise ValueError("no time of day")
        moment = dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise CLIError(messages.BAD_MOMENT.format(option=option, value=value)) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone_for(user))
    return moment


@interview_app.command("add")
def add(
    application_id: int = typer.Argument(..., metavar="ID", help="The application's id."),
    at: str = typer.Option(
        ..., "--at", help="When, in your own time zone: YYYY-MM-DDTHH:MM, e.g. 2026-12-08T10:30."
    ),
    kind: str = typer.Option("video", "--kind", help="phone, video, on-site or take-home."),
    round: int | None = typer.Option(
        None, "--round", min=1, help="Interview round (default: the next one)."
    ),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Schedule an interview (its stage goes on the timeline too) and print its id."""
    setup_django()
    from django.core.exceptions import ValidationError
    from django.utils import timezone

    from nextyes.lib.dates import zone_for
    from nextyes.lib.ownership import owned
    from nextyes.pipeline import services
    from nextyes.pipeline.choices import InterviewKind
    from nextyes.pipeline.models import Application

    clean_kind = check_choice(kind, InterviewKind, "kind of interview")
    person = resolve_user(user)
    moment = parse_moment(at, "--at", person)
    # Someone else's id reads exactly like a missing one: nothing leaks about other accounts.
    application = (
        owned(Application, person).select_related("company").filter(pk=application_id).first()
    )
    if application is None:
        raise CLIError(messages.NO_APPLICATION.format(id=application_id))
    try:
        interview, event = services.schedule_interview(
            application, moment, kind=clean_kind, round=round
        )
    except ValidationError as exc:
        raise CLIError(validation_message(exc)) from exc
    zone = zone_for(person)
    typer.echo(
        messages.INTERVIEW_ADDED.format(
            kind=interview.get_kind_display().lower(),
            round=interview.round,
            id=application.pk,
            application=application,
            when=timezone.localtime(interview.scheduled_at, zone).strftime("%Y-%m-%d %H:%M"),
            zone=zone,
        )
    )
    if event is not None:
        typer.echo(messages.INTERVIEW_STAGE.format(date=event.occurred_on.isoformat()))
    typer.echo(str(interview.pk))
