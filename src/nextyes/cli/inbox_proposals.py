"""`nextyes inbox proposals|apply|undo|dismiss`: review what the mail suggests, from a terminal.

The wording lives at the top of this module (the inbox commands keep theirs together, as
cli/inbox_mail.py does); Django loads only inside the commands.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import typer

from nextyes.cli.base import USER_OPTION_HELP, CLIError, resolve_user
from nextyes.cli.inbox import inbox_app

if TYPE_CHECKING:
    import datetime as dt

    from django.db.models import QuerySet

    from nextyes.accounts.models import User
    from nextyes.inbox.models import Proposal

# --- Messages (inbox proposals)
PROPOSALS_NONE = (
    "Nothing waiting. Import mail (`nextyes inbox import PATH`) and what it suggests shows up here."
)
PROPOSAL_LINE = "#{id}  {what}: {label} ({percent}%) → {action}{status}"
PROPOSAL_FROM = "      from {sender}: {subject}{why}"
PROPOSAL_MARK = "mark {stage} on {on}"
PROPOSAL_INTERVIEW = "add interview {when}"
PROPOSAL_INTERVIEW_NO_TIME = "add an interview (no time found in the mail)"
PROPOSAL_CREATE = "create an application?"
PROPOSAL_CREATE_THEN = "create an application? (then mark it {stage})"
PROPOSAL_UNKNOWN = "Unknown company ({address})"
PROPOSALS_HINT = "Apply one with `nextyes inbox apply ID`, or all the sure ones with `nextyes inbox apply --all-above 0.95`."
APPLIED = "Applied #{id}: {what}, {done}."
APPLIED_RITUAL = "A ritual opened for this no, whenever you are ready: `nextyes ritual list`, or /rituals/{ritual}/ in NextYes."
APPLY_NOT_DONE = "Not applied #{id}: {problem}"
APPLY_NOTHING = "No open proposal at {threshold:.0%} or more."
APPLY_NEEDS_WHAT = "say which: `nextyes inbox apply ID` or `nextyes inbox apply --all-above 0.95`."
APPLY_BAD_THRESHOLD = "--all-above is a share between 0 and 1, like 0.95."
NO_SUCH_PROPOSAL = "no proposal #{id} (see `nextyes inbox proposals`)."
UNDONE = "Undone #{id}: it is as it was before."
DISMISSED = "Dismissed #{id}: nothing was changed."


def _what(proposal: Proposal) -> str:
    if proposal.application is not None:
        return f"{proposal.application.company.name} — {proposal.application.role}"
    if proposal.company_name:
        return proposal.company_name + (f" — {proposal.role}" if proposal.role else "")
    return PROPOSAL_UNKNOWN.format(address=proposal.message.sender_address or "no address")


def _stage(stage: str) -> str:
    from nextyes.pipeline.choices import Stage

    return str(Stage(stage).label).lower() if stage in Stage.values else stage


def _day(on: dt.date | None) -> str:
    return f"{on.day} {on:%b}" if on else "?"


def _action(proposal: Proposal) -> str:
    from nextyes.lib.dates import zone_for

    if proposal.kind == "create":
        if proposal.stage and proposal.stage != "acknowledged":
            return PROPOSAL_CREATE_THEN.format(stage=_stage(proposal.stage))
        return PROPOSAL_CREATE
    if proposal.kind == "interview":
        if proposal.interview_at is None:
            return PROPOSAL_INTERVIEW_NO_TIME
        when = proposal.interview_at.astimezone(zone_for(proposal.owner))
        return PROPOSAL_INTERVIEW.format(when=f"{when:%a} {when.day} {when:%b %H:%M}")
    return PROPOSAL_MARK.format(stage=_stage(proposal.stage), on=_day(proposal.on))


def _label(proposal: Proposal) -> str:
    return (
        "interview invitation"
        if proposal.message.label == "interview"
        else (proposal.message.label_name.lower())
    )


def as_json(proposal: Proposal) -> dict[str, object]:
    from nextyes.lib.dates import zone_for

    app = proposal.application
    message = proposal.message
    sender = message.sender_name
    if message.sender_address:
        sender = f"{sender} <{message.sender_address}>" if sender else message.sender_address
    return {
        "id": proposal.pk,
        "kind": proposal.kind,
        "label": message.label,
        "confidence": proposal.confidence,
        "application": (
            {"id": app.pk, "company": app.company.name, "role": app.role} if app else None
        ),
        "stage": proposal.stage,
        "on": proposal.on.isoformat() if proposal.on else None,
        # In the person's timezone, as they would say it.
        "interview_at": (
            proposal.interview_at.astimezone(zone_for(proposal.owner)).isoformat()
            if proposal.interview_at
            else None
        ),
        "company_name": proposal.company_name,
        "role": proposal.role,
        "match": {"score": proposal.match_score, "reason": proposal.match_reason},
        "message": {
            "subject": message.subject,
            "from": sender,
            "date": message.sent_at.isoformat() if message.sent_at else None,
        },
        "status": proposal.status,
        "automatic": proposal.automatic,
    }


def _queryset(person: User) -> QuerySet[Proposal]:
    from nextyes.inbox.models import Proposal
    from nextyes.lib.ownership import owned

    return owned(Proposal, person).select_related("message", "application__company", "owner")


def _lines(proposal: Proposal) -> list[str]:
    status = "" if proposal.status == "open" else f"  [{proposal.get_status_display().lower()}]"
    why = f"  (matched by {proposal.match_reason})" if proposal.match_reason else ""
    return [
        PROPOSAL_LINE.format(
            id=proposal.pk,
            what=_what(proposal),
            label=_label(proposal),
            percent=round(proposal.confidence * 100),
            action=_action(proposal),
            status=status,
        ),
        PROPOSAL_FROM.format(
            sender=proposal.message.sender_name or proposal.message.sender_address or "?",
            subject=proposal.message.subject or "(no subject)",
            why=why,
        ),
    ]


@inbox_app.command("proposals")
def proposals_command(
    json_out: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    everything: bool = typer.Option(
        False, "--all", help="Also list the ones already applied, dismissed or undone."
    ),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """List what your mail suggests: one proposal per understood message, most certain first."""
    person = resolve_user(user)
    chosen = _queryset(person)
    if not everything:
        chosen = chosen.filter(status="open")
    rows = list(chosen.order_by("-confidence", "on", "id"))
    if json_out:
        typer.echo(json.dumps([as_json(p) for p in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        typer.echo(PROPOSALS_NONE)
        return
    for proposal in rows:
        typer.echo("\n".join(_lines(proposal)))
    if any(p.status == "open" for p in rows):
        typer.echo(PROPOSALS_HINT)


def _one(person: User, number: int) -> Proposal:
    found = _queryset(person).filter(pk=number).first()
    if found is None:
        raise CLIError(NO_SUCH_PROPOSAL.format(id=number))
    return found


def _report_applied(proposal: Proposal) -> None:
    from nextyes.inbox.proposals import ritual_id

    proposal = _queryset(proposal.owner).get(pk=proposal.pk)
    typer.echo(APPLIED.format(id=proposal.pk, what=_what(proposal), done=_done(proposal)))
    ritual = ritual_id(proposal)
    if ritual is not None:
        typer.echo(APPLIED_RITUAL.format(ritual=ritual))


def _done(proposal: Proposal) -> str:
    records = proposal.applied_records
    parts = []
    if records.get("application"):
        parts.append("a new application")
    parts.append(f"marked {_stage(proposal.stage)} on {_day(proposal.on)}")
    if records.get("interview"):
        parts.append(_action(proposal).replace("add ", "", 1) + " added")
    return ", ".join(parts)


@inbox_app.command("apply")
def apply_command(
    number: int | None = typer.Argument(None, metavar="ID", help="The proposal's number."),
    all_above: float | None = typer.Option(
        None, "--all-above", help="Apply every open proposal at least this sure (e.g. 0.95)."
    ),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Apply a proposal (or all at or above a confidence) and say what was done."""
    if (number is None) == (all_above is None):
        raise CLIError(APPLY_NEEDS_WHAT)
    if all_above is not None and not 0 < all_above <= 1:
        raise CLIError(APPLY_BAD_THRESHOLD)
    person = resolve_user(user)
    from django.core.exceptions import ValidationError

    from nextyes.inbox import proposals

    if number is not None:
        proposal = _one(person, number)
        try:
            proposals.apply(proposal)
        except (proposals.ProposalError, ValidationError) as problem:
            raise CLIError(
                APPLY_NOT_DONE.format(id=number, problem=proposals.problem_text(problem))
            ) from None
        _report_applied(proposal)
        return
    assert all_above is not None
    outcomes = proposals.apply_all(person, min_confidence=all_above)
    if not outcomes:
        typer.echo(APPLY_NOTHING.format(threshold=all_above))
    for outcome in outcomes:
        if outcome.applied:
            _report_applied(outcome.proposal)
        else:
            typer.echo(APPLY_NOT_DONE.format(id=outcome.proposal.pk, problem=outcome.problem))


@inbox_app.command("undo")
def undo_command(
    number: int = typer.Argument(..., metavar="ID", help="The applied proposal's number."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Undo an applied proposal: what it made is removed, the application is as it was."""
    person = resolve_user(user)
    from nextyes.inbox import proposals

    try:
        kept = proposals.undo(_one(person, number))
    except proposals.ProposalError as problem:
        raise CLIError(str(problem)) from None
    typer.echo(" ".join([UNDONE.format(id=number), *kept]))


@inbox_app.command("dismiss")
def dismiss_command(
    number: int = typer.Argument(..., metavar="ID", help="The proposal's number."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Dismiss a proposal: nothing changes, and it leaves the list."""
    person = resolve_user(user)
    from nextyes.inbox import proposals

    try:
        proposals.dismiss(_one(person, number))
    except proposals.ProposalError as problem:
        raise CLIError(str(problem)) from None
    typer.echo(DISMISSED.format(id=number))
