"""An interview's place or video link: set in the form, shown on the application's page."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.pipeline import services
from nextyes.pipeline.models import Interview
from tests.conftest import page


def test_it_keeps_the_place_or_link_and_shows_it(alice: User, alice_client: Client) -> None:
    acme = services.create_application(alice, company="Acme", role="Engineer")
    form = page(alice_client.get(reverse("pipeline:interview_new", args=[acme.pk])))
    assert 'name="location"' in form and "the link to the video call" in form
    data = {"scheduled_at": "2026-12-08T10:30", "round": "1", "kind": "video"}
    link = "https://meet.example/abc-defg"
    response = alice_client.post(
        reverse("pipeline:interview_new", args=[acme.pk]), {**data, "location": link}, follow=True
    )
    assert Interview.objects.get(application=acme).location == link
    assert f'<a href="{link}" rel="noopener noreferrer">{link}</a>' in page(response)
    alice_client.post(
        reverse("pipeline:interview_new", args=[acme.pk]),
        {**data, "round": "2", "location": "3 rue de la Paix, Paris"},
    )
    html = page(alice_client.get(reverse("pipeline:application", args=[acme.pk])))
    assert "3 rue de la Paix, Paris" in html
    assert 'href="3 rue' not in html  # a street address is no link
