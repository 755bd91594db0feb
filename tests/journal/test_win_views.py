from __future__ import annotations

import datetime as dt

from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.journal import services
from nextyes.journal.models import Win
from nextyes.lib.dates import today_for

LIST = reverse("journal:win_list")


def test_it_explains_why_wins_matter_when_there_are_none(alice_client: Client) -> None:
    body = alice_client.get(LIST).content.decode()
    assert "Your wins will gather here" in body
    assert "whether or not a yes follows" in body
    assert "Took a step on my job search today" in body
    assert 'type="date"' in body


def test_it_adds_the_suggested_first_win(alice_client: Client, alice: User) -> None:
    response = alice_client.post(
        LIST, {"text": "Took a step", "kind": "personal", "occurred_on": ""}, follow=True
    )
    assert "Win saved. Nice." in response.content.decode()
    win = Win.objects.get(owner=alice)
    assert (win.text, win.kind, win.occurred_on) == ("Took a step", "personal", today_for(alice))


def test_it_adds_a_win_from_the_list_page(alice_client: Client, alice: User) -> None:
    response = alice_client.post(
        LIST,
        {"text": "Finished a SQL course", "kind": "learning", "occurred_on": "2026-02-03"},
        follow=True,
    )
    body = response.content.decode()
    assert "Finished a SQL course" in body and "February 2026" in body
    assert Win.objects.get(owner=alice).occurred_on == dt.date(2026, 2, 3)


def test_it_shows_what_is_wrong_with_a_win(alice_client: Client, alice: User) -> None:
    future = (today_for(alice) + dt.timedelta(days=3)).isoformat()
    response = alice_client.post(LIST, {"text": "Hired", "kind": "other", "occurred_on": future})
    assert "hasn&#x27;t come yet" in response.content.decode()
    assert not Win.objects.exists()


def test_it_groups_by_month_marks_automatic_wins_and_filters(
    alice_client: Client, alice: User
) -> None:
    services.add_win(alice, "Met Sam for coffee", "networking", on=dt.date(2026, 3, 2))
    services.add_win(
        alice,
        "Offer from Acme",
        "interview",
        on=dt.date(2026, 1, 9),
        automatic=True,
        source_key="offer:1",
    )
    body = alice_client.get(LIST).content.decode()
    assert body.index("March 2026") < body.index("Met Sam") < body.index("January 2026")
    assert body.index("January 2026") < body.index("Offer from Acme")
    assert body.count("added by NextYes") == 1
    filtered = alice_client.get(LIST, {"kind": "networking"}).content.decode()
    assert "Met Sam for coffee" in filtered and "Offer from Acme" not in filtered
    none = alice_client.get(LIST, {"kind": "personal"}).content.decode()
    assert "No wins of the kind “Personal” yet." in none


def test_it_quick_adds_a_win_and_goes_back(alice_client: Client, alice: User) -> None:
    response = alice_client.post(
        reverse("journal:win_new"),
        {"text": "Asked for a referral", "kind": "other", "next": "/board/"},
    )
    assert response["Location"] == "/board/"
    assert Win.objects.get(owner=alice).text == "Asked for a referral"


def test_it_never_follows_a_next_off_the_site(alice_client: Client) -> None:
    response = alice_client.post(
        reverse("journal:win_new"),
        {"text": "Win", "kind": "other", "next": "https://evil.example/"},
    )
    assert response["Location"] == LIST


def test_it_offers_quick_add_in_the_header(alice_client: Client) -> None:
    body = alice_client.get(reverse("journal:win_new"), {"next": "/board/"}).content.decode()
    assert 'id="quick-win-text"' in body
    assert 'name="next" value="/board/"' in body
    assert "Big or small" in body


def test_it_edits_a_win(alice_client: Client, alice: User) -> None:
    win = services.add_win(alice, "Sent one", "application", on=dt.date(2026, 3, 1))
    assert win is not None
    page = alice_client.get(reverse("journal:win_edit", args=[win.pk])).content.decode()
    assert 'value="Sent one"' in page
    alice_client.post(
        reverse("journal:win_edit", args=[win.pk]),
        {"text": "Sent two", "kind": "application", "occurred_on": "2026-03-02"},
    )
    win.refresh_from_db()
    assert (win.text, win.occurred_on) == ("Sent two", dt.date(2026, 3, 2))


def test_it_asks_before_deleting_and_offers_undo(alice_client: Client, alice: User) -> None:
    win = services.add_win(
        alice,
        "Reached the interview stage at Acme",
        "interview",
        automatic=True,
        source_key="interview:4",
    )
    assert win is not None
    url = reverse("journal:win_delete", args=[win.pk])
    assert "Delete this win?" in alice_client.get(url).content.decode()
    assert Win.objects.filter(owner=alice).exists()
    body = alice_client.post(url, follow=True).content.decode()
    assert "Win deleted." in body and "Undo" in body
    assert not Win.objects.filter(owner=alice).exists()
    assert "Undo" not in alice_client.get(LIST).content.decode()  # offered once, right after
    body = alice_client.post(LIST, {"action": "undo"}, follow=True).content.decode()
    assert "Win put back." in body
    back = Win.objects.get(owner=alice)
    assert (back.text, back.automatic, back.source_key) == (win.text, True, "interview:4")
    body = alice_client.post(LIST, {"action": "undo"}, follow=True).content.decode()
    assert "nothing left to undo" in body
    assert Win.objects.filter(owner=alice).count() == 1


def test_it_shows_bob_none_of_alices_wins(alice: User, bob_client: Client) -> None:
    win = services.add_win(alice, "Alice's quiet win")
    assert win is not None
    assert "Alice&#x27;s quiet win" not in bob_client.get(LIST).content.decode()
    assert bob_client.post(reverse("journal:win_delete", args=[win.pk])).status_code == 404
    assert bob_client.post(LIST, {"action": "undo"}).status_code == 302
    assert Win.objects.filter(owner=alice).count() == 1
