"""Shared set-up for the recovery tests: an application rejected today, with its ritual."""

from __future__ import annotations

import datetime as dt

from nextyes.accounts.models import User
from nextyes.lib.dates import today_for
from nextyes.pipeline import services
from nextyes.pipeline.models import Application
from nextyes.recovery.models import Ritual


def rejected(
    user: User,
    company: str = "Acme",
    role: str = "Data Analyst",
    stages: tuple[str, ...] = ("screen",),
) -> tuple[Application, Ritual]:
    """An application that went through `stages` and was just turned down: its ritual is open."""
    today = today_for(user)
    app = services.create_application(
        user, company=company, role=role, applied_on=today - dt.timedelta(days=30)
    )
    for offset, stage in enumerate(stages):
        services.move_application(app, stage, on=today - dt.timedelta(days=20 - offset))
    services.move_application(app, "rejected", on=today)
    return app, Ritual.objects.get(owner=user, applications=app)
