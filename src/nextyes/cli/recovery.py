"""`nextyes ritual list` and `nextyes lesson add`: the rituals after a no, and lessons learned."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TypedDict

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
    from nextyes.accounts.models import User

ritual_app = typer.Typer(help="The short ritual that follows each no.", no_args_is_help=True)
app.add_typer(ritual_app, name="ritual")
lesson_app = typer.Typer(help="Lessons learned along the way.", no_args_is_help=True)
app.add_typer(lesson_app, name="lesson")


class RitualApplicationRow(TypedDict):
    id: int
    company: str
    role: str


class RitualRow(TypedDict):
    """One ritual as `nextyes ritual list --json` prints it."""

    id: int
    status: str
    step: str
    opened_on: str
    applications: list[RitualApplicationRow]


def ritual_rows(user: User) -> list[RitualRow]:
    """Every ritual as plain values, unfinished ones first: what `--json` prints."""
    from nextyes.recovery import selectors

    rows: list[RitualRow] = []
    for group in (
        selectors.open_rituals(user),
        selectors.set_aside_rituals(user),
        selectors.finished_rituals(user),
    ):
        for ritual in group:
            rows.append(
                {
                    "id": ritual.pk,
                    "status": ritual.status,
                    "step": ritual.step,
                    "opened_on": ritual.opened_on.isoformat(),
                    "applications": [
                        {"id": a.pk, "company": a.company.name, "role": a.role}
                        for a in ritual.applications.all()
                    ],
                }
            )
    return rows


@ritual_app.command("list")
def ritual_list(
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """List your rituals: open ones, those put aside, and the finished ones."""
    setup_django()
    from nextyes.recovery.models import STEP_ORDER, RitualStatus, RitualStep

    rows = ritual_rows(resolve_user(user))
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        typer.echo(messages.RITUALS_NONE)
        return
    for row in rows:
        where = (
            messages.RITUAL_DONE
            if row["status"] == RitualStatus.FINISHED
            else messages.RITUAL_STEP.format(
                number=STEP_ORDER.index(row["step"]) + 1,
                total=len(STEP_ORDER),
                step=RitualStep(row["step"]).label,
            )
        )
        typer.echo(
            messages.RITUAL_LINE.format(
                id=row["id"],
                status=RitualStatus(row["status"]).label,
                opened_on=row["opened_on"],
                where=where,
                applications="; ".join(
                    messages.RITUAL_APPLICATION.format(**a) for a in row["applications"]
                ),
            )
        )


@lesson_app.command("add")
def lesson_add(
    text: str = typer.Argument(..., help="The lesson, in your own words."),
    application: int | None = typer.Option(
        None, "--application", help="The id of the application it comes from."
    ),
    tags: list[str] = typer.Option([], "--tag", help="A tag (repeat for several)."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Keep a lesson and print its id."""
    setup_django()
    from django.core.exceptions import ValidationError

    from nextyes.lib.ownership import owned
    from nextyes.pipeline.models import Application
    from nextyes.recovery.services.lessons import add_lesson

    person = resolve_user(user)
    linked = None
    if application is not None:
        linked = owned(Application, person).filter(pk=application).first()
        if linked is None:
            raise CLIError(messages.NO_APPLICATION.format(id=application))
    try:
        lesson = add_lesson(person, text, tags=", ".join(tags), application=linked)
    except ValidationError as exc:
        raise CLIError(validation_message(exc)) from exc
    typer.echo(str(lesson.pk))
