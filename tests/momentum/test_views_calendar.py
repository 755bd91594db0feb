"""The calendar feed on the profile page, and making a new link from there."""

from __future__ import annotations

from django.test import Client

from nextyes.accounts.models import User
from nextyes.momentum.calendar import links
from tests.conftest import page


def test_the_profile_page_shows_the_link_and_says_who_can_read_it(
    alice_client: Client, alice: User
) -> None:
    text = page(alice_client.get("/accounts/profile/"))
    feed = links.feed_for(alice)
    assert f'value="http://testserver/calendar/{feed.token}.ics"' in text
    assert "anyone who has this link can read these events" in text
    assert 'data-copy="calendar-feed-url"' in text
    assert 'href="/calendar/new-link/"' in text
    # The page around it is whole: its navigation too.
    assert "<span>Today</span></a>" in text and '<a href=""></a>' not in text


def test_each_person_sees_only_their_own_link(alice: User, bob: User, bob_client: Client) -> None:
    alices = links.feed_for(alice)
    text = page(bob_client.get("/accounts/profile/"))
    assert alices.token not in text
    assert links.feed_for(bob).token in text


def test_a_new_link_is_asked_for_then_made_and_the_old_one_stops(
    alice_client: Client, alice: User
) -> None:
    old = links.feed_for(alice)
    old_path = links.path_of(old)
    asked = alice_client.get("/calendar/new-link/")
    assert "The link you have now will stop working at once" in page(asked)
    assert links.feed_for(alice).token == old.token  # asking changes nothing

    done = alice_client.post("/calendar/new-link/", follow=True)
    new = links.feed_for(alice)
    assert new.token != old.token
    assert done.redirect_chain[-1][0] == "/accounts/profile/#calendar-feed"
    text = page(done)
    assert "Here is your new calendar link" in text
    assert new.token in text and old.token not in text
    assert Client().get(old_path).status_code == 404
    assert Client().get(links.path_of(new)).status_code == 200


def test_making_a_new_link_changes_only_ones_own(
    alice: User, bob: User, bob_client: Client
) -> None:
    alices = links.feed_for(alice).token
    bob_client.post("/calendar/new-link/")
    assert links.feed_for(alice).token == alices
    assert Client().get(f"/calendar/{alices}.ics").status_code == 200


def test_making_a_new_link_needs_signing_in(client: Client, alice: User) -> None:
    token = links.feed_for(alice).token
    response = client.post("/calendar/new-link/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert links.feed_for(alice).token == token
