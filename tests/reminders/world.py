"""A few of alice's records, each due for one kind of reminder in the week of 7 December 2026."""

from __future__ import annotations

import datetime as dt

from nextyes.accounts.models import User
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, Contact, Interview, Touchpoint
from tests.reminders.conftest import paris


def interview(user: User, at: str = "2026-12-08T10:30", company: str = "Acme") -> Interview:
    app = services.create_application(user, company=company, role="Data Analyst")
    return Interview.objects.create(
        owner=user,
        application=app,
        scheduled_at=paris(at),
        kind="video",
        prep_notes="Ask about the on-call rota.\nBring the churn story.",
    )


def follow_up(
    user: User, on: dt.date = dt.date(2026, 12, 7), name: str = "Sam Okafor"
) -> Touchpoint:
    contact = Contact.objects.create(owner=user, name=name)
    return Touchpoint.objects.create(
        owner=user, contact=contact, occurred_on=dt.date(2026, 12, 1), kind="email", follow_up_on=on
    )


def saved_job(user: User, closes_on: dt.date = dt.date(2026, 12, 10)) -> Application:
    app = services.create_application(user, company="Globex", role="Analyst")
    app.closes_on = closes_on
    app.save()
    return app
