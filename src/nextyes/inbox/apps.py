import datetime as dt

from django.apps import AppConfig


class InboxConfig(AppConfig):
    name = "nextyes.inbox"
    label = "inbox"

    def ready(self) -> None:
        from nextyes.inbox import (
            checks,  # noqa: F401  (registers the mail key check)
            exports,  # noqa: F401  (adds its sections to the export)
        )
        from nextyes.inbox.tasks import sync_due
        from nextyes.lib import periodic

        # Each account says how often it is checked; this looks every minute for those due.
        periodic.register("inbox.sync", dt.timedelta(minutes=1), sync_due)
