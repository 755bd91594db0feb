"""Helpers shared by the momentum tests: a frozen clock and quick records."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, Contact, Touchpoint

D = dt.date


def freeze(monkeypatch: pytest.MonkeyPatch, when: dt.datetime) -> None:
    """Make `timezone.now()` (and so everyone's "today") return `when` (an aware datetime)."""
    monkeypatch.setattr(timezone, "now", lambda: when)


def at(day: dt.date, hour: int = 12, minute: int = 0, tz: str = "UTC") -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zoneinfo.ZoneInfo(tz))


def applied(user: User, on: dt.date, company: str = "Acme", role: str = "Engineer") -> Application:
    return services.create_application(user, company=company, role=role, applied_on=on)


def reached_out(user: User, on: dt.date, name: str = "Sam Rivers") -> Touchpoint:
    contact = Contact.objects.filter(owner=user, name=name).first()
    if contact is None:
        contact = services.create_contact(user, name=name)
    return services.add_touchpoint(contact, kind="email", occurred_on=on)
