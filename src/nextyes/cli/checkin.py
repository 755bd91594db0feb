"""`nextyes checkin --mood 3 …`: the daily check-in from the command line, and `--list`.

Options left out keep what the day's check-in already holds, as on the web's one-tap card.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from nextyes.accounts.models import User
    from nextyes.journal.models import CheckIn


def as_json(checkin: CheckIn) -> dict[str, object]:
    """One check-in in the shape `--json` prints."""
    return {
        "id": checkin.pk,
        "day": checkin.day.isoformat(),
        "mood": checkin.mood,
        "mood_label": str(checkin.get_mood_display()),
        "emotions": list(checkin.emotions or []),
        "energy": checkin.energy,
        "sleep_hours": float(checkin.sleep_hours) if checkin.sleep_hours is not None else None,
        "movement_minutes": checkin.movement_minutes,
        "ate_well": checkin.ate_well,
        "connected": checkin.connected,
        "note": checkin.note,
    }


def as_line(checkin: CheckIn) -> str:
    parts = [f"{checkin.day.isoformat()}  {checkin.mood} {checkin.get_mood_display()}"]
    if checkin.emotions:
        parts.append(", ".join(checkin.emotions))
    if checkin.sleep_hours is not None:
        parts.append(messages.CHECKIN_SLEEP.format(hours=f"{float(checkin.sleep_hours):g}"))
    if checkin.movement_minutes is not None:
        parts.append(messages.CHECKIN_MOVEMENT.format(minutes=checkin.movement_minutes))
    return " · ".join(parts)


@app.command("checkin")
def checkin(
    mood: int | None = typer.Option(
        None, "--mood", help="How you feel: 1 very low, 2 low, 3 okay, 4 good, 5 very good."
    ),
    emotion: list[str] | None = typer.Option(
        None, "--emotion", help="A feeling, e.g. tired or hopeful (up to three: repeat it)."
    ),
    energy: int | None = typer.Option(None, "--energy", help="Energy from 1 (drained) to 5."),
    sleep: float | None = typer.Option(None, "--sleep", help="Hours slept, e.g. 7.5."),
    movement: int | None = typer.Option(None, "--movement", help="Minutes of movement."),
    ate: bool | None = typer.Option(None, "--ate/--no-ate", help="Ate reasonably today?"),
    talked: bool | None = typer.Option(
        None, "--talked/--no-talked", help="Talked with someone who matters?"
    ),
    note: str | None = typer.Option(None, "--note", help="A short private note."),
    on: str | None = typer.Option(None, "--on", help="Which day (YYYY-MM-DD; default today)."),
    show_list: bool = typer.Option(False, "--list", help="Show your recent check-ins instead."),
    days: int = typer.Option(30, "--days", min=1, help="With --list: how many days back."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Check in for today (or --on DAY): a mood, and anything else you like. Earns effort points."""
    setup_django()
    from django.core.exceptions import ValidationError

    from nextyes.journal.selectors.checkins import risk_flag_open
    from nextyes.journal.services.checkins import save_checkin

    day = parse_date(on, "--on")
    person = resolve_user(user)
    if show_list:
        _print_list(person, day, days, json_out)
        return
    if mood is None:
        raise CLIError(messages.CHECKIN_NEEDS_MOOD)
    values: dict[str, Any] = {"mood": mood, "day": day}
    for name, value in (
        ("emotions", emotion or None),
        ("energy", energy),
        ("sleep_hours", sleep),
        ("movement_minutes", movement),
        ("ate_well", ate),
        ("connected", talked),
        ("note", note),
    ):
        if value is not None:  # left out: keep what the day already holds
            values[name] = value
    try:
        saved = save_checkin(person, **values)
    except ValidationError as exc:
        raise CLIError(validation_message(exc)) from exc
    if json_out:
        typer.echo(json.dumps(as_json(saved), ensure_ascii=False, indent=2))
        return
    typer.echo(
        messages.CHECKIN_SAVED.format(day=saved.day.isoformat(), mood=saved.get_mood_display())
    )
    if risk_flag_open(person, saved):
        typer.echo(messages.CHECKIN_CARE)


def _print_list(person: User, until: dt.date | None, days: int, json_out: bool) -> None:
    from nextyes.journal.models import CheckIn
    from nextyes.lib.dates import today_for
    from nextyes.lib.ownership import owned

    end = until or today_for(person)
    start = end - dt.timedelta(days=days - 1)
    found = list(owned(CheckIn, person).filter(day__range=(start, end)).order_by("-day"))
    if json_out:
        typer.echo(json.dumps([as_json(c) for c in found], ensure_ascii=False, indent=2))
        return
    if not found:
        typer.echo(messages.CHECKIN_NONE)
        return
    for c in found:
        typer.echo(as_line(c))
