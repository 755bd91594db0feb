"""Reminders by email, through a real SMTP server on this machine (aiosmtpd): once each, never in
quiet hours or during a break, never to someone without an address, and never after unsubscribing."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client
from pytest_django import Settings

from nextyes.accounts.models import User
from nextyes.momentum.models import Break
from nextyes.reminders import services
from nextyes.reminders.delivery import deliver_due
from nextyes.reminders.models import Reminder, ReminderSettings, ReminderState
from nextyes.reminders.services import SettingsInput
from tests.reminders.conftest import Mailbox, html_of, paris, text_of
from tests.reminders.world import interview


@pytest.fixture
def alice_mail(alice: User) -> User:
    alice.email = "alice@example.com"
    alice.save()
    return alice


def test_a_reminder_email_reaches_the_smtp_server(smtp: Mailbox, alice_mail: User) -> None:
    talk = interview(alice_mail)
    done = deliver_due(dt.datetime(2026, 12, 7, 12, 0))  # naive: noon where each person lives
    assert done.sent >= 1
    [message] = [m for m in smtp.messages if "interview" in str(m["Subject"])]
    assert message["Subject"] == "Tomorrow: your interview with Acme"
    assert message["To"] == "alice@example.com"
    assert smtp.recipients[smtp.messages.index(message)] == ["alice@example.com"]
    text = text_of(message)
    assert text.startswith("Hello Alice,")
    assert "Your video interview for Data Analyst at Acme is on 8 Dec 2026 at 10:30." in text
    assert "Ask about the on-call rota." in text
    assert f"https://nextyes.example/visualise/?interview={talk.pk}" in text
    assert f"https://nextyes.example/applications/{talk.application_id}/" in text
    assert "https://nextyes.example/reminders/stop/" in text
    assert "Bring the churn story." in html_of(message)
    assert (
        str(message["List-Unsubscribe"])
        .strip()
        .startswith("<https://nextyes.example/reminders/stop/")
    )
    row = Reminder.objects.get(owner=alice_mail, kind="interview")
    assert row.state == ReminderState.SENT and row.sent_at is not None


def test_computing_twice_stores_one_row_and_sends_one_email(
    smtp: Mailbox, alice_mail: User
) -> None:
    interview(alice_mail)
    deliver_due(dt.datetime(2026, 12, 7, 12, 0))
    deliver_due(dt.datetime(2026, 12, 7, 12, 1))
    deliver_due(paris("2026-12-08T09:00"))
    assert Reminder.objects.filter(owner=alice_mail, kind="interview").count() == 1
    subjects = [str(m["Subject"]) for m in smtp.messages]
    assert subjects.count("Tomorrow: your interview with Acme") == 1


def test_a_moment_ahead_sends_what_is_due_by_then_and_still_relevant(
    smtp: Mailbox, alice_mail: User
) -> None:
    interview(alice_mail, at="2026-12-08T10:30")
    interview(alice_mail, at="2026-12-01T10:30", company="Initech")  # long past
    deliver_due(paris("2026-12-08T09:00"))
    subjects = [str(m["Subject"]) for m in smtp.messages]
    assert "Tomorrow: your interview with Acme" in subjects
    assert not [s for s in subjects if "Initech" in s]


def test_quiet_hours_hold_the_email_until_they_end(smtp: Mailbox, alice_mail: User) -> None:
    interview(alice_mail)
    services.save_settings(alice_mail, {"quiet_from": dt.time(18, 0), "quiet_until": dt.time(8, 0)})
    deliver_due(paris("2026-12-08T19:30"))  # the thank-you is due, but it is quiet time
    thanks = Reminder.objects.get(owner=alice_mail, kind="thank-you")
    assert thanks.state == ReminderState.PENDING
    assert not [m for m in smtp.messages if "thank-you" in str(m["Subject"])]
    deliver_due(paris("2026-12-09T08:05"))
    assert [str(m["Subject"]) for m in smtp.messages].count("A thank-you note to Acme?") == 1


def test_a_break_sends_nothing(smtp: Mailbox, alice_mail: User) -> None:
    interview(alice_mail)
    Break.objects.create(
        owner=alice_mail, starts_on=dt.date(2026, 12, 6), ends_on=dt.date(2026, 12, 9)
    )
    deliver_due(paris("2026-12-07T12:00"))
    assert smtp.messages == [] and not Reminder.objects.filter(owner=alice_mail).exists()


def test_no_address_or_no_email_url_keeps_them_in_the_app(
    alice: User, settings: Settings, smtp: Mailbox
) -> None:
    interview(alice)
    deliver_due(paris("2026-12-07T12:00"))  # alice gave no address
    assert smtp.messages == []
    alice.email = "alice@example.com"
    alice.save()
    settings.EMAIL_ENABLED = False  # as with no NEXTYES_EMAIL_URL
    deliver_due(paris("2026-12-07T12:05"))
    assert smtp.messages == []
    row = Reminder.objects.get(owner=alice, kind="interview")
    assert row.state == ReminderState.PENDING


def test_a_kind_switched_off_is_not_emailed(smtp: Mailbox, alice_mail: User) -> None:
    interview(alice_mail)
    services.save_settings(alice_mail, {"interview": False})
    deliver_due(paris("2026-12-07T12:00"))
    assert not [m for m in smtp.messages if "interview" in str(m["Subject"])]


def test_the_unsubscribe_link_works_without_signing_in(
    smtp: Mailbox, alice_mail: User, client: Client
) -> None:
    interview(alice_mail)
    deliver_due(paris("2026-12-07T12:00"))
    text = text_of(smtp.messages[0])
    found = re.search(r"https://nextyes\.example(/reminders/stop/[^/\s]+/)", text)
    assert found is not None
    page = client.get(found.group(1))
    assert page.status_code == 200
    assert "Stop these reminders?" in page.content.decode()
    assert "An interview tomorrow" in page.content.decode()
    assert ReminderSettings.objects.filter(owner=alice_mail).count() == 0  # a GET only asks
    done = client.post(found.group(1))
    assert "is switched off" in done.content.decode()
    prefs = ReminderSettings.objects.get(owner=alice_mail)
    assert prefs.interview is False and prefs.thank_you is True
    assert client.get(found.group(1)[:-3] + "xx/").status_code == 404


def test_the_weekly_digest_holds_counts_and_nothing_private(
    smtp: Mailbox, alice_mail: User
) -> None:
    from nextyes.journal.models import CheckIn

    interview(alice_mail, at="2026-12-09T10:30")
    CheckIn.objects.create(
        owner=alice_mail, day=dt.date(2026, 12, 3), mood=1, note="Crying in the car again"
    )
    deliver_due(paris("2026-12-07T09:30"))
    assert not [m for m in smtp.messages if m["Subject"] == "Your week in numbers"]  # opt-in
    services.save_settings(alice_mail, {"digest": True})
    deliver_due(paris("2026-12-07T09:31"))
    [digest] = [m for m in smtp.messages if m["Subject"] == "Your week in numbers"]
    text = text_of(digest)
    assert "1 day checked in" in text and "1 interview coming" in text
    for private in ("Crying", "Acme", "on-call", "Data Analyst"):
        assert private not in text and private not in html_of(digest)


def test_reminders_due_together_come_in_one_email(smtp: Mailbox, alice_mail: User) -> None:
    from tests.reminders.world import follow_up

    interview(alice_mail)
    follow_up(alice_mail, name="Sam Okafor")
    deliver_due(paris("2026-12-07T12:00"))
    [message] = smtp.messages
    assert message["Subject"] == "Get back in touch with Sam Okafor, and 1 more"
    text = text_of(message)
    assert "Get back in touch with Sam Okafor" in text and "Ask about the on-call rota." in text
    assert 'No more "A follow-up is due" reminders: https://nextyes.example/reminders/stop/' in text
    assert 'No more "An interview tomorrow" reminders:' in text
    assert message["List-Unsubscribe"] is None  # two kinds: no single button would be right


def test_a_server_that_does_not_answer_leaves_them_for_the_next_run(
    smtp: Mailbox, alice_mail: User, settings: Settings
) -> None:
    interview(alice_mail)
    working_port = settings.EMAIL_PORT
    settings.EMAIL_PORT = _closed_port()
    done = deliver_due(paris("2026-12-07T12:00"))
    assert (done.sent, done.failed) == (0, 1)
    row = Reminder.objects.get(owner=alice_mail, kind="interview")
    assert (row.state, row.sent_at) == (ReminderState.PENDING, None)
    settings.EMAIL_PORT = working_port
    assert deliver_due(paris("2026-12-07T12:01")).sent == 1
    assert [str(m["Subject"]) for m in smtp.messages] == ["Tomorrow: your interview with Acme"]


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again once the probe is gone


def test_a_reminder_that_became_moot_is_never_emailed(smtp: Mailbox, alice_mail: User) -> None:
    from nextyes.pipeline.models import Touchpoint
    from nextyes.reminders.selectors import due_count
    from tests.reminders.world import follow_up

    touch = follow_up(alice_mail, name="Sam Okafor")
    quiet: SettingsInput = {
        "quiet_from": dt.time(8, 0),
        "quiet_until": dt.time(12, 0),
        "weekly_review": False,
    }
    services.save_settings(alice_mail, quiet)
    deliver_due(paris("2026-12-07T09:30"))  # due, stored, held by the quiet hours
    assert due_count(alice_mail, paris("2026-12-07T09:31")) == 1
    Touchpoint.objects.create(
        owner=alice_mail, contact=touch.contact, occurred_on=dt.date(2026, 12, 7), kind="call"
    )
    deliver_due(paris("2026-12-07T11:00"))
    assert due_count(alice_mail, paris("2026-12-07T11:01")) == 0  # Today's count lets go at once
    deliver_due(paris("2026-12-07T12:30"))
    assert smtp.messages == []


def test_a_name_with_a_line_break_still_makes_a_one_line_subject(
    smtp: Mailbox, alice_mail: User
) -> None:
    from tests.reminders.world import follow_up

    follow_up(alice_mail, name="Sam\nOkafor")
    deliver_due(paris("2026-12-07T12:00"))
    [message] = smtp.messages
    assert message["Subject"] == "Get back in touch with Sam Okafor"
