"""Test set-up: a throwaway data dir, fast hashing, personas alice and bob."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, Unpack

import pytest
from django.http import HttpResponse, HttpResponseBase
from django.test import Client

if TYPE_CHECKING:
    # Only for the types: this module loads before Django has its apps ready.
    from nextyes.accounts.models import User

PASSWORD = "correct horse battery"


class Profile(TypedDict, total=False):
    """What a test may set on a new person."""

    display_name: str
    timezone: str
    week_start: int
    theme: str


def make_user(username: str, **extra: Unpack[Profile]) -> User:
    from nextyes.accounts.models import User  # once Django's apps are ready

    return User.objects.create_user(username=username, password=PASSWORD, **extra)


def page(response: HttpResponseBase) -> str:
    """The body of a response, as text."""
    assert isinstance(response, HttpResponse), "a page, not a stream"
    return response.content.decode()


@pytest.fixture
def alice(db: None) -> User:
    return make_user("alice", display_name="Alice", timezone="Europe/Paris")


@pytest.fixture
def bob(db: None) -> User:
    return make_user("bob", display_name="Bob")


@pytest.fixture
def alice_client(client: Client, alice: User) -> Client:
    client.force_login(alice)
    return client


@pytest.fixture
def bob_client(client: Client, bob: User) -> Client:
    client.force_login(bob)
    return client
