"""The owner's page: accounts and invitations, nothing private, and nobody else's to see."""

from __future__ import annotations

from django.test import Client
from pytest_django import Settings

from nextyes.accounts import services
from nextyes.accounts.models import Invitation, User
from tests.test_isolation import ALICE_COMPANY, alice_world


def test_it_lists_accounts_without_anyones_private_data(alice: User, bob: User) -> None:
    alice_world(bob)  # bob's search and journal: none of it may show
    owner = Client()
    owner.force_login(alice)
    body = owner.get("/accounts/people/").content.decode()
    assert "People and invitations" in body
    assert "<td>bob</td>" in body and "<td>alice " in body
    assert "runs this NextYes" in body
    for private in (ALICE_COMPANY, "Heavy day after the no", "I will never get hired", "Bob"):
        assert private not in body, private  # not even the display name


def test_it_shows_when_someone_was_last_seen(alice: User, bob_client: Client) -> None:
    bob_client.get("/accounts/profile/")
    owner = Client()
    owner.force_login(alice)
    body = owner.get("/accounts/people/").content.decode()
    bob_row = body[body.index("bob") :].split("</tr>")[0]
    assert "not yet" not in bob_row


def test_it_makes_copies_and_withdraws_an_invitation(
    alice_client: Client, settings: Settings
) -> None:
    settings.BASE_URL = "https://jobs.example.org"
    response = alice_client.post("/accounts/people/", {"days": "3", "note": "Sam"}, follow=True)
    body = response.content.decode()
    invitation = Invitation.objects.get(note="Sam")
    assert "Your invitation link is ready" in body
    assert f"https://jobs.example.org/accounts/signup/?invite={invitation.token}" in body
    assert "Copy link" in body
    assert 2.9 < (invitation.expires_at - invitation.created_at).total_seconds() / 86400 <= 3
    response = alice_client.post(
        f"/accounts/people/invitations/{invitation.pk}/revoke/", follow=True
    )
    assert "That link no longer works" in response.content.decode()
    assert services.usable_invitation(invitation.token) is None


def test_it_refuses_an_invitation_that_works_too_long(alice_client: Client) -> None:
    response = alice_client.post("/accounts/people/", {"days": "365"})
    assert "less than or equal to 90" in response.content.decode()
    assert not Invitation.objects.exists()


def test_it_is_not_there_for_anyone_but_the_owner(alice: User, bob_client: Client) -> None:
    invitation = services.create_invitation(7)
    page = bob_client.get("/accounts/people/")
    assert page.status_code == 404 and "This page isn’t here" in page.content.decode()
    bob_client.post("/accounts/people/", {"days": "7", "note": "my friend"})
    assert not Invitation.objects.filter(note="my friend").exists()
    response = bob_client.post(f"/accounts/people/invitations/{invitation.pk}/revoke/")
    assert response.status_code == 404
    assert services.usable_invitation(invitation.token) is not None
    assert "People and invitations" not in bob_client.get("/accounts/profile/").content.decode()


def test_it_sends_a_signed_out_visitor_to_sign_in(client: Client, alice: User) -> None:
    response = client.get("/accounts/people/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/accounts/login/")
    assert "People and invitations" not in response.content.decode()
