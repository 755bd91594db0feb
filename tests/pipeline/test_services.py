from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from nextyes.accounts.models import User
from nextyes.pipeline import services, signals
from nextyes.pipeline.models import Application, Company, StageEvent

D = dt.date


def test_it_creates_an_application_with_an_applied_event(alice: User) -> None:
    app = services.create_application(
        alice, company="Acme", role="Engineer", applied_on=D(2026, 3, 2), channel="referral"
    )
    assert app.status == "applied"
    assert app.status_on == D(2026, 3, 2)
    assert list(app.events.values_list("stage", "occurred_on")) == [("applied", D(2026, 3, 2))]


def test_it_reuses_companies_case_insensitively(alice: User) -> None:
    a = services.create_application(alice, company="Acme", role="One")
    b = services.create_application(alice, company="  acme ", role="Two")
    assert a.company_id == b.company_id
    assert Company.objects.filter(owner=alice).count() == 1
    assert a.status == "saved"


def test_it_keeps_companies_per_person(alice: User, bob: User) -> None:
    a = services.create_application(alice, company="Acme", role="One")
    b = services.create_application(bob, company="Acme", role="One")
    assert a.company_id != b.company_id


def test_it_derives_status_from_the_latest_event(alice: User) -> None:
    app = services.create_application(alice, company="Acme", role="Dev", applied_on=D(2026, 1, 5))
    services.move_application(app, "screen", on=D(2026, 1, 12))
    interview = services.move_application(app, "interview", on=D(2026, 1, 20))
    assert interview.round == 1
    second = services.move_application(app, "interview", on=D(2026, 1, 27))
    assert second.round == 2
    # A back-dated event does not become the status.
    services.move_application(app, "acknowledged", on=D(2026, 1, 6))
    app.refresh_from_db()
    assert (app.status, app.status_on) == ("interview", D(2026, 1, 27))


def test_it_falls_back_when_an_event_is_deleted_or_corrected(alice: User) -> None:
    app = services.create_application(alice, company="Acme", role="Dev", applied_on=D(2026, 1, 5))
    rejected = services.move_application(app, "rejected", on=D(2026, 2, 1))
    app.refresh_from_db()
    assert app.status == "rejected"
    services.update_event(rejected, stage="screen")
    app.refresh_from_db()
    assert app.status == "screen"
    services.delete_event(StageEvent.objects.get(pk=rejected.pk))
    app.refresh_from_db()
    assert app.status == "applied"


def test_it_fires_the_outcome_hook_for_rejections(alice: User) -> None:
    seen: list[tuple[str, str]] = []

    def receiver(
        sender: object, application: Application, event: StageEvent, source: str, **kw: object
    ) -> None:
        seen.append((event.stage, source))

    signals.outcome_reached.connect(receiver)
    try:
        app = services.create_application(alice, company="Acme", role="Dev")
        services.move_application(app, "screen")
        services.move_application(app, "rejected", source="email")
    finally:
        signals.outcome_reached.disconnect(receiver)
    assert seen == [("rejected", "email")]


def test_it_refuses_unknown_stages_and_writes_nothing(alice: User) -> None:
    app = services.create_application(alice, company="Acme", role="Dev")
    with pytest.raises(ValidationError):
        services.move_application(app, "hired")
    assert app.events.count() == 1


def test_it_refuses_a_fit_out_of_range(alice: User) -> None:
    with pytest.raises(ValidationError) as info:
        services.create_application(alice, company="Acme", role="Dev", fit=7)
    assert "fit" in info.value.message_dict
    assert not Company.objects.filter(owner=alice).exists()
