"""Lessons and feedback pages, and the help page on what is typical."""

from __future__ import annotations

import datetime as dt

from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.journal.models import Win
from nextyes.recovery.models import Feedback, Lesson
from nextyes.recovery.services import lessons as lesson_services
from tests.recovery.helpers import rejected


def test_it_adds_edits_and_removes_a_lesson(alice: User, alice_client: Client) -> None:
    app, _ritual = rejected(alice, company="Acme", stages=("interview",))
    form = alice_client.get(reverse("recovery:lesson_new") + f"?application={app.pk}")
    assert f'<option value="{app.pk}" selected>' in form.content.decode()
    response = alice_client.post(
        reverse("recovery:lesson_new"),
        {
            "text": "Prepare a question for each interviewer",
            "tags": "Interviews, prep",
            "application": app.pk,
            "learned_on": "2026-03-04",
        },
        follow=True,
    )
    body = response.content.decode()
    assert "Prepare a question for each interviewer" in body and "Lesson kept" in body
    lesson = Lesson.objects.get(owner=alice)
    assert (lesson.tags, lesson.stage, lesson.learned_on) == (
        "interviews, prep",
        "interview",
        dt.date(2026, 3, 4),
    )
    alice_client.post(
        reverse("recovery:lesson_edit", args=[lesson.pk]),
        {"text": "Prepare two questions", "tags": "prep", "learned_on": "2026-03-05"},
    )
    lesson.refresh_from_db()
    assert (lesson.text, lesson.tags, lesson.application, lesson.stage) == (
        "Prepare two questions",
        "prep",
        None,
        "",
    )
    alice_client.post(reverse("recovery:lesson_delete", args=[lesson.pk]))
    assert not Lesson.objects.exists()


def test_it_filters_lessons_by_tag_company_and_stage(alice: User, alice_client: Client) -> None:
    acme, _ = rejected(alice, company="Acme", stages=("interview",))
    globex, _ = rejected(alice, company="Globex", stages=("screen",))
    lesson_services.add_lesson(alice, "Quantify results", tags="résumé", application=acme)
    lesson_services.add_lesson(alice, "Smile on video", tags="interviews", application=acme)
    lesson_services.add_lesson(alice, "Ask about budget", tags="interviews", application=globex)
    lesson_services.add_lesson(alice, "Tag lookalike", tags="interviews-prep")
    url = reverse("recovery:lesson_list")

    def shown(query: str) -> set[str]:
        body = alice_client.get(url + query).content.decode()
        texts = ("Quantify results", "Smile on video", "Ask about budget", "Tag lookalike")
        return {t for t in texts if t in body}

    assert shown("") == {"Quantify results", "Smile on video", "Ask about budget", "Tag lookalike"}
    assert shown("?tag=interviews") == {"Smile on video", "Ask about budget"}
    assert shown(f"?company={globex.company_id}") == {"Ask about budget"}
    assert shown("?stage=interview") == {"Quantify results", "Smile on video"}
    assert shown(f"?tag=interviews&company={acme.company_id}") == {"Smile on video"}


def test_it_welcomes_a_first_lesson(alice: User, alice_client: Client) -> None:
    body = alice_client.get(reverse("recovery:lesson_list")).content.decode()
    assert "No lessons yet" in body


def test_it_records_feedback_and_keeps_the_kind_words_as_a_win(
    alice: User, alice_client: Client
) -> None:
    app, _ritual = rejected(alice, company="Hooli")
    alice_client.post(
        reverse("recovery:feedback_new"),
        {
            "text": "Your case study was the best we saw",
            "positive": "on",
            "application": app.pk,
            "received_on": "2026-03-10",
        },
    )
    feedback = Feedback.objects.get(owner=alice)
    body = alice_client.get(reverse("recovery:feedback_list")).content.decode()
    assert "Your case study was the best we saw" in body and "Keep this as a win" in body
    alice_client.post(reverse("recovery:feedback_win", args=[feedback.pk]))
    alice_client.post(reverse("recovery:feedback_win", args=[feedback.pk]))  # twice: one win
    win = Win.objects.get(owner=alice)
    assert (win.kind, win.source_key, win.occurred_on, win.application) == (
        "positive-feedback",
        f"feedback:{feedback.pk}",
        dt.date(2026, 3, 10),
        app,
    )
    assert win.text == "Encouraging feedback from Hooli: “Your case study was the best we saw”"
    body = alice_client.get(reverse("recovery:feedback_list")).content.decode()
    assert "Keep this as a win" not in body and "In your wins" in body


def test_it_offers_no_win_for_critical_feedback(alice: User, alice_client: Client) -> None:
    feedback = lesson_services.add_feedback(alice, "Needed more SQL")
    body = alice_client.get(reverse("recovery:feedback_list")).content.decode()
    assert "Needed more SQL" in body and "Keep this as a win" not in body
    alice_client.post(reverse("recovery:feedback_win", args=[feedback.pk]))
    assert not Win.objects.exists()


def test_it_edits_and_removes_feedback(alice: User, alice_client: Client) -> None:
    feedback = lesson_services.add_feedback(alice, "Fine", received_on=dt.date(2026, 3, 1))
    alice_client.post(
        reverse("recovery:feedback_edit", args=[feedback.pk]),
        {"text": "Strong on SQL", "positive": "on", "received_on": "2026-03-02"},
    )
    feedback.refresh_from_db()
    assert (feedback.text, feedback.positive, feedback.received_on) == (
        "Strong on SQL",
        True,
        dt.date(2026, 3, 2),
    )
    page = alice_client.get(reverse("recovery:feedback_delete", args=[feedback.pk]))
    assert "Remove this feedback?" in page.content.decode()
    alice_client.post(reverse("recovery:feedback_delete", args=[feedback.pk]))
    assert not Feedback.objects.exists()


def test_it_explains_what_is_typical_with_sources(alice: User, alice_client: Client) -> None:
    rejected(alice)
    body = alice_client.get(reverse("recovery:help_typical")).content.decode()
    assert "About 2 in every 100" in body
    assert "around 50 applications lead to about 5 interviews" in body
    assert "hundreds of applicants" in body
    assert "How to Handle Job Rejection and Stay Motivated" in body
    assert "Turn Rejection into Motivation" in body
    assert "You have sent 1 application." in body and "1 came back as a “no”" in body
