from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, Contact, Interview

UTC = dt.UTC


@pytest.fixture
def acme(alice: User) -> Application:
    return services.create_application(alice, company="Acme", role="Engineer")


@pytest.fixture
def jo(alice: User) -> Contact:
    return Contact.objects.create(owner=alice, name="Jo Martin")


def interview_data(**overrides: object) -> dict[str, object]:
    return {"scheduled_at": "2026-03-10T14:30", "round": "1", "kind": "video", **overrides}


def test_it_adds_an_interview_in_the_persons_timezone(
    alice_client: Client, acme: Application, jo: Contact
) -> None:
    response = alice_client.post(
        reverse("pipeline:interview_new", args=[acme.pk]),
        interview_data(
            contacts=[jo.pk], prep_notes="Read their blog", questions_asked="Why us?", rating="4"
        ),
        follow=True,
    )
    interview = Interview.objects.get(application=acme)
    # Alice lives in Paris: 14:30 there in March is 13:30 UTC.
    assert interview.scheduled_at == dt.datetime(2026, 3, 10, 13, 30, tzinfo=UTC)
    assert list(interview.contacts.all()) == [jo]
    assert (interview.rating, interview.owner) == (4, acme.owner)
    html = response.content.decode()
    assert "Added the interview on" in html
    assert "Round 1, Video" in html and "Read their blog" in html and "Why us?" in html
    assert reverse("pipeline:contact", args=[jo.pk]) in html
    assert "10 Mar 2026, 14:30" in html  # shown back in her own time


def test_it_suggests_the_next_round(alice: User, alice_client: Client, acme: Application) -> None:
    Interview.objects.create(
        owner=alice,
        application=acme,
        scheduled_at=dt.datetime(2026, 3, 1, 9, tzinfo=UTC),
        kind="phone",
    )
    html = alice_client.get(reverse("pipeline:interview_new", args=[acme.pk])).content.decode()
    assert 'name="round" value="2"' in html


def test_it_only_offers_the_persons_own_contacts(
    alice_client: Client, bob: User, acme: Application, jo: Contact
) -> None:
    stranger = Contact.objects.create(owner=bob, name="Bob's recruiter")
    html = alice_client.get(reverse("pipeline:interview_new", args=[acme.pk])).content.decode()
    assert "Jo Martin" in html and "Bob&#x27;s recruiter" not in html
    response = alice_client.post(
        reverse("pipeline:interview_new", args=[acme.pk]), interview_data(contacts=[stranger.pk])
    )
    assert "is not one of the available choices" in response.content.decode()
    assert not Interview.objects.exists()


def test_it_explains_what_is_missing(alice_client: Client, acme: Application) -> None:
    response = alice_client.post(
        reverse("pipeline:interview_new", args=[acme.pk]),
        interview_data(scheduled_at="", rating="9", round="0"),
    )
    html = response.content.decode()
    assert "When is (or was) the interview?" in html
    assert "Please use a number from 1 to 5." in html
    assert "Rounds start at 1." in html
    assert not Interview.objects.exists()


def test_it_edits_an_interview(
    alice: User, alice_client: Client, acme: Application, jo: Contact
) -> None:
    interview = Interview.objects.create(
        owner=alice,
        application=acme,
        scheduled_at=dt.datetime(2026, 3, 10, 13, 30, tzinfo=UTC),
        kind="video",
    )
    html = alice_client.get(
        reverse("pipeline:interview_edit", args=[interview.pk])
    ).content.decode()
    assert 'value="2026-03-10T14:30"' in html  # Paris time in the form
    alice_client.post(
        reverse("pipeline:interview_edit", args=[interview.pk]),
        interview_data(kind="on-site", round="2", notes="Went well", contacts=[jo.pk]),
    )
    interview.refresh_from_db()
    assert (interview.kind, interview.round, interview.notes) == ("on-site", 2, "Went well")
    assert list(interview.contacts.all()) == [jo]


def test_it_deletes_an_interview_after_asking(
    alice: User, alice_client: Client, acme: Application
) -> None:
    interview = Interview.objects.create(
        owner=alice,
        application=acme,
        scheduled_at=dt.datetime(2026, 3, 10, 13, 30, tzinfo=UTC),
        kind="video",
    )
    html = alice_client.get(
        reverse("pipeline:interview_delete", args=[interview.pk])
    ).content.decode()
    assert "Delete this interview?" in html
    response = alice_client.post(
        reverse("pipeline:interview_delete", args=[interview.pk]), follow=True
    )
    assert "Deleted the interview on" in response.content.decode()
    assert not Interview.objects.exists()


def test_it_gives_bob_a_404_for_alices_interviews(
    alice: User, bob_client: Client, acme: Application
) -> None:
    interview = Interview.objects.create(
        owner=alice,
        application=acme,
        scheduled_at=dt.datetime(2026, 3, 10, 13, 30, tzinfo=UTC),
        kind="video",
    )
    urls = [
        reverse("pipeline:interview_new", args=[acme.pk]),
        reverse("pipeline:interview_edit", args=[interview.pk]),
        reverse("pipeline:interview_delete", args=[interview.pk]),
    ]
    for url in urls:
        assert bob_client.get(url).status_code == 404, url
        assert bob_client.post(url, interview_data(kind="phone")).status_code == 404, url
    interview.refresh_from_db()
    assert interview.kind == "video"
    assert Interview.objects.count() == 1
