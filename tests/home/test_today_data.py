"""The Today data (home/today.py): what it gathers, its rules, and the JSON shape."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.home import today as today_module
from nextyes.home.today import build_today, small_step_for
from nextyes.journal.services import add_jar_note, add_win
from nextyes.lib.dates import today_for
from nextyes.momentum.models import Goal
from nextyes.momentum.services import add_next_action, start_break
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, StageEvent, Touchpoint
from nextyes.recovery.models import Ritual

DAY = dt.timedelta(days=1)
JSON_KEYS = {
    "north_star",
    "open_rituals",
    "break",
    "small_step",
    "goals",
    "next_actions",
    "jar_note",
    "recent_wins",
}


def open_ritual(user: User, *applications: Application, **fields: object) -> Ritual:
    ritual = Ritual.objects.create(owner=user, opened_on=today_for(user), **fields)
    ritual.applications.add(*applications)
    return ritual


# Any: records of many models, by name, for the tests to pick from
def alice_world(alice: User) -> dict[str, Any]:
    """Alice mid-search: one of everything the Today page shows."""
    day = today_for(alice)
    alice.north_star = "A team that builds things people need"
    alice.save(update_fields=["north_star"])
    acme = services.create_application(
        alice, company="Acme", role="Backend Engineer", applied_on=day
    )
    globex = services.create_application(alice, company="Globex", role="Data Engineer")
    ritual = open_ritual(alice, acme, step="perspective", visited_steps=["feel", "pause"])
    open_ritual(alice, acme, status="set-aside")
    goal = Goal.objects.create(owner=alice, kind="applications", weekly_target=2)
    sam = services.create_contact(alice, name="Sam Rivera", company="Acme")
    touch = services.add_touchpoint(
        sam, kind="email", occurred_on=day - 8 * DAY, follow_up_on=day - DAY
    )
    step = add_next_action(alice, "Ask Jo for a coffee chat", due_on=day + DAY)
    add_jar_note(alice, "I explained my project clearly")
    win = add_win(alice, "Sent the Acme application", kind="application", on=day)
    return {
        "day": day,
        "acme": acme,
        "globex": globex,
        "ritual": ritual,
        "goal": goal,
        "sam": sam,
        "touch": touch,
        "step": step,
        "win": win,
    }


def bob_world(bob: User) -> None:
    """Bob's data: none of these words may ever reach Alice's Today."""
    day = today_for(bob)
    bob.north_star = "Bobby north star"
    bob.save(update_fields=["north_star"])
    app = services.create_application(bob, company="Bobco", role="Bobby Role", applied_on=day)
    services.create_application(bob, company="Bobleads", role="Bobby Lead")
    open_ritual(bob, app, visited_steps=["feel"])
    Goal.objects.create(owner=bob, kind="custom", label="Bobby goal", weekly_target=3)
    contact = services.create_contact(bob, name="Bobby Tables")
    services.add_touchpoint(contact, kind="call", occurred_on=day - 5 * DAY, follow_up_on=day)
    add_next_action(bob, "Bobby step")
    add_jar_note(bob, "Bobby jar note")
    add_win(bob, "Bobby win", on=day)


BOB_WORDS = [
    "Bobby north star",
    "Bobco",
    "Bobleads",
    "Bobby Role",
    "Bobby Lead",
    "Bobby goal",
    "Bobby Tables",
    "Bobby step",
    "Bobby jar note",
    "Bobby win",
]


def test_it_gathers_alices_day_as_json(alice: User, bob: User) -> None:
    world = alice_world(alice)
    bob_world(bob)
    data = build_today(alice).as_json()
    assert set(data) == JSON_KEYS
    acme = {"id": world["acme"].pk, "company": "Acme", "role": "Backend Engineer"}
    assert data["north_star"] == "A team that builds things people need"
    assert data["open_rituals"] == [
        {"id": world["ritual"].pk, "step": "perspective", "applications": [acme]}
    ]
    assert (data["break"], data["small_step"]) == (None, None)
    assert data["goals"] == [
        {
            "id": world["goal"].pk,
            "kind": "applications",
            "label": "Applications sent",
            "target": 2,
            "done": 1,
            "percent": 50,
            "met": False,
        }
    ]
    day = world["day"]
    assert data["next_actions"] == {
        "follow_ups": [
            {
                "id": world["touch"].pk,
                "contact_id": world["sam"].pk,
                "contact": "Sam Rivera",
                "company": "Acme",
                "application": None,
                "follow_up_on": (day - DAY).isoformat(),
            }
        ],
        "saved_leads": [{"id": world["globex"].pk, "company": "Globex", "role": "Data Engineer"}],
        "steps": [
            {
                "id": world["step"].pk,
                "text": "Ask Jo for a coffee chat",
                "kind": "custom",
                "due_on": (day + DAY).isoformat(),
                "application": None,
            }
        ],
    }
    assert data["jar_note"] == "I explained my project clearly"
    assert data["recent_wins"] == [
        {
            "id": world["win"].pk,
            "text": "Sent the Acme application",
            "kind": "application",
            "occurred_on": day.isoformat(),
            "automatic": False,
        }
    ]
    assert not any(word in str(data) for word in BOB_WORDS)


def test_it_calls_someone_without_applications_new(alice: User) -> None:
    add_win(alice, "Updated my résumé")
    data = build_today(alice)
    assert data.is_new
    assert [w.text for w in data.recent_wins] == ["Updated my résumé"]
    services.create_application(alice, company="Acme", role="Engineer")
    assert not build_today(alice).is_new


def test_it_shows_an_active_break_and_no_small_step(alice: User) -> None:
    day = today_for(alice)
    start_break(alice, starts_on=day - DAY, ends_on=day + 2 * DAY)
    data = build_today(alice)
    assert data.as_json()["break"] == {
        "starts_on": (day - DAY).isoformat(),
        "ends_on": (day + 2 * DAY).isoformat(),
    }
    assert data.small_step is None


def quiet_since_long_ago(user: User) -> None:
    """Make everything logged look old, as if the person had not been back for weeks."""
    long_ago = timezone.now() - dt.timedelta(days=60)
    StageEvent.objects.filter(owner=user).update(created_at=long_ago)
    Touchpoint.objects.filter(owner=user).update(created_at=long_ago)


def test_it_offers_one_small_step_when_a_break_ended_a_while_ago(alice: User) -> None:
    day = today_for(alice)
    services.create_application(alice, company="Acme", role="Engineer", applied_on=day - 30 * DAY)
    start_break(alice, starts_on=day - 12 * DAY, ends_on=day - 5 * DAY)
    quiet_since_long_ago(alice)
    data = build_today(alice)
    assert data.active_break is None
    assert data.small_step == small_step_for(day)
    assert data.as_json()["small_step"] == small_step_for(day).text


def test_it_offers_nothing_when_something_happened_after_the_break(alice: User) -> None:
    day = today_for(alice)
    start_break(alice, starts_on=day - 12 * DAY, ends_on=day - 5 * DAY)
    services.create_application(alice, company="Acme", role="Engineer", applied_on=day)
    assert build_today(alice).small_step is None


def test_it_keeps_the_small_step_all_day_and_varies_it_by_day() -> None:
    day = dt.date(2026, 3, 2)
    assert small_step_for(day) == small_step_for(day)
    steps = {small_step_for(day + n * DAY).text for n in range(3)}
    assert len(steps) == 3
    assert "Send one message to someone you like working with." in steps


def test_it_names_every_company_of_a_combined_ritual_and_knows_a_fresh_one(alice: User) -> None:
    acme = services.create_application(alice, company="Acme", role="A", applied_on=today_for(alice))
    globex = services.create_application(alice, company="Globex", role="B")
    open_ritual(alice, acme, globex)
    (ritual,) = build_today(alice).open_rituals
    assert ritual.companies == "Acme, Globex"
    assert not ritual.started


def test_it_knows_put_aside_rituals_without_showing_them_on_top(alice: User) -> None:
    app = services.create_application(alice, company="Acme", role="A")
    open_ritual(alice, app, status="set-aside")
    open_ritual(alice, app, status="finished")
    data = build_today(alice)
    assert (data.open_rituals, data.has_set_aside) == ([], True)


def test_it_shows_a_few_saved_leads_and_says_when_there_are_more(alice: User) -> None:
    for n in range(3):
        services.create_application(alice, company=f"Co{n}", role="Engineer")
    data = build_today(alice)
    assert (len(data.saved_leads), data.more_saved_leads) == (3, False)
    services.create_application(alice, company="Co9", role="Engineer")
    data = build_today(alice)
    assert (len(data.saved_leads), data.more_saved_leads) == (3, True)


def test_it_lets_old_follow_ups_drop_off_and_caps_the_rest(alice: User) -> None:
    day = today_for(alice)
    old = services.create_contact(alice, name="Long Ago")
    services.add_touchpoint(
        old, kind="email", occurred_on=day - 60 * DAY, follow_up_on=day - 40 * DAY
    )
    for n in range(7):
        person = services.create_contact(alice, name=f"Person {n}")
        services.add_touchpoint(
            person, kind="email", occurred_on=day - 9 * DAY, follow_up_on=day - DAY
        )
    names = [f.contact for f in build_today(alice).follow_ups]
    assert len(names) == today_module.FOLLOW_UPS
    assert "Long Ago" not in names


def test_it_clears_a_follow_up_once_the_person_followed_up(alice: User) -> None:
    day = today_for(alice)
    sam = services.create_contact(alice, name="Sam")
    services.add_touchpoint(sam, kind="email", occurred_on=day - 9 * DAY, follow_up_on=day - DAY)
    assert [f.contact for f in build_today(alice).follow_ups] == ["Sam"]
    services.add_touchpoint(sam, kind="call", occurred_on=day)
    assert build_today(alice).follow_ups == []


def test_it_leaves_done_steps_out(alice: User) -> None:
    step = add_next_action(alice, "Write to Jo")
    add_next_action(alice, "Read about Globex")
    step.done_on = today_for(alice)
    step.save()
    assert [s.text for s in build_today(alice).steps] == ["Read about Globex"]


@pytest.mark.parametrize(
    ("target", "logged", "shown"),
    [
        ("3", "1.5", (3, 1.5, 50, False)),
        ("2", "2", (2, 2, 100, True)),
        ("1", "4", (1, 4, 100, True)),
    ],
)
def test_it_reads_goal_numbers_plainly(
    alice: User, target: str, logged: str, shown: tuple[int, float, int, bool]
) -> None:
    goal = Goal.objects.create(owner=alice, kind="learning-hours", weekly_target=target)
    goal.entries.create(owner=alice, on=today_for(alice), amount=logged)
    (item,) = build_today(alice).goals
    assert (item.target, item.done, item.percent, item.met) == shown
    assert item.label == "Learning hours"


def test_it_shows_the_last_drawn_jar_note(alice: User) -> None:
    first = add_jar_note(alice, "First note")
    add_jar_note(alice, "Second note")
    assert build_today(alice).jar_note == "Second note"
    first.last_drawn_at = timezone.now()
    first.save()
    assert build_today(alice).jar_note == "First note"


def test_it_shows_the_five_latest_wins(alice: User) -> None:
    day = today_for(alice)
    for n in range(7):
        add_win(alice, f"Win {n}", on=day - n * DAY)
    assert [w.text for w in build_today(alice).recent_wins] == [f"Win {n}" for n in range(5)]
