"""`nextyes inbox sync` and `nextyes inbox account add|list|remove`: mail straight from IMAP.

`sync` is made for cron: one quiet line per account on success, problems on stderr, exit 1
when any account or folder failed. Passwords come from a file or a hidden prompt, never from
an argument (arguments end up in shell history and `ps`). The messages these commands print
are kept together at the top of this module, as `inbox_mail` does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from nextyes.cli.base import USER_OPTION_HELP, CLIError, resolve_user
from nextyes.cli.inbox import inbox_app

if TYPE_CHECKING:
    from nextyes.accounts.models import User
    from nextyes.inbox.imap import SyncResult
    from nextyes.inbox.models import MailAccount

# --- Messages (inbox sync and accounts)
SYNC_NO_ACCOUNTS = "no mail account yet: add one with `nextyes inbox account add NAME --host …`."
SYNC_NO_SUCH_ACCOUNT = "no mail account called “{name}” (see `nextyes inbox account list`)."
SYNC_LINE = "{name}: {new} new, {kept} kept about your search."
SYNC_NOTHING_NEW = "{name}: no new mail."
SYNC_FOLDER_RESTARTED = "{name}/{folder}: the server renumbered this folder; it was read again (nothing is added twice)."
SYNC_FAILED = "{name}: {error}"
SYNC_SOME_FAILED = "{failed} of {total} accounts had a problem (above)."
ACCOUNT_SAVED = "Saved “{name}” ({username} @ {host}:{port}, {security}); folders: {folders}. `nextyes inbox sync` reads it."
ACCOUNT_INVALID = "the account was not saved: {problems}"
ACCOUNT_PASSWORD_FILE = "cannot read the password file {path}: {reason}"
ACCOUNT_PASSWORD_EMPTY = "the password is empty."
ACCOUNT_NEEDS_PASSWORD = (
    "give the password with --password-file FILE (or run this in a terminal to be asked for it)."
)
ACCOUNT_PROMPT = "IMAP password for {username} (hidden)"
ACCOUNT_NONE = "No mail account yet. Add one: `nextyes inbox account add NAME --host imap.example.org --username you@example.org`."
ACCOUNT_LINE = "{name}: {username} @ {host}:{port} ({security}), folders {folders}; {checked}"
ACCOUNT_CHECKED = "last checked {when}"
ACCOUNT_NEVER = "not checked yet"
ACCOUNT_ERROR = "  problem: {error}"
ACCOUNT_REMOVED = (
    "Removed “{name}”. The mail it brought in is still here (`nextyes inbox purge` forgets it)."
)

# How the form's fields are called on the command line, for its error messages.
_OPTION_NAMES = {
    "name": "NAME:",
    "host": "--host:",
    "port": "--port:",
    "security": "--security:",
    "username": "--username:",
    "password": "password:",
    "folder_names": "--folder:",
    "since": "--since:",
}

account_app = typer.Typer(help="IMAP accounts NextYes reads mail from.", no_args_is_help=True)
inbox_app.add_typer(account_app, name="account")


@inbox_app.command("sync")
def sync(
    account: str | None = typer.Option(None, "--account", help="Only this account (its name)."),
    as_json: bool = typer.Option(False, "--json", help="Print each account's result as JSON."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Read new mail from your IMAP accounts (for cron: quiet, exit 1 on any problem)."""
    person = resolve_user(user)
    from nextyes.cli.inbox_mail import say_abandoned
    from nextyes.inbox.imap import sync_account

    say_abandoned(person)

    accounts = _accounts(person, account)
    results = []
    with _Progress(enabled=sys.stderr.isatty()) as progress:
        for one in accounts:
            progress.account = one.name
            results.append(sync_account(one, progress if progress.bar else None))
    if as_json:
        typer.echo(json.dumps([r.as_dict() for r in results], ensure_ascii=False, indent=2))
    for result in results:
        if not as_json:
            _print_result(result)
        for problem in result.problems:
            print(
                f"nextyes: {SYNC_FAILED.format(name=result.account, error=problem)}",
                file=sys.stderr,
            )
    failed = sum(1 for r in results if not r.ok)
    if failed:
        raise CLIError(SYNC_SOME_FAILED.format(failed=failed, total=len(results)))


