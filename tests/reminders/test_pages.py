"""The reminders page, dismissing, the settings, the profile's address, and other people's rows."""

from __future__ import annotations

import datetime as dt

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.momentum.models import Break
from nextyes.reminders import services
from nextyes.reminders.models import Reminder, ReminderSettings
from tests.conftest import page
from tests.reminders.world import follow_up, interview


def test_the_page_lists_what_is_due_and_what_is_coming(alice: User, alice_client: Client) -> None:
    today = timezone.localdate(timezone=timezone.get_current_timezone())
    follow_up(alice, on=today - dt.timedelta(days=1), name="Sam Okafor")
    soon = timezone.now() + dt.timedelta(days=4)
    interview(alice, at=soon.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="minutes"))
    body = page(alice_client.get(reverse("reminders:list")))
    assert "Get back in touch with Sam Okafor" in body
    assert "Tomorrow: your interview with Acme" in body  # coming this week
    assert "Add an email address on your profile" in body or "sends no email" in body
    [row] = Reminder.objects.filter(owner=alice, kind="follow-up")  # stored, to be dismissed
    assert row.kind == "follow-up"


def test_a_dismissed_reminder_leaves_the_list(alice: User, alice_client: Client) -> None:
    follow_up(alice, on=timezone.localdate() - dt.timedelta(days=1), name="Sam Okafor")
    alice_client.get(reverse("reminders:list"))
    row = Reminder.objects.get(owner=alice, kind="follow-up")
    response = alice_client.post(reverse("reminders:dismiss", args=[row.pk]))
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.dismissed_at is not None
    assert "Sam Okafor" not in page(alice_client.get(reverse("reminders:list")))


def test_nobody_else_can_dismiss_them(alice: User, bob_client: Client) -> None:
    moment = timezone.now()
    row = Reminder.objects.create(
        owner=alice,
        kind="follow-up",
        subject="touchpoint:7",
        due_at=moment,
        relevant_until=moment + dt.timedelta(days=1),
        title="Get back in touch with Sam",
    )
    assert bob_client.post(reverse("reminders:dismiss", args=[row.pk])).status_code == 404
    row.refresh_from_db()
    assert row.dismissed_at is None
    assert "Get back in touch with Sam" not in page(bob_client.get(reverse("reminders:list")))


def test_the_settings_switch_kinds_and_set_quiet_hours(alice: User, alice_client: Client) -> None:
    url = reverse("reminders:settings")
    body = page(alice_client.get(url))
    assert "a daily check-in, in the evening" in body.lower()
    data = {
        "interview": "on",
        "thank_you": "on",
        "check_in": "on",
        "quiet_from": "22:30",
        "quiet_until": "07:15",
    }
    assert alice_client.post(url, data).status_code == 302
    prefs = ReminderSettings.objects.get(owner=alice)
    assert (prefs.interview, prefs.check_in, prefs.follow_up, prefs.digest) == (
        True,
        True,
        False,
        False,
    )
    assert (prefs.quiet_from, prefs.quiet_until) == (dt.time(22, 30), dt.time(7, 15))
    assert alice_client.post(url, {"quiet_from": "late"}).status_code == 400


def test_each_persons_settings_are_their_own(alice: User, bob: User, bob_client: Client) -> None:
    ReminderSettings.objects.create(owner=alice, follow_up=False)
    bob_client.post(
        reverse("reminders:settings"),
        {"quiet_from": "21:00", "quiet_until": "08:00", "digest": "on"},
    )
    assert ReminderSettings.objects.get(owner=alice).digest is False
    assert ReminderSettings.objects.get(owner=bob).digest is True


def test_the_profile_sets_the_email_address(alice: User, alice_client: Client) -> None:
    url = reverse("accounts:profile")
    assert "Where your reminders go" in page(alice_client.get(url))
    data = {
        "display_name": "Alice",
        "email": "alice@example.com",
        "timezone": "Europe/Paris",
        "week_start": "0",
        "theme": "system",
        "north_star": "",
    }
    assert alice_client.post(url, data).status_code == 302
    alice.refresh_from_db()
    assert alice.email == "alice@example.com"
    data["email"] = "not an address"
    assert "Enter a valid email address" in page(alice_client.post(url, data))


def test_the_navigation_leads_to_reminders(alice_client: Client) -> None:
    body = page(alice_client.get(reverse("accounts:profile")))
    assert reverse("reminders:list") in body


def test_a_forged_unsubscribe_link_answers_404(alice: User, client: Client) -> None:
    from nextyes.reminders.mail import unsubscribe_token

    token = unsubscribe_token(alice, "interview")
    assert client.get(reverse("reminders:unsubscribe", args=[token])).status_code == 200
    assert client.get(reverse("reminders:unsubscribe", args=[token + "x"])).status_code == 404
    assert client.post(reverse("reminders:unsubscribe", args=["nothing"])).status_code == 404
    assert not ReminderSettings.objects.filter(owner=alice).exists()


def test_today_shows_how_many_are_waiting(alice: User, alice_client: Client) -> None:
    follow_up(alice, on=timezone.localdate() - dt.timedelta(days=1), name="Sam Okafor")
    services.save_settings(alice, {"weekly_goals": False, "weekly_review": False})
    alice_client.get(reverse("reminders:list"))  # stores the due one, as the worker would
    assert "1 reminder for today" in page(alice_client.get(reverse("momentum:today")))
    Break.objects.create(
        owner=alice,
        starts_on=timezone.localdate(),
        ends_on=timezone.localdate() + dt.timedelta(days=2),
    )
    assert "reminder for today" not in page(alice_client.get(reverse("momentum:today")))
