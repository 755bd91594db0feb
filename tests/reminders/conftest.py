"""Reminder tests: a real SMTP server on this machine (aiosmtpd), and a small world for alice."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import socket
import zoneinfo
from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from pytest_django import Settings

from nextyes.lib.email_url import email_config

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def paris(text: str) -> dt.datetime:
    """A wall-clock time in Paris (alice's zone), as an aware moment."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=PARIS)


class Mailbox:
    """What the local SMTP server received, each message parsed."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.recipients: list[list[str]] = []

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        self.recipients.append([str(r) for r in envelope.rcpt_tos])
        return "250 Message accepted"

    def texts(self) -> list[str]:
        return [text_of(m) for m in self.messages]


def text_of(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    return str(body.get_content())


def html_of(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("html",))
    assert body is not None
    return str(body.get_content())


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp(settings: Settings) -> Iterator[Mailbox]:
    """A real SMTP server on 127.0.0.1, and NextYes configured for it through NEXTYES_EMAIL_URL's
    own parser, as a deployment would be."""
    mailbox = Mailbox()
    port = _free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    config = email_config(f"smtp://127.0.0.1:{port}?tls=none&timeout=5")
    settings.EMAIL_ENABLED = config.enabled
    settings.EMAIL_BACKEND = config.backend
    settings.EMAIL_HOST = config.host
    settings.EMAIL_PORT = config.port
    settings.EMAIL_USE_TLS = config.use_tls
    settings.EMAIL_USE_SSL = config.use_ssl
    settings.EMAIL_TIMEOUT = config.timeout
    settings.BASE_URL = "https://nextyes.example"
    try:
        yield mailbox
    finally:
        controller.stop()
