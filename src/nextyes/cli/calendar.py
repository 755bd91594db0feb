"""`nextyes calendar url | rotate`: the private address of the person's calendar feed."""

from __future__ import annotations

import typer

from nextyes.cli import messages
from nextyes.cli.base import USER_OPTION_HELP, app, resolve_user

calendar_app = typer.Typer(
    help="Your interviews, follow-ups, breaks and deadlines in your own calendar app.",
    no_args_is_help=True,
)
app.add_typer(calendar_app, name="calendar")


@calendar_app.command("url")
def url(user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP)) -> None:
    """Print the feed's address (on $NEXTYES_BASE_URL) to subscribe to in a calendar app."""
    person = resolve_user(user)
    from nextyes.momentum.calendar import links

    typer.echo(links.url_of(links.feed_for(person)))


@calendar_app.command("rotate")
def rotate(user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP)) -> None:
    """Give the feed a new secret address; the old one stops working at once."""
    person = resolve_user(user)
    from nextyes.momentum.calendar import links

    feed = links.rotate(person)
    typer.echo(messages.CALENDAR_ROTATED)
    typer.echo(links.url_of(feed))