class _Progress:
    """A Rich progress bar per folder on stderr, only on a terminal (cron sees nothing)."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None
        self.tasks: dict[str, Any] = {}
        self.account = ""

    def __enter__(self) -> _Progress:
        if not self.enabled:
            return self
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.bar.__enter__()
        return self

    def __call__(self, folder: str, done: int, total: int) -> None:
        where = f"{self.account}/{folder}"
        if where not in self.tasks:
            from nextyes.cli.safe import markup

            # A folder name comes from the mail server: shown as text, never as rich markup.
            self.tasks[where] = self.bar.add_task(f"Reading {markup(where)}", total=total)
        self.bar.update(self.tasks[where], completed=done, total=total)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def _accounts(person: User, name: str | None) -> list[MailAccount]:
    from nextyes.inbox.models import MailAccount
    from nextyes.lib.ownership import owned

    mine = owned(MailAccount, person)
    if name is not None:
        found = mine.filter(name__iexact=name).first()
        if found is None:
            raise CLIError(SYNC_NO_SUCH_ACCOUNT.format(name=name))
        return [found]
    accounts = list(mine)
    if not accounts:
        raise CLIError(SYNC_NO_ACCOUNTS)
    return accounts


def _print_result(result: SyncResult) -> None:
    if result.error:
        return  # said on stderr
    for folder in result.folders:
        if folder.restarted:
            typer.echo(SYNC_FOLDER_RESTARTED.format(name=result.account, folder=folder.folder))
    if result.new:
        typer.echo(
            SYNC_LINE.format(name=result.account, new=f"{result.new:,}", kept=f"{result.kept:,}")
        )
    else:
        typer.echo(SYNC_NOTHING_NEW.format(name=result.account))


@account_app.command("add")
def account_add(
    name: str = typer.Argument(..., help="A name for this mailbox, e.g. Personal."),
    host: str = typer.Option(..., "--host", help="The IMAP server, e.g. imap.gmail.com."),
    username: str = typer.Option(..., "--username", help="Your user name on that server."),
    port: int | None = typer.Option(None, "--port", help="Default: 993 for TLS, else 143."),
    security: str = typer.Option("tls", "--security", help="tls, starttls or none."),
    password_file: Path | None = typer.Option(
        None, "--password-file", help="A file holding the (app) password; '-' reads stdin."
    ),
    folder: list[str] | None = typer.Option(
        None, "--folder", help="A folder to read (repeat for more; default INBOX)."
    ),
    since: str | None = typer.Option(
        None, "--since", help="Skip mail before this day (YYYY-MM-DD)."
    ),
    keep_other: bool = typer.Option(
        False, "--keep-other", help="Also keep mail that is not about your search."
    ),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Add an IMAP account (the password is stored encrypted, never shown again)."""
    person = resolve_user(user)
    from nextyes.inbox.account_forms import AccountForm
    from nextyes.inbox.models import MailAccount

    data = {
        "name": name,
        "host": host,
        "port": port or "",
        "security": security,
        "username": username,
        "password": _password(password_file, username),
        "folder_names": "\n".join(folder or ["INBOX"]),
        "since": since or "",
        "keep_other": keep_other,
    }
    form = AccountForm(data, instance=MailAccount(), owner=person)
    if not form.is_valid():
        problems = "; ".join(
            f"{_OPTION_NAMES.get(field, '')} {' '.join(map(str, errors))}".strip()
            for field, errors in form.errors.items()
        )
        raise CLIError(ACCOUNT_INVALID.format(problems=problems))
    saved = form.save()
    typer.echo(
        ACCOUNT_SAVED.format(
            name=saved.name,
            username=saved.username,
            host=saved.host,
            port=saved.port,
            security=saved.security,
            folders=", ".join(saved.folders),
        )
    )


def _password(path: Path | None, username: str) -> str:
    if path is None:
        if not sys.stdin.isatty():
            raise CLIError(ACCOUNT_NEEDS_PASSWORD)
        password: str = typer.prompt(ACCOUNT_PROMPT.format(username=username), hide_input=True)
    elif str(path) == "-":
        password = sys.stdin.readline()
    else:
        try:
            password = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise CLIError(
                ACCOUNT_PASSWORD_FILE.format(path=path, reason=exc.strerror or exc)
            ) from None
    # The first line only: files usually end with a newline that is not part of it.
    password = password.splitlines()[0] if password.strip() else ""
    if not password:
        raise CLIError(ACCOUNT_PASSWORD_EMPTY)
    return password


@account_app.command("list")
def account_list(
    as_json: bool = typer.Option(False, "--json", help="Print the accounts as JSON."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Your IMAP accounts, when each was last checked and any problem (never the password)."""
    person = resolve_user(user)
    from nextyes.inbox.models import MailAccount
    from nextyes.lib.ownership import owned

    accounts = list(owned(MailAccount, person))
    if as_json:
        typer.echo(json.dumps([_as_dict(a) for a in accounts], ensure_ascii=False, indent=2))
        return
    if not accounts:
        typer.echo(ACCOUNT_NONE)
        return
    for one in accounts:
        checked = (
            ACCOUNT_CHECKED.format(when=one.last_synced_at.strftime("%Y-%m-%d %H:%M UTC"))
            if one.last_synced_at
            else ACCOUNT_NEVER
        )
        typer.echo(
            ACCOUNT_LINE.format(
                name=one.name,
                username=one.username,
                host=one.host,
                port=one.port,
                security=one.security,
                folders=", ".join(one.folders),
                checked=checked,
            )
        )
        if one.last_error:
            typer.echo(ACCOUNT_ERROR.format(error=one.last_error))


def _as_dict(account: MailAccount) -> dict[str, object]:
    return {
        "name": account.name,
        "host": account.host,
        "port": account.port,
        "security": account.security,
        "username": account.username,
        "folders": account.folders,
        "since": account.since.isoformat() if account.since else None,
        "keep_other": account.keep_other,
        "last_synced_at": account.last_synced_at.isoformat() if account.last_synced_at else None,
        "last_error": account.last_error,
    }


@account_app.command("remove")
def account_remove(
    name: str = typer.Argument(..., help="The account's name."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Forget an IMAP account and its saved password (the mail it brought in stays)."""
    person = resolve_user(user)
    (account,) = _accounts(person, name)
    account.delete()
    typer.echo(ACCOUNT_REMOVED.format(name=account.name))
