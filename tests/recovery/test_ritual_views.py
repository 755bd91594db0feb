"""The ritual in the browser without JavaScript: one screen per step, saved as it goes."""

from __future__ import annotations

import datetime as dt

from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.journal.models import JarNote, SupportFlag, Win
from nextyes.lib.dates import today_for
from nextyes.momentum.models import Break, EffortPoint, NextAction
from nextyes.pipeline import services
from nextyes.pipeline.models import Contact, Touchpoint
from nextyes.recovery.models import Lesson, Ritual
from tests.recovery.helpers import rejected


def step_url(ritual: Ritual, step: str) -> str:
    return reverse("recovery:ritual_step", kwargs={"pk": ritual.pk, "step": step})


def test_it_walks_alice_through_the_steps_saving_each(alice: User, alice_client: Client) -> None:
    app, ritual = rejected(alice)
    page = alice_client.get(reverse("recovery:ritual", args=[ritual.pk]), follow=True)
    body = page.content.decode()
    assert page.redirect_chain[-1][0] == step_url(ritual, "feel")
    assert "Step 1 of 6" in body and "After the no from Acme" in body
    assert "Disappointed" in body and 'type="radio" name="intensity" value="7"' in body
    assert 'type="range"' not in body and "checked" not in body  # nothing chosen for her

    response = alice_client.post(
        step_url(ritual, "feel"),
        {"emotions": ["sad", "relieved"], "intensity": "7", "feeling_note": "It stings."},
    )
    assert response["Location"] == step_url(ritual, "pause")
    ritual.refresh_from_db()
    assert (ritual.emotions, ritual.intensity, ritual.feeling_note) == (
        ["sad", "relieved"],
        7,
        "It stings.",
    )
    assert ritual.visited_steps == ["feel"] and ritual.step == "pause"

    body = alice_client.get(step_url(ritual, "pause")).content.decode()
    assert "Step 2 of 6" in body and "We suggest an evening off" in body  # a screen: an evening
    resume = today_for(alice) + dt.timedelta(days=1)
    alice_client.post(step_url(ritual, "pause"), {"resume_on": resume.isoformat()})
    pause = Break.objects.get(owner=alice)
    assert (pause.ends_on, pause.ritual_id) == (resume, ritual.pk)

    body = alice_client.get(step_url(ritual, "perspective")).content.decode()
    # One application: "rejection 1 of 1" would say nothing, so no figures yet.
    assert "This is rejection" not in body
    assert "Your own figures appear here once you have sent a few more applications" in body
    alice_client.post(
        step_url(ritual, "perspective"),
        {"outside_factors": ["internal-candidate"], "inside_factors": ["examples"]},
    )
    alice_client.post(
        step_url(ritual, "learn"),
        {
            "answer_examples": "Too vague on results",
            "lesson_text": "Bring one number per example",
            "lesson_tags": "Interviews",
        },
    )
    lesson = Lesson.objects.get(owner=alice)
    assert (lesson.text, lesson.tags, lesson.application, lesson.ritual, lesson.stage) == (
        "Bring one number per example",
        "interviews",
        app,
        ritual,
        "screen",
    )
    ritual.refresh_from_db()
    assert ritual.outside_factors == ["internal-candidate"]
    assert ritual.postmortem == {"examples": "Too vague on results"}
    assert ritual.step == "reach-out"


def test_it_resumes_where_alice_left_half_way(alice: User, alice_client: Client) -> None:
    _app, ritual = rejected(alice)
    alice_client.post(step_url(ritual, "feel"), {"emotions": ["numb"], "intensity": "3"})
    alice_client.post(step_url(ritual, "pause"), {"action": "skip"})
    alice_client.post(step_url(ritual, "perspective"), {"perspective_note": "It was budget"})
    # She leaves; later the ritual link brings her to step 4.
    page = alice_client.get(reverse("recovery:ritual", args=[ritual.pk]), follow=True)
    assert page.redirect_chain[-1][0] == step_url(ritual, "learn")
    assert "Step 4 of 6" in page.content.decode()
    # What she saved earlier is still there when she goes back.
    body = alice_client.get(step_url(ritual, "perspective")).content.decode()
    assert "It was budget" in body


def test_it_keeps_a_draft_when_going_back(alice: User, alice_client: Client) -> None:
    _app, ritual = rejected(alice)
    alice_client.post(step_url(ritual, "feel"), {"action": "skip"})
    response = alice_client.post(
        step_url(ritual, "perspective"), {"perspective_note": "Half a thought", "action": "back"}
    )
    assert response["Location"] == step_url(ritual, "pause")
    ritual.refresh_from_db()
    assert ritual.perspective_note == "Half a thought"
    assert "perspective" not in ritual.visited_steps


