"""`nextyes add | move | list | demo`: the tracker from the command line."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

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

if TYPE_CHECKING:
    from django.db.models import TextChoices

    from nextyes.pipeline.models import Application


# Any: what typer.Option returns, a default its parameters take whatever their type
def _user_option() -> Any:
    return typer.Option(None, "--user", help=USER_OPTION_HELP)


def parse_date(value: str | None, option: str) -> dt.date | None:
    """A YYYY-MM-DD option as a date; a one-line error for anything else."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise CLIError(messages.BAD_DATE.format(option=option, value=value)) from exc


def check_choice(value: str, choices: type[TextChoices], what: str) -> str:
    """The value when it is one of the kebab-case `choices`; a one-line error listing them if not."""
    clean = value.strip().lower()
    if clean not in choices.values:
        raise CLIError(
            messages.BAD_CHOICE.format(value=value, what=what, choices=", ".join(choices.values))
        )
    return clean


@app.command("add")
def add(
    company: str | None = typer.Argument(
        None, help="The company's name (read from the page with --from-url-file)."
    ),
    role: str | None = typer.Argument(
        None, help="The job title (read from the page with --from-url-file)."
    ),
    channel: str | None = typer.Option(
        None, "--channel", help="How you applied: job-board, referral, recruiter, …"
    ),
    applied_on: str | None = typer.Option(
        None, "--applied-on", help="When you applied (YYYY-MM-DD); leave out for a saved lead."
    ),
    link: str | None = typer.Option(None, "--link", help="The job posting's address."),
    from_url_file: Path | None = typer.Option(
        None,
        "--from-url-file",
        help="A saved job page (HTML): company, role, place, salary, description and closing "
        "date are read from it.",
    ),
    url: str | None = typer.Option(
        None, "--url", help="With --from-url-file: the address the page was saved from."
    ),
    user: str | None = _user_option(),
) -> None:
    """Add an application and print its id."""
    setup_django()
    from django.core.exceptions import ValidationError

    from nextyes.pipeline import services
    from nextyes.pipeline.choices import Channel

    fields: dict[str, Any] = {}
    if from_url_file is not None:
        details, company, role = _from_page(from_url_file, url or link or "", company, role)
        fields.update(details)
    elif company is None or role is None:
        # A usage error, as when both arguments were required: exit code 2.
        missing = "COMPANY" if company is None else "ROLE"
        raise CLIError(messages.ADD_NEEDS_NAMES.format(missing=missing), exit_code=2)
    if channel is not None:
        fields["channel"] = check_choice(channel, Channel, "channel")
    fields["applied_on"] = parse_date(applied_on, "--applied-on")
    if link:
        fields["link"] = link.strip()
    person = resolve_user(user)
    try:
        application = services.create_application(person, company=company, role=role, **fields)
    except ValidationError as exc:
        raise CLIError(validation_message(exc)) from exc
    typer.echo(str(application.pk))


def _from_page(
    path: Path, url: str, company: str | None, role: str | None
) -> tuple[dict[str, object], str, str]:
    """The fields a saved job page gives, and its company and role (the command line's first)."""
    from nextyes.pipeline.job_posting import extract

    try:
        page = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise CLIError(messages.ADD_PAGE_UNREADABLE.format(path=path, reason=exc.strerror)) from exc
    posting = extract(page, url.strip())
    company = company or posting.company
    role = role or posting.role
    if not company:
        raise CLIError(messages.ADD_PAGE_NO_COMPANY.format(path=path))
    if not role:
        raise CLIError(messages.ADD_PAGE_NO_ROLE.format(path=path))
    fields: dict[str, object] = {
        "location": posting.location,
        "salary": posting.salary,
        "job_description": posting.description,
        "closes_on": posting.closes_on,
        "link": posting.link,
    }
    return {name: value for name, value in fields.items() if value}, company, role


