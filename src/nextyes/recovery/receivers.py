"""Signal receivers: a rejection, however it arrives (board, CLI, import, mail), opens a ritual.

And the other way: when a rejection leaves the timeline, its unfinished ritual may go with it
(`RitualFollowUps`, registered with pipeline.followups in RecoveryConfig.ready()).
"""

from __future__ import annotations

from django.dispatch import receiver

from nextyes.pipeline import signals
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import Application, StageEvent
from nextyes.recovery import services


@receiver(signals.outcome_reached, dispatch_uid="recovery.open_ritual")
def open_ritual_on_rejection(
    sender: object, application: Application, event: StageEvent, **kwargs: object
) -> None:
    if event is None or event.stage != Stage.REJECTED:
        return
    services.ritual_for_rejection(application, event, signals.current_batch())


class RitualFollowUps:
    """The board's question "does an unfinished ritual hang on this event?", and its removal."""

    def open_for(self, event: StageEvent) -> bool:
        return services.unfinished_ritual_for_event(event) is not None

    def remove(self, event: StageEvent) -> None:
        ritual = services.unfinished_ritual_for_event(event)
        if ritual is not None:
            services.remove_event_from_ritual(ritual, event)


RITUAL_FOLLOW_UPS = RitualFollowUps()
