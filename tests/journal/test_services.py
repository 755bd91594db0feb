from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest
from django.core.exceptions import ValidationError

from nextyes.accounts.models import User
from nextyes.journal import services
from nextyes.journal.models import JarNote, Win
from nextyes.lib.dates import today_for


def _draw(user: User, rng: random.Random | None = None) -> JarNote:
    note = services.draw_jar_note(user, rng)
    assert note is not None
    return note


def test_it_adds_a_win_dated_today_by_default(alice: User) -> None:
    win = services.add_win(alice, "  Sent   two applications ", "application")
    assert win is not None
    assert (win.text, win.kind, win.occurred_on) == (
        "Sent two applications",
        "application",
        today_for(alice),
    )
    assert not win.automatic


def test_it_adds_one_win_per_source_key(alice: User) -> None:
    first = services.add_win(alice, "Offer from Acme", automatic=True, source_key="offer:1")
    again = services.add_win(alice, "Offer from Acme", automatic=True, source_key="offer:1")
    assert first is not None and again is None
    assert Win.objects.filter(owner=alice).count() == 1


def test_it_keeps_source_keys_per_person(alice: User, bob: User) -> None:
    services.add_win(alice, "Offer", automatic=True, source_key="offer:1")
    assert services.add_win(bob, "Offer", automatic=True, source_key="offer:1") is not None


def test_it_refuses_an_empty_win(alice: User) -> None:
    with pytest.raises(ValidationError) as exc:
        services.add_win(alice, "   ")
    assert "what went well" in str(exc.value)


def test_it_refuses_a_win_in_the_future(alice: User) -> None:
    with pytest.raises(ValidationError) as exc:
        services.add_win(alice, "Got the job", on=today_for(alice) + dt.timedelta(days=1))
    assert "hasn't come yet" in str(exc.value)
    assert not Win.objects.exists()


def test_it_refuses_an_unknown_kind(alice: User) -> None:
    with pytest.raises(ValidationError):
        services.add_win(alice, "Something", "bragging")


def test_it_updates_a_win(alice: User) -> None:
    win = services.add_win(alice, "Sent one", "application")
    assert win is not None
    services.update_win(win, text="Sent three", kind="learning", on=dt.date(2026, 1, 5))
    win.refresh_from_db()
    assert (win.text, win.kind, win.occurred_on) == ("Sent three", "learning", dt.date(2026, 1, 5))


def test_it_puts_a_deleted_win_back_as_it_was(alice: User) -> None:
    win = services.add_win(
        alice,
        "Offer from Acme",
        "interview",
        on=dt.date(2026, 2, 1),
        automatic=True,
        source_key="offer:7",
    )
    assert win is not None
    snapshot = services.delete_win(win)
    assert not Win.objects.exists()
    back = services.restore_win(alice, snapshot)
    assert back is not None
    assert (back.text, back.kind, back.occurred_on, back.automatic, back.source_key) == (
        "Offer from Acme",
        "interview",
        dt.date(2026, 2, 1),
        True,
        "offer:7",
    )
    assert services.restore_win(alice, snapshot) is None  # its source already has its win


def test_it_draws_nothing_from_an_empty_jar(alice: User) -> None:
    assert services.draw_jar_note(alice) is None


def test_it_draws_the_only_note_again_and_again(alice: User) -> None:
    services.add_jar_note(alice, "I stayed calm")
    assert [_draw(alice).text for _ in range(3)] == ["I stayed calm"] * 3


def test_it_never_draws_the_same_note_twice_in_a_row(alice: User) -> None:
    for text in ("One", "Two"):
        services.add_jar_note(alice, text)
    rng = random.Random(3)
    drawn = [_draw(alice, rng).text for _ in range(12)]
    assert all(a != b for a, b in itertools.pairwise(drawn))
    assert set(drawn) == {"One", "Two"}


def test_it_never_repeats_with_many_notes(alice: User) -> None:
    for n in range(5):
        services.add_jar_note(alice, f"Note {n}")
    rng = random.Random(11)
    drawn = [_draw(alice, rng).pk for _ in range(30)]
    assert all(a != b for a, b in itertools.pairwise(drawn))


def test_it_never_draws_the_note_already_on_screen(alice: User) -> None:
    shown, other, third = (services.add_jar_note(alice, t) for t in ("Shown", "Other", "Third"))
    rng = random.Random(5)
    first = services.draw_jar_note(alice, rng, exclude_id=shown.pk)
    assert first is not None and first.pk in {other.pk, third.pk}
    # The on-screen note and the last draw are both left out while anything else remains.
    again = services.draw_jar_note(alice, rng, exclude_id=shown.pk)
    assert again is not None and again.pk not in {shown.pk, first.pk}


def test_it_still_draws_when_only_the_note_on_screen_is_left(alice: User) -> None:
    shown = services.add_jar_note(alice, "Shown")
    assert _draw_excluding(alice, shown.pk) == "Shown"
    other = services.add_jar_note(alice, "Other")
    assert _draw_excluding(alice, shown.pk) == "Other"
    # Two notes: the last draw (now on screen) stays out rather than the stale one.
    assert _draw_excluding(alice, shown.pk) == "Shown"
    assert other.pk != shown.pk


def _draw_excluding(user: User, exclude_id: int) -> str:
    note = services.draw_jar_note(user, random.Random(1), exclude_id=exclude_id)
    assert note is not None
    return note.text


def test_it_draws_only_from_the_persons_own_jar(alice: User, bob: User) -> None:
    services.add_jar_note(bob, "Bob's note")
    assert services.draw_jar_note(alice) is None


def test_it_rewords_and_deletes_jar_notes(alice: User) -> None:
    note = services.add_jar_note(alice, "Tried")
    services.update_jar_note(note, "  Tried   hard ")
    assert JarNote.objects.get().text == "Tried hard"
    with pytest.raises(ValidationError):
        services.update_jar_note(note, " ")
    services.delete_jar_note(note)
    assert not JarNote.objects.exists()
