from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.insights import ghosting
from nextyes.insights.models import InsightSettings
from nextyes.pipeline import services
from nextyes.pipeline.models import Application
from tests.momentum.momentum_support import at, freeze

TODAY = dt.date(2026, 5, 20)


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    freeze(monkeypatch, at(TODAY))
    return TODAY


def applied(user: User, days_ago: int, company: str = "Acme") -> Application:
    return services.create_application(
        user, company=company, role="Engineer", applied_on=TODAY - dt.timedelta(days=days_ago)
    )


def test_it_splits_silence_into_no_reply_yet_and_proposed_ghosted(
    alice: User, now: dt.date
) -> None:
    young = applied(alice, 10, "Young")
    applied(alice, 30, "Waiting")
    old = applied(alice, 60, "Old")
    answered = applied(alice, 60, "Answered")
    services.move_application(answered, "acknowledged", on=TODAY - dt.timedelta(days=50))

    found = ghosting.silence(alice)

    assert [s.company for s in found.waiting] == ["Waiting"]
    assert [s.company for s in found.proposed] == ["Old"]
    assert found.proposed[0].days == 60
    assert young.pk not in {s.id for s in found.waiting + found.proposed}
    assert InsightSettings.objects.get(owner=alice).no_reply_days == 21
    assert old.pk == found.proposed[0].id


def test_it_follows_the_persons_own_thresholds(alice: User, now: dt.date) -> None:
    applied(alice, 12, "Twelve")
    InsightSettings.objects.create(owner=alice, no_reply_days=7, ghost_days=10)

    found = ghosting.silence(alice)

    assert [s.company for s in found.proposed] == ["Twelve"]


def test_it_suggests_a_follow_up_where_a_contact_is_linked(alice: User, now: dt.date) -> None:
    app = applied(alice, 50)
    contact = services.create_contact(alice, name="Sam Rivers")
    services.link_applications(contact, [app])

    found = ghosting.silence(alice)

    assert found.proposed[0].contacts == [(contact.pk, "Sam Rivers")]


def test_it_marks_every_proposed_application_ghosted(alice: User, now: dt.date) -> None:
    old = applied(alice, 60, "Old")
    older = applied(alice, 90, "Older")
    waiting = applied(alice, 30, "Waiting")

    assert ghosting.mark_ghosted(alice) == 2

    statuses = dict(Application.objects.values_list("company__name", "status"))
    assert statuses == {"Old": "ghosted", "Older": "ghosted", "Waiting": "applied"}
    assert old.events.last().source == "manual"  # type: ignore[union-attr]
    assert older.events.filter(stage="ghosted", occurred_on=TODAY).exists()
    assert not waiting.events.filter(stage="ghosted").exists()


def test_it_marks_only_the_one_asked_for(alice: User, now: dt.date) -> None:
    first = applied(alice, 60, "First")
    applied(alice, 60, "Second")
    too_young = applied(alice, 30, "Young")

    assert ghosting.mark_ghosted(alice, first.pk) == 1
    assert ghosting.mark_ghosted(alice, too_young.pk) == 0

    statuses = dict(Application.objects.values_list("company__name", "status"))
    assert statuses == {"First": "ghosted", "Second": "applied", "Young": "applied"}


def test_it_marks_ghosted_from_the_page_for_alice_only(
    alice: User, bob: User, alice_client: Client, now: dt.date
) -> None:
    applied(alice, 60, "Alice Co")
    bobs = applied(bob, 60, "Bob Co")

    response = alice_client.post(reverse("insights:mark_ghosted"), follow=True)

    assert "Marked 1 application as ghosted" in response.content.decode()
    statuses = dict(Application.objects.values_list("company__name", "status"))
    assert statuses == {"Alice Co": "ghosted", "Bob Co": "applied"}
    assert bobs.events.count() == 1


def test_it_answers_404_when_bob_marks_alices_application(
    alice: User, bob_client: Client, now: dt.date
) -> None:
    app = applied(alice, 60)

    response = bob_client.post(reverse("insights:mark_ghosted"), {"application": app.pk})

    assert response.status_code == 404
    app.refresh_from_db()
    assert app.status == "applied"


def test_it_saves_thresholds_and_refuses_a_ghost_day_before_no_reply(alice_client: Client) -> None:
    url = reverse("insights:settings")

    bad = alice_client.post(url, {"no_reply_days": 30, "ghost_days": 20})
    assert "more than 30 days" in bad.content.decode()

    alice_client.post(url, {"no_reply_days": 14, "ghost_days": 30})
    saved = InsightSettings.objects.get()
    assert (saved.no_reply_days, saved.ghost_days) == (14, 30)
    assert 'value="14"' in alice_client.get(url).content.decode()


def test_the_daily_job_proposes_ghosting_once_and_forgets_what_moved(
    alice: User, bob: User, alice_client: Client
) -> None:
    from nextyes.insights.models import GhostingProposal
    from tests.worker.helpers import run_worker

    old = applied(alice, 60, "Old")
    applied(alice, 10, "Young")
    applied(bob, 60, "Bobs")

    # Noon on TODAY, on each person's own clock.
    ran = run_worker(dt.datetime.combine(TODAY, dt.time(12)))

    assert "insights.ghosting" in ran.jobs
    mine = GhostingProposal.objects.get(owner=alice)
    assert (mine.application_id, mine.proposed_on) == (old.pk, TODAY)
    assert GhostingProposal.objects.filter(owner=bob).count() == 1
    # The next day's run adds nothing twice; an answer takes the proposal away.
    run_worker(dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(12)))
    assert GhostingProposal.objects.get(owner=alice).proposed_on == TODAY
    services.move_application(old, "acknowledged", on=TODAY)
    run_worker(dt.datetime.combine(TODAY + dt.timedelta(days=2), dt.time(12)))
    assert not GhostingProposal.objects.filter(owner=alice).exists()


def test_the_insights_page_says_when_the_job_proposed_it(
    alice: User, alice_client: Client, now: dt.date
) -> None:
    applied(alice, 60, "Old")
    ghosting.propose(alice, TODAY - dt.timedelta(days=2))

    body = alice_client.get(reverse("insights:index")).content.decode()

    assert "60 days quiet · proposed on 18 May 2026" in body
