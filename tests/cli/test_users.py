from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from nextyes.accounts.models import User
from tests.conftest import Run


def test_it_creates_an_account_from_a_password_file(db: None, run: Run, tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("a long enough passphrase\n")
    code, out, err = run("user", "create", "carol", "--password-file", str(secret))
    assert (code, err) == (0, "")
    assert "Created the account “carol”." in out
    carol = get_user_model().objects.get(username="carol")
    assert carol.check_password("a long enough passphrase")


def test_it_refuses_a_taken_name(alice: User, run: Run, tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("a long enough passphrase")
    code, _, err = run("user", "create", "alice", "--password-file", str(secret))
    assert code != 0
    assert "“alice” already exists" in err
    assert get_user_model().objects.count() == 1


def test_it_refuses_a_weak_password_and_creates_nothing(db: None, run: Run, tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("12345678")
    code, _, err = run("user", "create", "carol", "--password-file", str(secret))
    assert code != 0
    assert "that password will not do" in err
    assert len(err.strip().splitlines()) == 1
    assert not get_user_model().objects.exists()


def test_it_explains_an_unreadable_password_file(db: None, run: Run, tmp_path: Path) -> None:
    code, _, err = run("user", "create", "carol", "--password-file", str(tmp_path / "missing"))
    assert code != 0
    assert "cannot read the password file" in err
    assert not get_user_model().objects.exists()


def test_it_sets_a_new_password(alice: User, run: Run, tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("a brand new passphrase\n")
    code, out, _ = run("user", "password", "alice", "--password-file", str(secret))
    assert code == 0
    assert "Set a new password for “alice”." in out
    alice.refresh_from_db()
    assert alice.check_password("a brand new passphrase")


def test_it_asks_twice_for_a_new_password(
    alice: User, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["a typed passphrase", "a typed passphrase"])
    monkeypatch.setattr("typer.prompt", lambda *a, **kw: next(answers))
    code, _, _ = run("user", "password", "alice")
    assert code == 0
    alice.refresh_from_db()
    assert alice.check_password("a typed passphrase")


def test_it_changes_nothing_when_the_two_passwords_differ(
    alice: User, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["a typed passphrase", "another passphrase"])
    monkeypatch.setattr("typer.prompt", lambda *a, **kw: next(answers))
    code, _, err = run("user", "password", "alice")
    assert code != 0
    assert "the two passwords differ" in err
    alice.refresh_from_db()
    assert alice.check_password("correct horse battery")


def test_it_names_an_unknown_account_when_setting_a_password(
    alice: User, run: Run, tmp_path: Path
) -> None:
    secret = tmp_path / "pw"
    secret.write_text("a brand new passphrase")
    code, _, err = run("user", "password", "carol", "--password-file", str(secret))
    assert code != 0
    assert "no account named “carol”" in err
