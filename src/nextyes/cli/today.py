"""`nextyes today`: what the Today page shows, as readable text or JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import typer

from nextyes.cli import messages
from nextyes.cli.base import USER_OPTION_HELP, app, resolve_user, setup_django

if TYPE_CHECKING:
    from nextyes.home.today import Today

BAR_WIDTH = 10


@app.command("today")
def today(
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Your why, open rituals, a break, this week's goals, next actions, a jar note, recent wins."""
    setup_django()
    from nextyes.home.today import build_today

    data = build_today(resolve_user(user))
    if as_json:
        typer.echo(json.dumps(data.as_json(), ensure_ascii=False, indent=2))
        return
    typer.echo("\n".join(as_text(data)))


def _bar(percent: int) -> str:
    filled = round(percent * BAR_WIDTH / 100)
    return "[" + "#" * filled + "-" * (BAR_WIDTH - filled) + "]"


def as_text(data: Today) -> list[str]:
    """The Today data as lines of text, section by section (empty sections say what to do)."""
    m = messages
    lines = [m.TODAY_TITLE.format(day=data.day.isoformat()), "", m.TODAY_WHY]
    lines.append(f"  {data.north_star}" if data.north_star else f"  {m.TODAY_NO_WHY}")
    if data.open_rituals or data.has_set_aside:
        lines += ["", m.TODAY_RITUALS]
        for ritual in data.open_rituals:
            text = m.TODAY_RITUAL_STARTED if ritual.started else m.TODAY_RITUAL_NEW
            lines.append("  • " + text.format(companies=ritual.companies, step=ritual.step_label))
        if data.has_set_aside:
            lines.append(f"  {m.TODAY_SET_ASIDE}")
    if data.active_break:
        lines += ["", m.TODAY_BREAK.format(date=data.active_break.ends_on.isoformat())]
    elif data.small_step:
        lines += ["", m.TODAY_SMALL_STEP.format(step=data.small_step.text)]
    if data.is_new:
        lines += ["", *m.TODAY_WELCOME]
    lines += ["", m.TODAY_GOALS]
    for goal in data.goals:
        met = m.TODAY_GOAL_MET if goal.met else ""
        lines.append(
            f"  {_bar(goal.percent)} "
            + m.TODAY_GOAL.format(label=goal.label, done=goal.done, target=goal.target)
            + met
        )
    if not data.goals:
        lines.append(f"  {m.TODAY_NO_GOALS}")
    lines += ["", m.TODAY_NEXT]
    for step in data.steps:
        due = f" ({step.due_on.isoformat()})" if step.due_on else ""
        lines.append(f"  • {step.text}{due}")
    for follow_up in data.follow_ups:
        at = f" ({follow_up.company})" if follow_up.company else ""
        lines.append(
            "  • "
            + m.TODAY_FOLLOW_UP.format(
                name=follow_up.contact, at=at, date=follow_up.follow_up_on.isoformat()
            )
        )
    for lead in data.saved_leads:
        lines.append("  • " + m.TODAY_LEAD.format(id=lead.id, role=lead.role, company=lead.company))
    if not data.has_next_actions:
        lines.append(f"  {m.TODAY_NOTHING_NEXT}")
    lines += ["", m.TODAY_JAR]
    lines.append(f"  “{data.jar_note}”" if data.jar_note else f"  {m.TODAY_JAR_EMPTY}")
    lines += ["", m.TODAY_WINS]
    for win in data.recent_wins:
        lines.append(f"  • {win.occurred_on.isoformat()}  {win.text}")
    if not data.recent_wins:
        lines.append(f"  {m.TODAY_NO_WINS}")
    return lines
