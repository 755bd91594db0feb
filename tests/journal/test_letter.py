"""The unsent letter is never stored or sent: nothing in the database, nothing in the logs."""

from __future__ import annotations

import logging

import pytest
from django.apps import apps
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User

SECRET = "Dear Globex, your silence was cruel and I am furious about it zqxw-4417"


def row_counts() -> dict[str, int]:
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def test_it_says_nothing_is_kept(alice_client: Client) -> None:
    body = alice_client.get(reverse("journal:letter")).content.decode()
    assert "Nothing here is saved or sent." in body
    assert 'type="reset"' in body  # "Let it go" clears in the browser; nothing travels
    assert "Let it go" in body


def test_it_writes_nothing_anywhere_when_a_letter_is_posted(
    alice_client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    alice_client.get(reverse("journal:letter"))
    before = row_counts()
    with caplog.at_level(logging.DEBUG):
        response = alice_client.post(reverse("journal:letter"), {"letter": SECRET}, follow=True)
    # The session may be touched by the "Let go" message; its content is checked below.
    after = row_counts()
    changed = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
    assert changed == {}
    assert "Let go. Nothing was kept." in response.content.decode()
    assert SECRET not in response.content.decode()
    assert "zqxw-4417" not in caplog.text
    from django.contrib.sessions.models import Session

    assert not any("zqxw" in str(s.get_decoded()) for s in Session.objects.all())


def test_it_keeps_the_letter_away_from_visitors(client: Client, alice: User) -> None:
    response = client.post(reverse("journal:letter"), {"letter": SECRET})
    assert response.status_code == 302 and "login" in response["Location"]
