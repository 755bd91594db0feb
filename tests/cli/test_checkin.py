"""`nextyes checkin`: one line to check in, options kept when left out, JSON, the list."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from nextyes.accounts.models import User
from nextyes.journal.models import CheckIn, SupportFlag
from nextyes.lib.dates import today_for
from nextyes.momentum.models import EffortPoint
from tests.conftest import Run


def test_it_checks_in_with_everything_on_one_line(alice: User, run: Run) -> None:
    code, out, err = run(
        "checkin",
        "--mood", "3",
        "--emotion", "tired",
        "--emotion", "hopeful",
        "--energy", "2",
        "--sleep", "7",
        "--movement", "30",
        "--ate",
        "--no-talked",
        "--note", "Quiet day",
    )  # fmt: skip
    assert (code, err) == (0, "")
    today = today_for(alice)
    assert (
        out
        == f"Checked in for {today.isoformat()}: Okay. Thank you for taking a moment for yourself.\n"
    )
    saved = CheckIn.objects.get(owner=alice)
    assert (saved.day, saved.mood, saved.emotions, saved.energy) == (
        today,
        3,
        ["tired", "hopeful"],
        2,
    )
    assert (saved.sleep_hours, saved.movement_minutes, saved.ate_well, saved.connected) == (
        Decimal("7.0"),
        30,
        True,
        False,
    )
    assert saved.note == "Quiet day"
    assert EffortPoint.objects.filter(owner=alice, reason="check-in").count() == 1


def test_it_keeps_what_a_second_check_in_leaves_out(alice: User, run: Run) -> None:
    run("checkin", "--mood", "2", "--sleep", "5.5", "--on", "2026-03-04")
    code, out, _ = run("checkin", "--mood", "4", "--on", "2026-03-04", "--json")
    data = json.loads(out)
    assert code == 0
    assert {k: data[k] for k in ("day", "mood", "mood_label", "sleep_hours", "ate_well")} == {
        "day": "2026-03-04",
        "mood": 4,
        "mood_label": "Good",
        "sleep_hours": 5.5,
        "ate_well": None,
    }
    assert CheckIn.objects.filter(owner=alice).count() == 1


def test_it_says_what_is_wrong_in_one_line(alice: User, run: Run) -> None:
    code, out, err = run("checkin", "--sleep", "7")
    assert (code, out) == (1, "")
    assert err.startswith("nextyes: --mood is needed: 1 (very low)")
    code, _, err = run("checkin", "--mood", "7")
    assert code == 1 and "from very low (1) to very good (5)" in err
    code, _, err = run("checkin", "--mood", "3", "--movement", "2000")
    assert code == 1 and "between 0 and 1440" in err
    code, _, err = run(
        "checkin",
        "--mood",
        "3",
        *[a for e in ("sad", "tired", "numb", "anxious") for a in ("--emotion", e)],
    )
    assert code == 1 and "up to three feelings" in err
    code, _, err = run("checkin", "--mood", "3", "--on", "someday")
    assert code == 1 and "is not a date" in err
    assert not CheckIn.objects.exists()


def test_it_points_to_help_when_a_note_sounds_heavy(alice: User, run: Run) -> None:
    code, out, _ = run("checkin", "--mood", "1", "--note", "I feel like ending my life")
    assert code == 0
    assert "please talk to someone you trust today" in out and "/help/" in out
    assert SupportFlag.objects.filter(owner=alice, kind="risk").count() == 1
    assert CheckIn.objects.get(owner=alice).note == "I feel like ending my life"


def test_it_lists_recent_check_ins(alice: User, bob: User, run: Run) -> None:
    today = today_for(alice)
    CheckIn.objects.create(owner=alice, day=today - dt.timedelta(days=1), mood=4, sleep_hours=7)
    CheckIn.objects.create(owner=alice, day=today - dt.timedelta(days=40), mood=1)
    CheckIn.objects.create(owner=bob, day=today, mood=5)
    code, out, _ = run("checkin", "--list", "--user", "alice")
    assert code == 0
    assert out == f"{(today - dt.timedelta(days=1)).isoformat()}  4 Good · slept 7 h\n"
    code, out, _ = run("checkin", "--list", "--days", "60", "--json", "--user", "alice")
    assert [c["mood"] for c in json.loads(out)] == [4, 1]
    code, out, _ = run("checkin", "--list", "--days", "60", "--user", "bob", "--on", "2000-01-01")
    assert out.startswith("No check-ins in those days.")
