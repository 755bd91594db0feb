from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from nextyes.accounts.models import User
from nextyes.pipeline import services
from nextyes.recovery.models import Ritual, RitualStatus
from nextyes.recovery.selectors import open_rituals, set_aside_rituals


def _ritual(user: User, company: str, status: str = RitualStatus.OPEN) -> Ritual:
    app = services.create_application(user, company=company, role="Analyst")
    ritual = Ritual.objects.create(owner=user, opened_on=dt.date(2026, 3, 10), status=status)
    ritual.applications.add(app)
    return ritual


@pytest.mark.django_db
def test_it_lists_open_rituals_with_their_companies_in_two_queries(alice: User, bob: User) -> None:
    for name in ("Acme", "Globex", "Initech"):
        _ritual(alice, name)
    _ritual(alice, "Aside Ltd", RitualStatus.SET_ASIDE)
    _ritual(bob, "Bob Corp")
    with CaptureQueriesContext(connection) as queries:
        companies = [[a.company.name for a in r.applications.all()] for r in open_rituals(alice)]
    assert sorted(c[0] for c in companies) == ["Acme", "Globex", "Initech"]
    assert len(queries) == 2


@pytest.mark.django_db
def test_it_lists_put_aside_rituals_apart(alice: User) -> None:
    _ritual(alice, "Acme")
    aside = _ritual(alice, "Aside Ltd", RitualStatus.SET_ASIDE)
    assert list(set_aside_rituals(alice)) == [aside]
