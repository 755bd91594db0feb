"""Test set-up: a throwaway data dir, fast hashing, personas alice and bob."""

from __future__ import annotations

import io
import sys
from typing import TYPE_CHECKING, Protocol, TypedDict, Unpack

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


# --- The CLI run in-process (tests/cli, tests/worker and any test of a command) ---


class Run(Protocol):
    """The `run` fixture: a command's exit code, stdout and stderr."""

    def __call__(self, *argv: str, stdin: str | bytes | None = None) -> tuple[int, str, str]: ...


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """`run("add", "Acme", "Analyst")` gives the exit code, stdout and stderr of that command.

    `stdin=` is what the command reads: text as typed, or bytes as from a piped file.
    """

    def run(*argv: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
        if isinstance(stdin, str):
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        elif stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        from nextyes.cli import main  # the commands load Django's apps

        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run
