"""Each kind of reminder comes at its moment in the person's zone, and goes once it is moot."""

from __future__ import annotations

import datetime as dt

from nextyes.accounts.models import User
from nextyes.journal.models import CheckIn
from nextyes.momentum.models import Break, Goal
from nextyes.pipeline import services as tracker
from nextyes.pipeline.models import Touchpoint
from nextyes.recovery.models import Ritual, RitualStatus
from nextyes.reminders import services
from nextyes.reminders.selectors import reminder_list
from tests.reminders.conftest import PARIS, paris
from tests.reminders.world import follow_up, interview, saved_job


def listed(user: User, now: str) -> list[tuple[str, str, bool]]:
    """(kind, due moment in Paris, due now?) for each reminder alice's list shows at `now`."""
    return [
        (item.candidate.kind, item.candidate.due_at.astimezone(PARIS).isoformat(), item.due)
        for item in reminder_list(user, paris(now))
        if item.candidate.kind not in {"weekly-goals", "weekly-review"}
    ]


def test_an_interview_tomorrow_comes_the_morning_before_with_its_notes(alice: User) -> None:
    talk = interview(alice)
    assert ("interview", "2026-12-07T09:00:00+01:00", False) in listed(alice, "2026-12-07T08:00")
    [item] = [i for i in reminder_list(alice, paris("2026-12-07T12:00")) if i.due]
    assert item.candidate.title == "Tomorrow: your interview with Acme"
    assert "8 Dec 2026 at 10:30" in item.candidate.detail
    assert "Ask about the on-call rota." in item.candidate.detail
    assert f"/visualise/?interview={talk.pk}" in item.candidate.detail
    assert item.candidate.application_id == talk.application_id
    # Still worth saying on the morning itself; gone once the interview has begun.
    assert ("interview", "2026-12-07T09:00:00+01:00", True) in listed(alice, "2026-12-08T09:00")
    assert "interview" not in [k for k, _, _ in listed(alice, "2026-12-08T10:31")]


def test_a_thank_you_note_is_suggested_that_evening_and_only_until_the_next(alice: User) -> None:
    interview(alice)
    assert ("thank-you", "2026-12-08T19:00:00+01:00", True) in listed(alice, "2026-12-08T19:30")
    assert ("thank-you", "2026-12-08T19:00:00+01:00", False) in listed(alice, "2026-12-08T12:00")
    assert "thank-you" not in [k for k, _, _ in listed(alice, "2026-12-09T19:30")]


def test_a_follow_up_is_due_on_its_day_until_it_is_logged(alice: User) -> None:
    touch = follow_up(alice)
    assert ("follow-up", "2026-12-07T09:00:00+01:00", True) in listed(alice, "2026-12-07T10:00")
    Touchpoint.objects.create(
        owner=alice, contact=touch.contact, occurred_on=dt.date(2026, 12, 7), kind="call"
    )
    assert "follow-up" not in [k for k, _, _ in listed(alice, "2026-12-07T10:00")]


def test_a_saved_job_is_flagged_two_days_before_it_closes(alice: User) -> None:
    app = saved_job(alice)
    [item] = [
        i for i in reminder_list(alice, paris("2026-12-08T10:00")) if i.candidate.kind == "deadline"
    ]
    assert item.due and item.candidate.application_id == app.pk
    assert item.candidate.title == "Analyst at Globex closes on 10 Dec 2026"
    tracker.move_application(app, "applied", on=dt.date(2026, 12, 8))
    assert "deadline" not in [k for k, _, _ in listed(alice, "2026-12-08T10:00")]


def test_a_waiting_ritual_gets_one_gentle_nudge(alice: User) -> None:
    ritual = Ritual.objects.create(owner=alice, opened_on=dt.date(2026, 12, 1))
    assert ("ritual", "2026-12-04T10:00:00+01:00", False) in listed(alice, "2026-12-03T10:00")
    assert ("ritual", "2026-12-04T10:00:00+01:00", True) in listed(alice, "2026-12-04T11:00")
    services.store_due(alice, paris("2026-12-04T11:00"))
    services.store_due(alice, paris("2026-12-06T11:00"))
    assert alice_rows(alice, "ritual") == 1
    ritual.status = RitualStatus.FINISHED
    ritual.save()
    assert "ritual" not in [k for k, _, _ in listed(alice, "2026-12-05T11:00")]


def alice_rows(user: User, kind: str) -> int:
    from nextyes.reminders.models import Reminder

    return Reminder.objects.filter(owner=user, kind=kind).count()


def test_weekly_goals_on_friday_and_the_review_on_sunday(alice: User) -> None:
    friday = [(i.candidate.kind, i.due) for i in reminder_list(alice, paris("2026-12-11T11:00"))]
    assert ("weekly-goals", True) in friday and ("weekly-review", False) in friday
    titles = [i.candidate.title for i in reminder_list(alice, paris("2026-12-11T11:00"))]
    assert "Friday: a small goal for next week?" in titles  # no goal yet
    Goal.objects.create(owner=alice, kind="applications", weekly_target=3)
    titles = [i.candidate.title for i in reminder_list(alice, paris("2026-12-11T11:00"))]
    assert "Friday: how are your weekly goals coming along?" in titles
    sunday = [(i.candidate.kind, i.due) for i in reminder_list(alice, paris("2026-12-13T18:00"))]
    assert ("weekly-review", True) in sunday
    assert "weekly-goals" not in [k for k, due in sunday if due]


def test_the_daily_check_in_is_opt_in_and_quiet_once_done(alice: User) -> None:
    assert "check-in" not in [k for k, _, _ in listed(alice, "2026-12-07T20:30")]
    services.save_settings(alice, {"check_in": True})
    assert ("check-in", "2026-12-07T20:00:00+01:00", True) in listed(alice, "2026-12-07T20:30")
    CheckIn.objects.create(owner=alice, day=dt.date(2026, 12, 7), mood=3)
    assert ("check-in", "2026-12-07T20:00:00+01:00", True) not in listed(alice, "2026-12-07T20:30")


def test_a_kind_switched_off_says_nothing(alice: User) -> None:
    follow_up(alice)
    saved_job(alice)
    services.save_settings(alice, {"follow_up": False})
    kinds = [k for k, _, _ in listed(alice, "2026-12-08T10:00")]
    assert "follow-up" not in kinds and "deadline" in kinds


def test_nothing_nags_during_a_break(alice: User) -> None:
    interview(alice)
    follow_up(alice)
    Break.objects.create(owner=alice, starts_on=dt.date(2026, 12, 6), ends_on=dt.date(2026, 12, 10))
    assert reminder_list(alice, paris("2026-12-07T12:00")) == []
    assert services.store_due(alice, paris("2026-12-07T12:00")) == []
    assert alice_rows(alice, "interview") == 0
    # The day it ends, the follow-up (still open) is back.
    assert "follow-up" in [k for k, _, _ in listed(alice, "2026-12-10T10:00")]


def test_moments_follow_the_persons_own_zone(alice: User, bob: User) -> None:
    bob.timezone = "America/New_York"
    bob.save()
    follow_up(bob, name="Ana")
    [item] = [
        i for i in reminder_list(bob, paris("2026-12-07T16:00")) if i.candidate.kind == "follow-up"
    ]
    assert item.candidate.due_at.isoformat() == "2026-12-07T09:00:00-05:00"
    assert item.due  # 16:00 in Paris is 10:00 in New York
    assert not [
        i
        for i in reminder_list(alice, paris("2026-12-07T16:00"))
        if i.candidate.kind == "follow-up"
    ]
