"""End-to-end `nextyes inbox import` of a generated 20,000-message mbox: messages/s and peak memory.

    python benchmarks/inbox_import.py                    # 20,000 messages, fresh SQLite database
    python benchmarks/inbox_import.py --messages 50000 --keep

Writes an mbox of mixed mail (about a third job-search: rejections, interview invitations,
offers, acknowledgements; the rest job alerts, newsletters, receipts and personal mail), in
plain text, HTML only and multipart with attachments, some in other charsets and languages.
Then it runs the installed `nextyes` console script as a new process, as a person would, timed
from spawn to exit (start-up included), and reads the child's peak resident memory with
`getrusage` (through `os.wait4`). A second run of the same file must add nothing. Exits 1
when the rate is under --min-rate, the peak over --max-rss-mb, or the second run added mail.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

COMPANIES = [
    "Acme Analytics", "Globex", "Initech", "Umbrella Health", "Hooli", "Stark Logistics",
    "Wayne Biotech", "Soylent Foods", "Tyrell Systems", "Cyberdyne Labs", "Nordlicht GmbH",
    "Rhône Données", "Sakura Soft", "Vandelay Imports", "Pied Piper", "Oscorp Energy",
]  # fmt: skip
ROLES = [
    "Data Analyst", "Backend Engineer", "Product Designer", "Support Specialist",
    "Marketing Manager", "QA Engineer", "Operations Lead", "Research Assistant",
]  # fmt: skip
JOB_MAIL = {
    "rejection": [
        (
            "Your application for {role}",
            "Dear {name},\n\nThank you for your interest in the {role} role at {company}. After "
            "careful review we have decided to move forward with other candidates whose experience "
            "is closer to what the team needs right now.\n\nWe will keep your details on file and "
            "wish you every success.\n\nKind regards,\nThe {company} hiring team",
        ),
        (
            "Update on your {company} application",
            "Hi {name}, it was a pleasure to talk with you. Unfortunately we will not be moving "
            "forward with your application for {role}. This was a close decision.\n\nBest,\n{company}",
        ),
        (
            "Ihre Bewerbung als {role}",
            "Sehr geehrte/r {name},\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine "
            "andere Person entschieden haben.\n\nMit freundlichen Grüßen\n{company}",
        ),
    ],
    "interview": [
        (
            "Interview invitation: {role} at {company}",
            "Hello {name},\n\nWe enjoyed reading your application and would like to invite you to a "
            "45-minute video interview. Could you share your availability for next Tuesday or "
            "Wednesday?\n\nThanks,\nRecruiting at {company}",
        ),
        (
            "Next steps — {role}",
            "Hi {name}, the team would like to schedule a phone screen with you. Please pick a slot "
            "in the calendar link below.\n\nCheers,\n{company} Talent",
        ),
    ],
    "offer": [
        (
            "Your offer from {company}",
            "Dear {name},\n\nWe are delighted to offer you the position of {role}. Your offer letter "
            "with the compensation package is attached. Please let us know by Friday.\n\n{company}",
        ),
    ],
    "received": [
        (
            "We received your application",
            "Hi {name},\n\nThanks for applying for {role} at {company}. Your application is under "
            "review and we will get back to you within two weeks.\n\nThe {company} team",
        ),
        (
            "Candidature reçue — {role}",
            "Bonjour {name},\n\nNous avons bien reçu votre candidature. Notre équipe l'étudie avec "
            "attention.\n\nCordialement,\n{company}",
        ),
    ],
}
OTHER_MAIL = [
    ("12 new jobs for {role} near you",
     "Based on your profile: {role} at {company}, {role} at Globex, and 10 more. Update your job "
     "alert settings at any time. You are receiving this because you subscribed."),
    ("Weekly digest: interview tips that work",
     "This week: how to answer the salary question, five questions to ask your interviewer and "
     "a template for thank-you notes. Unsubscribe at the bottom of this email."),
    ("Your order has shipped",
     "Good news, {name}! Your parcel with 2 items is on its way and should arrive on Thursday. "
     "Track it in your account."),
    ("Dinner on Saturday?",
     "Hey {name}, are you free on Saturday? We could try the new place near the station. Bring "
     "the board game!"),
    ("Your profile was viewed 14 times",
     "Recruiters from {company} and 3 other companies looked at your profile this week. Upgrade "
     "to see who."),
    ("Special offer: 30% off this weekend",
     "Our biggest sale of the season: 30% off everything until Sunday midnight. Don't miss it."),
]  # fmt: skip
ATTACHMENT = base64.encodebytes(os.urandom(60_000)).decode()


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=20_000, help="Messages in the mbox.")
    parser.add_argument("--min-rate", type=float, default=500.0, help="Messages/s required.")
    parser.add_argument("--max-rss-mb", type=float, default=300.0, help="Peak memory allowed.")
    parser.add_argument("--seed", type=int, default=6, help="Random seed for the mail.")
    parser.add_argument("--keep", action="store_true", help="Keep the temp dir afterwards.")
    return parser.parse_args(argv)


def mails(count: int, seed: int) -> Iterator[bytes]:
    """`count` raw messages, about a third of them about the search."""
    rng = random.Random(seed)
    for n in range(count):
        company, role = rng.choice(COMPANIES), rng.choice(ROLES)
        if rng.random() < 0.33:
            label = rng.choice(["rejection", "rejection", "interview", "received", "offer"])
            subject, body = rng.choice(JOB_MAIL[label])
            domain = company.lower().split()[0].replace("ô", "o") + ".example"
            sender = f"{company} Careers <jobs@{domain}>"
        else:
            subject, body = rng.choice(OTHER_MAIL)
            sender = rng.choice(["Job Alerts <alerts@jobboard.example>", "Sam <sam@friends.example>",
                                 "Shop <news@shop.example>"])  # fmt: skip
        text = body.format(name="Alice", company=company, role=role)
        subject = subject.format(company=company, role=role)
        yield _message(n, sender, subject, text, rng)


def _message(n: int, sender: str, subject: str, text: str, rng: random.Random) -> bytes:
    from email.header import Header

    day = 1 + n % 28
    head = (
        f"From: {sender}\nTo: Alice <alice@example.org>\n"
        f"Subject: {Header(subject, 'utf-8').encode()}\n"
        f"Date: Mon, {day:02d} Mar 2026 {n % 24:02d}:{n % 60:02d}:00 +0100\n"
        f"Message-ID: <bench-{n}@mail.example>\nMIME-Version: 1.0\n"
    )
    kind = rng.random()
    if kind < 0.6:
        return (head + "Content-Type: text/plain; charset=utf-8\n\n" + text + "\n").encode()
    html = "".join(f"<p>{para}</p>" for para in text.split("\n\n"))
    if kind < 0.85:
        return (
            head + "Content-Type: text/html; charset=utf-8\n\n"
            f"<html><head><style>p{{margin:0}}</style></head><body>{html}</body></html>\n"
        ).encode()
    attachment = ATTACHMENT if kind > 0.98 else ATTACHMENT[:2000]
    return (
        (
            head + 'Content-Type: multipart/mixed; boundary="b"\n\n--b\n'
            'Content-Type: multipart/alternative; boundary="a"\n\n--a\n'
            "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
        ).encode()
        + text.encode("latin-1", "replace")
        + (
            f"\n--a\nContent-Type: text/html; charset=utf-8\n\n{html}\n--a--\n--b\n"
            'Content-Type: application/pdf; name="details.pdf"\nContent-Transfer-Encoding: base64\n\n'
            f"{attachment}\n--b--\n"
        ).encode()
    )


def write_mbox(path: Path, count: int, seed: int) -> None:
    with path.open("wb") as out:
        for raw in mails(count, seed):
            out.write(b"From alice@example.org Mon Mar  2 10:00:00 2026\n")
            out.write(raw.replace(b"\nFrom ", b"\n>From "))
            out.write(b"\n")


def child_env(data_dir: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.pop("DATABASE_URL", None)
    env.update(
        NEXTYES_DATA_DIR=data_dir,
        NEXTYES_SECRET_KEY="benchmarks-only-not-secret",
        PYTHONPYCACHEPREFIX=str(Path(data_dir) / "pycache"),
    )
    return env


def nextyes(*args: str) -> list[str]:
    return [str(Path(sys.executable).parent / "nextyes"), *args]


def timed_import(mbox: Path, env: dict[str, str]) -> tuple[float, float, dict[str, Any]]:
    """Seconds from spawn to exit, the child's peak memory in MB, and its JSON summary.

    The peak is the import process's own `getrusage` (from `os.wait4`), not the largest of all
    children so far: creating the user hashes a password with Argon2, which alone takes about
    100 MB for a moment.
    """
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(
            nextyes("inbox", "import", str(mbox), "--json", "--user", "bench"),
            env=env,
            stdout=subprocess.PIPE,
            stderr=err,
        )
        assert child.stdout is not None
        out = child.stdout.read()
        child.stdout.close()
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode:
            err.seek(0)
            sys.exit(f"the import failed ({child.returncode}):\n{err.read().decode()}")
    return seconds, usage.ru_maxrss / 1024, json.loads(out)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    folder = tempfile.mkdtemp(prefix="nextyes-bench-inbox-")
    env = child_env(folder)
    try:
        mbox = Path(folder) / "mail.mbox"
        started = time.perf_counter()
        write_mbox(mbox, args.messages, args.seed)
        size_mb = mbox.stat().st_size / 1e6
        print(f"wrote {args.messages:,} messages ({size_mb:.1f} MB) in "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip
        password = Path(folder) / "password"
        password.write_text("bench-password-123\n")
        subprocess.run(nextyes("migrate"), env=env, check=True, capture_output=True)
        subprocess.run(
            nextyes("user", "create", "bench", "--password-file", str(password)),
            env=env,
            check=True,
            capture_output=True,
        )
        seconds, peak_mb, first = timed_import(mbox, env)
        again_seconds, _peak, second = timed_import(mbox, env)
        rate = args.messages / seconds
        print(
            f"first import:  {seconds:.1f} s, {rate:,.0f} messages/s end to end, "
            f"peak memory {peak_mb:.0f} MB"
        )
        print(f"  read {first['read']:,}, kept {first['kept']:,} {first['labels']}, "
              f"not kept {first['not_kept']:,}, skipped {first['skipped']}")  # fmt: skip
        print(
            f"second import: {again_seconds:.1f} s, {args.messages / again_seconds:,.0f} "
            f"messages/s, kept {second['kept']}, already there {second['duplicates']:,}"
        )
        problems = []
        if rate < args.min_rate:
            problems.append(f"rate {rate:.0f}/s is under {args.min_rate:.0f}/s")
        if peak_mb > args.max_rss_mb:
            problems.append(f"peak memory {peak_mb:.0f} MB is over {args.max_rss_mb:.0f} MB")
        if second["kept"] or second["not_kept"]:
            problems.append("the second import added mail")
        for problem in problems:
            print(f"FAIL: {problem}")
        return 1 if problems else 0
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
