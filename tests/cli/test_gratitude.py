from __future__ import annotations

import datetime as dt

from nextyes.accounts.models import User
from nextyes.journal.models import Gratitude
from nextyes.lib.dates import today_for
from tests.conftest import Run


def test_it_keeps_each_thing_for_today(alice: User, run: Run) -> None:
    code, out, err = run("gratitude", "A walk", "Soup", "A kind email")
    day = today_for(alice)
    assert (code, err) == (0, "")
    assert out.strip() == f"Kept 3 for {day.isoformat()}. Those moments are yours."
    assert list(Gratitude.objects.filter(owner=alice).values_list("text", "day")) == [
        ("A walk", day),
        ("Soup", day),
        ("A kind email", day),
    ]


def test_it_looks_back_when_given_no_text(alice: User, run: Run) -> None:
    code, out, _ = run("gratitude")
    assert code == 0 and "Nothing noted yet" in out
    run("gratitude", "Sun", "--on", "2026-03-04")
    code, out, _ = run("gratitude")
    assert code == 0 and out == "2026-03-04\n  - Sun\n"


def test_it_refuses_blank_text_and_future_days(alice: User, run: Run) -> None:
    code, out, err = run("gratitude", "   ")
    assert (code, out) == (1, "") and "at least one thing" in err
    later = (today_for(alice) + dt.timedelta(days=2)).isoformat()
    code, _, err = run("gratitude", "Sun", "--on", later)
    assert code == 1 and "hasn't come yet" in err
    assert not Gratitude.objects.exists()
