"""What Today reads: breaks, follow-ups, saved leads and next steps, in a fixed number of queries."""

from __future__ import annotations

import datetime as dt

import pytest
from pytest_django import DjangoAssertNumQueries

from nextyes.accounts.models import User
from nextyes.momentum import selectors, services
from nextyes.momentum.models import Break, Goal, GoalEntry, NextAction
from nextyes.pipeline import services as pipeline
from nextyes.pipeline.models import Application, Company, Contact, StageEvent, Touchpoint
from tests.momentum.momentum_support import D, applied, at, freeze

TODAY = D(2026, 3, 12)


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze(monkeypatch, at(TODAY, tz="Europe/Paris"))


def test_it_finds_the_break_the_person_is_on(alice: User, now: None) -> None:
    Break.objects.create(owner=alice, starts_on=D(2026, 3, 1), ends_on=D(2026, 3, 5))
    on = Break.objects.create(owner=alice, starts_on=D(2026, 3, 11), ends_on=D(2026, 3, 14))
    assert selectors.current_break(alice) == on
    assert services.active_break(alice) == on


def test_it_ends_a_break_on_its_resume_day(alice: User, now: None) -> None:
    Break.objects.create(owner=alice, starts_on=D(2026, 3, 10), ends_on=TODAY)
    Break.objects.create(owner=alice, starts_on=D(2026, 3, 20), ends_on=D(2026, 3, 22))
    assert selectors.current_break(alice) is None
    assert services.active_break(alice) is None


def test_it_ends_a_break_today_when_the_person_comes_back(alice: User, now: None) -> None:
    pause = services.start_break(alice, starts_on=D(2026, 3, 10), ends_on=D(2026, 3, 20))
    services.end_break(pause)
    pause.refresh_from_db()
    assert pause.ends_on == TODAY
    assert selectors.current_break(alice) is None


