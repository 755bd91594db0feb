"""`nextyes user invite | delete | list`: running NextYes for a small group from the shell."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from pytest_django import Settings

from nextyes.accounts.models import Invitation, User
from nextyes.pipeline import services
from nextyes.pipeline.models import Application
from tests.conftest import Run


def test_it_prints_an_invitation_link_on_the_base_url(
    alice: User, run: Run, settings: Settings
) -> None:
    settings.BASE_URL = "https://jobs.example.org"
    code, out, err = run("user", "invite", "--days", "3", "--note", "Sam")
    assert (code, err) == (0, "")
    invitation = Invitation.objects.get()
    assert f"https://jobs.example.org/accounts/signup/?invite={invitation.token}" in out
    assert "for one account, until" in out
    assert invitation.note == "Sam"
    assert round((invitation.expires_at - invitation.created_at).total_seconds() / 86400) == 3


def test_it_refuses_an_invitation_for_a_year(alice: User, run: Run) -> None:
    code, _, err = run("user", "invite", "--days", "365")
    assert code != 0
    assert "choose between 1 and 90 days" in err
    assert not Invitation.objects.exists()


def test_it_deletes_nothing_without_yes(alice: User, run: Run) -> None:
    services.create_application(alice, company="Acme", role="Dev")
    code, _, err = run("user", "delete", "alice")
    assert code != 0
    assert "run it again with --yes" in err
    assert get_user_model().objects.filter(username="alice").exists()
    assert Application.objects.filter(owner=alice).count() == 1


def test_it_names_an_unknown_account_when_deleting(alice: User, run: Run) -> None:
    code, _, err = run("user", "delete", "carol", "--yes")
    assert code != 0
    assert "no account named “carol”" in err
    assert get_user_model().objects.count() == 1


def test_it_says_when_the_owner_is_gone(alice: User, bob: User, run: Run) -> None:
    code, out, _ = run("user", "delete", "alice", "--yes")
    assert code == 0
    assert "(the account held nothing else)" in out
    assert "“alice” ran this NextYes; nobody does now" in out
    assert list(get_user_model().objects.values_list("username", flat=True)) == ["bob"]
    code, out, _ = run("user", "owner", "bob")
    assert code == 0 and "“bob” now runs this NextYes" in out
    assert get_user_model().objects.get(username="bob").is_owner


def test_it_hands_the_install_to_one_owner(alice: User, bob: User, run: Run) -> None:
    code, _, _ = run("user", "owner", "bob")
    assert code == 0
    owners = get_user_model().objects.filter(is_owner=True)
    assert list(owners.values_list("username", flat=True)) == ["bob"]
    code, _, err = run("user", "owner", "carol")
    assert code != 0 and "no account named “carol”" in err


def test_it_lists_accounts_without_private_data(alice: User, bob: User, run: Run) -> None:
    services.create_application(bob, company="Quillfeather", role="Dev")
    code, out, _ = run("user", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("alice (runs this NextYes)  joined ")
    assert lines[1].startswith("bob  joined ") and lines[1].endswith("last seen not yet")
    assert "Quillfeather" not in out and "Bob" not in out
