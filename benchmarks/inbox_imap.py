"""Time an IMAP first sync and a sync with nothing new, against a real local IMAP server.

    .venv/bin/python benchmarks/inbox_imap.py               # 2,000 messages
    .venv/bin/python benchmarks/inbox_imap.py --messages 500

Starts pymap (the test suite's server, in-memory) on a free port, APPENDs mixed mail (three
quarters job-search), then runs `imap.sync_account` twice in this process with the real
classifier on a fresh SQLite database. Filling the server is slow (pymap's APPEND); only the
syncs are timed.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

KINDS = [
    (
        "Your application to {c}",
        "Thank you for applying. Unfortunately we have decided to move forward with other "
        "candidates for the role.",
    ),
    (
        "Interview invitation - {c}",
        "We would love to invite you to a first interview. Would Tuesday at 10:00 work for you?",
    ),
    (
        "Weekly digest #{i}",
        "Ten houseplants that forgive you, and a recipe for lemon cake. Unsubscribe at any time.",
    ),
    (
        "We received your application - {c}",
        "Thanks for applying! Our team will review your application and get back to you.",
    ),
]


def message(i: int) -> bytes:
    subject, body = KINDS[i % len(KINDS)]
    head = (
        f"From: Talent <jobs@company{i}.example>\r\nTo: me@example.org\r\n"
        f"Subject: {subject.format(c=f'Company{i}', i=i)}\r\n"
        f"Date: Mon, 02 Mar 2026 10:00:00 +0000\r\nMessage-ID: <{i}@bench.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    return (head + body + "\r\n" + "Kind regards, the team.\r\n" * 20).encode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    args = parser.parse_args()

    os.environ["NEXTYES_DATA_DIR"] = tempfile.mkdtemp(prefix="nextyes-imap-bench-")
    os.environ["DJANGO_SETTINGS_MODULE"] = "nextyes.settings"
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from tests.inbox.imap_server import ImapServer

    from nextyes.inbox import imap, secrets
    from nextyes.inbox.models import MailAccount, MailMessage

    call_command("migrate", verbosity=0)
    user = get_user_model().objects.create_user("bench", password="x" * 12)
    server = ImapServer().start()
    try:
        started = time.perf_counter()
        with server.client() as conn:
            for i in range(args.messages):
                conn.append("INBOX", None, None, message(i))
        print(
            f"server filled with {args.messages:,} messages in {time.perf_counter() - started:.0f} s"
        )
        account = MailAccount.objects.create(
            owner=user,
            name="Bench",
            host=server.host,
            port=server.port,
            security="none",
            username=server.user,
            password_encrypted=secrets.encrypt(server.password),
            folders=["INBOX"],
        )
        started = time.perf_counter()
        first = imap.sync_account(account)
        took = time.perf_counter() - started
        if not first.ok:
            print(f"first sync failed: {first.problems}")
            return 1
        print(
            f"first sync: {first.new:,} read, {first.kept:,} kept in {took:.2f} s "
            f"= {first.new / took:,.0f} messages/s"
        )
        started = time.perf_counter()
        again = imap.sync_account(account)
        print(
            f"sync with nothing new: {again.new} read in "
            f"{(time.perf_counter() - started) * 1000:.0f} ms"
        )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory {peak:.0f} MB; {MailMessage.objects.count():,} messages stored")
        return 0 if again.new == 0 else 1
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
