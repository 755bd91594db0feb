"""A week of alice's search with private words in every private place, and bob's own week."""

from __future__ import annotations

import pytest

from nextyes.accounts.models import User
from nextyes.journal.services import add_win
from nextyes.momentum.models import Goal
from nextyes.momentum.services import add_next_action, log_goal_entry
from nextyes.pipeline import services
from nextyes.recovery import services as ritual_services
from nextyes.recovery.models import Ritual
from nextyes.recovery.services.lessons import add_feedback, add_lesson
from tests.momentum.momentum_support import D, at, freeze

# Alice's week: Monday 2 to Sunday 8 March 2026 (Paris); "now" is Friday 6 March.
MONDAY, SUNDAY = D(2026, 3, 2), D(2026, 3, 8)
PRIVATE = {
    "feeling": "NARWHAL-FEELING",
    "perspective": "NARWHAL-PERSPECTIVE",
    "lesson": "NARWHAL-LESSON",
    "feedback": "NARWHAL-FEEDBACK",
    "win": "NARWHAL-WIN",
    "goal": "NARWHAL-GOAL",
    "step": "NARWHAL-STEP",
    "contact": "Sam Narwhal",
    "touchpoint": "NARWHAL-TOUCH",
}
BOB_WORDS = ["Bobcorp", "BOB-WIN", "BOB-LESSON", "Bob Contact", "BOB-STEP"]


def alice_week(alice: User, monkeypatch: pytest.MonkeyPatch) -> None:
    freeze(monkeypatch, at(D(2026, 3, 6), tz="Europe/Paris"))
    acme = services.create_application(alice, company="Acme", role="Engineer", applied_on=MONDAY)
    services.move_application(acme, "acknowledged", on=D(2026, 3, 3))
    services.move_application(acme, "screen", on=D(2026, 3, 4))
    services.move_application(acme, "interview", on=D(2026, 3, 5))
    initech = services.create_application(
        alice, company="Initech", role="Developer", applied_on=D(2026, 3, 3)
    )
    services.move_application(initech, "rejected", on=D(2026, 3, 5))
    # Last week's application counts in last week only.
    services.create_application(alice, company="Oldco", role="Analyst", applied_on=D(2026, 2, 25))
    services.create_application(alice, company="Globex", role="Data Engineer", fit=5)
    ritual = Ritual.objects.filter(owner=alice).first() or ritual_services.open_ritual(
        alice, initech
    )
    ritual_services.save_step(ritual, "feel", {"feeling_note": PRIVATE["feeling"]})
    ritual_services.save_step(ritual, "perspective", {"perspective_note": PRIVATE["perspective"]})
    add_lesson(alice, f"{PRIVATE['lesson']}: explain trade-offs", learned_on=D(2026, 3, 5))
    add_lesson(alice, "An old lesson from February", learned_on=D(2026, 2, 20))
    add_feedback(alice, PRIVATE["feedback"], received_on=D(2026, 3, 5), application=initech)
    add_win(alice, f"Finished the portfolio {PRIVATE['win']}", "learning", on=D(2026, 3, 4))
    add_win(alice, "A win from last month", on=D(2026, 2, 10))
    Goal.objects.create(owner=alice, kind="applications", weekly_target=2)
    custom = Goal.objects.create(owner=alice, kind="custom", label=PRIVATE["goal"], weekly_target=3)
    log_goal_entry(custom, on=D(2026, 3, 4), amount=1)
    contact = services.create_contact(alice, name=PRIVATE["contact"], company="Acme")
    services.add_touchpoint(
        contact,
        kind="email",
        occurred_on=D(2026, 3, 4),
        note=PRIVATE["touchpoint"],
        follow_up_on=D(2026, 3, 10),
    )
    add_next_action(alice, f"Ask Jo {PRIVATE['step']}", kind="reach-out", due_on=D(2026, 3, 9))


def bob_week(bob: User) -> None:
    app = services.create_application(bob, company="Bobcorp", role="Engineer", applied_on=MONDAY)
    services.move_application(app, "rejected", on=D(2026, 3, 4))
    add_win(bob, "BOB-WIN", on=D(2026, 3, 4))
    add_lesson(bob, "BOB-LESSON", learned_on=D(2026, 3, 4))
    contact = services.create_contact(bob, name="Bob Contact")
    services.add_touchpoint(
        contact, kind="call", occurred_on=D(2026, 3, 4), follow_up_on=D(2026, 3, 10)
    )
    add_next_action(bob, "BOB-STEP")
