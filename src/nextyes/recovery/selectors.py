"""Read-only queries other pages use (the Today page shows open rituals through these, and the
journal's evidence step counts feedback and lessons through `LEARNING`)."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, QuerySet

from nextyes.journal.learning import Quote
from nextyes.lib.ownership import owned
from nextyes.pipeline.models import Application
from nextyes.recovery.models import Feedback, Lesson, Ritual, RitualStatus


def _with_applications(rituals: QuerySet[Ritual]) -> QuerySet[Ritual]:
    # One extra query for every ritual's applications and their companies, however many rituals.
    return rituals.prefetch_related(
        Prefetch(
            "applications",
            queryset=Application.objects.select_related("company").order_by("company__name", "id"),
        )
    )


def open_rituals(user: Any) -> QuerySet[Ritual]:
    """The person's rituals still under way, newest first, applications prefetched."""
    return _with_applications(owned(Ritual, user).filter(status=RitualStatus.OPEN))


def set_aside_rituals(user: Any) -> QuerySet[Ritual]:
    """Rituals put aside for now: not pushed anywhere, but still reachable."""
    return _with_applications(owned(Ritual, user).filter(status=RitualStatus.SET_ASIDE))


def finished_rituals(user: Any) -> QuerySet[Ritual]:
    return _with_applications(owned(Ritual, user).filter(status=RitualStatus.FINISHED))


class Learning:
    """journal.learning.LearningRecords: registered in RecoveryConfig.ready()."""

    def encouraging_feedback(self, user: Any) -> int:
        return owned(Feedback, user).filter(positive=True).count()

    def latest_encouraging(self, user: Any) -> Quote | None:
        latest = owned(Feedback, user).filter(positive=True).order_by("-received_on").first()
        return Quote(latest.text, latest.received_on) if latest is not None else None

    def lessons_kept(self, user: Any) -> int:
        return owned(Lesson, user).count()


LEARNING = Learning()
