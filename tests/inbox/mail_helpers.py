"""Building mail for tests: messages, mboxes, and a classifier that says what the subject says."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from nextyes.accounts.models import User
from nextyes.inbox import secrets
from nextyes.inbox.classifier import Verdict
from nextyes.inbox.models import MailAccount
from tests.inbox.imap_server import ImapServer

REJECTION = (
    "Your application to Acme",
    "Thank you for your interest. Unfortunately we have decided to move forward with other "
    "candidates whose experience more closely matches the role.",
)
NEWSLETTER = (
    "Ten houseplants that forgive you",
    "This week in the garden club newsletter: watering tips and a recipe for lemon cake.",
)


def message(
    subject: str,
    body: str,
    *,
    message_id: str | None = "auto",
    sender: str = "Acme Talent <talent@acme.example>",
    day: int = 2,
) -> bytes:
    digest = hashlib.sha1(f"{subject}|{body}".encode()).hexdigest()[:16]
    mid = f"<{digest}@test.example>" if message_id == "auto" else message_id
    head = f"From: {sender}\nTo: alice@example.org\nSubject: {subject}\n"
    head += f"Date: Mon, {day:02d} Mar 2026 10:00:00 +0000\n"
    if mid:
        head += f"Message-ID: {mid}\n"
    head += "Content-Type: text/plain; charset=utf-8\n"
    return (head + "\n" + body + "\n").encode("utf-8")


def mbox(path: Path, messages: Iterable[bytes]) -> Path:
    with path.open("wb") as out:
        for raw in messages:
            out.write(b"From someone@example Mon Mar  2 10:00:00 2026\n" + raw + b"\n")
    return path


def saved_account(owner: User, server: ImapServer, **extra: object) -> MailAccount:
    """An account reading the INBOX of a test IMAP server (no TLS), its password encrypted."""
    fields: dict[str, Any] = {
        "name": "Personal mail",
        "host": server.host,
        "port": server.port,
        "security": "none",
        "username": server.user,
        "password_encrypted": secrets.encrypt(server.password),
        "folders": ["INBOX"],
        **extra,
    }
    return MailAccount.objects.create(owner=owner, **fields)


def subject_classifier(items: Iterable[tuple[str, str, str]]) -> list[Verdict]:
    """Deterministic: a subject starting with a label's name gets that label, else `other`."""
    out = []
    for subject, _body, _sender in items:
        word = subject.split(":")[0].strip().lower()
        label = word if word in ("rejection", "interview", "offer", "received") else "other"
        out.append(Verdict(label, 0.9 if label != "other" else 0.8))
    return out
