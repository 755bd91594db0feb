"""The themes page: one's own lessons by theme, and a theme turned into a learning goal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.test import Client

from nextyes.accounts.models import User
from nextyes.momentum.models import Goal
from nextyes.recovery.models import Feedback, Lesson

ALICE_LESSONS = [
    "I named my salary too early and too low.",
    "Negotiate the pay package, not only the base salary.",
    "Ask about the salary band before naming a figure.",
    "Practise system design: caching, sharding and queues.",
    "My system design answer had no plan for scaling the database.",
    "Study distributed systems and architecture trade-offs.",
]


def add_lessons(user: User, texts: list[str]) -> None:
    for text in texts:
        Lesson.objects.create(owner=user, text=text, learned_on=dt.date(2026, 5, 1))


@pytest.mark.django_db
def test_it_shows_alices_lessons_by_theme_and_none_of_bobs(
    alice_client: Client, alice: User, bob: User
) -> None:
    add_lessons(alice, ALICE_LESSONS)
    Feedback.objects.create(
        owner=alice,
        text="Your salary expectations were above our band.",
        received_on=dt.date(2026, 5, 2),
    )
    add_lessons(
        bob, ["Bob's secret lesson about salary negotiation", "Bob thinks about caching"] * 3
    )
    page = alice_client.get("/insights/themes/").content.decode()
    assert "salary expectations" in page
    assert "system design depth" in page
    assert "I named my salary too early and too low." in page
    assert "Your salary expectations were above our band." in page
    assert "Turn this into a learning goal" in page
    assert "Bob" not in page


@pytest.mark.django_db
def test_it_asks_for_a_few_more_lessons_first(alice_client: Client, alice: User) -> None:
    page = alice_client.get("/insights/themes/").content.decode()
    assert "Write a few lessons and themes will appear" in page
    add_lessons(alice, ["Send a thank-you note after every interview."])
    page = alice_client.get("/insights/themes/").content.decode()
    assert "Write a few more lessons and themes will appear" in page
    assert "Send a thank-you note after every interview." in page


@pytest.mark.django_db
def test_it_turns_a_theme_into_a_weekly_learning_goal(alice_client: Client, alice: User) -> None:
    response = alice_client.post("/insights/themes/", {"theme": "salary expectations"}, follow=True)
    goal = Goal.objects.get(owner=alice)
    assert (goal.kind, goal.label, goal.weekly_target) == (
        "custom",
        "Practise: salary expectations",
        Decimal(1),
    )
    page = response.content.decode()
    assert "Practise: salary expectations" in page
    assert "New weekly goal" in page


@pytest.mark.django_db
def test_it_makes_no_goal_from_an_empty_theme(alice_client: Client, alice: User) -> None:
    response = alice_client.post("/insights/themes/", {"theme": "  "}, follow=True)
    assert not Goal.objects.filter(owner=alice).exists()
    assert "could not become a goal" in response.content.decode()


@pytest.mark.django_db
def test_it_makes_a_goal_only_for_the_person_asking(
    bob_client: Client, alice: User, bob: User
) -> None:
    bob_client.post("/insights/themes/", {"theme": "technical depth"})
    assert not Goal.objects.filter(owner=alice).exists()
    assert Goal.objects.get(owner=bob).label == "Practise: technical depth"
