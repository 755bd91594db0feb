"""With htmx, steps swap in place and the address follows; the same views serve plain forms."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.recovery.models import Ritual
from tests.recovery.helpers import rejected

HX = {"HX-Request": "true"}


def step_url(ritual: Ritual, step: str) -> str:
    return reverse("recovery:ritual_step", kwargs={"pk": ritual.pk, "step": step})


def test_it_swaps_in_the_next_step_and_pushes_its_address(
    alice: User, alice_client: Client
) -> None:
    _app, ritual = rejected(alice)
    response = alice_client.post(step_url(ritual, "feel"), {"emotions": ["angry"]}, headers=HX)
    body = response.content.decode()
    assert response["HX-Push-Url"] == step_url(ritual, "pause")
    assert body.startswith('<div id="ritual-panel"') and "<html" not in body
    assert "Step 2 of 6" in body
    assert Ritual.objects.get(pk=ritual.pk).emotions == ["angry"]


def test_it_shows_errors_in_place_without_moving_on(alice: User, alice_client: Client) -> None:
    _app, ritual = rejected(alice)
    response = alice_client.post(step_url(ritual, "pause"), {"resume_on": "someday"}, headers=HX)
    assert "HX-Push-Url" not in response
    assert "Step 2 of 6" in response.content.decode()
    assert "Enter a valid date" in response.content.decode()


def test_it_leaves_the_panel_for_a_full_page_when_putting_aside(
    alice: User, alice_client: Client
) -> None:
    _app, ritual = rejected(alice)
    response = alice_client.post(step_url(ritual, "feel"), {"action": "aside"}, headers=HX)
    assert response["HX-Redirect"] == reverse("recovery:ritual_list")
    assert Ritual.objects.get(pk=ritual.pk).status == "set-aside"


def test_it_goes_to_the_summary_when_finishing(alice: User, alice_client: Client) -> None:
    _app, ritual = rejected(alice)
    response = alice_client.post(step_url(ritual, "next-step"), {"action": "skip"}, headers=HX)
    assert response["HX-Redirect"] == reverse("recovery:ritual", args=[ritual.pk])
    assert Ritual.objects.get(pk=ritual.pk).status == "finished"


def test_it_swaps_the_messages_to_another_tone(alice: User, alice_client: Client) -> None:
    _app, ritual = rejected(alice)
    body = alice_client.get(
        step_url(ritual, "reach-out") + "?tone=formal", headers=HX
    ).content.decode()
    assert body.startswith('<div id="ritual-panel"') and "Dear hiring team" in body
