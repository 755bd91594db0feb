"""`nextyes inbox import PATH` and `nextyes inbox purge`: bring mail in, and forget it all.

The messages these commands print are kept together at the top of this module (the inbox's
section of the CLI wording); Django and Rich load only inside the commands.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import typer

from nextyes.cli.base import USER_OPTION_HELP, CLIError, resolve_user
from nextyes.cli.inbox import inbox_app
from nextyes.cli.progress import terminal_bar

if TYPE_CHECKING:
    from rich.progress import ProgressColumn

    from nextyes.accounts.models import User
    from nextyes.inbox.services import ImportResult

# --- Messages (inbox import and purge)
MAIL_CANNOT_READ = "cannot read {problem}"
MAIL_ABANDONED = (
    "The import of {source} (started {started}) was interrupted: it is marked stopped — "
    "run it again to finish (what it saved is skipped)."
)
MAIL_READ = "Read {read} from {source}."
MAIL_DRY_RUN = "Dry run: nothing was saved. This is what an import would do:"
MAIL_KEPT = "Kept {kept} about your search{labels}."
MAIL_WOULD_KEEP = "Would keep {kept} about your search{labels}."
MAIL_NOT_KEPT = (
    "Not kept: {count} not about your search (only their ids are remembered, "
    "so they are never read twice; --keep-other keeps them)."
)
MAIL_WOULD_NOT_KEEP = "Would not keep: {count} not about your search."
MAIL_DUPLICATES = "Already here: {count}."
MAIL_SKIPPED = "Skipped: {count} that could not be read:"
MAIL_MORE_SKIPPED = "  … and {count} more."
MAIL_NOTHING = "No mail found in {source}."
MAIL_PURGE_ASK = "Forget all the mail NextYes keeps for {user} ({messages}, {seen}, {imports})?"
MAIL_PURGED = "Forgot {messages}, {seen} and {imports}."
MAIL_PURGE_KEPT = "Nothing was removed."
MAIL_LABELS = {
    "rejection": ("rejection", "rejections"),
    "interview": ("interview invitation", "interview invitations"),
    "offer": ("offer", "offers"),
    "received": ("acknowledgement", "acknowledgements"),
    "other": ("other message", "other messages"),
}


def _count(number: int, one: str, many: str) -> str:
    return f"{number:,} {one if number == 1 else many}"


@inbox_app.command("import")
def import_mail(
    path: Path = typer.Argument(..., help="An .eml file, a folder of them, or an mbox file."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Read and sort, save nothing."),
    keep_other: bool = typer.Option(
        False, "--keep-other", help="Also keep mail that is not about your search."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Import job-search mail: rejections, interviews, offers and acknowledgements are kept."""
    person = resolve_user(user)
    from nextyes.inbox.reading import SourceProblem
    from nextyes.inbox.services import import_mail as run_import

    say_abandoned(person)

    with terminal_bar(_mail_columns, messages=0) as bar:

        def progress(done: int, total: int, messages: int) -> None:
            if bar is not None:
                bar(completed=done, total=total or None, messages=messages)

        try:
            result = run_import(
                person, path, dry_run=dry_run, keep_other=keep_other, progress=progress
            )
        except SourceProblem as problem:
            raise CLIError(MAIL_CANNOT_READ.format(problem=problem)) from None
    if as_json:
        typer.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        return
    typer.echo("\n".join(summary(result)))


def say_abandoned(person: User) -> None:
    """Mark runs a killed process left "running" as stopped, and say so (on stderr)."""
    from nextyes.inbox.services import stop_abandoned_imports

    for run in stop_abandoned_imports(person):
        started = run.started_at.strftime("%Y-%m-%d %H:%M")
        typer.echo(MAIL_ABANDONED.format(source=run.source, started=started), err=True)


def summary(result: ImportResult) -> list[str]:
    """The import in a few lines: read, kept by label, not kept, duplicates, skipped (why)."""
    source = Path(result.source).name or result.source
    if not result.read:
        return [MAIL_NOTHING.format(source=source)]
    lines = [MAIL_DRY_RUN] if result.dry_run else []
    lines.append(MAIL_READ.format(read=_count(result.read, "message", "messages"), source=source))
    labels = [
        _count(result.labels[label], *MAIL_LABELS[label])
        for label in MAIL_LABELS
        if result.labels.get(label)
    ]
    kept = MAIL_WOULD_KEEP if result.dry_run else MAIL_KEPT
    lines.append(
        kept.format(kept=f"{result.kept:,}", labels=f": {', '.join(labels)}" if labels else "")
    )
    if result.not_kept:
        not_kept = MAIL_WOULD_NOT_KEEP if result.dry_run else MAIL_NOT_KEPT
        lines.append(not_kept.format(count=f"{result.not_kept:,}"))
    if result.duplicates:
        lines.append(MAIL_DUPLICATES.format(count=f"{result.duplicates:,}"))
    if result.skipped:
        lines.append(MAIL_SKIPPED.format(count=f"{result.skipped:,}"))
        lines.extend(f"  {skip['where']}: {skip['reason']}" for skip in result.skips)
        if result.more_skipped:
            lines.append(MAIL_MORE_SKIPPED.format(count=f"{result.more_skipped:,}"))
    return lines


def _mail_columns(progress: ModuleType) -> tuple[ProgressColumn, ...]:
    return (
        progress.TextColumn("Reading mail"),
        progress.BarColumn(),
        progress.DownloadColumn(),
        progress.TransferSpeedColumn(),
        progress.TextColumn("{task.fields[messages]:,} messages"),
        progress.TimeRemainingColumn(),
    )


@inbox_app.command("purge")
def purge(
    yes: bool = typer.Option(
        False, "--yes", help="Do not ask, even on a terminal: forget everything now."
    ),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Forget all your mail in NextYes: kept messages, remembered ids and import reports."""
    person = resolve_user(user)
    from nextyes.inbox.models import MailImport, MailMessage, SeenMessage
    from nextyes.inbox.services import purge as run_purge
    from nextyes.lib.ownership import owned

    # On a terminal a person may have typed it in passing: ask. A script or cron job that runs
    # `nextyes inbox purge` has already decided (the command is the request).
    if not yes and sys.stdin.isatty():
        counts = _purge_counts(
            owned(MailMessage, person).count(),
            owned(SeenMessage, person).count(),
            owned(MailImport, person).count(),
        )
        if not typer.confirm(MAIL_PURGE_ASK.format(user=person.username, **counts)):
            typer.echo(MAIL_PURGE_KEPT)
            return
    done = run_purge(person)
    typer.echo(MAIL_PURGED.format(**_purge_counts(done["messages"], done["seen"], done["imports"])))


def _purge_counts(messages: int, seen: int, imports: int) -> dict[str, str]:
    return {
        "messages": _count(messages, "kept message", "kept messages"),
        "seen": _count(seen, "remembered id", "remembered ids"),
        "imports": _count(imports, "import report", "import reports"),
    }
