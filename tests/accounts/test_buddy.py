"""The buddy page: make a secret link or share with an account, list every share, stop any of
them at once (and undo), and nobody else's to see or touch."""

from __future__ import annotations

import json
import re

from django.db import connection
from django.test import Client
from pytest_django import Settings

from nextyes.accounts import buddy
from nextyes.accounts.deletion import delete_account
from nextyes.accounts.models import BuddyShare, User
from nextyes.pipeline.transfer import exporter
from tests.conftest import make_user

PAGE = "/accounts/buddy/"


def _signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _token_from(body: str) -> str:
    match = re.search(r'value="https?://[^"]+/buddy/([A-Za-z0-9_-]+)/"', body)
    assert match, "the new link is on the page"
    return match[1]


def test_it_explains_what_a_buddy_sees_and_never_sees(alice_client: Client) -> None:
    body = alice_client.get(PAGE).content.decode()
    assert "What your buddy sees" in body and "What stays yours alone" in body
    for private in ("check-ins, moods, thought records", "ritual notes", "your mail"):
        assert private in body, private
    assert "You are not sharing with anyone right now" in body
    assert 'href="/review/share/"' in body


def test_it_shows_a_new_link_once_and_keeps_only_its_fingerprint(
    alice_client: Client, alice: User, settings: Settings
) -> None:
    settings.BASE_URL = "https://jobs.example.org"
    response = alice_client.post(PAGE, {"link-label": "Sam"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "Your link for Sam is ready" in body and "Copy link" in body
    token = _token_from(body)
    assert f"https://jobs.example.org/buddy/{token}/" in body
    share = BuddyShare.objects.get(owner=alice)
    assert (share.kind, share.label, share.token_hash) == ("link", "Sam", buddy.hash_token(token))
    # Not in any column of the row, and never shown again.
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM accounts_buddyshare")
        assert token not in repr(cursor.fetchall())
    again = alice_client.get(PAGE).content.decode()
    assert token not in again
    assert "Sam" in again and "not opened yet" in again


def test_it_lists_every_share_with_when_it_was_last_opened(
    alice_client: Client, alice: User
) -> None:
    made = buddy.create_link(alice, "Sam")
    buddy.create_link(alice)
    buddy.note_viewed(made.share)
    body = alice_client.get(PAGE).content.decode()
    assert "Who can see your week" in body
    assert body.count('class="card" id="share-') == 2
    assert "A secret link" in body  # the one without a name
    sam = body[body.index(f'id="share-{made.share.pk}"') :].split("</li>")[0]
    assert "last opened" in sam and "not opened yet" not in sam


def test_it_shares_with_an_account_and_says_the_same_for_a_name_that_is_not_here(
    alice_client: Client, alice: User, bob: User
) -> None:
    messages = []
    for name in ("Bob", "nobody-here"):
        response = alice_client.post("/accounts/buddy/invite/", {"invite-username": name})
        assert response.status_code == 302
        page = alice_client.get(response["Location"]).content.decode()
        messages.append(page.replace(name, "NAME"))
        assert name in page
    first, second = (m[m.index("Shared with “") :].split("</p>")[0] for m in messages)
    assert first == second
    bob_share, nobody = BuddyShare.objects.filter(owner=alice).order_by("pk")
    assert (bob_share.kind, bob_share.label, bob_share.buddy) == ("account", "Bob", bob)
    assert (nobody.label, nobody.buddy) == ("nobody-here", None)
    # The same name again (any case) is the same share.
    alice_client.post("/accounts/buddy/invite/", {"invite-username": "bob"})
    assert BuddyShare.objects.filter(owner=alice).count() == 2


def test_it_does_not_share_with_yourself_or_nobody(alice_client: Client, alice: User) -> None:
    response = alice_client.post("/accounts/buddy/invite/", {"invite-username": "ALICE"})
    assert response.status_code == 400
    assert "your own user name" in response.content.decode()
    response = alice_client.post("/accounts/buddy/invite/", {"invite-username": "  "})
    assert response.status_code == 400
    assert not BuddyShare.objects.exists()


def test_it_stops_a_share_at_once_and_can_undo_it(alice_client: Client, alice: User) -> None:
    made = buddy.create_link(alice, "Sam")
    assert buddy.share_for_token(made.token) == made.share
    response = alice_client.post(f"/accounts/buddy/{made.share.pk}/stop/")
    assert response.status_code == 302
    assert buddy.share_for_token(made.token) is None
    body = alice_client.get(response["Location"]).content.decode()
    assert "You stopped sharing with Sam." in body and "the link opens nothing now" in body
    assert "Undo, keep sharing" in body
    assert "1 share you stopped" in body
    response = alice_client.post(f"/accounts/buddy/{made.share.pk}/resume/", follow=True)
    assert "Shared again, just as before." in response.content.decode()
    assert buddy.share_for_token(made.token) == made.share


def test_it_needs_a_post_to_stop_or_undo(alice_client: Client, alice: User) -> None:
    share = buddy.create_link(alice).share
    assert alice_client.get(f"/accounts/buddy/{share.pk}/stop/").status_code == 405
    assert alice_client.get(f"/accounts/buddy/{share.pk}/resume/").status_code == 405
    csrf = Client(enforce_csrf_checks=True)
    csrf.force_login(alice)
    assert csrf.post(f"/accounts/buddy/{share.pk}/stop/").status_code == 403
    share.refresh_from_db()
    assert share.revoked_at is None


def test_it_is_nobody_elses_to_list_stop_or_undo(alice: User, bob: User) -> None:
    share = buddy.create_link(alice, "Samwise Gamgee").share
    ended = buddy.create_link(alice, "Jo March").share
    buddy.revoke(ended)
    bob_client = _signed_in(bob)
    body = bob_client.get(PAGE).content.decode()
    assert "Samwise" not in body and "Jo March" not in body
    assert bob_client.get(f"{PAGE}?ended={ended.pk}").content.decode().count("Jo March") == 0
    assert bob_client.post(f"/accounts/buddy/{share.pk}/stop/").status_code == 404
    assert bob_client.post(f"/accounts/buddy/{ended.pk}/resume/").status_code == 404
    share.refresh_from_db()
    ended.refresh_from_db()
    assert share.revoked_at is None and ended.revoked_at is not None


def test_it_sends_a_stranger_to_sign_in(client: Client, alice: User) -> None:
    share = buddy.create_link(alice).share
    for url in (PAGE, "/accounts/buddy/shared-with-me/"):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    response = client.post(f"/accounts/buddy/{share.pk}/stop/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    response = client.post(PAGE, {"link-label": "x"})
    assert response.status_code == 302
    assert BuddyShare.objects.count() == 1


def test_it_lists_what_others_share_with_me(alice: User, bob: User) -> None:
    carol = make_user("carol", display_name="Carol")
    buddy.invite_account(alice, "bob")
    stopped = buddy.invite_account(carol, "bob")
    buddy.revoke(stopped)
    buddy.invite_account(carol, "alice")  # for alice, not bob
    body = _signed_in(bob).get("/accounts/buddy/shared-with-me/").content.decode()
    assert "Alice" in body and "See their week" in body
    assert "Carol" not in body
    empty = _signed_in(make_user("dan")).get("/accounts/buddy/shared-with-me/")
    assert "Nobody has shared their week with you yet" in empty.content.decode()


def test_it_links_the_buddy_pages_from_the_profile(alice_client: Client) -> None:
    body = alice_client.get("/accounts/profile/").content.decode()
    assert 'href="/accounts/buddy/"' in body and 'href="/accounts/buddy/shared-with-me/"' in body


def test_it_exports_shares_without_their_secret_or_the_buddys_account(
    alice: User, bob: User
) -> None:
    made = buddy.create_link(alice, "Sam")
    buddy.invite_account(alice, "bob")
    data = exporter.export_data(alice)
    text = json.dumps(data)
    assert made.token not in text and buddy.hash_token(made.token) not in text
    rows = data["buddy_shares"]
    assert sorted((r["kind"], r["label"]) for r in rows) == [("account", "bob"), ("link", "Sam")]
    assert all("token_hash" not in r and "buddy_id" not in r for r in rows)
    assert set(data["left_out"]["buddy_shares"]) == {"token_hash", "buddy"}


def test_it_removes_shares_when_either_account_is_deleted(alice: User, bob: User) -> None:
    carol = make_user("carol")
    buddy.invite_account(alice, "bob")
    buddy.create_link(alice, "Sam")
    from_bob = buddy.invite_account(bob, "carol")
    to_bob = buddy.invite_account(carol, "bob")
    removed = delete_account(alice)
    assert removed["buddy shares"] == 2
    assert not BuddyShare.objects.filter(owner_id=alice.pk).exists()
    delete_account(bob)
    assert not BuddyShare.objects.filter(pk__in=[from_bob.pk, to_bob.pk]).exists()
    assert list(BuddyShare.objects.all()) == []


def test_a_share_stops_while_its_owner_is_being_deleted(alice: User, bob: User) -> None:
    made = buddy.create_link(alice)
    for_bob = buddy.invite_account(alice, "bob")
    alice.is_active = False  # deletion closes the account first, then removes rows in batches
    alice.save()
    assert buddy.share_for_token(made.token) is None
    assert buddy.shared_with(bob) == []
    assert buddy.share_for_buddy(bob, for_bob.pk) is None


def test_a_restored_share_opens_nothing(alice: User, bob: User) -> None:
    from nextyes.pipeline.transfer.restore import restore

    buddy.create_link(alice, "Sam")
    buddy.invite_account(alice, "bob")
    carol = make_user("carol")
    restore(carol, exporter.export_data(alice))
    restored = list(BuddyShare.objects.filter(owner=carol))
    assert sorted(s.label for s in restored) == ["Sam", "bob"]
    assert all(s.is_restored for s in restored)
    assert buddy.shared_with(bob) == [BuddyShare.objects.get(owner=alice, kind="account")]
    body = _signed_in(carol).get(PAGE).content.decode()
    assert body.count("came with an imported export") == 2
