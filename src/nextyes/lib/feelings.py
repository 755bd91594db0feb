"""The feelings a person can tick: in the ritual after a "no", a check-in and a thought record.

Shared vocabulary, so it lives below every app. Slugs are stored (Ritual.emotions,
CheckIn.emotions, ThoughtRecord.emotions), so they never change once released.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise as Text

EMOTIONS: tuple[tuple[str, Text], ...] = (
    ("disappointed", _("Disappointed")),
    ("frustrated", _("Frustrated")),
    ("sad", _("Sad")),
    ("angry", _("Angry")),
    ("anxious", _("Anxious")),
    ("numb", _("Numb")),
    ("embarrassed", _("Embarrassed")),
    ("tired", _("Tired")),
    ("confused", _("Confused")),
    ("relieved", _("Relieved")),
    ("calm", _("Calm")),
    ("hopeful", _("Hopeful")),
)
EMOTION_LABELS = dict(EMOTIONS)
