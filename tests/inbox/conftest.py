"""Fixtures for the inbox tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.inbox.mail_helpers import subject_classifier


@pytest.fixture
def by_subject(monkeypatch: Any) -> None:
    """Classify by subject ("Rejection: …" is a rejection), so import rules are tested alone."""
    monkeypatch.setattr("nextyes.inbox.classifier.classify_many", subject_classifier)
