"""`nextyes mcp`: the Model Context Protocol over stdio, for the person's own assistant.

An assistant (Claude Desktop, an editor, any MCP client) starts `nextyes mcp --user NAME` and
talks to it on stdin/stdout. The tools are in `mcp_tools.py`; this module only describes them to
the SDK (`mcp.server.mcpserver.MCPServer`): their names, what each is for, their arguments.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import typer

from nextyes.cli.base import USER_OPTION_HELP, app, resolve_user, setup_django

if TYPE_CHECKING:
    from mcp.server.mcpserver import MCPServer

    from nextyes.accounts.models import User

INSTRUCTIONS = (
    "NextYes is this person's job-search tracker. These tools read and update their "
    "applications, say what today asks of them and how their search is going. Moving an "
    "application to 'rejected' opens NextYes's short ritual for bouncing back: mention it kindly."
)


@app.command("mcp")
def mcp(
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
    allow_journal: bool = typer.Option(
        False,
        "--allow-journal",
        help="Also let the assistant read your check-ins and wins (never without this flag).",
    ),
) -> None:
    """Serve NextYes to your own assistant over the Model Context Protocol (stdio)."""
    setup_django()
    build_server(resolve_user(user), allow_journal=allow_journal).run("stdio")


def build_server(user: User, *, allow_journal: bool = False) -> MCPServer:
    """The MCP server for one account, its tools bound to that account."""
    from mcp.server.mcpserver import MCPServer

    from nextyes.cli.mcp_tools import Tools, in_thread

    tools = Tools(user, allow_journal)
    server = MCPServer("NextYes", instructions=INSTRUCTIONS)

    @server.tool()
    def list_applications(
        status: str | None = None, search: str | None = None, limit: int = 50
    ) -> dict[str, object]:
        """List the person's applications, newest first. `status` keeps one stage (saved,
        applied, screen, interview, offer, rejected, …); `search` matches every word in the
        company, role, notes or location."""
        return in_thread(lambda: tools.list_applications(status, search, limit))

    @server.tool()
    def add_application(
        company: str,
        role: str,
        channel: str | None = None,
        applied_on: dt.date | None = None,
        link: str | None = None,
        location: str | None = None,
        salary: str | None = None,
        closes_on: dt.date | None = None,
        notes: str | None = None,
    ) -> dict[str, object]:
        """Add an application. Without `applied_on` it is a saved lead; `closes_on` is the last
        day to apply. `channel`: job-board, company-site, referral, recruiter, networking, …"""
        return in_thread(
            lambda: tools.add_application(
                company, role, channel, applied_on, link, location, salary, closes_on, notes
            )
        )

    @server.tool()
    def move_application(
        application_id: int, stage: str, on: dt.date | None = None
    ) -> dict[str, object]:
        """Move an application to a stage (applied, screen, interview, offer, rejected, …) on a
        day (default today). A rejection opens the ritual for bouncing back, as on the board."""
        return in_thread(lambda: tools.move_application(application_id, stage, on))

    @server.tool()
    def log_win(text: str, kind: str | None = None, on: dt.date | None = None) -> dict[str, object]:
        """Note a win, big or small. `kind`: application, interview, positive-feedback,
        learning, networking, personal or other."""
        return in_thread(lambda: tools.log_win(text, kind, on))

    @server.tool()
    def today() -> dict[str, object]:
        """What today asks: the person's why, open rituals, a break, this week's goals and the
        next actions (follow-ups, saved leads, steps)."""
        return in_thread(tools.today)

    @server.tool()
    def funnel_and_odds(
        channel: str | None = None,
        applied_from: dt.date | None = None,
        applied_to: dt.date | None = None,
    ) -> dict[str, object]:
        """The funnel (how many reached each stage), conversion rates, typical figures beside
        them, and the odds of an offer, as `nextyes stats` shows them."""
        return in_thread(lambda: tools.funnel_and_odds(channel, applied_from, applied_to))

    if allow_journal:

        @server.tool()
        def list_checkins(days: int = 14) -> dict[str, object]:
            """The person's daily check-ins (mood, energy, sleep, notes) of the last `days`."""
            return in_thread(lambda: tools.list_checkins(days))

        @server.tool()
        def list_wins(days: int = 30) -> dict[str, object]:
            """The person's wins of the last `days`."""
            return in_thread(lambda: tools.list_wins(days))

    return server
