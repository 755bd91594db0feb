"""Test set-up: a throwaway data dir, fast hashing, personas alice and bob."""

from __future__ import annotations

from typing import Any

import pytest

PASSWORD = "correct horse battery"


def make_user(username: str, **extra: Any) -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user(username=username, password=PASSWORD, **extra)


def page(response: Any) -> str:
    """The body of a response, as text."""
    return str(response.content.decode())


@pytest.fixture
def alice(db: None) -> Any:
    return make_user("alice", display_name="Alice", timezone="Europe/Paris")


@pytest.fixture
def bob(db: None) -> Any:
    return make_user("bob", display_name="Bob")


@pytest.fixture
def alice_client(client: Any, alice: Any) -> Any:
    client.force_login(alice)
    return client


@pytest.fixture
def bob_client(client: Any, bob: Any) -> Any:
    client.force_login(bob)
    return client
