from django.apps import AppConfig


class RecoveryConfig(AppConfig):
    name = "nextyes.recovery"
    label = "recovery"

    def ready(self) -> None:
        from nextyes.recovery import (
            exports,  # noqa: F401  (adds its sections to the export)
            receivers,  # noqa: F401  (connects the signal receivers)
        )
