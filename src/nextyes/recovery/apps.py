from django.apps import AppConfig


class RecoveryConfig(AppConfig):
    name = "nextyes.recovery"
    label = "recovery"

    def ready(self) -> None:
        # imported here: models must be loaded before these modules (Django's rule for ready())
        from nextyes.journal import learning
        from nextyes.pipeline import followups
        from nextyes.recovery import (
            exports,  # noqa: F401  (adds its sections to the export)
            receivers,  # (connects the signal receivers)
            selectors,
        )

        # Lower apps ask through these registries; they cannot import recovery.
        followups.register(receivers.RITUAL_FOLLOW_UPS)
        learning.register(selectors.LEARNING)