def test_it_offers_a_small_step_only_after_three_quiet_days(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    Break.objects.create(owner=alice, starts_on=D(2026, 3, 1), ends_on=D(2026, 3, 8))
    freeze(monkeypatch, at(D(2026, 3, 11), tz="Europe/Paris"))
    assert selectors.overdue_break(alice) is None  # three days after: still fine
    freeze(monkeypatch, at(TODAY, tz="Europe/Paris"))
    assert selectors.overdue_break(alice) is not None


@pytest.mark.parametrize("what", ["event", "touchpoint", "entry"])
def test_it_stops_offering_once_anything_is_logged_after_the_break(
    alice: User, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    Break.objects.create(owner=alice, starts_on=D(2026, 3, 1), ends_on=D(2026, 3, 8))
    freeze(monkeypatch, at(D(2026, 3, 9), tz="Europe/Paris"))
    if what == "event":
        pipeline.create_application(alice, company="Acme", role="Engineer")
    elif what == "touchpoint":
        contact = pipeline.create_contact(alice, name="Sam")
        pipeline.add_touchpoint(contact, kind="email")
    else:
        goal = Goal.objects.create(owner=alice, kind="custom", label="Read", weekly_target=1)
        services.log_goal_entry(goal, amount=1)
    freeze(monkeypatch, at(TODAY, tz="Europe/Paris"))
    assert selectors.overdue_break(alice) is None


def test_it_does_not_count_what_was_logged_before_the_break_ended(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    freeze(
        monkeypatch,
        at(
            D(
                2026,
                3,
                7,
            ),
            23,
            tz="Europe/Paris",
        ),
    )
    pipeline.create_application(alice, company="Acme", role="Engineer")
    Break.objects.create(owner=alice, starts_on=D(2026, 3, 1), ends_on=D(2026, 3, 8))
    freeze(monkeypatch, at(TODAY, tz="Europe/Paris"))
    assert selectors.overdue_break(alice) is not None


def _contact(user: User, name: str) -> Contact:
    return pipeline.create_contact(user, name=name)


def test_it_lists_follow_ups_due_within_two_days_one_per_contact(alice: User, now: None) -> None:
    sam, jo, kim, lee = (_contact(alice, n) for n in ("Sam", "Jo", "Kim", "Lee"))
    add = pipeline.add_touchpoint
    add(sam, kind="email", occurred_on=D(2026, 3, 1), follow_up_on=D(2026, 3, 10))
    latest_sam = add(sam, kind="call", occurred_on=D(2026, 3, 5), follow_up_on=D(2026, 3, 11))
    add(jo, kind="email", occurred_on=D(2026, 3, 2), follow_up_on=D(2026, 3, 14))
    add(kim, kind="email", occurred_on=D(2026, 3, 2), follow_up_on=D(2026, 3, 15))  # later
    add(lee, kind="email", occurred_on=D(2026, 3, 1), follow_up_on=D(2026, 3, 6))
    add(lee, kind="coffee", occurred_on=D(2026, 3, 7))  # done: the follow-up happened
    due = selectors.due_followups(alice)
    assert [(t.contact.name, t.follow_up_on) for t in due] == [
        ("Sam", D(2026, 3, 11)),
        ("Jo", D(2026, 3, 14)),
    ]
    assert due[0] == latest_sam


def test_it_leaves_follow_ups_older_than_a_month_out_and_caps_the_list(
    alice: User, now: None
) -> None:
    add = pipeline.add_touchpoint
    old = _contact(alice, "Long Ago")
    add(old, kind="email", occurred_on=D(2025, 9, 1), follow_up_on=TODAY - dt.timedelta(days=31))
    edge = _contact(alice, "Just In")
    add(edge, kind="email", occurred_on=D(2026, 1, 20), follow_up_on=TODAY - dt.timedelta(days=30))
    for name, due in (("Sam", D(2026, 3, 11)), ("Jo", D(2026, 3, 14)), ("Kim", D(2026, 3, 1))):
        add(_contact(alice, name), kind="email", occurred_on=D(2026, 2, 20), follow_up_on=due)
    names = [t.contact.name for t in selectors.due_followups(alice)]
    assert names == ["Just In", "Kim", "Sam", "Jo"]
    assert [t.contact.name for t in selectors.due_followups(alice, limit=2)] == ["Just In", "Kim"]
    wider = selectors.due_followups(alice, lookback_days=60)
    assert [t.contact.name for t in wider][:2] == ["Long Ago", "Just In"]


def test_it_lists_saved_leads_best_fit_first(alice: User, now: None) -> None:
    low = pipeline.create_application(alice, company="Low", role="Dev", fit=2)
    high = pipeline.create_application(alice, company="High", role="Dev", fit=5)
    unrated = pipeline.create_application(alice, company="Unrated", role="Dev")
    applied(alice, D(2026, 3, 10), company="Sent")
    assert selectors.saved_leads(alice, 5) == [high, low, unrated]
    assert selectors.saved_leads(alice, 1) == [high]


def test_it_lists_open_steps_soonest_first(alice: User, now: None) -> None:
    later = services.add_next_action(alice, "Write to Sam", due_on=D(2026, 3, 20))
    undated = services.add_next_action(alice, "Tidy my CV")
    soon = services.add_next_action(alice, "Apply to Acme", due_on=D(2026, 3, 13))
    done = services.add_next_action(alice, "Old step", due_on=D(2026, 3, 1))
    services.complete_action(done)
    assert selectors.open_next_actions(alice) == [soon, later, undated]
    assert NextAction.objects.get(pk=done.pk).done_on == TODAY


def test_it_refuses_to_link_a_step_to_someone_elses_records(alice: User, bob: User) -> None:
    from django.core.exceptions import ValidationError

    theirs = pipeline.create_application(alice, company="Acme", role="Engineer")
    with pytest.raises(ValidationError):
        services.add_next_action(bob, "Apply", application=theirs)


def _heavy(user: User, applications: int) -> None:
    """Many applications, events and touchpoints, written in bulk (no signals)."""
    company = Company.objects.create(owner=user, name="Bulk")
    apps = Application.objects.bulk_create(
        Application(
            owner=user, company=company, role=f"Role {i}", status="saved" if i % 4 else "applied"
        )
        for i in range(applications)
    )
    start = TODAY - dt.timedelta(days=60)
    StageEvent.objects.bulk_create(
        StageEvent(
            owner=user, application=a, stage=stage, occurred_on=start + dt.timedelta(days=i % 60)
        )
        for i, a in enumerate(apps)
        for stage in ("saved", "applied", "screen")
    )
    contacts = Contact.objects.bulk_create(Contact(owner=user, name=f"C{i}") for i in range(50))
    Touchpoint.objects.bulk_create(
        Touchpoint(
            owner=user,
            contact=contacts[i % 50],
            occurred_on=start + dt.timedelta(days=i % 60),
            kind="email",
            follow_up_on=start + dt.timedelta(days=i % 60 + 35),  # due within the last month
        )
        for i in range(applications)
    )
    for kind in ("applications", "outreach", "learning-hours"):
        Goal.objects.create(owner=user, kind=kind, weekly_target=3)
    goal = Goal.objects.get(owner=user, kind="learning-hours")
    GoalEntry.objects.bulk_create(GoalEntry(owner=user, goal=goal, on=TODAY) for _ in range(20))
    Break.objects.create(owner=user, starts_on=D(2026, 1, 1), ends_on=D(2026, 1, 5))
    for i in range(20):
        services.add_next_action(user, f"Step {i}")


@pytest.mark.parametrize("size", [20, 200])
def test_it_reads_today_in_the_same_few_queries_however_big_the_search(
    alice: User, now: None, size: int, django_assert_max_num_queries: DjangoAssertNumQueries
) -> None:
    _heavy(alice, size)
    with django_assert_max_num_queries(11):
        progress = selectors.goals_progress(alice)
        selectors.current_break(alice)
        selectors.overdue_break(alice)
        followups = selectors.due_followups(alice)
        leads = selectors.saved_leads(alice, 5)
        steps = selectors.open_next_actions(alice)
        # Reading what the page shows must not query again.
        _ = [(t.contact.name, t.application) for t in followups]
        _ = [(a.company.name) for a in leads]
        _ = [(s.application, s.contact) for s in steps]
    assert len(progress) == 3
    assert followups
    assert len(leads) == 5
