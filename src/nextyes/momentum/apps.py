from django.apps import AppConfig


class MomentumConfig(AppConfig):
    name = "nextyes.momentum"
    label = "momentum"

    def ready(self) -> None:
        from nextyes.momentum import receivers  # noqa: F401  (connects the signal receivers)
