"""Deleting a rejection from the timeline offers to remove the ritual it opened."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.pipeline.models import StageEvent
from nextyes.recovery import services
from nextyes.recovery.models import Ritual
from tests.recovery.helpers import rejected

OFFER = "Also remove the open ritual for this rejection"


def test_it_offers_to_remove_the_open_ritual_checked(alice: User, alice_client: Client) -> None:
    app, _ritual = rejected(alice)
    event = app.events.get(stage="rejected")
    body = alice_client.get(reverse("pipeline:event_delete", args=[event.pk])).content.decode()
    assert OFFER in body
    assert 'name="remove_ritual" value="yes" checked' in body


def test_it_removes_the_ritual_when_ticked(alice: User, alice_client: Client) -> None:
    app, _ritual = rejected(alice)
    event = app.events.get(stage="rejected")
    response = alice_client.post(
        reverse("pipeline:event_delete", args=[event.pk]), {"remove_ritual": "yes"}, follow=True
    )
    assert "Its open ritual is gone too." in response.content.decode()
    assert not StageEvent.objects.filter(pk=event.pk).exists()
    assert not Ritual.objects.exists()


def test_it_keeps_the_ritual_when_unticked(alice: User, alice_client: Client) -> None:
    app, ritual = rejected(alice)
    event = app.events.get(stage="rejected")
    alice_client.post(reverse("pipeline:event_delete", args=[event.pk]), {})
    assert not StageEvent.objects.filter(pk=event.pk).exists()
    assert Ritual.objects.get(pk=ritual.pk).status == "open"


def test_it_offers_nothing_for_other_events_or_finished_rituals(
    alice: User, alice_client: Client
) -> None:
    app, ritual = rejected(alice)
    screen = app.events.get(stage="screen")
    body = alice_client.get(reverse("pipeline:event_delete", args=[screen.pk])).content.decode()
    assert OFFER not in body
    services.finish(ritual)
    event = app.events.get(stage="rejected")
    body = alice_client.get(reverse("pipeline:event_delete", args=[event.pk])).content.decode()
    assert OFFER not in body
    alice_client.post(reverse("pipeline:event_delete", args=[event.pk]), {"remove_ritual": "yes"})
    assert Ritual.objects.get(pk=ritual.pk).status == "finished"


def test_it_never_touches_someone_elses_ritual(alice: User, bob_client: Client) -> None:
    app, ritual = rejected(alice)
    event = app.events.get(stage="rejected")
    response = bob_client.post(
        reverse("pipeline:event_delete", args=[event.pk]), {"remove_ritual": "yes"}
    )
    assert response.status_code == 404
    assert Ritual.objects.filter(pk=ritual.pk).exists()
    assert StageEvent.objects.filter(pk=event.pk).exists()
