"""How long the reminders job (`reminders.deliver`, run by the worker each minute) takes for many
people who each have reminders due.

    .venv/bin/python benchmarks/reminders.py                 # emails kept in memory: no SMTP
    .venv/bin/python benchmarks/reminders.py --smtp          # through a local aiosmtpd server
    .venv/bin/python benchmarks/reminders.py --people 300

Each person (Paris time, with an email address) has an interview tomorrow with prep notes, a
follow-up due, a saved job closing in two days, a ritual opened three days ago, and every second
one the daily check-in switched on. `deliver_due` runs at noon on Monday 7 December 2026 in each
person's zone, once to store and email everything due, then again (nothing new: one row and one
email per reminder). Prints seconds, reminders, emails and queries for each run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pages

NOW = dt.datetime(2026, 12, 7, 12, 0)  # naive: noon where each person lives


def people(count: int) -> None:
    from django.contrib.auth import get_user_model

    from nextyes.pipeline.models import Application, Company, Contact, Interview, Touchpoint
    from nextyes.recovery.models import Ritual
    from nextyes.reminders.models import ReminderSettings

    paris = dt.timezone(dt.timedelta(hours=1))
    user_model = get_user_model()
    users = user_model.objects.bulk_create(
        [
            user_model(username=f"rem{n}", email=f"rem{n}@example.com", timezone="Europe/Paris")
            for n in range(count)
        ]
    )
    companies = Company.objects.bulk_create([Company(owner=u, name=f"Acme {u.pk}") for u in users])
    apps = Application.objects.bulk_create(
        [
            Application(owner=u, company=c, role="Analyst", status="interview")
            for u, c in zip(users, companies, strict=True)
        ]
        + [
            Application(owner=u, company=c, role="Engineer", closes_on=dt.date(2026, 12, 9))
            for u, c in zip(users, companies, strict=True)
        ]
    )
    Interview.objects.bulk_create(
        [
            Interview(
                owner=a.owner,
                application=a,
                kind="video",
                prep_notes="Ask about the team.",
                scheduled_at=dt.datetime(2026, 12, 8, 10, 30, tzinfo=paris),
            )
            for a in apps[:count]
        ]
    )
    contacts = Contact.objects.bulk_create([Contact(owner=u, name="Sam") for u in users])
    Touchpoint.objects.bulk_create(
        [
            Touchpoint(
                owner=c.owner,
                contact=c,
                occurred_on=dt.date(2026, 12, 1),
                kind="email",
                follow_up_on=dt.date(2026, 12, 7),
            )
            for c in contacts
        ]
    )
    Ritual.objects.bulk_create([Ritual(owner=u, opened_on=dt.date(2026, 12, 3)) for u in users])
    ReminderSettings.objects.bulk_create(
        [ReminderSettings(owner=u, check_in=True) for u in users[::2]]
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def smtp_server() -> tuple[Any, list[bytes]]:
    from aiosmtpd.controller import Controller

    received: list[bytes] = []

    class Sink:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            received.append(envelope.original_content or b"")
            return "250 OK"

    port = _free_port()
    controller = Controller(Sink(), hostname="127.0.0.1", port=port)
    controller.start()
    return controller, received


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=120)
    parser.add_argument("--smtp", action="store_true", help="send through a local aiosmtpd server")
    args = parser.parse_args()
    pages.setup(argparse.Namespace(database_url=None), tempfile.mkdtemp(prefix="nextyes-remind-"))
    from django.conf import settings
    from django.core import mail
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from nextyes.reminders.delivery import deliver_due
    from nextyes.reminders.models import Reminder

    people(args.people)
    # The worker is a long-running process: its URLs and templates are loaded once, not per run.
    from django.template.loader import get_template
    from django.urls import reverse

    reverse("momentum:today")
    for name in ("reminders/email/reminder.txt", "reminders/email/reminder.html"):
        get_template(name)
    settings.EMAIL_ENABLED = True
    controller = None
    if args.smtp:
        controller, received = smtp_server()
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    else:
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        mail.outbox = []
    try:
        for label in ("first run", "again"):
            with CaptureQueriesContext(connection) as queries:
                start, cpu = time.perf_counter(), time.process_time()
                done = deliver_due(NOW)
                took, cpu = time.perf_counter() - start, time.process_time() - cpu
            print(
                f"{label:>9}: {took:.3f} s ({cpu:.3f} s of CPU) for {done.people} people, "
                f"{done.due} reminders due, {done.sent} emailed, {len(queries)} queries"
            )
        emails = len(received) if controller else len(mail.outbox)
        print(f"rows stored: {Reminder.objects.count()}, emails received: {emails}")
    finally:
        if controller is not None:
            controller.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
