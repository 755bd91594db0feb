"""Tokens from the profile: created once and shown once, listed, revoked; expiry and throttling."""

from __future__ import annotations

import datetime as dt

from django.core.cache import cache
from django.test import Client, override_settings

from nextyes.accounts.models import User
from nextyes.api.models import AccessToken
from nextyes.api.tokens import digest
from tests.api.helpers import call, token_for
from tests.conftest import page


def test_the_profile_leads_to_tokens_and_a_new_one_is_shown_once(
    alice_client: Client, alice: User
) -> None:
    profile = page(alice_client.get("/accounts/profile/"))
    assert 'href="/accounts/tokens/"' in profile

    made = page(alice_client.post("/accounts/tokens/", {"name": "my assistant", "scope": "write"}))

    token = AccessToken.objects.get(owner=alice, name="my assistant")
    shown = made.split('id="new-token" type="text" value="')[1].split('"')[0]
    assert digest(shown) == token.token_hash
    assert "Copy it now: it is shown only this once." in made
    later = page(alice_client.get("/accounts/tokens/"))
    assert "my assistant" in later and shown not in later and "never used yet" in later


def test_revoking_from_the_page_stops_the_token(alice_client: Client, alice: User) -> None:
    raw = token_for(alice, "read", name="old script")
    token = AccessToken.objects.get(owner=alice, name="old script")

    response = alice_client.post(f"/accounts/tokens/{token.pk}/revoke/", follow=True)

    assert "“old script” no longer works." in page(response)
    assert call("GET", "/api/applications", raw).status_code == 401


def test_an_expired_token_opens_nothing(alice: User) -> None:
    raw = token_for(alice, "read", name="short")
    AccessToken.objects.filter(owner=alice).update(expires_on=dt.date(2020, 1, 1))

    assert call("GET", "/api/applications", raw).status_code == 401


def test_the_page_refuses_an_expiry_in_the_past(alice_client: Client, alice: User) -> None:
    response = page(
        alice_client.post(
            "/accounts/tokens/", {"name": "x", "scope": "read", "expires_on": "2020-01-01"}
        )
    )

    assert "Pick an expiry date after today." in response
    assert not AccessToken.objects.filter(owner=alice).exists()


@override_settings(API_RATE="3/min")
def test_each_token_has_its_own_rate_limit(alice: User, bob: User) -> None:
    cache.clear()
    first, second = token_for(alice, name="busy"), token_for(bob, name="calm")

    answers = [call("GET", "/api/wins", first).status_code for _ in range(4)]

    assert answers == [200, 200, 200, 429]
    slowed = call("GET", "/api/wins", first)
    assert slowed.json()["detail"].startswith("Too many requests")  # type: ignore[attr-defined]
    assert call("GET", "/api/wins", second).status_code == 200