@app.command("move")
def move(
    application_id: int = typer.Argument(..., metavar="ID", help="The application's id."),
    stage: str = typer.Argument(..., help="The new stage: applied, screen, interview, …"),
    on: str | None = typer.Option(
        None, "--on", help="When it happened (YYYY-MM-DD; default today)."
    ),
    round: int | None = typer.Option(
        None, "--round", min=1, help="Interview round (default: the next one)."
    ),
    user: str | None = _user_option(),
) -> None:
    """Move an application to a stage (this records an event on its timeline)."""
    setup_django()
    from django.core.exceptions import ValidationError

    from nextyes.lib.ownership import owned
    from nextyes.pipeline import services
    from nextyes.pipeline.choices import Stage
    from nextyes.pipeline.models import Application

    clean_stage = check_choice(stage, Stage, "stage")
    occurred_on = parse_date(on, "--on")
    person = resolve_user(user)
    # Someone else's id reads exactly like a missing one: nothing leaks about other accounts.
    application = (
        owned(Application, person).select_related("company").filter(pk=application_id).first()
    )
    if application is None:
        raise CLIError(messages.NO_APPLICATION.format(id=application_id))
    try:
        event = services.move_application(application, clean_stage, on=occurred_on, round=round)
    except ValidationError as exc:
        raise CLIError(validation_message(exc)) from exc
    typer.echo(
        messages.MOVED.format(
            id=application.pk,
            application=application,
            stage=event.stage,
            round=messages.MOVED_ROUND.format(round=event.round) if event.round else "",
            date=event.occurred_on.isoformat(),
        )
    )


@app.command("list")
def list_applications(
    status: str | None = typer.Option(None, "--status", help="Only this status, e.g. interview."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    user: str | None = _user_option(),
) -> None:
    """List your applications, newest first."""
    setup_django()
    from nextyes.lib.ownership import owned
    from nextyes.pipeline.choices import Stage
    from nextyes.pipeline.models import Application

    wanted = check_choice(status, Stage, "status") if status is not None else None
    person = resolve_user(user)
    rows = owned(Application, person).select_related("company")
    if wanted:
        rows = rows.filter(status=wanted)
    items = [application_row(a) for a in rows]
    if as_json:
        typer.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    if not items:
        typer.echo(messages.NO_APPLICATIONS_YET)
        return
    from rich.console import Console
    from rich.table import Table

    from nextyes.cli.safe import markup

    table = Table("ID", "Company", "Role", "Channel")
    # Status and dates must stay whole however narrow the terminal is.
    for heading in ("Status", "Since", "Applied"):
        table.add_column(heading, no_wrap=True, min_width=10 if heading != "Status" else None)
    table.add_column("Fit")
    for item in items:
        table.add_row(
            str(item["id"]),
            # The person's (or an import's) words: shown as typed, never read as rich markup.
            markup(item["company"]),
            markup(item["role"]),
            item["channel"],
            item["status"],
            item["status_on"] or "",
            item["applied_on"] or "",
            str(item["fit"] or ""),
        )
    # Piped output has no terminal width to fit; keep rows whole for grep and friends.
    console = Console() if sys.stdout.isatty() else Console(width=200)
    console.print(table)


class ApplicationRow(TypedDict):
    """One application as `nextyes list --json` prints it."""

    id: int
    company: str
    role: str
    channel: str
    status: str
    status_on: str | None
    applied_on: str | None
    link: str
    fit: int | None


def application_row(application: Application) -> ApplicationRow:
    def iso(day: dt.date | None) -> str | None:
        return day.isoformat() if day else None

    return {
        "id": application.pk,
        "company": application.company.name,
        "role": application.role,
        "channel": application.channel,
        "status": application.status,
        "status_on": iso(application.status_on),
        "applied_on": iso(application.applied_on),
        "link": application.link,
        "fit": application.fit,
    }


@app.command("demo")
def demo(
    user: str = typer.Option("demo", "--user", help="The demo account's name."),
    password_file: Path | None = typer.Option(
        None, "--password-file", help="Give the account this password (else it has none yet)."
    ),
) -> None:
    """Create or refresh a demo account: a four-month search, and bouncing back after each no."""
    setup_django()
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from nextyes.cli.users import checked_password, read_password
    from nextyes.home import demo as demo_data

    user_model = get_user_model()
    password = None
    if password_file is not None:
        password = checked_password(read_password(password_file), user_model(username=user))
    with transaction.atomic():
        person = user_model.objects.filter(username=user).first()
        if person is None:
            person = user_model(username=user, display_name="Sam")
            # No usable password until the person chooses one: a demo never ships a known login.
            person.set_unusable_password()
            person.save()
        elif not demo_data.is_demo_account(person):
            raise CLIError(messages.DEMO_REAL_DATA.format(name=user))
        if password is not None:
            person.set_password(password)
            person.save(update_fields=["password"])
        summary = demo_data.build_demo(person)
    typer.echo(messages.DEMO_READY.format(name=user, **summary))
    typer.echo(messages.DEMO_READY_AFTER.format(**summary))
    typer.echo(messages.DEMO_READY_MIND.format(**summary))
    if person.has_usable_password():
        typer.echo(messages.DEMO_SIGN_IN_READY.format(name=user))
    else:
        typer.echo(messages.DEMO_SIGN_IN.format(name=user))
