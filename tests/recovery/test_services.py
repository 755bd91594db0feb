"""The ritual's rules: the step flow, each step's saving, breaks, outreach, next step, finishing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from nextyes.accounts.models import User
from nextyes.journal.models import Win
from nextyes.lib.dates import today_for
from nextyes.momentum.models import Break, EffortPoint, NextAction
from nextyes.pipeline import services as pipeline
from nextyes.pipeline.models import Contact, Touchpoint
from nextyes.recovery import content, services
from nextyes.recovery.models import Feedback, Ritual
from nextyes.recovery.services import steps as step_actions
from tests.recovery.helpers import rejected

D = dt.timedelta


def test_it_walks_the_steps_in_order() -> None:
    assert services.next_step("feel") == "pause"
    assert services.next_step("next-step") is None
    assert services.previous_step("pause") == "feel"
    assert services.previous_step("feel") is None
    assert [services.step_number(s) for s in ("feel", "learn", "next-step")] == [1, 4, 6]


def test_it_resumes_at_the_first_step_not_yet_visited(alice: User) -> None:
    _app, ritual = rejected(alice)
    assert services.resume_step(ritual) == "feel"
    services.skip_step(ritual, "feel")
    services.save_step(ritual, "perspective", {"perspective_note": "timing"})
    assert services.resume_step(ritual) == "pause"  # skipped ahead, but pause is still to do
    assert ritual.step == "pause"
    for step in ("pause", "learn", "reach-out", "next-step"):
        services.skip_step(ritual, step)
    assert services.resume_step(ritual) == "next-step"
    assert ritual.visited_steps == [
        "feel",
        "pause",
        "perspective",
        "learn",
        "reach-out",
        "next-step",
    ]


def test_it_keeps_a_draft_without_marking_the_step_done(alice: User) -> None:
    _app, ritual = rejected(alice)
    services.save_step(ritual, "feel", {"feeling_note": "half"}, visit=False)
    ritual.refresh_from_db()
    assert (ritual.feeling_note, ritual.visited_steps, ritual.step) == ("half", [], "feel")


def test_it_records_no_break_from_a_pause_draft(alice: User) -> None:
    _app, ritual = rejected(alice)
    resume = today_for(alice) + D(days=2)
    services.save_step(ritual, "pause", {"resume_on": resume}, visit=False)
    assert not Break.objects.exists()


def test_it_saves_only_known_emotions_and_factors(alice: User) -> None:
    _app, ritual = rejected(alice)
    services.save_step(ritual, "feel", {"emotions": ["hopeful", "made-up", "sad"], "intensity": 0})
    services.save_step(
        ritual,
        "perspective",
        {"outside_factors": ["budget", "aliens"], "inside_factors": ["tailoring"]},
    )
    ritual.refresh_from_db()
    assert ritual.emotions == ["sad", "hopeful"]  # in the list's own order
    assert ritual.intensity == 0
    assert (ritual.outside_factors, ritual.inside_factors) == (["budget"], ["tailoring"])


def test_it_refuses_an_intensity_off_the_scale(alice: User) -> None:
    _app, ritual = rejected(alice)
    with pytest.raises(ValidationError):
        services.save_step(ritual, "feel", {"intensity": 11})


def test_it_records_keeps_and_removes_the_break(alice: User) -> None:
    _app, ritual = rejected(alice)
    today = today_for(alice)
    services.save_step(ritual, "pause", {"resume_on": today + D(days=2)})
    pause = Break.objects.get(owner=alice)
    assert (pause.starts_on, pause.ends_on, pause.ritual) == (today, today + D(days=2), ritual)
    services.save_step(ritual, "pause", {"resume_on": today + D(days=4)})
    assert Break.objects.get(owner=alice).ends_on == today + D(days=4)  # changed, not doubled
    services.save_step(ritual, "pause", {"resume_on": today})  # resuming today: no break
    assert not Break.objects.exists()


def test_it_keeps_answers_and_a_lesson_from_the_learn_step(alice: User) -> None:
    app, ritual = rejected(alice, stages=("screen", "interview"))
    services.save_step(
        ritual,
        "learn",
        {
            "answers": {"fit": "  Not really  ", "resume": "", "nonsense": "x"},
            "lesson_text": "Research the team first",
            "lesson_tags": "research, Research",
        },
    )
    ritual.refresh_from_db()
    assert ritual.postmortem == {"fit": "Not really"}
    lesson = ritual.lessons.get()
    assert (lesson.application, lesson.stage, lesson.tags) == (app, "interview", "research")


def test_it_logs_a_feedback_request_once_with_a_follow_up(alice: User) -> None:
    app, ritual = rejected(alice)
    contact = Contact.objects.create(owner=alice, name="Lee", company=app.company)
    today = today_for(alice)
    services.save_step(ritual, "reach-out", {"contact": contact, "feedback_requested": True})
    services.save_step(ritual, "reach-out", {"feedback_requested": True})  # again: no second log
    touch = Touchpoint.objects.get(owner=alice)
    assert (touch.kind, touch.application, touch.follow_up_on) == ("email", app, today + D(days=7))
    assert "feedback" in touch.note
    ritual.refresh_from_db()
    assert (ritual.contact, ritual.feedback_requested_on) == (contact, today)


def test_it_offers_contacts_at_the_company_or_on_the_application(alice: User) -> None:
    app, ritual = rejected(alice)
    at_company = Contact.objects.create(owner=alice, name="Ana", company=app.company)
    linked = Contact.objects.create(owner=alice, name="Ben")
    linked.applications.add(app)
    Contact.objects.create(owner=alice, name="Elsewhere")
    assert step_actions.ritual_contacts(ritual) == [at_company, linked]


def test_it_refuses_someone_elses_contact(alice: User, bob: User) -> None:
    _app, ritual = rejected(alice)
    stranger = Contact.objects.create(owner=bob, name="Mallory")
    with pytest.raises(ValidationError):
        services.save_step(ritual, "reach-out", {"contact": stranger})
    assert Ritual.objects.get(pk=ritual.pk).contact is None


def test_it_records_feedback_from_the_reach_out_step(alice: User) -> None:
    app, ritual = rejected(alice)
    services.save_step(
        ritual,
        "reach-out",
        {
            "new_contact_name": "Kim",
            "feedback_text": "Great portfolio",
            "feedback_positive": True,
            "reapply_after": dt.date(2030, 6, 1),
        },
    )
    feedback = Feedback.objects.get(owner=alice)
    assert (feedback.text, feedback.positive, feedback.application, feedback.ritual) == (
        "Great portfolio",
        True,
        app,
        ritual,
    )
    assert feedback.contact is not None and feedback.contact.name == "Kim"
    assert Ritual.objects.get(pk=ritual.pk).reapply_after == dt.date(2030, 6, 1)


def test_it_replaces_the_next_step_while_it_is_not_done(alice: User) -> None:
    _app, ritual = rejected(alice)
    lead = pipeline.create_application(alice, company="Lead Co", role="Engineer")
    contact = Contact.objects.create(owner=alice, name="Jo")
    step_actions.choose_next_action(ritual, "reach-out", contact=contact)
    step_actions.choose_next_action(ritual, "apply", application=lead, due_on=dt.date(2030, 1, 1))
    action = NextAction.objects.get(owner=alice)
    assert (action.kind, action.text, action.application, action.contact) == (
        "apply",
        "Apply to Engineer at Lead Co",
        lead,
        None,
    )
    assert action.ritual == ritual and action.due_on == dt.date(2030, 1, 1)


# Any: keyword values for a ritual step, some deliberately wrong
@pytest.mark.parametrize(
    ("kind", "extra", "field"),
    [
        ("apply", {}, "application"),
        ("reach-out", {}, "contact"),
        ("custom", {"text": "  "}, "text"),
        ("dance", {"text": "x"}, "kind"),
    ],
)
def test_it_asks_for_what_each_next_step_needs(
    alice: User, kind: str, extra: dict[str, Any], field: str
) -> None:
    _app, ritual = rejected(alice)
    with pytest.raises(ValidationError) as caught:
        step_actions.choose_next_action(ritual, kind, **extra)
    assert field in caught.value.message_dict


def test_it_only_takes_a_saved_lead_to_apply_to(alice: User) -> None:
    app, ritual = rejected(alice)
    with pytest.raises(ValidationError):
        step_actions.choose_next_action(ritual, "apply", application=app)  # already rejected


def test_it_puts_aside_and_reopens(alice: User) -> None:
    _app, ritual = rejected(alice)
    services.set_aside(ritual)
    assert Ritual.objects.get(pk=ritual.pk).status == "set-aside"
    services.reopen(ritual)
    assert Ritual.objects.get(pk=ritual.pk).status == "open"
    services.set_aside(ritual)
    services.skip_step(ritual, "feel")  # working on it again picks it back up
    assert Ritual.objects.get(pk=ritual.pk).status == "open"


def test_it_finishes_once_with_a_win_and_points(alice: User) -> None:
    app, ritual = rejected(alice, company="Acme")
    services.save_step(ritual, "feel", {"emotions": ["sad"]})
    win = services.finish(ritual)
    assert win is not None
    assert (win.text, win.kind, win.automatic, win.application) == (
        "Bounced back from the no at Acme",
        "personal",
        True,
        app,
    )
    assert services.finish(ritual) is None
    assert Win.objects.filter(owner=alice).count() == 1
    assert EffortPoint.objects.get(owner=alice).points == 20
    with pytest.raises(ValidationError):
        services.save_step(ritual, "feel", {"feeling_note": "later"})
    with pytest.raises(ValidationError):
        services.set_aside(ritual)


def test_it_gives_no_win_for_a_ritual_skipped_from_start_to_finish(alice: User) -> None:
    _app, ritual = rejected(alice)
    for step in ("feel", "pause", "perspective", "learn", "reach-out", "next-step"):
        services.skip_step(ritual, step)
    assert services.finish(ritual) is None
    assert Ritual.objects.get(pk=ritual.pk).status == "finished"
    assert not Win.objects.filter(owner=alice).exists()
    assert not EffortPoint.objects.filter(owner=alice).exists()


def test_it_names_every_company_of_a_combined_ritual(alice: User) -> None:
    apps = [rejected(alice, company=name)[0] for name in ("Acme", "Globex", "Initech", "Hooli")]
    assert content.companies_text(apps[:1]) == "Acme"
    assert content.companies_text(apps[:2]) == "Acme and Globex"
    assert content.companies_text(apps) == "Acme, Globex and 2 more"


def test_it_removes_the_ritual_with_its_only_rejection(alice: User) -> None:
    app, ritual = rejected(alice)
    event = app.events.get(stage="rejected")
    assert services.unfinished_ritual_for_event(event) == ritual
    services.delete_rejection_event(event, remove_ritual=True)
    assert not Ritual.objects.exists()
    app.refresh_from_db()
    assert app.status == "screen"


def test_it_keeps_a_combined_ritual_for_the_other_rejections(alice: User) -> None:
    from nextyes.pipeline import signals

    with signals.batch():
        first, _r = rejected(alice, company="Acme")
        second, ritual = rejected(alice, company="Globex")
    services.delete_rejection_event(first.events.get(stage="rejected"), remove_ritual=True)
    ritual.refresh_from_db()
    assert list(ritual.applications.all()) == [second]
    assert ritual.events.count() == 1


def test_it_can_keep_the_ritual_when_the_event_goes(alice: User) -> None:
    app, ritual = rejected(alice)
    services.delete_rejection_event(app.events.get(stage="rejected"), remove_ritual=False)
    assert Ritual.objects.get(pk=ritual.pk).events.count() == 0


def test_it_leaves_finished_rituals_alone(alice: User) -> None:
    app, ritual = rejected(alice)
    services.finish(ritual)
    assert services.unfinished_ritual_for_event(app.events.get(stage="rejected")) is None
