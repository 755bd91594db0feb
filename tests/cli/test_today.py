"""`nextyes today`: the Today page as text and as JSON, for the chosen person only."""

from __future__ import annotations

import json

from nextyes.accounts.models import User
from nextyes.home.today import build_today
from nextyes.lib.dates import today_for
from nextyes.pipeline import services
from tests.conftest import Run
from tests.home.test_today_data import BOB_WORDS, JSON_KEYS, alice_world, bob_world


def test_it_prints_the_same_data_as_the_page_in_json(alice: User, bob: User, run: Run) -> None:
    world = alice_world(alice)
    bob_world(bob)
    code, out, err = run("today", "--json", "--user", "alice")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) == JSON_KEYS
    assert data == build_today(alice).as_json()
    assert data["open_rituals"][0]["applications"][0]["company"] == "Acme"
    assert data["goals"][0]["done"] == 1
    assert data["next_actions"]["steps"][0]["id"] == world["step"].pk
    assert not [word for word in BOB_WORDS if word in out]


def test_it_prints_readable_sections(alice: User, bob: User, run: Run) -> None:
    alice_world(alice)
    bob_world(bob)
    code, out, err = run("today", "--user", "alice")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Today, {today_for(alice).isoformat()}"
    for text in [
        "  A team that builds things people need",
        "  • After the no from Acme: pick up where you left off (next: Perspective).",
        "  [#####-----] Applications sent: 1 of 2",
        "  • Ask Jo for a coffee chat",
        "  “I explained my project clearly”",
    ]:
        assert text in lines or any(line.startswith(text) for line in lines), text
    assert any(line.startswith("  • Follow up with Sam Rivera (Acme), ") for line in lines)
    assert any("Apply: Data Engineer at Globex" in line for line in lines)
    assert any(line.endswith("Sent the Acme application") for line in lines)
    assert "nextyes ritual list" in out
    assert "Welcome to NextYes" not in out
    assert not [word for word in BOB_WORDS if word in out]


def test_it_welcomes_a_new_person_with_first_commands(alice: User, run: Run) -> None:
    code, out, _ = run("today")
    assert code == 0
    assert "Welcome to NextYes." in out
    assert "`nextyes add COMPANY ROLE`" in out
    assert "`nextyes import csv FILE`" in out
    assert "Not written yet" in out
    assert "None yet. Add one with `nextyes win" in out
    code, out, _ = run("today", "--json")
    data = json.loads(out)
    assert data["open_rituals"] == data["goals"] == data["recent_wins"] == []
    assert (data["north_star"], data["break"], data["jar_note"]) == ("", None, None)


def test_it_says_nothing_is_waiting_when_nothing_is(alice: User, run: Run) -> None:
    services.create_application(alice, company="Acme", role="Engineer", applied_on=today_for(alice))
    code, out, _ = run("today")
    assert code == 0
    assert "Nothing waiting." in out
    assert "No goals yet." in out
    assert "Welcome" not in out


def test_it_needs_to_know_whose_day_when_there_are_several(
    alice: User, bob: User, run: Run
) -> None:
    code, out, err = run("today")
    assert code == 1
    assert out == ""
    assert "--user NAME" in err
