"""A rejection opens exactly one ritual, however it arrives; history opens none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.cli import main
from nextyes.lib.dates import today_for
from nextyes.pipeline import services, signals
from nextyes.pipeline.models import Application
from nextyes.recovery.models import Ritual, RitualStatus
from tests.pipeline.transfer_helpers import commit

D = dt.timedelta


def _applied(user: User, company: str = "Acme", days_ago: int = 20) -> Application:
    return services.create_application(
        user, company=company, role="Analyst", applied_on=today_for(user) - D(days=days_ago)
    )


def _csv(user: User, rows: list[tuple[str, str, int]]) -> str:
    today = today_for(user)
    lines = ["Company,Role,Status,Date Applied"]
    lines += [f"{c},Analyst,{s},{(today - D(days=d)).isoformat()}" for c, s, d in rows]
    return "\n".join(lines) + "\n"


def test_it_opens_a_ritual_when_the_board_moves_a_card_to_rejected(
    alice: User, alice_client: Client
) -> None:
    app = _applied(alice)
    alice_client.post(reverse("pipeline:move", args=[app.pk]), {"stage": "rejected"})
    ritual = Ritual.objects.get(owner=alice)
    event = app.events.get(stage="rejected")
    assert (ritual.status, ritual.step, ritual.opened_on) == ("open", "feel", today_for(alice))
    assert list(ritual.applications.all()) == [app]
    assert list(ritual.events.all()) == [event]


def test_it_opens_a_ritual_when_the_cli_moves_an_application(
    alice: User, capsys: pytest.CaptureFixture[str]
) -> None:
    app = _applied(alice)
    assert main(["move", str(app.pk), "rejected"]) == 0
    ritual = Ritual.objects.get(owner=alice)
    assert list(ritual.applications.all()) == [app]


def test_it_opens_one_combined_ritual_for_an_import(alice: User) -> None:
    commit(
        alice,
        _csv(
            alice,
            [("Acme", "Rejected", 3), ("Globex", "Rejected", 5), ("Initech", "Applied", 2)],
        ),
    )
    ritual = Ritual.objects.get(owner=alice)
    companies = sorted(a.company.name for a in ritual.applications.all())
    assert companies == ["Acme", "Globex"]
    assert ritual.events.count() == 2


def test_it_opens_one_combined_ritual_for_the_cli_import(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(_csv(alice, [("Acme", "Rejected", 1), ("Globex", "Rejected", 2)]))
    assert main(["import", "csv", str(path), "--user", "alice"]) == 0
    ritual = Ritual.objects.get(owner=alice)
    assert ritual.applications.count() == 2


def test_it_opens_no_ritual_for_history(alice: User, capsys: pytest.CaptureFixture[str]) -> None:
    commit(alice, _csv(alice, [("Acme", "Rejected", 15), ("Globex", "Rejected", 400)]))
    app = _applied(alice, "Initech", days_ago=40)
    services.move_application(app, "rejected", on=today_for(alice) - D(days=15))
    assert not Ritual.objects.filter(owner=alice).exists()
    assert Application.objects.filter(owner=alice, status="rejected").count() == 3


def test_it_still_opens_one_for_a_rejection_two_weeks_old(alice: User) -> None:
    app = _applied(alice)
    services.move_application(app, "rejected", on=today_for(alice) - D(days=14))
    assert Ritual.objects.filter(owner=alice).count() == 1


def test_it_only_mixes_recent_rejections_of_an_import_into_its_ritual(alice: User) -> None:
    commit(alice, _csv(alice, [("Acme", "Rejected", 2), ("Oldco", "Rejected", 90)]))
    ritual = Ritual.objects.get(owner=alice)
    assert [a.company.name for a in ritual.applications.all()] == ["Acme"]


def test_it_never_opens_a_second_ritual_for_the_same_rejection(alice: User) -> None:
    app = _applied(alice)
    rejected = services.move_application(app, "rejected")
    later = services.move_application(app, "interview")  # a mistaken later move…
    services.delete_event(later)  # …undone: the rejection is the status again
    assert app.status == "rejected"
    assert Ritual.objects.filter(owner=alice).count() == 1
    assert list(Ritual.objects.get(owner=alice).events.all()) == [rejected]


def test_it_links_a_new_rejection_to_the_applications_open_ritual(alice: User) -> None:
    app = _applied(alice)
    first = services.move_application(app, "rejected")
    services.move_application(app, "interview")
    second = services.move_application(app, "rejected")
    ritual = Ritual.objects.get(owner=alice)
    assert set(ritual.events.all()) == {first, second}


def test_it_opens_a_new_ritual_when_the_earlier_one_is_finished(alice: User) -> None:
    app = _applied(alice)
    services.move_application(app, "rejected")
    Ritual.objects.filter(owner=alice).update(status=RitualStatus.FINISHED)
    services.move_application(app, "interview")
    services.move_application(app, "rejected")
    assert Ritual.objects.filter(owner=alice).count() == 2


def test_it_opens_separate_rituals_outside_a_batch(alice: User) -> None:
    for name in ("Acme", "Globex"):
        services.move_application(_applied(alice, name), "rejected")
    assert Ritual.objects.filter(owner=alice).count() == 2


def test_it_shares_one_ritual_inside_any_batch(alice: User) -> None:
    with signals.batch():
        for name in ("Acme", "Globex", "Initech"):
            services.move_application(_applied(alice, name), "rejected")
    assert Ritual.objects.get(owner=alice).applications.count() == 3


def test_it_opens_nothing_for_other_outcomes(alice: User) -> None:
    for stage in ("ghosted", "withdrawn", "offer"):
        services.move_application(_applied(alice, stage), stage)
    assert not Ritual.objects.exists()


def test_it_rolls_the_ritual_back_with_the_change_that_caused_it(alice: User) -> None:
    app = _applied(alice)
    with pytest.raises(RuntimeError), transaction.atomic():
        services.move_application(app, "rejected")
        raise RuntimeError("an import failing further down")
    assert not Ritual.objects.exists()
