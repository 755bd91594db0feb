from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "nextyes.insights"
    label = "insights"

    def ready(self) -> None:
        from nextyes.insights import exports  # noqa: F401  (adds its sections to the export)
