"""Sign-up for a small group: the first account runs the install, then invitations by default."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client
from django.utils import timezone
from pytest_django import Settings

from nextyes.accounts import services
from nextyes.accounts.models import Invitation, User
from tests.conftest import PASSWORD, make_user

NEW_PASSWORD = "a long and quiet river"


def _form(name: str, **extra: str) -> dict[str, str]:
    return {"username": name, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD, **extra}


@pytest.mark.parametrize(
    ("raw", "mode"),
    [
        (None, "invite"),
        ("", "invite"),
        ("open", "open"),
        ("Invite", "invite"),
        ("closed", "closed"),
        ("true", "open"),
        ("false", "closed"),
    ],
)
def test_it_reads_the_sign_up_mode(
    raw: str | None, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nextyes.settings import _signup_mode

    if raw is None:
        monkeypatch.delenv("NEXTYES_SIGNUP", raising=False)
    else:
        monkeypatch.setenv("NEXTYES_SIGNUP", raw)
    assert _signup_mode() == mode


def test_it_refuses_an_unknown_sign_up_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    from nextyes.settings import _signup_mode

    monkeypatch.setenv("NEXTYES_SIGNUP", "maybe")
    with pytest.raises(ValueError, match="open, invite or closed"):
        _signup_mode()


@pytest.mark.django_db
def test_it_makes_the_first_account_the_owner(client: Client) -> None:
    response = client.post("/accounts/signup/", _form("alice"), follow=True)
    assert "Your account is ready" in response.content.decode()
    assert User.objects.get(username="alice").is_owner
    assert not make_user("bob").is_owner


def test_it_asks_for_an_invitation_by_default(client: Client, alice: User) -> None:
    response = client.get("/accounts/signup/")
    assert response.status_code == 403
    assert "This NextYes is by invitation" in response.content.decode()
    client.post("/accounts/signup/", _form("mallory"))
    assert not User.objects.filter(username="mallory").exists()
    assert "Create your account" not in client.get("/accounts/login/").content.decode()


def test_it_makes_one_account_per_invitation(client: Client, alice: User) -> None:
    invitation = services.create_invitation(7)
    page = client.get(f"/accounts/signup/?invite={invitation.token}").content.decode()
    assert "You were invited" in page
    response = client.post(
        "/accounts/signup/", _form("carol", invite=invitation.token), follow=True
    )
    assert "your account is ready" in response.content.decode()
    carol = User.objects.get(username="carol")
    assert carol.check_password(NEW_PASSWORD) and not carol.is_owner
    invitation.refresh_from_db()
    assert invitation.used_at is not None
    again = client.post("/accounts/signup/", _form("dave", invite=invitation.token))
    assert "This invitation link no longer works" in again.content.decode()
    assert not User.objects.filter(username="dave").exists()


@pytest.mark.parametrize("state", ["expired", "revoked"])
def test_it_explains_a_link_that_no_longer_works(client: Client, alice: User, state: str) -> None:
    invitation = services.create_invitation(7)
    if state == "expired":
        Invitation.objects.filter(pk=invitation.pk).update(
            expires_at=timezone.now() - dt.timedelta(minutes=1)
        )
    else:
        services.revoke_invitation(invitation)
    response = client.post("/accounts/signup/", _form("carol", invite=invitation.token))
    assert response.status_code == 403
    assert "This invitation link no longer works" in response.content.decode()
    assert not User.objects.filter(username="carol").exists()


def _answer(client: Client, name: str, **extra: str) -> tuple[str, str]:
    """Where sign-up leads and what it says, with the name and the (random) CSRF token blanked."""
    response = client.post("/accounts/signup/", _form(name, **extra), follow=True)
    page = re.sub(r"[A-Za-z0-9]{64}", "TOKEN", response.content.decode())
    return response.redirect_chain[-1][0].replace(name, "NAME"), page.replace(name, "NAME")


def test_it_gives_the_same_answer_whether_a_name_is_taken_or_not(
    client: Client, alice: User, settings: Settings
) -> None:
    settings.SIGNUP_MODE = "open"
    taken = _answer(client, "alice")
    free = _answer(client, "carol")
    assert taken == free
    assert "If the name “NAME” was free, your account is ready" in free[1]
    assert 'value="NAME"' in free[1]  # the sign-in form is filled in: only the password is left
    assert User.objects.filter(username="carol").exists()
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)  # the taken account is untouched
    assert _answer(client, "ALICE") == _answer(client, "dave")  # names differing in case too
    assert not User.objects.filter(username="ALICE").exists()


def test_it_keeps_the_invitation_when_the_name_was_taken(client: Client, alice: User) -> None:
    invitation = services.create_invitation(7)
    client.post("/accounts/signup/", _form("alice", invite=invitation.token))
    invitation.refresh_from_db()
    assert invitation.used_at is None
    assert User.objects.count() == 1
    client.post("/accounts/signup/", _form("carol", invite=invitation.token))
    assert User.objects.filter(username="carol").exists()


def test_it_signs_in_after_sign_up_with_the_new_password(client: Client, alice: User) -> None:
    invitation = services.create_invitation(7)
    client.post("/accounts/signup/", _form("carol", invite=invitation.token))
    response = client.post(
        "/accounts/login/", {"username": "carol", "password": NEW_PASSWORD}, follow=True
    )
    assert response.wsgi_request.user.get_username() == "carol"


def test_it_closes_sign_up_even_with_a_link(
    client: Client, alice: User, settings: Settings
) -> None:
    settings.SIGNUP_MODE = "closed"
    invitation = services.create_invitation(7)
    response = client.get(f"/accounts/signup/?invite={invitation.token}")
    assert response.status_code == 403
    assert "Sign-up is closed" in response.content.decode()
