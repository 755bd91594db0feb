"""Sign-in throttling per client address and per account, with the address read behind a proxy."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from axes.models import AccessAttempt
from django.test import Client, RequestFactory
from django.utils import timezone
from pytest_django import Settings

from nextyes.accounts.client_ip import client_ip
from nextyes.accounts.models import User
from tests.conftest import PASSWORD

if TYPE_CHECKING:
    # What the test client answers (the stubs' name; not importable at run time).
    from django.test.client import _MonkeyPatchedWSGIResponse as Response


@pytest.mark.parametrize(
    ("depth", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.2"),  # no proxy configured: the header is not trusted
        (1, "198.51.100.1, 203.0.113.9", "203.0.113.9"),  # the leftmost entry is the client's word
        (2, "198.51.100.1, 203.0.113.9, 10.0.0.5", "203.0.113.9"),
        (2, "203.0.113.9", "203.0.113.9"),  # fewer hops than proxies: all written by ours
        (1, "not-an-address", "10.0.0.2"),
        (1, "", "10.0.0.2"),
        (1, "2001:db8::7", "2001:db8::7"),
    ],
)
def test_it_reads_the_client_address_from_its_own_proxies_only(
    depth: int, forwarded: str, expected: str, settings: Settings
) -> None:
    settings.PROXY_DEPTH = depth
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


@pytest.fixture
def throttled(settings: Settings) -> Settings:
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5
    settings.PROXY_DEPTH = 1
    return settings


def _sign_in(client: Client, name: str, password: str, address: str) -> Response:
    return client.post(
        "/accounts/login/",
        {"username": name, "password": password},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR=f"192.0.2.99, {address}",
    )


def _locked(response: Response) -> bool:
    return response.status_code == 429 and "Too many sign-in attempts" in response.content.decode()


def test_it_pauses_an_address_that_tries_many_names(throttled: Settings, alice: User) -> None:
    client = Client()
    for n in range(5):
        _sign_in(client, f"someone{n}", "guess", "203.0.113.9")
    assert _locked(_sign_in(client, "alice", PASSWORD, "203.0.113.9"))
    # The person herself, from her own address, is not affected.
    response = _sign_in(Client(), "alice", PASSWORD, "198.51.100.20")
    assert response.status_code == 302 and response.wsgi_request.user == alice


def test_it_briefly_pauses_an_account_guessed_from_many_addresses(
    throttled: Settings, alice: User
) -> None:
    for n in range(5):
        _sign_in(Client(), "alice", "guess", f"203.0.113.{n + 1}")
    assert _locked(_sign_in(Client(), "alice", PASSWORD, "198.51.100.20"))
    # The pause is short: once the failures are a few minutes old, sign-in works again.
    AccessAttempt.objects.update(attempt_time=timezone.now() - dt.timedelta(minutes=4))
    response = _sign_in(Client(), "alice", PASSWORD, "198.51.100.20")
    assert response.status_code == 302 and response.wsgi_request.user == alice


def test_it_lets_a_known_browser_in_while_strangers_guess(throttled: Settings, alice: User) -> None:
    own = Client()
    assert _sign_in(own, "alice", PASSWORD, "198.51.100.20").status_code == 302
    own.post("/accounts/logout/")
    for n in range(5):
        _sign_in(Client(), "alice", "guess", f"203.0.113.{n + 1}")
    assert _locked(_sign_in(Client(), "alice", PASSWORD, "198.51.100.21"))
    response = _sign_in(own, "alice", PASSWORD, "198.51.100.22")
    assert response.status_code == 302 and response.wsgi_request.user == alice


def test_it_cannot_be_dodged_with_a_made_up_header_without_a_proxy(
    throttled: Settings, alice: User
) -> None:
    throttled.PROXY_DEPTH = 0
    client = Client()
    for n in range(5):
        _sign_in(client, f"someone{n}", "guess", f"203.0.113.{n + 1}")
    assert _locked(_sign_in(client, "alice", PASSWORD, "203.0.113.200"))
