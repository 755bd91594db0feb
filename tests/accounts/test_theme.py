"""The profile's colours: the server writes the choice on <html>, so no page flashes."""

from __future__ import annotations

from django.test import Client

from nextyes.accounts.models import User

PROFILE = {"display_name": "Al", "timezone": "UTC", "week_start": "0", "north_star": ""}


def test_it_follows_the_device_by_default(alice_client: Client, alice: User) -> None:
    html = alice_client.get("/").content.decode()
    assert alice.theme == "system"
    assert "data-theme=" not in html.split(">", 2)[1]


def test_it_saves_a_chosen_theme_and_renders_it_on_html(alice_client: Client, alice: User) -> None:
    alice_client.post("/accounts/profile/", {**PROFILE, "theme": "dark"})
    alice.refresh_from_db()
    assert alice.theme == "dark"
    assert '<html lang="en" data-theme="dark">' in alice_client.get("/").content.decode()


def test_it_keeps_the_theme_when_a_form_leaves_it_out(alice_client: Client, alice: User) -> None:
    alice.theme = "light"
    alice.save()
    alice_client.post("/accounts/profile/", PROFILE)
    alice.refresh_from_db()
    assert alice.theme == "light"


def test_it_refuses_an_unknown_theme(alice_client: Client, alice: User) -> None:
    response = alice_client.post("/accounts/profile/", {**PROFILE, "theme": "purple"})
    assert "Select a valid choice" in response.content.decode()
    alice.refresh_from_db()
    assert alice.theme == "system"


def test_it_offers_the_three_choices_on_the_profile(alice_client: Client) -> None:
    html = alice_client.get("/accounts/profile/").content.decode()
    for value in ("system", "light", "dark"):
        assert f'value="{value}"' in html
