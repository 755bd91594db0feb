from django.apps import AppConfig


class RecoveryConfig(AppConfig):
    name = "nextyes.recovery"
    label = "recovery"

    def ready(self) -> None:
        from nextyes.recovery import receivers  # noqa: F401  (connects the signal receivers)
