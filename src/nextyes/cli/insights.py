"""`nextyes stats`: the funnel, rates, offer odds and the fatigue signal, as text or JSON.

Imports stay lazy (Django, the insights modules) so the command starts fast for a heavy user.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import typer

from nextyes.cli import messages
from nextyes.cli.base import USER_OPTION_HELP, app, resolve_user, setup_django

if TYPE_CHECKING:
    from nextyes.insights.stats import Stats


@app.command("stats")
def stats(
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
    channel: str | None = typer.Option(None, "--channel", help="Only this channel."),
    start: str | None = typer.Option(None, "--from", help="Applied on or after (YYYY-MM-DD)."),
    end: str | None = typer.Option(None, "--to", help="Applied on or before (YYYY-MM-DD)."),
    resume: str | None = typer.Option(None, "--resume", help="Only this résumé version."),
    fit: int | None = typer.Option(None, "--fit", min=1, max=5, help="Only this fit (1–5)."),
) -> None:
    """Your funnel, your rates beside typical ones, your offer odds and how the search is going."""
    setup_django()
    from nextyes.cli.tracker import check_choice, parse_date
    from nextyes.insights.funnel import Filters
    from nextyes.insights.stats import build_stats
    from nextyes.pipeline.choices import Channel

    filters = Filters(
        start=parse_date(start, "--from"),
        end=parse_date(end, "--to"),
        channel=check_choice(channel, Channel, "channel") if channel else None,
        resume_version=resume.strip() if resume is not None else None,
        fit=fit,
    )
    data = build_stats(resolve_user(user), filters)
    if as_json:
        typer.echo(json.dumps(data.as_json(), ensure_ascii=False, indent=2))
        return
    typer.echo("\n".join(as_text(data)))


def _percent(value: object) -> str:
    # The odds arrive as their JSON (numbers, or None when unknown).
    return f"{value * 100:.0f}%" if isinstance(value, int | float) else "–"


def _days(value: float | None) -> str:
    return "–" if value is None else messages.STATS_DAYS.format(days=f"{value:g}")


def as_text(data: Stats) -> list[str]:
    """The stats as readable lines: funnel with conversions, outcomes, waits, odds, fatigue."""
    m = messages
    counts = data.funnel.counts()
    conversion = data.funnel.conversion()
    if not counts["applications"]:
        return [m.STATS_TITLE, "", m.STATS_EMPTY]
    steps = [
        (m.STATS_APPLIED, "applications", None),
        (m.STATS_REPLIED, "replies", "applied_to_reply"),
        (m.STATS_SCREENED, "screens", "reply_to_screen"),
        (m.STATS_INTERVIEWED, "interviews", "screen_to_interview"),
        (m.STATS_FINAL, "final_rounds", "interview_to_final_round"),
        (m.STATS_OFFERS, "offers", "final_round_to_offer"),
    ]
    lines = [m.STATS_TITLE, "", m.STATS_FUNNEL]
    for label, key, rate in steps:
        after = m.STATS_STEP_RATE.format(rate=_percent(conversion[rate])) if rate else ""
        lines.append(f"  {label:<16}{counts[key]:>6}{after}")
    lines += [
        "",
        m.STATS_OUTCOMES.format(
            rejections=counts["rejections"], ghosted=counts["ghosted"], pending=counts["pending"]
        ),
        "",
        m.STATS_WAITS,
        f"  {m.STATS_TO_REPLY} {_days(data.funnel.median_days['to_first_reply'])}",
        f"  {m.STATS_TO_INTERVIEW} {_days(data.funnel.median_days['to_first_interview'])}",
        f"  {m.STATS_TO_DECISION} {_days(data.funnel.median_days['to_decision'])}",
    ]
    typical = {b.key: b for b in data.benchmarks}
    odds = data.odds.as_json()
    lines += ["", m.STATS_RATES]
    for label, mine, key in (
        (m.STATS_RATE_INTERVIEW, conversion["applied_to_interview"], "interview"),
        (m.STATS_RATE_OFFER, conversion["applied_to_offer"], "offer"),
    ):
        bench = typical.get(key)
        lines.append(
            "  "
            + m.STATS_RATE_LINE.format(
                label=label,
                mine=_percent(mine),
                typical=_percent(bench.value) if bench else "–",
                source=bench.source if bench else "",
            )
        )
    lines += [
        "",
        m.STATS_ODDS,
        "  "
        + m.STATS_ODDS_RATES.format(
            interview=_percent(odds["p_interview"]), offer=_percent(odds["p_offer"])
        ),
        "  " + m.STATS_ODDS_TEN.format(p=_percent(odds["p_offer_within_10"])),
        "  " + data.plain_words,
        "",
        m.STATS_FATIGUE,
    ]
    if data.fatigue.level == "none":
        lines.append(f"  {m.STATS_FATIGUE_NONE}")
    else:
        lines += [f"  • {reason}" for reason in data.fatigue.reasons]
        lines.append(f"  {m.STATS_FATIGUE_CARE}")
    return lines
