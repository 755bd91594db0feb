from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

import pytest
from django.db import models

from nextyes.accounts.models import User
from nextyes.home import demo
from nextyes.home.today import build_today
from nextyes.journal.models import CheckIn, Gratitude, JarNote, ThoughtRecord, TrapSuggestion, Win
from nextyes.journal.services import add_jar_note, add_win
from nextyes.journal.services.gratitude import add_gratitudes
from nextyes.journal.services.thoughts import start_record
from nextyes.momentum.models import (
    Break,
    EffortPoint,
    Goal,
    GoalEntry,
    NextAction,
    PointReason,
    Reward,
)
from nextyes.momentum.selectors import current_break, goals_progress
from nextyes.momentum.services import add_next_action, save_reward
from nextyes.pipeline import services, signals
from nextyes.pipeline.choices import STAGE_DEPTH, Channel, Stage
from nextyes.pipeline.models import Application, Contact, Interview, StageEvent, Touchpoint
from nextyes.recovery.models import Feedback, Lesson, Ritual
from nextyes.recovery.services.lessons import add_lesson
from tests.momentum.momentum_support import at, freeze

TODAY = dt.date(2026, 3, 4)  # a Wednesday: this week began on Monday 2 March
# Every kind of record the demo makes, counted to check that a refresh never doubles anything.
MODELS = (
    Application, StageEvent, Interview, Contact, Touchpoint, Ritual, Lesson, Feedback, Win,
    JarNote, Goal, GoalEntry, EffortPoint, Reward, Break, NextAction, CheckIn, ThoughtRecord,
    TrapSuggestion, Gratitude,
)  # fmt: skip


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo is built for the person's today; Alice lives in Paris."""
    freeze(monkeypatch, at(TODAY, tz="Europe/Paris"))


def _counts(user: User) -> dict[str, int]:
    return {model.__name__: model.objects.filter(owner=user).count() for model in MODELS}


def test_it_builds_a_realistic_four_month_search(alice: User, now: None) -> None:
    outcomes: list[str] = []

    def receiver(sender: object, event: StageEvent, **kwargs: object) -> None:
        outcomes.append(event.stage)

    signals.outcome_reached.connect(receiver)
    try:
        summary = demo.build_demo(alice, TODAY)
    finally:
        signals.outcome_reached.disconnect(receiver)

    apps = Application.objects.filter(owner=alice)
    statuses = Counter(apps.values_list("status", flat=True))
    shown = {key: summary[key] for key in ("applications", "rejected", "interviews", "offers")}
    assert shown == {"applications": 80, "rejected": 45, "interviews": 12, "offers": 1}
    assert statuses["rejected"] == 45 and statuses["offer"] == 1
    assert statuses["ghosted"] + statuses["applied"] >= 15
    # The services ran, so the hooks fired for every outcome.
    assert Counter(outcomes)["rejected"] == 45
    assert set(apps.values_list("channel", flat=True)) == set(Channel.values)
    assert apps.values("company").distinct().count() > 60
    assert len(set(apps.values_list("resume_version", flat=True))) >= 3
    assert len(set(apps.values_list("fit", flat=True))) >= 4

    events = StageEvent.objects.filter(owner=alice)
    window = (TODAY - dt.timedelta(days=120), TODAY)
    assert all(
        window[0] <= day <= window[1] for day in events.values_list("occurred_on", flat=True)
    )
    for app in apps.prefetch_related("events"):
        timeline = sorted(app.events.all(), key=lambda e: (e.occurred_on, e.id))
        depths = [STAGE_DEPTH[Stage(e.stage)] for e in timeline]
        assert depths == sorted(depths), f"{app}: {[e.stage for e in timeline]}"
        assert app.status == timeline[-1].stage

    # Rejections come at every stage: right after applying, after a screen, after interviews.
    before_rejection: Counter[str] = Counter()
    for app in apps.filter(status=Stage.REJECTED).prefetch_related("events"):
        stages = [e.stage for e in sorted(app.events.all(), key=lambda e: (e.occurred_on, e.id))]
        before_rejection[stages[-2]] += 1
    assert before_rejection["applied"] + before_rejection["acknowledged"] >= 20
    assert before_rejection["screen"] >= 5
    assert before_rejection["interview"] >= 5
    assert events.filter(stage=Stage.INTERVIEW, round=3, application__status="rejected").exists()

    assert 15 <= Contact.objects.filter(owner=alice).count() <= 25
    touchpoints = Touchpoint.objects.filter(owner=alice)
    assert 35 <= touchpoints.count() <= 45
    assert all(day <= TODAY for day in touchpoints.values_list("occurred_on", flat=True))
    assert Interview.objects.filter(owner=alice, application__status="interview").exists()


