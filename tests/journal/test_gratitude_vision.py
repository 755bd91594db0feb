"""Gratitude (add, look back by day, edit, delete) and the north star with the vision board."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.test import Client, RequestFactory
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.journal.models import Aspiration, Gratitude
from nextyes.journal.selectors.gratitude import today_count
from nextyes.journal.selectors.vision import aspirations
from nextyes.journal.services.gratitude import add_gratitudes
from nextyes.journal.services.vision import MAX_ASPIRATIONS, add_aspiration
from nextyes.lib.dates import today_for


def test_it_keeps_three_things_for_today(alice: User, alice_client: Client) -> None:
    response = alice_client.post(
        reverse("journal:gratitude"),
        {"first": "A long call with Mum", "second": "", "third": "Rain on the window"},
        follow=True,
    )
    body = response.content.decode()
    assert "Kept. Those moments are yours." in body
    assert "A long call with Mum" in body and "Rain on the window" in body
    rows = list(Gratitude.objects.filter(owner=alice).values_list("text", "day"))
    assert rows == [
        ("A long call with Mum", today_for(alice)),
        ("Rain on the window", today_for(alice)),
    ]


def test_it_asks_for_at_least_one_thing(alice: User, alice_client: Client) -> None:
    response = alice_client.post(reverse("journal:gratitude"), {"first": "  ", "second": ""})
    assert response.status_code == 400
    assert "Write at least one thing" in response.content.decode()
    assert not Gratitude.objects.exists()


def test_it_allows_any_number_a_day(alice: User) -> None:
    add_gratitudes(alice, ["One", "Two", "Three"])
    add_gratitudes(alice, ["Four"])
    assert today_count(alice) == 4


def test_it_looks_back_day_by_day_in_pages(alice: User, alice_client: Client) -> None:
    today = today_for(alice)
    for back in range(20):
        add_gratitudes(
            alice, [f"Thing {back}a", f"Thing {back}b"], day=today - dt.timedelta(days=back)
        )
    body = alice_client.get(reverse("journal:gratitude")).content.decode()
    assert "Thing 0a" in body and "Thing 13b" in body and "Thing 14a" not in body
    assert "Page 1 of 2" in body
    older = alice_client.get(reverse("journal:gratitude") + "?page=2").content.decode()
    assert "Thing 14a" in older and "Thing 19b" in older and "Thing 0a" not in older
    day = (today - dt.timedelta(days=15)).strftime("%Y-%m-%d")
    assert f'datetime="{day}"' in older


def test_it_edits_and_deletes_an_entry(alice: User, alice_client: Client) -> None:
    (entry,) = add_gratitudes(alice, ["Coffe with Sam"])
    yesterday = today_for(alice) - dt.timedelta(days=1)
    response = alice_client.post(
        reverse("journal:gratitude_edit", args=[entry.pk]),
        {"text": "Coffee with Sam", "day": yesterday.isoformat()},
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.text, entry.day) == ("Coffee with Sam", yesterday)
    page = alice_client.get(reverse("journal:gratitude_delete", args=[entry.pk])).content.decode()
    assert "Delete this one?" in page and "Coffee with Sam" in page
    alice_client.post(reverse("journal:gratitude_delete", args=[entry.pk]))
    assert not Gratitude.objects.filter(pk=entry.pk).exists()


def test_it_refuses_a_day_in_the_future(alice: User, alice_client: Client) -> None:
    (entry,) = add_gratitudes(alice, ["Sun"])
    later = today_for(alice) + dt.timedelta(days=3)
    response = alice_client.post(
        reverse("journal:gratitude_edit", args=[entry.pk]), {"text": "Sun", "day": later}
    )
    assert response.status_code == 400
    assert "hasn" in response.content.decode()


def test_it_never_shows_bobs_gratitude_to_alice(
    alice: User, bob: User, alice_client: Client
) -> None:
    add_gratitudes(bob, ["Bob's secret garden"])
    assert "secret garden" not in alice_client.get(reverse("journal:gratitude")).content.decode()


# --- North star and vision board -------------------------------------------------------------


def test_it_saves_the_north_star_and_shows_it_on_today(alice: User, alice_client: Client) -> None:
    alice_client.post(
        reverse("journal:vision"),
        {"action": "north-star", "north_star": "Work that keeps people well"},
    )
    alice.refresh_from_db()
    assert alice.north_star == "Work that keeps people well"
    assert (
        "Work that keeps people well"
        in alice_client.get(reverse("momentum:today")).content.decode()
    )


def test_it_adds_reorders_edits_and_deletes_aspirations(alice: User, alice_client: Client) -> None:
    url = reverse("journal:vision")
    for text in ("A team that learns together", "Walk to work", "Time for music"):
        alice_client.post(url, {"action": "aspiration", "text": text})

    def order() -> list[str]:
        return list(aspirations(alice).values_list("text", flat=True))

    assert order() == ["A team that learns together", "Walk to work", "Time for music"]
    third = Aspiration.objects.get(text="Time for music")
    response = alice_client.post(
        reverse("journal:aspiration_move", args=[third.pk]), {"direction": "up"}
    )
    assert response["Location"].endswith(f"#aspiration-{third.pk}")
    assert order() == ["A team that learns together", "Time for music", "Walk to work"]
    first = Aspiration.objects.get(text="A team that learns together")
    alice_client.post(reverse("journal:aspiration_move", args=[first.pk]), {"direction": "up"})
    assert order()[0] == "A team that learns together"  # already on top: nothing moves
    alice_client.post(reverse("journal:aspiration_move", args=[first.pk]), {"direction": "down"})
    assert order() == ["Time for music", "A team that learns together", "Walk to work"]
    alice_client.post(
        reverse("journal:aspiration_edit", args=[first.pk]), {"text": "A team that teaches"}
    )
    alice_client.post(reverse("journal:aspiration_delete", args=[third.pk]))
    assert order() == ["A team that teaches", "Walk to work"]


def test_it_refuses_a_move_with_a_get(alice: User, alice_client: Client) -> None:
    entry = add_aspiration(alice, "Calm mornings")
    response = alice_client.get(reverse("journal:aspiration_move", args=[entry.pk]))
    assert response.status_code == 405


def test_it_keeps_the_board_short(alice: User) -> None:
    for i in range(MAX_ASPIRATIONS):
        add_aspiration(alice, f"Hope {i}")
    with pytest.raises(ValidationError):
        add_aspiration(alice, "One too many")


def test_it_shows_the_vision_board_on_today(alice: User, alice_client: Client) -> None:
    body = alice_client.get(reverse("momentum:today")).content.decode()
    assert "Start your vision board" in body
    add_aspiration(alice, "A desk by a window")
    body = alice_client.get(reverse("momentum:today")).content.decode()
    assert "My vision board" in body and "A desk by a window" in body


def test_it_offers_the_compact_board_with_the_why_for_the_ritual(
    alice: User, rf: RequestFactory
) -> None:
    from django.template import Context, Template

    alice.north_star = "To build tools nurses love"
    alice.save()
    add_aspiration(alice, "Mornings for deep work")
    request = rf.get("/")
    request.user = alice
    shown = Template("{% load care %}{% vision_board compact=True %}").render(
        Context({"request": request})
    )
    assert "To build tools nurses love" in shown and "Mornings for deep work" in shown
