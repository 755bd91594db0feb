import datetime as dt

from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "nextyes.reminders"
    label = "reminders"

    def ready(self) -> None:
        from nextyes.lib import periodic
        from nextyes.reminders import exports  # noqa: F401  (adds its sections to the export)
        from nextyes.reminders.delivery import deliver_due

        periodic.register("reminders.deliver", dt.timedelta(minutes=1), deliver_due)
