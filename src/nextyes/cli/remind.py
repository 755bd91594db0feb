"""`nextyes remind …`: the reminders, due and coming, and sending the due ones by hand."""

from __future__ import annotations

import json

import typer

from nextyes.cli import messages
from nextyes.cli.base import (
    NOW_HELP,
    USER_OPTION_HELP,
    app,
    parse_now,
    resolve_user,
    setup_django,
)

remind_app = typer.Typer(help="Reminders: what is due and what is coming.", no_args_is_help=True)
app.add_typer(remind_app, name="remind")


@remind_app.command("list")
def list_reminders(
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    now: str | None = typer.Option(None, "--now", help=NOW_HELP),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """What is due now (not dismissed) and what comes in the next seven days, soonest first.

    JSON: an array of {kind, due_at, title, application_id, state, link}; due_at is ISO 8601 in
    the person's time zone, with its offset; state is due, pending, sent or coming.
    """
    setup_django()
    from nextyes.lib import periodic
    from nextyes.lib.dates import zone_for
    from nextyes.reminders import selectors

    person = resolve_user(user)
    zone = zone_for(person)
    moment = periodic.moment_for(parse_now(now), zone)
    listed = selectors.reminder_list(person, moment)
    rows = [
        {
            "kind": item.candidate.kind,
            "due_at": item.candidate.due_at.astimezone(zone).isoformat(),
            "title": item.candidate.title,
            "application_id": item.candidate.application_id,
            "state": item.state,
            "link": item.candidate.link,
        }
        for item in listed
    ]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        on_break = selectors.on_break(person, moment)
        typer.echo(messages.REMIND_ON_BREAK if on_break else messages.REMIND_NONE)
        return
    typer.echo(messages.REMIND_HEADER.format(when="when", state="state", kind="kind", title="what"))
    for item, row in zip(listed, rows, strict=True):
        when = item.candidate.due_at.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")
        typer.echo(
            messages.REMIND_ROW.format(
                when=when,
                state=messages.REMIND_STATES.get(str(row["state"]), row["state"]),
                kind=row["kind"],
                title=row["title"],
            )
        )


@remind_app.command("send")
def send(now: str | None = typer.Option(None, "--now", help=NOW_HELP)) -> None:
    """Store everyone's due reminders and email the pending ones (what the worker does each minute)."""
    setup_django()
    from nextyes.reminders.delivery import deliver_due

    done = deliver_due(parse_now(now))
    typer.echo(
        messages.REMIND_SENT.format(
            people=done.people, due=done.due, sent=done.sent, failed=done.failed
        )
    )
