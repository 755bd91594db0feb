import datetime as dt

from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "nextyes.insights"
    label = "insights"

    def ready(self) -> None:
        from nextyes.insights import exports  # noqa: F401  (adds its sections to the export)
        from nextyes.insights.ghosting import propose_daily
        from nextyes.lib import periodic

        # Proposals follow the calendar: once a day is enough, and running again changes nothing.
        periodic.register("insights.ghosting", dt.timedelta(days=1), propose_daily)