def test_it_puts_a_ritual_aside_and_picks_it_up_again(alice: User, alice_client: Client) -> None:
    _app, ritual = rejected(alice, company="Globex")
    alice_client.post(step_url(ritual, "feel"), {"emotions": ["tired"]})
    response = alice_client.post(
        step_url(ritual, "pause"), {"action": "aside", "resume_on": ""}, follow=True
    )
    body = response.content.decode()
    assert "Put aside for now" in body and "Globex" in body and "Pick it up again" in body
    ritual.refresh_from_db()
    assert ritual.status == "set-aside"
    # Still reachable: its steps open, and picking it up lands on the step to resume.
    assert "You put this one aside" in alice_client.get(step_url(ritual, "pause")).content.decode()
    page = alice_client.post(reverse("recovery:ritual_reopen", args=[ritual.pk]), follow=True)
    assert page.redirect_chain[-1][0] == step_url(ritual, "pause")
    ritual.refresh_from_db()
    assert ritual.status == "open"


def test_it_finishes_with_a_win_points_and_a_jar_note_once(
    alice: User, alice_client: Client
) -> None:
    _app, ritual = rejected(alice, company="Initech")
    JarNote.objects.create(owner=alice, text="I handled the panel calmly")
    for step in ("feel", "pause", "perspective", "learn", "reach-out"):
        alice_client.post(step_url(ritual, step), {"action": "skip"})
    response = alice_client.post(
        step_url(ritual, "next-step"),
        {"kind": "custom", "text": "Rewrite my summary", "due_on": "2030-01-02"},
        follow=True,
    )
    body = response.content.decode()
    assert "You bounced back" in body
    assert "I handled the panel calmly" in body
    assert "Rewrite my summary" in body
    action = NextAction.objects.get(owner=alice)
    assert (action.ritual_id, action.kind, action.due_on) == (
        ritual.pk,
        "custom",
        dt.date(2030, 1, 2),
    )
    # Posting again (a double click, the back button) adds nothing.
    alice_client.post(step_url(ritual, "next-step"), {"action": "skip"})
    ritual.refresh_from_db()
    assert ritual.status == "finished" and ritual.finished_at is not None
    wins = Win.objects.filter(owner=alice, source_key=f"ritual:{ritual.pk}")
    assert [w.text for w in wins] == ["Bounced back from the no at Initech"]
    assert wins[0].automatic
    points = EffortPoint.objects.filter(owner=alice, key=f"ritual:{ritual.pk}")
    assert [(p.reason, p.points) for p in points] == [("ritual", 20)]


def test_it_invites_a_first_jar_note_when_the_jar_is_empty(
    alice: User, alice_client: Client
) -> None:
    _app, ritual = rejected(alice)
    alice_client.post(step_url(ritual, "next-step"), {"action": "skip"})
    body = alice_client.get(reverse("recovery:ritual", args=[ritual.pk])).content.decode()
    assert "Your jar is still empty" in body
    assert reverse("journal:jar") in body


def test_it_shows_the_support_panel_after_a_worrying_note(
    alice: User, alice_client: Client
) -> None:
    _app, ritual = rejected(alice)
    response = alice_client.post(
        step_url(ritual, "feel"),
        {"emotions": ["sad"], "intensity": "9", "feeling_note": "Some days I want to end it all"},
        follow=True,
    )
    body = response.content.decode()
    assert "You matter more than any job" in body
    assert reverse("journal:help") in body
    assert SupportFlag.objects.filter(owner=alice, source="ritual", answered_at=None).count() == 1


def test_it_answers_the_support_panel_once_for_every_page(
    alice: User, alice_client: Client
) -> None:
    """One open flag drives the panel everywhere: "I'm fine" on Today hides it in the ritual too."""
    _app, ritual = rejected(alice)
    alice_client.post(step_url(ritual, "feel"), {"feeling_note": "I want to end it all"})
    assert (
        "You matter more than any job"
        in alice_client.get(step_url(ritual, "pause")).content.decode()
    )
    flag = SupportFlag.objects.get(owner=alice, answered_at=None)
    alice_client.post(reverse("journal:support_answer", args=[flag.pk]), {"next": "/"})
    for url in (step_url(ritual, "pause"), reverse("momentum:today")):
        assert "You matter more than any job" not in alice_client.get(url).content.decode()
    # The note itself is kept as written; only the flag was answered.
    ritual.refresh_from_db()
    assert ritual.feeling_note == "I want to end it all"


def test_it_shows_no_panel_in_a_ritual_after_a_calm_note(alice: User, alice_client: Client) -> None:
    calm = rejected(alice, company="Calmco")[1]
    alice_client.post(step_url(calm, "feel"), {"feeling_note": "Disappointed but fine"})
    assert (
        "You matter more than any job"
        not in alice_client.get(step_url(calm, "pause")).content.decode()
    )


def test_it_logs_the_thank_you_and_asks_to_follow_up(alice: User, alice_client: Client) -> None:
    app, ritual = rejected(alice, stages=("interview",))
    alice_client.post(
        step_url(ritual, "reach-out"),
        {"new_contact_name": "Priya Raman", "thank_you_sent": "on", "reapply_after": "2031-01-01"},
    )
    contact = Contact.objects.get(owner=alice)
    assert (contact.name, contact.company) == ("Priya Raman", app.company)
    touch = Touchpoint.objects.get(owner=alice)
    today = today_for(alice)
    assert (touch.contact, touch.kind, touch.application, touch.follow_up_on) == (
        contact,
        "email",
        app,
        today + dt.timedelta(days=7),
    )
    ritual.refresh_from_db()
    assert (ritual.contact, ritual.thank_you_sent_on, ritual.reapply_after) == (
        contact,
        today,
        dt.date(2031, 1, 1),
    )
    body = alice_client.get(step_url(ritual, "reach-out") + "?tone=formal").content.decode()
    assert "Dear Priya Raman" in body and "Thank-you note sent on" in body
    assert "mailto:?subject=" in body  # no email known: the mail app asks for the address


