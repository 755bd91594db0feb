from django.apps import AppConfig


class JournalConfig(AppConfig):
    name = "nextyes.journal"
    label = "journal"

    def ready(self) -> None:
        from nextyes.journal import (
            exports,  # noqa: F401  (adds its sections to the export)
            receivers,  # noqa: F401  (connects the signal receivers)
        )
