"""Saving one batch of an import: the kept messages, the ids of the rest (services.py's part)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nextyes.accounts.models import User
from nextyes.inbox.models import MailImport, MailMessage, SeenMessage
from nextyes.inbox.parsing import ParsedMail
from nextyes.lib.ownership import owned

if TYPE_CHECKING:
    from nextyes.inbox.classifier import Verdict

    Kept = tuple[ParsedMail, Verdict]


def save_messages(
    user: User,
    run: MailImport,
    keep: list[Kept],
    remember: list[ParsedMail],
    *,
    upgraded: list[str],
    own: set[str],
) -> None:
    # ignore_conflicts: a second import running at the same time may have saved one already.
    MailMessage.objects.bulk_create(
        [
            MailMessage(
                owner=user,
                message_id=mail.key,
                content_hash=mail.content_hash,
                sender_name=mail.sender_name,
                sender_address=mail.sender_address,
                subject=mail.subject,
                sent_at=mail.sent_at,
                text=mail.text,
                label=verdict.label,
                confidence=round(float(verdict.confidence), 4),
                kept=verdict.label == "other",
                from_me=mail.key in own,
                mail_import=run,
                invite_at=mail.invite.starts_at if mail.invite else None,
                invite_location=mail.invite.location if mail.invite else "",
            )
            for mail, verdict in keep
        ],
        ignore_conflicts=True,
    )
    SeenMessage.objects.bulk_create(
        [SeenMessage(owner=user, message_id=mail.key) for mail in remember], ignore_conflicts=True
    )
    if upgraded:  # `other` mail seen before, now kept on request: one record of it is enough
        owned(SeenMessage, user).filter(message_id__in=upgraded).delete()
