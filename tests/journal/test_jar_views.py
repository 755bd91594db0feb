from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.journal import services
from nextyes.journal.models import JarNote

JAR = reverse("journal:jar")
DRAW = reverse("journal:jar_draw")


def test_it_invites_the_first_note(alice_client: Client) -> None:
    body = alice_client.get(JAR).content.decode()
    assert "The jar is waiting for its first note." in body
    assert "Draw a note" not in body


def test_it_adds_a_note(alice_client: Client, alice: User) -> None:
    body = alice_client.post(JAR, {"text": "I nailed the system design"}, follow=True)
    assert "Into the jar it goes." in body.content.decode()
    assert "I nailed the system design" in body.content.decode()
    assert JarNote.objects.get(owner=alice).text == "I nailed the system design"


def test_it_refuses_an_empty_note(alice_client: Client) -> None:
    response = alice_client.post(JAR, {"text": "  "})
    assert "This field is required." in response.content.decode()
    assert not JarNote.objects.exists()


def test_it_draws_a_note_without_javascript(alice_client: Client, alice: User) -> None:
    services.add_jar_note(alice, "I asked a sharp question")
    body = alice_client.post(DRAW).content.decode()
    assert "<blockquote>I asked a sharp question</blockquote>" in body
    assert "Draw another" in body
    assert JarNote.objects.get().last_drawn_at is not None


def test_it_swaps_in_the_drawn_note_with_htmx(alice_client: Client, alice: User) -> None:
    services.add_jar_note(alice, "I kept going")
    body = alice_client.post(DRAW, headers={"HX-Request": "true"}).content.decode()
    assert body.lstrip().startswith('<div id="jar-drawn"')
    assert "I kept going" in body and "<html" not in body


def test_it_draws_another_from_today_without_javascript_and_returns_there(
    alice_client: Client, alice: User
) -> None:
    today_url = reverse("momentum:today")
    services.add_jar_note(alice, "I asked a sharp question")
    services.add_jar_note(alice, "I kept my promise to rest")
    page = alice_client.get(today_url).content.decode()
    assert "<blockquote>I kept my promise to rest</blockquote>" in page
    shown = JarNote.objects.get(text="I kept my promise to rest")
    assert f'name="exclude" value="{shown.pk}"' in page
    assert f'name="next" value="{today_url}"' in page
    response = alice_client.post(DRAW, {"next": today_url, "exclude": shown.pk})
    assert response["Location"] == today_url
    # The first draw never repeats the note Today was already showing.
    page = alice_client.get(today_url).content.decode()
    assert "<blockquote>I asked a sharp question</blockquote>" in page


@pytest.mark.parametrize("unsafe", ["https://elsewhere.example/", "//elsewhere.example/", ""])
def test_it_never_sends_a_draw_to_another_site(
    alice_client: Client, alice: User, unsafe: str
) -> None:
    services.add_jar_note(alice, "I kept going")
    response = alice_client.post(DRAW, {"next": unsafe, "exclude": "not a number"})
    assert response.status_code == 200
    assert "<blockquote>I kept going</blockquote>" in response.content.decode()


def test_it_says_kindly_when_the_jar_is_empty(alice_client: Client) -> None:
    body = alice_client.post(DRAW, headers={"HX-Request": "true"}).content.decode()
    assert "The jar is empty for now." in body


def test_it_goes_back_to_the_jar_on_a_plain_visit_to_draw(alice_client: Client) -> None:
    assert alice_client.get(DRAW)["Location"] == JAR


def test_it_edits_and_deletes_a_note(alice_client: Client, alice: User) -> None:
    note = services.add_jar_note(alice, "Draft")
    edit = reverse("journal:jar_edit", args=[note.pk])
    assert "Draft" in alice_client.get(edit).content.decode()
    alice_client.post(edit, {"text": "Final words"})
    assert JarNote.objects.get().text == "Final words"
    delete = reverse("journal:jar_delete", args=[note.pk])
    assert "Take this note out of the jar?" in alice_client.get(delete).content.decode()
    body = alice_client.post(delete, follow=True).content.decode()
    assert "Note taken out of the jar." in body
    assert not JarNote.objects.exists()


def test_it_never_draws_or_shows_another_persons_notes(alice: User, bob_client: Client) -> None:
    services.add_jar_note(alice, "Alice wrote this")
    assert "Alice wrote this" not in bob_client.get(JAR).content.decode()
    assert "The jar is empty for now." in bob_client.post(DRAW).content.decode()
    assert JarNote.objects.get().last_drawn_at is None
