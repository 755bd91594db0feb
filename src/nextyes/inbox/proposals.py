"""Proposals: applying, editing, dismissing and undoing what a message suggests (inbox.proposing
makes them).

Nothing in the tracker changes until a proposal is applied — by the person, or by the auto-apply
setting for a confident label on a clear match. Applying goes through pipeline.services like any
other change (source `email`), so a rejection opens the ritual exactly as a rejection logged by
hand does, history rule included. Each apply is one transaction and writes down what it made
(`applied_records`), so undo removes exactly that and nothing the person did since.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from nextyes.accounts.models import User
from nextyes.inbox import learning
from nextyes.inbox.matching import learnable_domain
from nextyes.inbox.models import (
    MailMessage,
    MailStatus,
    Proposal,
    ProposalKind,
    ProposalStatus,
)
from nextyes.inbox.when import interview_kind
from nextyes.lib.dates import today_for
from nextyes.lib.ownership import check_same_owner, owned
from nextyes.pipeline import services as pipeline
from nextyes.pipeline import signals
from nextyes.pipeline.choices import Channel, EventSource, Stage
from nextyes.pipeline.models import Application, Company, Interview, StageEvent

# What each label proposes; `other` proposes nothing.
LABEL_STAGES = {
    "rejection": Stage.REJECTED,
    "offer": Stage.OFFER,
    "received": Stage.ACKNOWLEDGED,
    "interview": Stage.INTERVIEW,
}
# In a proposal's reason: the stage was logged by hand already (such a proposal is never
# auto-applied, and dismissing it teaches nothing).
ALREADY = "already marked"


class ProposalError(Exception):
    """A proposal that cannot be applied or undone as asked; the message says why."""


@dataclass
class Edits:
    """What the person changed before applying. None leaves a value as proposed."""

    application: Application | None = None
    create: bool = False  # make a new application instead of the matched one
    stage: str | None = None
    on: dt.date | None = None
    interview_at: dt.datetime | None = None
    company_name: str | None = None
    role: str | None = None


# --- Applying --------------------------------------------------------------------------------


def _fresh(proposal: Proposal) -> Proposal:
    return Proposal.objects.select_for_update().select_related("message").get(pk=proposal.pk)


@transaction.atomic
def apply(proposal: Proposal, *, edits: Edits | None = None, automatic: bool = False) -> Proposal:
    """Make the change the proposal describes (after `edits`); one transaction."""
    proposal = _fresh(proposal)
    if proposal.status != ProposalStatus.OPEN:
        raise ProposalError(_("This proposal was already decided."))
    if edits is not None:
        _edit(proposal, edits)
        _learn_label(proposal)
    records: dict[str, Any] = {}
    application = proposal.application
    if proposal.kind == ProposalKind.CREATE:
        application = _create_application(proposal, records)
    assert application is not None
    on = proposal.on or today_for(proposal.owner)
    note = _("From your mail: %(subject)s") % {"subject": proposal.message.subject}
    stage = proposal.stage or LABEL_STAGES.get(proposal.message.label, Stage.ACKNOWLEDGED)
    event = pipeline.move_application(
        application, stage, on=on, source=EventSource.EMAIL, note=note[:500]
    )
    records["event"] = event.pk
    if stage == Stage.INTERVIEW and proposal.interview_at is not None:
        interview = pipeline.add_interview(
            application,
            proposal.interview_at,
            kind=interview_kind(proposal.message.text),
            location=proposal.message.invite_location,
        )
        records["interview"] = interview.pk
    domain = learnable_domain(proposal.message.sender_address)
    if domain and domain not in application.company.domains:
        company = application.company
        company.mail_domains = ", ".join([*company.domains, domain])[:500]
        company.save(update_fields=["mail_domains"])
        records["domain"] = domain
        records["domain_company"] = company.pk
    ritual = event.rituals.first() if stage == Stage.REJECTED else None
    if ritual is not None:
        records["ritual"] = ritual.pk
    proposal.application = application
    proposal.applied_records = records
    proposal.status = ProposalStatus.APPLIED
    proposal.automatic = automatic
    proposal.decided_at = timezone.now()
    proposal.save()
    MailMessage.objects.filter(pk=proposal.message_id).update(
        status=MailStatus.APPLIED, application=application
    )
    return proposal


def _edit(proposal: Proposal, edits: Edits) -> None:
    if edits.application is not None:
        check_same_owner(proposal, edits.application, field="application")
        proposal.application = edits.application
        proposal.company_name = edits.application.company.name
        proposal.role = edits.application.role
    if edits.create:
        proposal.application = None
    if edits.stage is not None:
        if edits.stage not in Stage.values:
            raise ProposalError(_("“%(stage)s” is not a stage.") % {"stage": edits.stage})
        proposal.stage = edits.stage
    if edits.on is not None:
        proposal.on = edits.on
    if edits.interview_at is not None:
        proposal.interview_at = edits.interview_at
    if edits.company_name is not None and proposal.application is None:
        proposal.company_name = " ".join(edits.company_name.split())
    if edits.role is not None and proposal.application is None:
        proposal.role = " ".join(edits.role.split())
    if proposal.application is None:
        proposal.kind = ProposalKind.CREATE
    elif proposal.stage == Stage.INTERVIEW:
        proposal.kind = ProposalKind.INTERVIEW
    else:
        proposal.kind = ProposalKind.STAGE


def _learn_label(proposal: Proposal) -> None:
    """A stage that means another label is a correction: keep it, and the message says so now."""
    message = proposal.message
    label = learning.label_of_stage(proposal.stage)
    if label is None or label == message.label:
        return
    learning.remember(message, label)
    # The person said so: that is as sure as a label gets.
    message.label, message.confidence = label, 1.0
    MailMessage.objects.filter(pk=message.pk).update(label=label, confidence=1.0)


def _create_application(proposal: Proposal, records: dict[str, int | str]) -> Application:
    user = proposal.owner
    name = " ".join(proposal.company_name.split())
    if not name:
        raise ProposalError(_("Which company is it? Add its name, then apply."))
    company = owned(Company, user).filter(name__iexact=name).first()
    if company is None:
        company = pipeline.company_named(user, name)
        records["company"] = company.pk
    role = proposal.role or _("Role not named in the mail")
    application = pipeline.create_application(
        user,
        company=company,
        role=role,
        source=EventSource.EMAIL,
        channel=Channel.OTHER,
        applied_on=proposal.on,
    )
    records["application"] = application.pk
    return application


# --- Many at once, dismissing, undoing -------------------------------------------------------


@dataclass
class Outcome:
    proposal: Proposal
    applied: bool
    problem: str = ""


def apply_all(
    user: User, *, ids: Iterable[int] | None = None, min_confidence: float | None = None
) -> list[Outcome]:
    """Apply the chosen open proposals (by id, or all at or above a confidence), each on its own.

    By confidence, proposals that would create an application without a company name are left
    for the person.
    """
    chosen = owned(Proposal, user).filter(status=ProposalStatus.OPEN).select_related("message")
    if ids is not None:
        chosen = chosen.filter(pk__in=list(ids))
    if min_confidence is not None:
        chosen = chosen.filter(confidence__gte=min_confidence)
        chosen = chosen.exclude(kind=ProposalKind.CREATE, company_name="")
    outcomes = []
    with signals.batch():
        for proposal in chosen.order_by("on", "id"):
            try:
                outcomes.append(Outcome(apply(proposal), True))
            except (ProposalError, ValidationError) as problem:
                outcomes.append(Outcome(proposal, False, problem_text(problem)))
    return outcomes


def problem_text(problem: Exception) -> str:
    """A refusal's message, readable on a page or a terminal."""
    messages = getattr(problem, "messages", None)
    return " ".join(str(m) for m in messages) if messages else str(problem)


