"""Box breathing and the visualisation before an interview, without JavaScript."""

from __future__ import annotations

import datetime as dt

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.pipeline import services
from nextyes.pipeline.models import Interview


def interview_for(user: User, company: str = "Quillfeather") -> Interview:
    app = services.create_application(
        user, company=company, role="Data Engineer", applied_on=dt.date(2026, 3, 2)
    )
    return Interview.objects.create(
        owner=user,
        application=app,
        scheduled_at=timezone.now() + dt.timedelta(days=2),
        round=1,
        kind="video",
    )


def test_it_gives_breathing_steps_that_work_without_script(alice_client: Client) -> None:
    body = alice_client.get(reverse("journal:breathe")).content.decode()
    assert "Box breathing" in body
    assert "Breathe in through your nose, counting slowly to 4" in body
    assert 'aria-live="polite"' in body
    # The start button only appears once the script runs; the page never needs it.
    assert "data-breath-toggle hidden" in body
    assert "nextyes/breathe.js" in body and "<script>" not in body


def test_it_guides_a_visualisation_without_an_interview(alice_client: Client) -> None:
    body = alice_client.get(reverse("journal:visualise")).content.decode()
    assert "Before the interview" in body and "Settle." in body and "Come back." in body


def test_it_names_the_company_of_alices_own_interview(alice: User, alice_client: Client) -> None:
    interview = interview_for(alice)
    url = reverse("journal:visualise") + f"?interview={interview.pk}"
    body = alice_client.get(url).content.decode()
    assert "Data Engineer at Quillfeather" in body
    assert "with Quillfeather" in body
    assert reverse("pipeline:application", args=[interview.application.pk]) in body


def test_it_never_shows_someone_elses_interview(alice: User, bob_client: Client) -> None:
    interview = interview_for(alice, company="Secretco")
    response = bob_client.get(reverse("journal:visualise") + f"?interview={interview.pk}")
    assert response.status_code == 404
    assert "Secretco" not in response.content.decode()
    assert bob_client.get(reverse("journal:visualise") + "?interview=abc").status_code == 404


def test_it_offers_the_visualisation_only_before_an_interview(alice: User) -> None:
    from django.template import Context, Template

    ahead = interview_for(alice)
    past = Interview.objects.create(
        owner=alice,
        application=ahead.application,
        scheduled_at=timezone.now() - dt.timedelta(days=1),
        round=2,
        kind="onsite",
    )
    snippet = Template(
        "{% load care %}{% if interview|is_upcoming %}"
        "<a href=\"{% url 'journal:visualise' %}?interview={{ interview.pk }}\">Picture it</a>"
        "{% endif %}"
    )
    shown = snippet.render(Context({"interview": ahead}))
    assert f"/visualise/?interview={ahead.pk}" in shown
    assert snippet.render(Context({"interview": past})) == ""
