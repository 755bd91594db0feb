"""Signal receivers: a rejection, however it arrives (board, CLI, import, mail), opens a ritual."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from nextyes.pipeline import signals
from nextyes.pipeline.choices import Stage


@receiver(signals.outcome_reached, dispatch_uid="recovery.open_ritual")
def open_ritual_on_rejection(sender: Any, application: Any, event: Any, **kwargs: Any) -> None:
    if event is None or event.stage != Stage.REJECTED:
        return
    from nextyes.recovery import services  # the app registry is ready by the time signals fire

    services.ritual_for_rejection(application, event, signals.current_batch())
