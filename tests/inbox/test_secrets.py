"""IMAP passwords at rest: encrypted with a key outside the database, and a check when it is gone."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.core import checks
from django.db import connection
from pytest_django import Settings

from nextyes.accounts.models import User
from nextyes.inbox import secrets
from nextyes.inbox.checks import check_mail_key
from nextyes.inbox.models import MailAccount


@pytest.fixture
def data_dir(settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No key in the environment; the data dir is this test's own."""
    monkeypatch.delenv("NEXTYES_MAIL_KEY", raising=False)
    monkeypatch.delenv("NEXTYES_MAIL_KEY_FILE", raising=False)
    settings.DATA_DIR = tmp_path
    return tmp_path


def test_it_round_trips_a_password_and_stores_no_plaintext(alice: User, mail_key: str) -> None:
    password = "pâss wörd 123!"
    account = MailAccount.objects.create(
        owner=alice,
        name="Work",
        host="imap.example.org",
        username="alice",
        password_encrypted=secrets.encrypt(password),
    )

    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM inbox_mailaccount WHERE id = %s", [account.pk])
        row = " ".join(str(value) for value in cursor.fetchone())
    assert password not in row
    assert password.encode("utf-8").hex() not in row
    account.refresh_from_db()
    assert secrets.decrypt(account.password_encrypted) == password
    # Each encryption differs (Fernet adds a random IV and a timestamp).
    assert secrets.encrypt(password) != secrets.encrypt(password)


def test_it_creates_a_private_key_file_on_first_use(data_dir: Path) -> None:
    token = secrets.encrypt("hunter2")

    key_file = data_dir / "mail.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert secrets.decrypt(token) == "hunter2"
    assert Fernet(key_file.read_bytes().strip()).decrypt(token.encode()) == b"hunter2"


def test_it_reads_the_key_from_a_file_named_by_the_environment(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = Fernet.generate_key()
    path = data_dir / "elsewhere.key"
    path.write_bytes(key + b"\n")
    monkeypatch.setenv("NEXTYES_MAIL_KEY_FILE", str(path))

    token = secrets.encrypt("hunter2")

    assert Fernet(key).decrypt(token.encode()) == b"hunter2"
    assert not (data_dir / "mail.key").exists()


def test_it_says_to_enter_the_password_again_when_the_key_changed(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = secrets.encrypt("hunter2")
    monkeypatch.setenv("NEXTYES_MAIL_KEY", Fernet.generate_key().decode())

    with pytest.raises(secrets.PasswordUnreadable, match="enter the password again"):
        secrets.decrypt(token)


def test_it_names_a_key_that_is_not_a_key(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEXTYES_MAIL_KEY", "too short")

    with pytest.raises(secrets.KeyProblem, match="NEXTYES_MAIL_KEY is not a valid key"):
        secrets.encrypt("hunter2")


def _account(owner: User, token: str) -> MailAccount:
    return MailAccount.objects.create(
        owner=owner, name="Work", host="imap.example.org", username="a", password_encrypted=token
    )


def test_the_check_is_quiet_without_accounts(data_dir: Path, db: None) -> None:
    assert check_mail_key(None) == []


def test_the_check_is_quiet_when_the_key_opens_the_passwords(data_dir: Path, alice: User) -> None:
    _account(alice, secrets.encrypt("hunter2"))

    assert check_mail_key(None) == []


def test_the_check_warns_when_accounts_exist_but_no_key(data_dir: Path, alice: User) -> None:
    _account(alice, secrets.encrypt("hunter2"))
    (data_dir / "mail.key").unlink()

    warnings = check_mail_key(None)

    assert [w.id for w in warnings] == ["nextyes.W002"]
    assert warnings[0].level == checks.WARNING
    assert "no mail key is configured" in warnings[0].msg
    assert "NEXTYES_MAIL_KEY" in (warnings[0].hint or "")


def test_the_check_warns_when_the_key_is_not_the_one_used(
    data_dir: Path, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    _account(alice, secrets.encrypt("hunter2"))
    monkeypatch.setenv("NEXTYES_MAIL_KEY", Fernet.generate_key().decode())

    assert "cannot read the saved IMAP passwords" in check_mail_key(None)[0].msg


def test_the_check_runs_with_djangos_other_checks(data_dir: Path, alice: User) -> None:
    _account(alice, "gAAAA-not-a-token")
    (data_dir / "mail.key").unlink(missing_ok=True)

    ids = [message.id for message in checks.run_checks()]

    assert "nextyes.W002" in ids
