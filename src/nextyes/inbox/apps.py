from django.apps import AppConfig


class InboxConfig(AppConfig):
    name = "nextyes.inbox"
    label = "inbox"

    def ready(self) -> None:
        from nextyes.inbox import (
            checks,  # noqa: F401  (registers the mail key check)
            exports,  # noqa: F401  (adds its sections to the export)
        )
