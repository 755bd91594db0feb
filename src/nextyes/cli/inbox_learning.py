"""`nextyes inbox corrections|addresses`: what the person taught the classifier, and their own mail.

The wording lives at the top of this module, as in the other inbox command modules; Django
loads only inside the commands.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import typer

from nextyes.cli.base import USER_OPTION_HELP, CLIError, resolve_user
from nextyes.cli.inbox import inbox_app

if TYPE_CHECKING:
    from nextyes.inbox.models import Correction

# --- Messages (inbox corrections, addresses)
CORRECTIONS_NONE = (
    "Nothing taught yet. When you edit what a proposal says, or dismiss one, NextYes remembers it "
    "for mail from the same sender that reads the same way."
)
CORRECTION_LINE = "{day}  {subject}  ({sender}): read as {was}, {said}"
CORRECTION_SAID = "you said {now}"
CORRECTION_DISMISSED = "you dismissed it"
CORRECTIONS_COUNT = "{count} correction(s). `nextyes inbox corrections --reset` forgets them all."
CORRECTIONS_FORGOTTEN = "Forgot {count} correction(s): new mail is read as it was at first."
ADDRESSES_NONE = (
    "No addresses yet. Add yours with `nextyes inbox addresses --add you@example.org`; each mail "
    "account you add teaches its own."
)
ADDRESSES_SAVED = "Saved. Mail from these is yours: kept with your search, never a proposal."
ADDRESSES_WITHDRAWN = "{count} waiting proposal(s) were mail you sent: they are gone from the list."


def _line(correction: Correction) -> str:
    message = correction.message
    said = (
        CORRECTION_DISMISSED
        if correction.dismissed
        else CORRECTION_SAID.format(now=correction.corrected_name.lower())
    )
    return CORRECTION_LINE.format(
        day=f"{correction.created_at:%Y-%m-%d}",
        subject=message.subject or "(no subject)",
        sender=message.sender_address or message.sender_name or "?",
        was=correction.original_name.lower(),
        said=said,
    )


def as_json(correction: Correction) -> dict[str, object]:
    message = correction.message
    return {
        "id": correction.pk,
        "message": {
            "id": message.pk,
            "subject": message.subject,
            "from": message.sender_address,
            "date": message.sent_at.isoformat() if message.sent_at else None,
        },
        "original_label": correction.original_label,
        "corrected_label": correction.corrected_label,
        "dismissed": correction.dismissed,
        "created_at": correction.created_at.isoformat(),
    }


@inbox_app.command("corrections")
def corrections_command(
    reset: bool = typer.Option(
        False, "--reset", help="Forget every correction: the shipped model decides alone again."
    ),
    json_out: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """What you taught NextYes: each proposal you edited to another label, or dismissed."""
    person = resolve_user(user)
    from nextyes.inbox import learning

    if reset:
        count = learning.forget(person)
        if json_out:
            typer.echo(json.dumps({"forgotten": count}))
        else:
            typer.echo(CORRECTIONS_FORGOTTEN.format(count=count))
        return
    rows = list(learning.corrections(person))
    if json_out:
        typer.echo(json.dumps([as_json(c) for c in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        typer.echo(CORRECTIONS_NONE)
        return
    for correction in rows:
        typer.echo(_line(correction))
    typer.echo(CORRECTIONS_COUNT.format(count=len(rows)))


@inbox_app.command("addresses")
def addresses_command(
    add: list[str] = typer.Option([], "--add", help="An address of yours (repeat for more)."),
    remove: list[str] = typer.Option([], "--remove", help="An address to forget (repeatable)."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Your own addresses: mail from them is kept with your search but never proposed."""
    person = resolve_user(user)
    from django.core.exceptions import ValidationError

    from nextyes.inbox import own_mail

    current = own_mail.my_addresses(person)
    if add or remove:
        try:
            added = own_mail.parse_addresses(" ".join(add))
        except ValidationError as problem:
            raise CLIError(" ".join(problem.messages)) from None
        gone = {a.strip().lower() for a in remove}
        current = [a for a in [*current, *added] if a not in gone]
        withdrawn = own_mail.set_my_addresses(person, current)
        current = own_mail.my_addresses(person)
        if not json_out:
            typer.echo(ADDRESSES_SAVED)
            if withdrawn:
                typer.echo(ADDRESSES_WITHDRAWN.format(count=withdrawn))
    if json_out:
        typer.echo(json.dumps(current))
    elif not current:
        typer.echo(ADDRESSES_NONE)
    else:
        for address in current:
            typer.echo(address)
