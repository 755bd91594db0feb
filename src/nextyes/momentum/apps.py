from django.apps import AppConfig


class MomentumConfig(AppConfig):
    name = "nextyes.momentum"
    label = "momentum"

    def ready(self) -> None:
        from nextyes.accounts import profile_sections
        from nextyes.momentum import (
            exports,  # noqa: F401  (adds its sections to the export)
            receivers,  # noqa: F401  (connects the signal receivers)
        )
        from nextyes.momentum.views.calendar import profile_section

        profile_sections.register(profile_section)
