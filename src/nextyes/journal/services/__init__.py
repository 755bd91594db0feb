"""Wins and the rewards jar. Other apps add wins through `add_win`."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django_stubs_ext import StrOrPromise

from nextyes.accounts.models import User
from nextyes.journal.models import JarNote, Win, WinKind
from nextyes.lib.dates import check_not_future, today_for
from nextyes.lib.ownership import owned
from nextyes.pipeline.models import Application

# Everything needed to put a deleted win back as it was ("Undo").
WinSnapshot = dict[str, Any]


# Said when a win or a jar note is left empty, whichever way it is added or edited.
WIN_TEXT = gettext_lazy("Say in a few words what went well.")
NOTE_TEXT = gettext_lazy("Write a few words for your future self.")


def _clean_text(text: str, message: StrOrPromise) -> str:
    clean = " ".join(text.split())
    if not clean:
        raise ValidationError({"text": message})
    return clean


def add_win(
    user: User,
    text: str,
    kind: str = WinKind.OTHER,
    *,
    on: dt.date | None = None,
    automatic: bool = False,
    source_key: str = "",
    application: Application | None = None,
) -> Win | None:
    """Record a win. With a `source_key` the same source never adds a second win (returns None)."""
    text = _clean_text(text, WIN_TEXT)
    if source_key and owned(Win, user).filter(source_key=source_key).exists():
        return None
    occurred_on = on or today_for(user)
    if not automatic:
        check_not_future(user, occurred_on, field="occurred_on")
    win = Win(
        owner=user,
        text=text,
        kind=kind,
        occurred_on=occurred_on,
        automatic=automatic,
        source_key=source_key,
        application=application,
    )
    win.full_clean(exclude=["owner", "application"])
    try:
        with transaction.atomic():
            win.save()
    except IntegrityError:  # the same source raced in: one win is enough
        return None
    return win


def update_win(win: Win, *, text: str, kind: str, on: dt.date) -> Win:
    """Change a win's words, kind or date (automatic wins too: they are the person's now)."""
    win.text = _clean_text(text, WIN_TEXT)
    win.kind = kind
    check_not_future(win.owner, on, field="occurred_on")
    win.occurred_on = on
    win.full_clean(exclude=["owner", "application"])
    win.save(update_fields=["text", "kind", "occurred_on"])
    return win


def delete_win(win: Win) -> WinSnapshot:
    """Delete a win and return what `restore_win` needs to put it back."""
    snapshot: WinSnapshot = {
        "text": win.text,
        "kind": win.kind,
        "occurred_on": win.occurred_on.isoformat(),
        "automatic": win.automatic,
        "source_key": win.source_key,
        "application_id": win.application_id,
    }
    win.delete()
    return snapshot


def restore_win(user: User, snapshot: WinSnapshot) -> Win | None:
    """Put a deleted win back (Undo). None when its source has earned a win again meanwhile."""
    source_key = str(snapshot.get("source_key") or "")
    if source_key and owned(Win, user).filter(source_key=source_key).exists():
        return None
    application = None
    if snapshot.get("application_id"):
        application = owned(Application, user).filter(pk=snapshot["application_id"]).first()
    # Built directly, not through add_win: the date was checked when the win was first made.
    win = Win(
        owner=user,
        text=_clean_text(str(snapshot["text"]), WIN_TEXT),
        kind=str(snapshot["kind"]),
        occurred_on=dt.date.fromisoformat(str(snapshot["occurred_on"])),
        automatic=bool(snapshot.get("automatic")),
        source_key=source_key,
        application=application,
    )
    win.full_clean(exclude=["owner", "application"])
    try:
        with transaction.atomic():
            win.save()
    except IntegrityError:
        return None
    return win


def add_jar_note(user: User, text: str) -> JarNote:
    text = _clean_text(text, NOTE_TEXT)
    note = JarNote(owner=user, text=text)
    note.full_clean(exclude=["owner"])
    note.save()
    return note


def update_jar_note(note: JarNote, text: str) -> JarNote:
    """Reword a jar note; when it was drawn stays as it was."""
    note.text = _clean_text(text, NOTE_TEXT)
    note.full_clean(exclude=["owner"])
    note.save(update_fields=["text"])
    return note


def delete_jar_note(note: JarNote) -> None:
    note.delete()


@transaction.atomic
def draw_jar_note(
    user: User, rng: random.Random | None = None, *, exclude_id: int | None = None
) -> JarNote | None:
    """A random earlier note, never the one drawn last time, nor `exclude_id` (the note already
    on screen), unless nothing else is left in the jar."""
    notes = list(owned(JarNote, user).only("id", "text", "last_drawn_at", "created_at"))
    if not notes:
        return None
    drawn = [n for n in notes if n.last_drawn_at is not None]
    last = max(drawn, key=lambda n: n.last_drawn_at or timezone.now()).pk if drawn else None
    # Give up the on-screen note first, then the last drawn one: a jar of one still draws.
    excluded: set[int | None]
    for excluded in ({exclude_id, last}, {last}, set()):
        candidates = [n for n in notes if n.pk not in excluded]
        if candidates:
            break
    note = (rng or random).choice(candidates)
    note.last_drawn_at = timezone.now()
    note.save(update_fields=["last_drawn_at"])
    return note
