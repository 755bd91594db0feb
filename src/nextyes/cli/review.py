"""`nextyes review`: the weekly review (or the buddy's share) as Markdown, HTML or PDF."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from nextyes.cli import messages
from nextyes.cli.base import USER_OPTION_HELP, CLIError, app, resolve_user, setup_django

FORMATS = ("md", "html", "pdf")


@app.command("review")
def review(
    week: str | None = typer.Option(
        None, "--week", help="Which week, as YYYY-Www (default: this week)."
    ),
    fmt: str = typer.Option(
        "md", "--format", help="md, html or pdf (a PDF goes to -o, or to a pipe)."
    ),
    share: bool = typer.Option(
        False, "--share", help="The version for your accountability buddy: counts and plans only."
    ),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write to this file."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Your week: wins, lessons, goals met, the search in numbers and what's next."""
    if fmt not in FORMATS:
        raise CLIError(messages.REVIEW_BAD_FORMAT.format(value=fmt))
    # A PDF can go to a file or a pipe (`> week.pdf`), never onto a terminal screen.
    if fmt == "pdf" and output is None and sys.stdout.isatty():
        raise CLIError(messages.REVIEW_PDF_NEEDS_FILE)
    setup_django()
    from nextyes.insights import review_text
    from nextyes.insights.review import BadWeek, parse_week, weekly_review
    from nextyes.insights.review import share as share_of

    person = resolve_user(user)
    try:
        start = parse_week(person, week) if week else None
    except BadWeek as exc:
        raise CLIError(messages.REVIEW_BAD_WEEK.format(value=week)) from exc
    data = weekly_review(person, start)
    shared = share_of(data) if share else None
    if fmt == "html":
        body: str | bytes = review_text.html_document(shared or data)
    else:
        body = review_text.share_markdown(shared) if shared else review_text.markdown(data)
        if fmt == "pdf":
            body = review_text.pdf_bytes(body)
    if output is None:
        if isinstance(body, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(body)
            sys.stdout.buffer.flush()
        else:
            typer.echo(body, nl=False)
        return
    try:
        if isinstance(body, bytes):
            output.write_bytes(body)
        else:
            output.write_text(body, encoding="utf-8")
    except OSError as exc:
        raise CLIError(
            messages.REVIEW_UNWRITABLE.format(path=output, reason=exc.strerror or exc)
        ) from exc
    typer.echo(
        messages.REVIEW_WRITTEN.format(
            start=data.start.isoformat(), end=data.end.isoformat(), path=output
        )
    )
