"""Breaks and next steps from the web pages."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.momentum.models import Break, NextAction
from nextyes.pipeline import services as pipeline
from tests.conftest import page
from tests.momentum.momentum_support import D, at, freeze

TODAY = D(2026, 3, 12)


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze(monkeypatch, at(TODAY, tz="Europe/Paris"))


def test_it_lists_breaks_with_the_current_one_highlighted(
    alice: User, alice_client: Client, now: None
) -> None:
    Break.objects.create(owner=alice, starts_on=D(2026, 2, 1), ends_on=D(2026, 2, 3), reason="Flu")
    Break.objects.create(
        owner=alice, starts_on=D(2026, 3, 11), ends_on=D(2026, 3, 14), reason="After the final"
    )
    body = page(alice_client.get(reverse("momentum:break_list")))
    assert "You are taking a break, and plan to pick things up again on 14 Mar 2026." in body
    assert body.count('class="card break active"') == 1
    assert "After the final" in body and "Flu" in body


def test_it_plans_a_break(alice: User, alice_client: Client, now: None) -> None:
    form = page(alice_client.get(reverse("momentum:break_new")))
    assert 'value="2026-03-12"' in form
    response = alice_client.post(
        reverse("momentum:break_new"),
        {"starts_on": "2026-03-12", "ends_on": "2026-03-14", "reason": "Weekend off"},
        follow=True,
    )
    assert "Rest well" in page(response)
    pause = Break.objects.get(owner=alice)
    assert (pause.starts_on, pause.ends_on, pause.reason) == (TODAY, D(2026, 3, 14), "Weekend off")


def test_it_asks_for_a_resume_day_after_the_start(alice: User, alice_client: Client) -> None:
    response = alice_client.post(
        reverse("momentum:break_new"), {"starts_on": "2026-03-12", "ends_on": "2026-03-12"}
    )
    assert "Pick a day after the break begins." in page(response)
    assert not Break.objects.exists()


def test_it_ends_a_break_today(alice: User, alice_client: Client, now: None) -> None:
    pause = Break.objects.create(owner=alice, starts_on=D(2026, 3, 10), ends_on=D(2026, 3, 20))
    response = alice_client.post(reverse("momentum:break_end", args=[pause.pk]), follow=True)
    assert "Welcome back" in page(response)
    pause.refresh_from_db()
    assert pause.ends_on == TODAY
    assert "You are taking a break" not in page(response)


def test_it_removes_a_break(alice: User, alice_client: Client) -> None:
    pause = Break.objects.create(owner=alice, starts_on=D(2026, 3, 10), ends_on=D(2026, 3, 20))
    assert "Remove this break?" in page(
        alice_client.get(reverse("momentum:break_delete", args=[pause.pk]))
    )
    alice_client.post(reverse("momentum:break_delete", args=[pause.pk]))
    assert not Break.objects.exists()


def test_it_offers_only_saved_leads_and_own_contacts(
    alice: User, bob: User, alice_client: Client
) -> None:
    pipeline.create_application(alice, company="Lead Co", role="Dev")
    pipeline.create_application(alice, company="Sent Co", role="Dev", applied_on=D(2026, 3, 1))
    pipeline.create_contact(alice, name="Sam Rivers")
    pipeline.create_contact(bob, name="Bobs Friend")
    body = page(alice_client.get(reverse("momentum:action_new")))
    assert "Dev — Lead Co" in body
    assert "Sent Co" not in body
    assert "Sam Rivers" in body and "Bobs Friend" not in body


def test_it_saves_a_step_for_a_saved_lead(alice: User, alice_client: Client) -> None:
    lead = pipeline.create_application(alice, company="Lead Co", role="Dev")
    form = page(alice_client.get(reverse("momentum:action_new") + f"?application={lead.pk}"))
    assert f'<option value="{lead.pk}" selected>' in form
    response = alice_client.post(
        reverse("momentum:action_new"),
        {"text": "Send the application", "due_on": "2026-03-13", "application": lead.pk},
    )
    assert response["Location"] == reverse("momentum:today")
    action = NextAction.objects.get(owner=alice)
    assert (action.kind, action.application, action.due_on) == ("apply", lead, D(2026, 3, 13))


def test_it_saves_a_small_step_and_returns_where_it_came_from(
    alice: User, alice_client: Client
) -> None:
    response = alice_client.post(
        reverse("momentum:action_new"),
        {"text": "Tidy my CV", "next": reverse("momentum:goal_list")},
    )
    assert response["Location"] == reverse("momentum:goal_list")
    assert NextAction.objects.get(owner=alice).kind == "custom"
    offsite = alice_client.post(
        reverse("momentum:action_new"), {"text": "Another", "next": "https://evil.example/"}
    )
    assert offsite["Location"] == reverse("momentum:today")


def test_it_refuses_someone_elses_lead(alice: User, bob_client: Client) -> None:
    theirs = pipeline.create_application(alice, company="Lead Co", role="Dev")
    response = bob_client.post(
        reverse("momentum:action_new"), {"text": "Apply", "application": theirs.pk}
    )
    assert "Select a valid choice." in page(response)
    assert (
        bob_client.get(reverse("momentum:action_new") + f"?application={theirs.pk}").status_code
        == 404
    )
    assert not NextAction.objects.exists()


def test_it_marks_a_step_done_and_removes_one(alice: User, alice_client: Client, now: None) -> None:
    done = NextAction.objects.create(owner=alice, kind="custom", text="Call Sam")
    gone = NextAction.objects.create(owner=alice, kind="custom", text="Old idea")
    response = alice_client.post(reverse("momentum:action_done", args=[done.pk]), follow=True)
    assert "Done: Call Sam." in page(response)
    done.refresh_from_db()
    assert done.done_on == TODAY
    assert "Remove this step?" in page(
        alice_client.get(reverse("momentum:action_delete", args=[gone.pk]))
    )
    alice_client.post(reverse("momentum:action_delete", args=[gone.pk]))
    assert list(NextAction.objects.values_list("text", flat=True)) == ["Call Sam"]
