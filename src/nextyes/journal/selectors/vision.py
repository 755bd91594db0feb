"""The vision, the reads: the person's aspirations, in their order."""

from __future__ import annotations

from django.db.models import QuerySet

from nextyes.accounts.models import User
from nextyes.journal.models import Aspiration
from nextyes.lib.ownership import owned


def aspirations(user: User) -> QuerySet[Aspiration]:
    return owned(Aspiration, user).order_by("position", "id")
