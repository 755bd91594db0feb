"""`nextyes remind list` (its JSON contract) and `nextyes user create --email`."""

from __future__ import annotations

import json
from pathlib import Path

from nextyes.accounts.models import User
from nextyes.momentum.models import Break
from tests.conftest import Run
from tests.reminders.world import interview, saved_job


def test_the_json_is_an_array_of_kind_due_at_title_and_application(alice: User, run: Run) -> None:
    talk = interview(alice)
    code, out, err = run("remind", "list", "--json", "--user", "alice", "--now", "2026-12-07T12:00")
    assert code == 0, err
    rows = json.loads(out)
    assert isinstance(rows, list)
    for row in rows:
        assert {"kind", "due_at", "title", "application_id"} <= set(row)
    [talk_row] = [r for r in rows if r["kind"] == "interview"]
    assert talk_row == {
        "kind": "interview",
        "due_at": "2026-12-07T09:00:00+01:00",  # alice lives in Paris: her own offset
        "title": "Tomorrow: your interview with Acme",
        "application_id": talk.application_id,
        "state": "due",
        "link": f"/applications/{talk.application_id}/",
    }
    # The thank-you that evening is coming; the weekly goals on Friday have no application.
    assert [r["due_at"] for r in rows if r["kind"] == "thank-you"] == ["2026-12-08T19:00:00+01:00"]
    assert [r["application_id"] for r in rows if r["kind"] == "weekly-goals"] == [None]


def test_the_table_reads_plainly(alice: User, run: Run) -> None:
    saved_job(alice)
    code, out, _ = run("remind", "list", "--user", "alice", "--now", "2026-12-08T10:00")
    assert code == 0
    assert "2026-12-08 09:00 CET    due      deadline" in out
    assert "Analyst at Globex closes on 10 Dec 2026" in out


def test_a_break_leaves_the_list_empty(alice: User, run: Run) -> None:
    import datetime as dt

    interview(alice)
    Break.objects.create(owner=alice, starts_on=dt.date(2026, 12, 6), ends_on=dt.date(2026, 12, 9))
    _, out, _ = run("remind", "list", "--json", "--user", "alice", "--now", "2026-12-07T12:00")
    assert json.loads(out) == []
    _, out, _ = run("remind", "list", "--user", "alice", "--now", "2026-12-07T12:00")
    assert "You are on a break" in out


def test_a_wrong_moment_says_how_to_write_it(alice: User, run: Run) -> None:
    code, _, err = run("remind", "list", "--user", "alice", "--now", "tomorrow")
    assert code == 1 and "--now: “tomorrow”" in err and "YYYY-MM-DDTHH:MM" in err


def test_send_stores_the_due_ones(alice: User, run: Run) -> None:
    interview(alice)
    code, out, _ = run("remind", "send", "--now", "2026-12-07T12:00")
    assert code == 0 and "emailed" in out
    from nextyes.reminders.models import Reminder

    assert Reminder.objects.filter(owner=alice, kind="interview").count() == 1


def test_user_create_takes_an_email_address(db: None, run: Run, tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("a long enough passphrase 42\n", encoding="utf-8")
    code, _, err = run(
        "user", "create", "carol", "--password-file", str(secret), "--email", "carol@Example.COM"
    )
    assert code == 0, err
    assert User.objects.get(username="carol").email == "carol@example.com"
    code, _, err = run("user", "create", "dan", "--password-file", str(secret), "--email", "dan@")
    assert code == 1 and "does not look like an email address" in err
    assert not User.objects.filter(username="dan").exists()
