"""Care: noticing words that may mean someone is in danger, and offering real help gently.

Other apps call `flag_if_needed` right after saving a free-text entry (check-in note, thought
record, ritual note). The entry is always saved as written; a flag only decides whether a calm
panel with helplines shows on Today and on the page the entry was saved from. NextYes never
diagnoses: the screening is deliberately generous (it favours recall), and "I'm fine, thanks"
answers one flag only, so a later entry with the same kind of words is offered help again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.db import models
from django.db.models import Value
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.journal.models import Aspiration, SupportFlag, SupportKind
from nextyes.lib import screening
from nextyes.lib.ownership import owned

log = logging.getLogger(__name__)


def needs_support(text: str) -> bool:
    """Whether an entry has words that may be about self-harm or not wanting to live."""
    return screening.needs_support(text or "")


def flag_if_needed(
    user: User, text: str, *, source: str, source_id: int | None = None
) -> SupportFlag | None:
    """Open a risk flag when `text` calls for it; None when it does not.

    Saving the same entry again while its flag is still open does not stack a second flag.
    """
    if not needs_support(text):
        return None
    still_open = open_flags(user).filter(kind=SupportKind.RISK, source=source, source_id=source_id)
    existing = still_open.first()
    if existing is not None:
        return existing
    # Never log the text itself: it is private. The id is enough to follow a bug.
    log.info("support flag opened for user %s (%s)", getattr(user, "pk", None), source)
    return SupportFlag.objects.create(
        owner=user, kind=SupportKind.RISK, source=source[:20], source_id=source_id
    )


def open_flags(user: User) -> models.QuerySet[SupportFlag]:
    """Flags nobody has answered yet, newest first."""
    return owned(SupportFlag, user).filter(answered_at__isnull=True)


def open_risk_flag(user: User) -> SupportFlag | None:
    """The newest unanswered risk flag, which the support panel answers."""
    return open_flags(user).filter(kind=SupportKind.RISK).first()


def answer(flag: SupportFlag) -> SupportFlag:
    """ "I'm fine, thanks": closes this one flag; later entries are screened as before."""
    if flag.answered_at is None:
        flag.answered_at = timezone.now()
        flag.save(update_fields=["answered_at"])
    return flag


@dataclass(frozen=True)
class Line:
    """One aspiration's words, as the panels show them."""

    pk: int
    text: str


@dataclass(frozen=True)
class CareState:
    """What the support panel and the vision board need, read together in one query."""

    flag_id: int | None
    aspirations: list[Line]


def care_state(user: User) -> CareState:
    """The newest open risk flag and the vision board in one round trip (Today shows both)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return CareState(None, [])
    board = owned(Aspiration, user).values_list(
        "pk", "text", "position", Value("a", output_field=models.CharField())
    )
    flags = (
        open_flags(user)
        .filter(kind=SupportKind.RISK)
        .values_list(
            "pk",
            Value("", output_field=models.CharField()),
            Value(0, output_field=models.IntegerField()),
            Value("f", output_field=models.CharField()),
        )
    )
    rows = list(board.order_by().union(flags.order_by(), all=True))
    flag_ids = [pk for pk, _text, _position, what in rows if what == "f"]
    lines = sorted((position, pk, text) for pk, text, position, what in rows if what == "a")
    return CareState(
        max(flag_ids) if flag_ids else None,  # ids grow with time: the newest flag
        [Line(pk, text) for _position, pk, text in lines],
    )
