"""The vision, the writes: the north star and the aspirations, in the person's own order. The list
itself is read through journal.selectors.vision.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from nextyes.accounts.models import User
from nextyes.journal.models import Aspiration
from nextyes.journal.selectors.vision import aspirations

# A vision board is short on purpose: a few lines read in a breath on a hard day.
MAX_ASPIRATIONS = 12


def _clean(text: str) -> str:
    return " ".join((text or "").split())


def set_north_star(user: User, text: str) -> None:
    """Change the why shown on Today; blank clears it."""
    user.north_star = (text or "").strip()
    user.save(update_fields=["north_star"])


@transaction.atomic
def add_aspiration(user: User, text: str) -> Aspiration:
    text = _clean(text)
    if not text:
        raise ValidationError({"text": _("Write a few words about what you hope for.")})
    if aspirations(user).count() >= MAX_ASPIRATIONS:
        raise ValidationError(
            {"text": _("Your board is full. Letting one go makes room for a new one.")}
        )
    last = aspirations(user).aggregate(top=Max("position"))["top"]
    entry = Aspiration(owner=user, text=text, position=0 if last is None else last + 1)
    entry.full_clean(exclude=["owner"])
    entry.save()
    return entry


def update_aspiration(entry: Aspiration, text: str) -> Aspiration:
    entry.text = _clean(text)
    if not entry.text:
        raise ValidationError({"text": _("Write a few words, or delete this one instead.")})
    entry.full_clean(exclude=["owner"])
    entry.save(update_fields=["text"])
    return entry


def delete_aspiration(entry: Aspiration) -> None:
    entry.delete()


@transaction.atomic
def move_aspiration(entry: Aspiration, direction: str) -> None:
    """Swap with the neighbour above ("up") or below ("down"); nothing at either end."""
    if direction not in ("up", "down"):
        raise ValidationError(_("Move it up or down."))
    ordered = list(aspirations(entry.owner).select_for_update())
    index = next(i for i, item in enumerate(ordered) if item.pk == entry.pk)
    other = index - 1 if direction == "up" else index + 1
    if not 0 <= other < len(ordered):
        return
    ordered[index], ordered[other] = ordered[other], ordered[index]
    # Renumber all: old rows may share a position, which would make a swap do nothing.
    for position, item in enumerate(ordered):
        if item.position != position:
            item.position = position
            item.save(update_fields=["position"])