@transaction.atomic
def dismiss(proposal: Proposal) -> Proposal:
    proposal = _fresh(proposal)
    if proposal.status != ProposalStatus.OPEN:
        raise ProposalError(_("This proposal was already decided."))
    proposal.status = ProposalStatus.DISMISSED
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["status", "decided_at"])
    if ALREADY not in proposal.match_reason:
        # "Not what you said": kept as an example. A proposal for a stage already logged by hand
        # was right, only not needed, so it teaches nothing.
        learning.remember(proposal.message, "other", dismissed=True)
    MailMessage.objects.filter(pk=proposal.message_id).update(status=MailStatus.DISMISSED)
    return proposal


@transaction.atomic
def undo(proposal: Proposal) -> list[str]:
    """Remove what applying made; returns notes on what was kept because it changed since."""
    proposal = _fresh(proposal)
    if proposal.status != ProposalStatus.APPLIED:
        raise ProposalError(_("Only an applied proposal can be undone."))
    user, records, kept = proposal.owner, proposal.applied_records, []
    owned(Interview, user).filter(pk=records.get("interview")).delete()
    event = owned(StageEvent, user).filter(pk=records.get("event")).first()
    if event is not None:
        _remove_event(event)
    created = owned(Application, user).filter(pk=records.get("application")).first()
    # Null the link first: deleting the application would otherwise delete this proposal too.
    proposal.application = None if created is not None else proposal.application
    proposal.save(update_fields=["application"])
    if created is not None:
        if _untouched(created):
            created.delete()
        else:
            kept.append(_("The application stays: you added to it since."))
    company = owned(Company, user).filter(pk=records.get("company")).first()
    if company is not None and not company.applications.exists() and not company.contacts.exists():
        company.delete()
    _forget_domain(user, records)
    proposal.status = ProposalStatus.UNDONE
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["status", "decided_at"])
    MailMessage.objects.filter(pk=proposal.message_id).update(
        status=MailStatus.NEW, application=None
    )
    return kept


def _remove_event(event: StageEvent) -> None:
    if event.stage == Stage.REJECTED:
        from nextyes.recovery.services import delete_rejection_event

        delete_rejection_event(event, remove_ritual=True)
    else:
        pipeline.delete_event(event)


def _untouched(application: Application) -> bool:
    """Only the events applying made are left: no later event, interview, contact or note."""
    events = set(application.events.exclude(source=EventSource.EMAIL).values_list("id", flat=True))
    return (
        not events
        and not application.interviews.exists()
        and not application.contacts.exists()
        and not application.touchpoints.exists()
        and not application.notes
    )


def _forget_domain(user: User, records: dict[str, int | str]) -> None:
    """Unlearn the domain applying taught, unless the company is gone (undo removed it)."""
    domain = records.get("domain", "")
    company = owned(Company, user).filter(pk=records.get("domain_company") or 0).first()
    if domain and company is not None and domain in company.domains:
        company.mail_domains = ", ".join(d for d in company.domains if d != domain)
        company.save(update_fields=["mail_domains"])


def ritual_id(proposal: Proposal) -> int | None:
    """The ritual applying this rejection opened (or joined), when it is still there."""
    from nextyes.recovery.models import Ritual

    ritual_pk = proposal.applied_records.get("ritual")
    return (
        ritual_pk
        if ritual_pk and owned(Ritual, proposal.owner).filter(pk=ritual_pk).exists()
        else None
    )
