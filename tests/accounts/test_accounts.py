from __future__ import annotations

import pytest
from django.test import Client
from pytest_django import Settings

from nextyes.accounts.models import User
from tests.conftest import PASSWORD, make_user


@pytest.mark.django_db
def test_it_sends_a_fresh_install_to_create_your_account(client: Client) -> None:
    response = client.get("/", follow=True)
    assert response.redirect_chain[-1][0] == "/accounts/signup/"
    assert "Create your account" in response.content.decode()
    assert "fresh NextYes" in response.content.decode()
    assert User.objects.count() == 0  # no default account exists


@pytest.mark.django_db
def test_it_creates_the_account_and_signs_in(client: Client) -> None:
    response = client.post(
        "/accounts/signup/",
        {
            "username": "alice",
            "display_name": "Alice",
            "password1": "a long and quiet river",
            "password2": "a long and quiet river",
        },
        follow=True,
    )
    assert "Your account is ready" in response.content.decode()
    user = User.objects.get(username="alice")
    assert response.wsgi_request.user == user
    assert user.display_name == "Alice"


@pytest.mark.django_db
def test_it_explains_a_weak_or_mismatched_password(client: Client) -> None:
    response = client.post(
        "/accounts/signup/",
        {"username": "alice", "password1": "password", "password2": "passw0rd"},
    )
    assert "password fields didn’t match" in response.content.decode()
    assert not User.objects.exists()


def test_it_asks_to_sign_in_once_an_account_exists(client: Client, alice: User) -> None:
    response = client.get("/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/accounts/login/")
    assert "Sign in" in response.content.decode()


def test_it_signs_in_and_out(client: Client, alice: User) -> None:
    response = client.post(
        "/accounts/login/", {"username": "alice", "password": PASSWORD}, follow=True
    )
    assert response.wsgi_request.user == alice
    response = client.post("/accounts/logout/", follow=True)
    assert not response.wsgi_request.user.is_authenticated


def test_it_closes_sign_up_when_turned_off(client: Client, alice: User, settings: Settings) -> None:
    settings.SIGNUP_MODE = "closed"
    response = client.get("/accounts/signup/")
    assert response.status_code == 403
    assert "Sign-up is closed" in response.content.decode()
    client.post(
        "/accounts/signup/",
        {
            "username": "mallory",
            "password1": "a long and quiet river",
            "password2": "a long and quiet river",
        },
    )
    assert not User.objects.filter(username="mallory").exists()
    assert "Create your account" not in client.get("/accounts/login/").content.decode()


@pytest.mark.django_db
def test_it_lets_the_first_account_be_made_even_with_sign_up_off(
    client: Client, settings: Settings
) -> None:
    settings.SIGNUP_MODE = "closed"
    response = client.get("/accounts/signup/")
    assert "Create your account" in response.content.decode()


@pytest.mark.django_db
def test_it_hashes_passwords_with_argon2(settings: Settings) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
    user = make_user("carol")
    assert user.password.startswith("argon2$")
    assert user.check_password(PASSWORD)


def test_it_locks_sign_in_after_repeated_failures(
    client: Client, alice: User, settings: Settings
) -> None:
    settings.AXES_ENABLED = True
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/accounts/login/", {"username": "alice", "password": "wrong"})
    response = client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many sign-in attempts" in response.content.decode()
    assert "Your account and everything in it are fine" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_it_saves_the_profile(alice_client: Client, alice: User) -> None:
    response = alice_client.post(
        "/accounts/profile/",
        {
            "display_name": "Al",
            "timezone": "America/Toronto",
            "week_start": "6",
            "north_star": "Work that helps people.",
        },
        follow=True,
    )
    assert "Profile saved." in response.content.decode()
    alice.refresh_from_db()
    assert (alice.display_name, alice.timezone, alice.week_start) == ("Al", "America/Toronto", 6)
    assert alice.north_star == "Work that helps people."


def test_it_refuses_an_unknown_timezone(alice_client: Client, alice: User) -> None:
    response = alice_client.post(
        "/accounts/profile/", {"display_name": "Al", "timezone": "Mars/Olympus", "north_star": ""}
    )
    assert "Select a valid choice" in response.content.decode()
    alice.refresh_from_db()
    assert alice.timezone == "Europe/Paris"


def test_it_needs_a_csrf_token_on_forms(alice: User) -> None:
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(alice)
    response = strict.post("/accounts/profile/", {"display_name": "X", "timezone": "UTC"})
    assert response.status_code == 403
    alice.refresh_from_db()
    assert alice.display_name == "Alice"


def test_it_deletes_a_person_with_all_their_search(alice: User, bob: User) -> None:
    import datetime as dt

    from nextyes.pipeline import services
    from nextyes.pipeline.models import Application, Company, StageEvent

    app = services.create_application(
        alice, company="Acme", role="Dev", applied_on=dt.date(2026, 3, 2)
    )
    services.move_application(app, "rejected")
    services.create_application(bob, company="Acme", role="Dev")
    alice.delete()
    assert not Application.objects.filter(role="Dev", owner__username="alice").exists()
    assert Company.objects.count() == 1  # bob's stays
    assert StageEvent.objects.filter(owner=bob).count() == 1
