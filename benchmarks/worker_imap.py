"""Time the worker checking many people's IMAP accounts, against a real local IMAP server.

    .venv/bin/python benchmarks/worker_imap.py                      # 10 people, 400 messages
    .venv/bin/python benchmarks/worker_imap.py --people 20 --messages 200

Starts pymap (the test suite's server, in memory) and fills its INBOX with mixed mail (three
quarters job-search; inbox_imap.py's messages). Each of `--people` people on a fresh SQLite
database has an account on that mailbox, checked every 15 minutes (the default). Then a real
`nextyes worker --once` process runs: its periodic job finds every account due and queues a
check, and it runs the checks one after another. Timed: that process as a whole (start-up and
the classifier's loading included), the checks themselves (from the tasks' rows), and a second
`--once` a minute later by the clock, when nothing is due.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "src"), str(ROOT / "benchmarks")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10)
    parser.add_argument("--messages", type=int, default=400)
    args = parser.parse_args()

    data_dir = tempfile.mkdtemp(prefix="nextyes-worker-bench-")
    os.environ["NEXTYES_DATA_DIR"] = data_dir
    os.environ["DJANGO_SETTINGS_MODULE"] = "nextyes.settings"
    os.environ.setdefault("NEXTYES_SECRET_KEY", "bench-only-not-secret")
    os.environ.pop("DATABASE_URL", None)
    # The local test server: plain IMAP on 127.0.0.1.
    os.environ["NEXTYES_IMAP_ALLOW_PLAIN"] = os.environ["NEXTYES_IMAP_ALLOW_PRIVATE"] = "true"
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db.models import Max, Min, Sum
    from inbox_imap import message
    from tests.inbox.imap_server import ImapServer

    from nextyes.inbox import secrets
    from nextyes.inbox.models import MailAccount, MailTask
    from nextyes.worker.models import PeriodicRun

    call_command("migrate", verbosity=0)
    server = ImapServer().start()
    try:
        started = time.perf_counter()
        with server.client() as conn:
            for i in range(args.messages):
                conn.append("INBOX", None, None, message(i))
        print(
            f"server filled with {args.messages:,} messages in {time.perf_counter() - started:.0f} s"
        )
        for n in range(args.people):
            person = get_user_model().objects.create_user(f"bench{n}", password="x" * 12)
            MailAccount.objects.create(
                owner=person,
                name="Bench",
                host=server.host,
                port=server.port,
                security="none",
                username=server.user,
                password_encrypted=secrets.encrypt(server.password),
                folders=["INBOX"],
            )

        took, out = once()
        tasks = MailTask.objects.filter(status="done")
        span = tasks.aggregate(first=Min("created_at"), last=Max("finished_at"), read=Sum("read"))
        work = (span["last"] - span["first"]).total_seconds() if span["last"] else 0.001
        read = span["read"] or 0
        print(out.strip())
        print(
            f"first checks: {tasks.count()} of {args.people} accounts, {read:,} messages read; "
            f"worker process {took:.1f} s, checks {work:.1f} s = {args.people / work:.1f} "
            f"accounts/s, {read / work:,.0f} messages/s"
        )
        # The jobs are due again (every account was just checked, so none is queued).
        PeriodicRun.objects.update(last_run_at=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
        took, out = once()
        print(f"a pass with nothing due: {took:.2f} s ({out.strip()})")
        return 0 if tasks.count() == args.people else 1
    finally:
        server.stop()


def once() -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "nextyes", "worker", "--once"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    if done.returncode:
        print(done.stdout, done.stderr[-3000:])
    return time.perf_counter() - started, done.stdout


if __name__ == "__main__":
    sys.exit(main())
