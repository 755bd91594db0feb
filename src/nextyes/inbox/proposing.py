"""Making proposals: what each understood message suggests, and applying the confident ones at
once when the person asked for that (the auto-apply threshold).

A proposal changes nothing by itself; inbox.proposals applies, edits, dismisses and undoes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from nextyes.accounts.models import User
from nextyes.inbox.matching import Matcher, guess_company, guess_role
from nextyes.inbox.models import (
    InboxSettings,
    MailMessage,
    MailStatus,
    Proposal,
    ProposalKind,
)
from nextyes.inbox.proposals import ALREADY, LABEL_STAGES, ProposalError, apply
from nextyes.inbox.when import find_when
from nextyes.lib.dates import today_for, zone_for
from nextyes.lib.ownership import owned
from nextyes.pipeline import signals

# Below this a match is not trusted: the proposal offers to create an application instead.
MATCH_MIN = 0.5
# Auto-apply also needs a clear match (a domain or the name in the sender or subject), and never
# creates applications by itself: a guessed company name deserves a look.
AUTO_MATCH_MIN = 0.75
SUGGESTED_THRESHOLD = 0.95


def propose(user: User, messages: Iterable[MailMessage]) -> list[Proposal]:
    """One proposal per kept job-search message that has none yet; auto-applies confident ones.

    Mail the person sent is never proposed: their "thank you for the interview" is no invitation.
    """
    wanted = [
        m for m in messages if m.owner_id == user.pk and m.label in LABEL_STAGES and not m.from_me
    ]
    if not wanted:
        return []
    done = set(
        owned(Proposal, user).filter(message__in=wanted).values_list("message_id", flat=True)
    )
    wanted = [m for m in wanted if m.pk not in done]
    matcher, tz, today = Matcher(user), zone_for(user), today_for(user)
    made: list[Proposal] = []
    for message in wanted:
        found = matcher.match(
            sender_name=message.sender_name,
            sender_address=message.sender_address,
            subject=message.subject,
            text=message.text,
        )
        sent = message.sent_at.astimezone(tz) if message.sent_at else None
        proposal = Proposal(
            owner=user,
            message=message,
            stage=LABEL_STAGES[message.label],
            on=sent.date() if sent else today,
            confidence=message.confidence,
            match_score=found.score,
            match_reason=found.reason[:200],
        )
        if message.label == "interview":
            # An attached invitation says exactly when; the words are a guess.
            proposal.interview_at = message.invite_at or find_when(
                f"{message.subject}\n{message.text}", sent or today, tz
            )
        if found.application is not None and found.score >= MATCH_MIN:
            proposal.application = found.application
            is_interview = message.label == "interview"
            proposal.kind = ProposalKind.INTERVIEW if is_interview else ProposalKind.STAGE
            proposal.company_name = found.application.company.name
            proposal.role = found.application.role
            if not is_interview and found.application.events.filter(stage=proposal.stage).exists():
                # Logged by hand already: say so, and leave it to the person (no auto-apply).
                proposal.match_reason = f"{found.reason}; {ALREADY} {proposal.stage}"[:200]
        else:
            proposal.kind = ProposalKind.CREATE
            proposal.company_name = guess_company(
                message.sender_name, message.sender_address, message.subject
            )
            proposal.role = guess_role(message.subject, message.text)
        made.append(proposal)
    # The message keeps its status (`new`) until the proposal is decided: the proposal itself
    # says it is waiting.
    Proposal.objects.bulk_create(made)
    _auto_apply(user, made)
    return made


def propose_keys(user: User, keys: Sequence[str]) -> list[Proposal]:
    """Propose for the messages an import batch just saved (by their dedupe keys)."""
    if not keys:
        return []
    fresh = owned(MailMessage, user).filter(
        message_id__in=keys, status=MailStatus.NEW, label__in=list(LABEL_STAGES), from_me=False
    )
    return propose(user, fresh)


def auto_threshold(user: User) -> float | None:
    settings = owned(InboxSettings, user).first()
    return settings.auto_apply_threshold if settings else None


def set_auto_threshold(user: User, threshold: float | None) -> InboxSettings:
    if threshold is not None and not 0 < threshold <= 1:
        raise ValidationError(_("The threshold is a share between 0 and 1, like 0.95."))
    settings, _created = InboxSettings.objects.update_or_create(
        owner=user, defaults={"auto_apply_threshold": threshold}
    )
    return settings


def _auto_apply(user: User, made: list[Proposal]) -> None:
    threshold = auto_threshold(user)
    if threshold is None:
        return
    sure = [
        p
        for p in made
        if p.kind != ProposalKind.CREATE
        and p.confidence >= threshold
        and p.match_score >= AUTO_MATCH_MIN
        and ALREADY not in p.match_reason
    ]
    with signals.batch():  # several rejections at once share one ritual
        for proposal in sure:
            try:
                apply(proposal, automatic=True)
            except (ProposalError, ValidationError):
                continue  # it stays in the list for the person
