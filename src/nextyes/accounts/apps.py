from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "nextyes.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from nextyes.accounts import (
            checks,  # noqa: F401  (registers the system checks)
            exports,  # noqa: F401  (adds the buddy shares to the export)
        )
        from nextyes.lib import private_checks  # noqa: F401  (private data files)
