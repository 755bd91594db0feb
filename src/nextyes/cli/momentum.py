"""`nextyes goals`: this week's process goals and how far along they are."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TypedDict

import typer

from nextyes.cli import messages
from nextyes.cli.base import USER_OPTION_HELP, app, resolve_user, setup_django

if TYPE_CHECKING:
    from nextyes.accounts.models import User

BAR_WIDTH = 20


def bar(percent: int, width: int = BAR_WIDTH) -> str:
    """A plain text progress bar, e.g. [#########...........]."""
    filled = round(width * max(0, min(100, percent)) / 100)
    return "[" + "#" * filled + "." * (width - filled) + "]"


class GoalRow(TypedDict):
    """One goal as `nextyes goals --json` prints it."""

    id: int
    kind: str
    label: str
    target: int | float
    done: int | float
    percent: int
    met: bool
    week_start: str
    week_end: str


def goal_rows(user: User) -> list[GoalRow]:
    """This week's goals as plain values: what `--json` prints."""
    from nextyes.momentum import goals as rules
    from nextyes.momentum.selectors import goals_progress

    return [
        {
            "id": p.goal.pk,
            "kind": p.goal.kind,
            "label": p.label,
            "target": rules.as_number(p.target),
            "done": rules.as_number(p.done),
            "percent": p.percent,
            "met": p.met,
            "week_start": p.week_start.isoformat(),
            "week_end": p.week_end.isoformat(),
        }
        for p in goals_progress(user)
    ]


@app.command("goals")
def goals(
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Show this week's goals and your progress on each."""
    setup_django()
    from nextyes.lib.dates import week_bounds
    from nextyes.momentum import goals as rules

    person = resolve_user(user)
    rows = goal_rows(person)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    start, end = week_bounds(person)
    typer.echo(messages.GOALS_WEEK.format(start=start.isoformat(), end=end.isoformat()))
    if not rows:
        typer.echo(messages.GOALS_NONE)
        return
    width = max(len(r["label"]) for r in rows)
    for r in rows:
        line = messages.GOALS_LINE.format(
            label=r["label"].ljust(width),
            bar=bar(r["percent"]),
            done=rules.shown(r["done"]),
            target=rules.shown(r["target"]),
        )
        typer.echo(line + (messages.GOALS_MET if r["met"] else ""))