def test_it_only_refreshes_accounts_that_hold_demo_data(alice: User) -> None:
    assert demo.is_demo_account(alice)
    services.create_application(alice, company="Acme", role="Engineer")
    assert not demo.is_demo_account(alice)


def test_it_never_refreshes_over_what_a_person_wrote_themselves(alice: User, now: None) -> None:
    demo.build_demo(alice)
    assert demo.is_demo_account(alice)
    own_records: list[Callable[[], models.Model | None]] = [
        lambda: add_win(alice, "Finished my first marathon", "personal"),
        lambda: add_jar_note(alice, "I am braver than I think"),
        lambda: add_lesson(alice, "Ask about the team's on-call before the final round"),
        lambda: save_reward(alice, name="A day at the lake", cost=40),
        lambda: add_next_action(alice, "Call Jo about the meetup"),
        lambda: add_gratitudes(alice, ["My brother's long call"], day=TODAY)[0],
        lambda: start_record(alice, situation="The recruiter went quiet"),
    ]
    for make in own_records:
        record = make()
        assert not demo.is_demo_account(alice), record
        assert record is not None
        record.delete()
        assert demo.is_demo_account(alice)


def test_it_clears_only_its_own_account(alice: User, bob: User) -> None:
    kept = services.create_application(bob, company="Acme", role="Engineer")
    add_win(bob, "Bob's own win")
    services.create_application(alice, company="Acme", role="Engineer")
    add_win(alice, "Alice's win")
    add_jar_note(alice, "Alice's note")
    demo.clear_demo(alice)
    assert not any(_counts(alice).values())
    assert list(Application.objects.filter(owner=bob)) == [kept]
    assert Win.objects.get().owner == bob


def test_it_refuses_to_build_for_another_day_than_the_persons_today(alice: User, now: None) -> None:
    with pytest.raises(ValueError, match="today"):
        demo.build_demo(alice, TODAY - dt.timedelta(days=30))
    assert not Application.objects.filter(owner=alice).exists()


