"""Changing the password on the web, and deleting one's own account with everything in it."""

from __future__ import annotations

from django.test import Client

from nextyes.accounts.models import User
from nextyes.pipeline.models import Application
from tests.conftest import PASSWORD
from tests.test_isolation import ALICE_COMPANY, alice_world

NEW = "a brand new passphrase"


def test_it_changes_the_password_and_keeps_this_session(alice: User) -> None:
    here, elsewhere = Client(), Client()
    here.force_login(alice)
    elsewhere.force_login(alice)
    response = here.post(
        "/accounts/password/",
        {"old_password": PASSWORD, "new_password1": NEW, "new_password2": NEW},
        follow=True,
    )
    assert "Your password is changed. You are still signed in here." in response.content.decode()
    assert response.wsgi_request.user == alice
    alice.refresh_from_db()
    assert alice.check_password(NEW)
    # Other browsers signed in with the old password are signed out.
    assert not elsewhere.get("/accounts/profile/").wsgi_request.user.is_authenticated


def test_it_keeps_the_password_when_the_old_one_is_wrong(alice_client: Client, alice: User) -> None:
    response = alice_client.post(
        "/accounts/password/",
        {"old_password": "not it", "new_password1": NEW, "new_password2": NEW},
    )
    assert "That is not your current password. Nothing was changed." in response.content.decode()
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


def test_it_offers_password_change_and_deletion_on_the_profile(alice_client: Client) -> None:
    body = alice_client.get("/accounts/profile/").content.decode()
    assert 'href="/accounts/password/"' in body and "Change password" in body
    assert 'href="/accounts/delete/"' in body and "Delete my account" in body


def test_it_deletes_nothing_without_the_right_password(alice_client: Client, alice: User) -> None:
    alice_world(alice)
    response = alice_client.post("/accounts/delete/", {"password": "not it"})
    assert "That is not the password of this account. Nothing was deleted." in (
        response.content.decode()
    )
    assert User.objects.filter(username="alice").exists()
    assert Application.objects.filter(owner=alice).count() == 1


def test_it_deletes_the_account_and_says_what_went(alice: User, bob: User) -> None:
    alice_world(alice)
    alice_world(bob)
    browser = Client()
    browser.force_login(alice)
    response = browser.post("/accounts/delete/", {"password": PASSWORD})
    body = response.content.decode()
    assert "Your account is deleted" in body
    assert "Applications: 1" in body and "Thought records: 1" in body
    assert "Users" not in body
    assert "Sign-in sessions: 1" in body  # signed out everywhere, this browser included
    assert not User.objects.filter(username="alice").exists()
    assert not Application.objects.filter(company__name=ALICE_COMPANY, owner__username="alice")
    assert Application.objects.filter(owner=bob).count() == 1
    after = browser.get("/accounts/profile/", follow=True)
    assert after.redirect_chain[-1][0].startswith("/accounts/login/")


def test_it_tells_the_owner_who_runs_things_after_they_leave(
    alice: User, bob_client: Client
) -> None:
    owner = Client()
    owner.force_login(alice)
    assert "nextyes user owner NAME" in owner.get("/accounts/delete/").content.decode()
    page = bob_client.get("/accounts/delete/").content.decode()
    assert "Delete your account" in page and "nextyes user owner" not in page