def test_it_asks_who_the_message_went_to(alice: User, alice_client: Client) -> None:
    _app, ritual = rejected(alice)
    body = alice_client.post(
        step_url(ritual, "reach-out"), {"feedback_requested": "on"}
    ).content.decode()
    assert "Say who you wrote to" in body
    assert not Touchpoint.objects.exists()
    ritual.refresh_from_db()
    assert ritual.feedback_requested_on is None and "reach-out" not in ritual.visited_steps


def test_it_fills_the_messages_with_the_contact_and_a_mailto(
    alice: User, alice_client: Client
) -> None:
    app, ritual = rejected(alice, company="Hooli", role="Product Designer")
    contact = Contact.objects.create(
        owner=alice, name="Sam Ortiz", email="sam@hooli.example", company=app.company
    )
    ritual.contact = contact
    ritual.save()
    body = alice_client.get(step_url(ritual, "reach-out")).content.decode()
    assert "Hi Sam," in body and "Product Designer" in body and "Hooli" in body
    assert "<textarea" in body and "readonly" not in body and 'data-copy="draft-feedback"' in body
    assert 'id="draft-feedback-subject"' in body  # the subject can be changed too
    assert "mailto:sam@hooli.example?subject=" in body and "%20" in body
    brief = alice_client.get(step_url(ritual, "reach-out") + "?tone=brief").content.decode()
    assert "Would you be open to sharing one thing" in brief


def test_it_offers_a_saved_lead_as_the_next_step(alice: User, alice_client: Client) -> None:
    _app, ritual = rejected(alice)
    lead = services.create_application(alice, company="Umbrella", role="Analyst")
    body = alice_client.get(step_url(ritual, "next-step")).content.decode()
    assert "Analyst — Umbrella" in body
    alice_client.post(step_url(ritual, "next-step"), {"kind": "apply", "application": lead.pk})
    action = NextAction.objects.get(owner=alice)
    assert (action.text, action.application) == ("Apply to Analyst at Umbrella", lead)


def test_it_lists_open_put_aside_and_finished_rituals(alice: User, alice_client: Client) -> None:
    rejected(alice, company="Openco")
    _b, second = rejected(alice, company="Asideco")
    _c, third = rejected(alice, company="Doneco")
    alice_client.post(reverse("recovery:ritual_set_aside", args=[second.pk]))
    alice_client.post(step_url(third, "next-step"), {"action": "skip"})
    body = alice_client.get(reverse("recovery:ritual_list")).content.decode()
    waiting, rest = body.split("Put aside for now</h2>")
    aside, finished = rest.split("Finished</h2>")
    assert "Openco" in waiting and "Asideco" in aside and "Doneco" in finished
    # Where each waiting one stands, never a count that takes skipped steps for done ones.
    assert "Not started yet" in waiting and "steps done" not in body


def test_it_removes_a_ritual_but_keeps_its_lessons(alice: User, alice_client: Client) -> None:
    _app, ritual = rejected(alice)
    alice_client.post(step_url(ritual, "learn"), {"lesson_text": "Ask about the team"})
    assert (
        "Remove this ritual?"
        in alice_client.get(reverse("recovery:ritual_delete", args=[ritual.pk])).content.decode()
    )
    alice_client.post(reverse("recovery:ritual_delete", args=[ritual.pk]))
    assert not Ritual.objects.exists()
    assert Lesson.objects.get(owner=alice).text == "Ask about the team"


def test_it_offers_encouraging_feedback_as_a_win_on_the_next_screen(
    alice: User, alice_client: Client
) -> None:
    _app, ritual = rejected(alice)
    response = alice_client.post(
        step_url(ritual, "reach-out"),
        {"feedback_text": "You were our second choice", "feedback_positive": "on"},
        follow=True,
    )
    body = response.content.decode()
    assert "Step 6 of 6" in body and "Their feedback was encouraging" in body
    feedback = ritual.feedback.get()
    alice_client.post(
        reverse("recovery:feedback_win", args=[feedback.pk]),
        {"next": step_url(ritual, "next-step")},
    )
    assert Win.objects.get(owner=alice).kind == "positive-feedback"
    body = alice_client.get(step_url(ritual, "next-step")).content.decode()
    assert "Their feedback was encouraging" not in body


def test_a_ritual_part_way_says_which_step_comes_next(alice: User, alice_client: Client) -> None:
    _app, ritual = rejected(alice, company="Midco")
    alice_client.post(step_url(ritual, "feel"), {"action": "skip"})
    body = alice_client.get(reverse("recovery:ritual_list")).content.decode()
    assert "Up next: Pause" in body
