"""Fixtures for the inbox tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.core.cache import cache
from django.test import override_settings

from tests.inbox.imap_server import ImapServer
from tests.inbox.mail_helpers import subject_classifier


@pytest.fixture
def by_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    """Classify by subject ("Rejection: …" is a rejection), so import rules are tested alone."""
    monkeypatch.setattr("nextyes.inbox.classifier.classify_many", subject_classifier)


# --- IMAP (I6d): a real server per test, and a mail key that is not the data dir's ---


@pytest.fixture
def mail_key(monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh mail key in NEXTYES_MAIL_KEY, so no test reads or writes a key file."""
    from cryptography.fernet import Fernet

    key = Fernet.generate_key().decode()
    monkeypatch.setenv("NEXTYES_MAIL_KEY", key)
    return key


@pytest.fixture
def local_imap() -> Iterator[None]:
    """The test servers run on 127.0.0.1, mostly without TLS: the owner's two overrides."""
    with override_settings(IMAP_ALLOW_PLAIN=True, IMAP_ALLOW_PRIVATE=True):
        yield


@pytest.fixture(autouse=True)
def no_counted_tests() -> Iterator[None]:
    """Connection tests are counted per person in the cache: each test starts from none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def imap_server(local_imap: None) -> Iterator[ImapServer]:
    """pymap on a free port (plain IMAP), empty, stopped after the test."""
    server = ImapServer().start()
    yield server
    server.stop()