def test_it_bounces_back_from_the_recent_rejections_and_refreshes_to_the_same(
    alice: User, now: None
) -> None:
    summary = demo.build_demo(alice)
    recent = TODAY - dt.timedelta(days=14)

    # A ritual for each of the five rejections of the last two weeks, none for older ones.
    rejected = Application.objects.filter(owner=alice, status=Stage.REJECTED)
    assert all(app.rituals.count() == 1 for app in rejected.filter(status_on__gte=recent))
    assert rejected.filter(status_on__gte=recent).count() == 5
    assert not Ritual.objects.filter(applications__status_on__lt=recent).exists()
    rituals = Ritual.objects.filter(owner=alice)
    assert Counter(rituals.values_list("status", flat=True)) == {
        "finished": 3,
        "set-aside": 1,
        "open": 1,
    }
    latest = rejected.order_by("-status_on").first()
    opened = rituals.get(status="open")
    assert (opened.step, list(opened.applications.all())) == ("perspective", [latest])
    assert opened.emotions and opened.visited_steps == ["feel", "pause"]
    for ritual in rituals.filter(status="finished").prefetch_related("applications__company"):
        (app,) = ritual.applications.all()
        win = Win.objects.get(owner=alice, source_key=f"ritual:{ritual.pk}")
        assert win.text == f"Bounced back from the no at {app.company.name}"
        assert app.status_on is not None
        assert ritual.opened_on == app.status_on < win.occurred_on < TODAY
        assert EffortPoint.objects.get(key=f"ritual:{ritual.pk}").points == 20

    # Wins of several kinds, by hand and automatic; the jar; lessons; feedback kept as a win.
    wins = Win.objects.filter(owner=alice)
    assert len(set(wins.filter(automatic=False).values_list("kind", flat=True))) >= 6
    sources = {key.split(":")[0] for key in wins.values_list("source_key", flat=True) if key}
    assert sources == {"ritual", "interview", "offer", "goal", "feedback"}
    assert all(day <= TODAY for day in wins.values_list("occurred_on", flat=True))
    notes = JarNote.objects.filter(owner=alice)
    assert notes.count() == 9
    assert len({note.created_at.date() for note in notes}) == 9
    lessons = Lesson.objects.filter(owner=alice)
    assert lessons.count() == 7
    assert all(lesson.tag_list and lesson.application_id for lesson in lessons)
    assert lessons.exclude(ritual=None).count() == 3
    feedback = Feedback.objects.filter(owner=alice)
    assert feedback.count() == 3
    kept = feedback.get(positive=True)
    assert wins.get(source_key=f"feedback:{kept.pk}").kind == "positive-feedback"

    # Weekly goals with progress this week, rewards with one redeemed, a past break, next steps.
    progress = goals_progress(alice)
    assert {p.goal.kind for p in progress} == {
        "applications",
        "outreach",
        "learning-hours",
        "custom",
    }
    assert all(p.done > 0 for p in progress)
    assert GoalEntry.objects.filter(owner=alice).count() == 6
    assert Reward.objects.filter(owner=alice).count() == 3
    (spent,) = EffortPoint.objects.filter(owner=alice, reason=PointReason.REDEMPTION)
    assert spent.points == -30
    (pause,) = Break.objects.filter(owner=alice)
    assert pause.ritual is not None and pause.ends_on < TODAY and current_break(alice) is None
    steps = NextAction.objects.filter(owner=alice, done_on=None)
    assert sorted((s.kind, s.ritual_id is not None) for s in steps) == [
        ("apply", True),
        ("custom", False),
    ]

    today = build_today(alice)
    assert [r.id for r in today.open_rituals] == [opened.pk] and today.has_set_aside
    assert today.north_star and today.follow_ups and today.jar_note
    assert len(today.steps) == 2 and len(today.recent_wins) == 5
    assert summary["rituals"] == 5 and summary["wins"] == wins.count() and summary["points"] > 0

    # Running it again gives the same account, not twice as much.
    counts = _counts(alice)
    assert demo.build_demo(alice) == summary
    assert _counts(alice) == counts


def test_it_shows_progress_this_week_even_on_its_first_day(alice: User, now: None) -> None:
    alice.week_start = TODAY.weekday()  # the week begins today
    alice.save(update_fields=["week_start"])
    demo.build_demo(alice)
    progress = goals_progress(alice)
    assert progress[0].week_start == TODAY
    assert all(p.done > 0 for p in progress)


def test_it_keeps_four_months_of_check_ins_thoughts_and_gratitude(alice: User, now: None) -> None:
    summary = demo.build_demo(alice)
    days = sorted(CheckIn.objects.filter(owner=alice).values_list("day", flat=True))
    assert summary["check_ins"] == len(days) >= 60
    assert (days[-1] - days[0]).days >= 110  # four months, not every day of them
    assert all(
        1 <= m <= 5 for m in CheckIn.objects.filter(owner=alice).values_list("mood", flat=True)
    )
    records = ThoughtRecord.objects.filter(owner=alice)
    assert summary["thought_records"] == records.count() >= 3
    assert all(r.intensity_after is not None and r.balanced_thought for r in records)
    assert summary["gratitude"] == Gratitude.objects.filter(owner=alice).count() >= 20
    # Refreshing gives the same journal again, not twice as much.
    demo.build_demo(alice)
    assert CheckIn.objects.filter(owner=alice).count() == len(days)


def test_it_opens_no_support_panel_for_the_demos_everyday_thoughts(alice: User, now: None) -> None:
    """Gloomy thoughts about a search ("it must be something I did wrong") are what thought
    records are for; they are screened, and none of them sounds like danger."""
    from nextyes.journal.models import SupportFlag

    demo.build_demo(alice, TODAY)
    assert ThoughtRecord.objects.filter(owner=alice).count() >= 4
    assert list(SupportFlag.objects.filter(owner=alice).values_list("source", flat=True)) == []
