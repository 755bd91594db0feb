"""A ritual that fits what happened (issue 13, part 4): options, questions and drafts follow how far
the process went and what exists; drafts can be edited; untouched values are never saved; the
closing words say what was actually done."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.journal.models import Win
from nextyes.lib.dates import today_for
from nextyes.momentum.models import Break, EffortPoint, NextAction
from nextyes.pipeline import services as pipeline
from nextyes.pipeline.models import Contact
from nextyes.recovery.models import Ritual
from nextyes.recovery.selectors import ritual_reach
from tests.recovery.helpers import rejected

COLD: tuple[str, ...] = ()
FINAL = ("screen", "interview", "interview")


def step(client: Client, ritual: Ritual, name: str, data: dict[str, object] | None = None) -> str:
    url = reverse("recovery:ritual_step", kwargs={"pk": ritual.pk, "step": name})
    if data is None:
        return client.get(url).content.decode()
    return client.post(url, data, follow=True).content.decode()


@pytest.mark.parametrize(
    ("stages", "reach"),
    [(COLD, "applied"), (("screen",), "screen"), (("interview",), "interview"), (FINAL, "final")],
)
def test_it_knows_how_far_the_process_went(
    alice: User, stages: tuple[str, ...], reach: str
) -> None:
    assert ritual_reach(rejected(alice, stages=stages)[1]) == reach


def test_it_asks_no_interview_questions_after_a_cold_application(
    alice: User, alice_client: Client
) -> None:
    _app, ritual = rejected(alice, stages=COLD)
    perspective = step(alice_client, ritual, "perspective")
    assert "They went with someone from inside" in perspective
    assert "close call between finalists" not in perspective
    assert "How I prepared for the conversations" not in perspective
    learn = step(alice_client, ritual, "learn")
    assert "speak to this posting" in learn
    for question in ("first call", "Did my answers show", "In the last round"):
        assert question not in learn


def test_it_asks_about_the_final_round_after_one(alice: User, alice_client: Client) -> None:
    _app, ritual = rejected(alice, stages=FINAL)
    assert "close call between finalists" in step(alice_client, ritual, "perspective")
    learn = step(alice_client, ritual, "learn")
    assert "In the last round" in learn and "Did my answers show" in learn
    step(alice_client, ritual, "learn", {"answer_final-round": "Rushed the salary question"})
    ritual.refresh_from_db()
    assert ritual.postmortem == {"final-round": "Rushed the salary question"}


def test_it_offers_a_saved_lead_only_when_there_is_one(alice: User, alice_client: Client) -> None:
    _app, ritual = rejected(alice)
    body = step(alice_client, ritual, "next-step")
    assert "Apply to a saved lead" not in body and "No saved leads to apply to yet" in body
    assert "Reach out to someone" in body and "A small step" in body
    pipeline.create_application(alice, company="Umbrella", role="Analyst")
    body = step(alice_client, ritual, "next-step")
    assert "Apply to a saved lead" in body and "Analyst — Umbrella" in body


def test_it_drafts_nothing_after_a_cold_no_with_nobody_to_write_to(
    alice: User, alice_client: Client
) -> None:
    _app, ritual = rejected(alice, stages=COLD)
    body = step(alice_client, ritual, "reach-out")
    assert "nobody in particular to write to" in body
    assert "Asking for feedback" not in body and '<textarea id="draft-' not in body
    assert "I sent the feedback request" not in body and "I sent the thank-you note" not in body
    # Naming someone there brings the drafts, worded for an application nobody discussed.
    step(alice_client, ritual, "reach-out", {"new_contact_name": "Dana Lee", "action": "more"})
    body = step(alice_client, ritual, "reach-out")
    assert "Hi Dana," in body and "reading my application" in body
    assert "I sent the feedback request" in body
    for word in ("conversations", "interviewing", "our call", "meeting the team"):
        assert word not in body


@pytest.mark.parametrize(
    ("stages", "thanks_for", "never"),
    [
        (("screen",), "talk with me about", "interviewing me"),
        (("interview",), "interviewing me", "every round"),
        (FINAL, "every round", "reading my application"),
    ],
)
def test_it_words_the_drafts_for_the_stage_reached(
    alice: User, alice_client: Client, stages: tuple[str, ...], thanks_for: str, never: str
) -> None:
    _app, ritual = rejected(alice, stages=stages)
    body = step(alice_client, ritual, "reach-out")
    assert thanks_for in body and never not in body


def test_it_lets_the_drafts_be_edited_whole(alice: User, alice_client: Client) -> None:
    app, ritual = rejected(alice, stages=("interview",), role="Senior Product Designer")
    ritual.contact = Contact.objects.create(owner=alice, name="Sam Ortiz", company=app.company)
    ritual.save()
    body = step(alice_client, ritual, "reach-out")
    assert "readonly" not in body
    assert 'id="draft-thanks-subject" value="Thank you — and let&#x27;s stay in touch"' in body
    # Tall enough for the whole message on a phone: no cut-off text to scroll inside.
    rows = int(body.split('id="draft-thanks" rows="')[1].split('"')[0])
    assert rows >= 14


def test_it_saves_no_intensity_nobody_chose(alice: User, alice_client: Client) -> None:
    _app, ritual = rejected(alice)
    body = step(alice_client, ritual, "feel")
    assert 'name="intensity"' in body and "checked" not in body
    step(alice_client, ritual, "feel", {"emotions": ["sad"]})
    ritual.refresh_from_db()
    assert (ritual.emotions, ritual.intensity) == (["sad"], None)
    # Chosen, it is kept and shown as chosen.
    step(alice_client, ritual, "feel", {"emotions": ["sad"], "intensity": "0"})
    ritual.refresh_from_db()
    assert ritual.intensity == 0
    assert 'value="0" id="id_intensity_0" checked' in step(alice_client, ritual, "feel")


def test_it_records_no_break_nobody_chose(alice: User, alice_client: Client) -> None:
    _app, ritual = rejected(alice, stages=("interview",))
    body = step(alice_client, ritual, "pause")
    assert "We suggest a day or two off" in body and "checked" not in body
    assert 'name="resume_on" value=' not in body  # no date filled in for her
    step(alice_client, ritual, "pause", {})  # "Save and continue" with nothing chosen
    ritual.refresh_from_db()
    assert "pause" in ritual.visited_steps and not Break.objects.exists()
    step(alice_client, ritual, "pause", {"plan": "suggested"})
    pause = Break.objects.get(owner=alice, ritual=ritual)
    assert pause.ends_on == today_for(alice) + dt.timedelta(days=2)
    step(alice_client, ritual, "pause", {"plan": "none"})
    assert not Break.objects.exists()


def test_it_asks_for_a_day_when_the_break_is_their_own(alice: User, alice_client: Client) -> None:
    _app, ritual = rejected(alice)
    body = step(alice_client, ritual, "pause", {"plan": "own"})
    assert "Choose the day you" in body and not Break.objects.exists()


def test_it_stores_nothing_when_steps_are_opened_and_left(
    alice: User, alice_client: Client
) -> None:
    _app, ritual = rejected(alice, stages=FINAL)
    pipeline.create_application(alice, company="Umbrella", role="Analyst")
    for name in ("feel", "pause", "perspective", "learn", "reach-out", "next-step"):
        step(alice_client, ritual, name)
        step(alice_client, ritual, name, {"action": "aside"})
        step(alice_client, ritual, name, {"action": "back"})
    ritual.refresh_from_db()
    assert (ritual.emotions, ritual.intensity, ritual.outside_factors, ritual.postmortem) == (
        [],
        None,
        [],
        {},
    )
    assert not Break.objects.exists() and not NextAction.objects.exists()


def test_it_does_not_belittle_a_strong_feeling_after_an_early_no(
    alice: User, alice_client: Client
) -> None:
    _app, ritual = rejected(alice, stages=COLD)
    body = step(alice_client, ritual, "pause")
    assert "A break is up to you" in body and "We suggest no break" not in body
    step(alice_client, ritual, "feel", {"emotions": ["sad"], "intensity": "8"})
    body = step(alice_client, ritual, "pause")
    assert "We suggest an evening off" in body and "It hit hard" in body
    assert "little to recover from" not in body


def test_it_shows_their_own_numbers_once_there_are_enough(
    alice: User, alice_client: Client
) -> None:
    for n in range(9):
        pipeline.create_application(
            alice, company=f"Co{n}", role="Analyst", applied_on=today_for(alice)
        )
    _app, ritual = rejected(alice)
    body = step(alice_client, ritual, "perspective")
    assert "This is rejection 1 of the 10 applications you have sent." in body
    assert "in 1 of them" in body


def test_it_says_kindly_when_every_step_was_skipped(alice: User, alice_client: Client) -> None:
    _app, ritual = rejected(alice, company="Initech")
    for name in ("feel", "pause", "perspective", "learn", "reach-out"):
        step(alice_client, ritual, name, {"action": "skip"})
    body = step(alice_client, ritual, "next-step", {"action": "skip"})
    assert "Closed for now" in body and "not every no needs working through" in body
    assert "You bounced back" not in body and "You did it" not in body
    assert not Win.objects.filter(owner=alice).exists()
    assert not EffortPoint.objects.filter(owner=alice).exists()


def test_it_closes_with_what_was_done(alice: User, alice_client: Client) -> None:
    app, ritual = rejected(alice, company="Initech", stages=("interview",))
    ritual.contact = Contact.objects.create(owner=alice, name="Priya Raman", company=app.company)
    ritual.save()
    step(alice_client, ritual, "feel", {"emotions": ["sad", "tired"], "intensity": "6"})
    step(alice_client, ritual, "pause", {"action": "skip"})
    step(alice_client, ritual, "perspective", {"action": "skip"})
    step(alice_client, ritual, "learn", {"lesson_text": "Ask about the team early"})
    step(alice_client, ritual, "reach-out", {"contact": ritual.contact.pk, "thank_you_sent": "on"})
    body = step(alice_client, ritual, "next-step", {"kind": "custom", "text": "Call my mentor"})
    assert "You bounced back" in body
    assert "You named what you felt: sad, tired, 6 out of 10." in body
    assert "You kept a lesson: “Ask about the team early”" in body
    assert "You thanked Priya Raman and kept the door open." in body
    assert "You chose your next step: Call my mentor." in body
    assert "You gave yourself a break" not in body and "You sorted out" not in body
    assert Win.objects.get(owner=alice).text == "Bounced back from the no at Initech"
