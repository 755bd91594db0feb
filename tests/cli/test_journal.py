from __future__ import annotations

import datetime as dt

from nextyes.accounts.models import User
from nextyes.journal import services
from nextyes.journal.models import JarNote, Win
from nextyes.lib.dates import today_for
from tests.conftest import Run


def test_it_notes_a_win_and_prints_its_id(alice: User, run: Run) -> None:
    code, out, err = run(
        "win", "Finished the portfolio", "--kind", "learning", "--on", "2026-03-04"
    )
    assert (code, err) == (0, "")
    win = Win.objects.get(pk=int(out))
    assert (win.owner, win.text, win.kind, win.occurred_on) == (
        alice,
        "Finished the portfolio",
        "learning",
        dt.date(2026, 3, 4),
    )


def test_it_dates_a_win_today_with_kind_other_by_default(alice: User, run: Run) -> None:
    code, out, _ = run("win", "Went for a run")
    win = Win.objects.get(pk=int(out))
    assert (code, win.kind, win.occurred_on) == (0, "other", today_for(alice))


def test_it_names_the_kinds_when_one_is_wrong(alice: User, run: Run) -> None:
    code, out, err = run("win", "Hm", "--kind", "brag")
    assert (code, out) == (1, "")
    assert "“brag” is not a kind of win" in err and "positive-feedback" in err
    assert not Win.objects.exists()


def test_it_says_what_is_wrong_with_an_empty_win(alice: User, run: Run) -> None:
    code, _, err = run("win", "   ")
    assert code == 1 and "what went well" in err


def test_it_writes_the_win_for_the_chosen_user(alice: User, bob: User, run: Run) -> None:
    code, out, _ = run("win", "Bob's win", "--user", "bob")
    assert (code, Win.objects.get(pk=int(out)).owner) == (0, bob)


def test_it_adds_a_jar_note_and_prints_its_id(alice: User, run: Run) -> None:
    code, out, err = run("jar", "add", "I stayed curious")
    assert (code, err) == (0, "")
    assert JarNote.objects.get(pk=int(out)).text == "I stayed curious"


def test_it_draws_from_the_jar(alice: User, run: Run) -> None:
    services.add_jar_note(alice, "One")
    services.add_jar_note(alice, "Two")
    first = run("jar", "draw")
    second = run("jar", "draw")
    assert first[0] == second[0] == 0
    assert {first[1].strip(), second[1].strip()} == {"One", "Two"}


def test_it_says_kindly_that_the_jar_is_empty(alice: User, run: Run) -> None:
    code, out, err = run("jar", "draw")
    assert (code, err) == (0, "")
    assert "The jar is empty for now" in out and "nextyes jar add" in out
