"""`nextyes inbox sync` and `nextyes inbox account …`, in-process, against a real IMAP server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.test import override_settings

from nextyes.accounts.models import User
from nextyes.cli import main
from nextyes.inbox import secrets
from nextyes.inbox.models import MailAccount, MailMessage
from tests.inbox.imap_server import ImapServer, free_port
from tests.inbox.mail_helpers import message, subject_classifier


@pytest.fixture(autouse=True)
def by_subject_and_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("nextyes.inbox.classifier.classify_many", subject_classifier)
    monkeypatch.setenv("NEXTYES_MAIL_KEY", Fernet.generate_key().decode())


@pytest.fixture
def server() -> Iterator[ImapServer]:
    # A plain server on 127.0.0.1: the owner's two overrides (refused by default).
    with override_settings(IMAP_ALLOW_PLAIN=True, IMAP_ALLOW_PRIVATE=True):
        running = ImapServer().start()
        yield running
        running.stop()


def add(server: ImapServer, tmp_path: Path, name: str = "Personal", *extra: str) -> int:
    secret = tmp_path / f"{name}.pw"
    secret.write_text(server.password + "\n", encoding="utf-8")
    return main(
        [
            "inbox", "account", "add", name,
            "--host", server.host, "--port", str(server.port), "--security", "none",
            "--username", server.user, "--password-file", str(secret),
            "--user", "alice", *extra,
        ]
    )  # fmt: skip


def test_it_adds_lists_and_removes_an_account_without_showing_the_password(
    alice: User, server: ImapServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add(server, tmp_path, "Personal", "--folder", "INBOX", "--folder", "Jobs") == 0
    out = capsys.readouterr().out
    assert out.startswith("Saved “Personal” (alice@example.org @ 127.0.0.1:")
    assert "folders: INBOX, Jobs" in out
    account = MailAccount.objects.get(owner=alice)
    assert secrets.decrypt(account.password_encrypted) == server.password

    assert main(["inbox", "account", "list", "--user", "alice"]) == 0
    listed = capsys.readouterr().out
    assert "Personal: alice@example.org @ 127.0.0.1" in listed and "not checked yet" in listed
    assert main(["inbox", "account", "list", "--json", "--user", "alice"]) == 0
    as_json = capsys.readouterr().out
    assert json.loads(as_json)[0]["folders"] == ["INBOX", "Jobs"]
    for text in (out, listed, as_json):
        assert server.password not in text and account.password_encrypted not in text

    assert main(["inbox", "account", "remove", "personal", "--user", "alice"]) == 0
    assert "Removed “Personal”." in capsys.readouterr().out
    assert not MailAccount.objects.exists()


def test_it_refuses_an_account_it_cannot_use(
    alice: User, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["inbox", "account", "add", "X", "--host", "imap.example.org", "--username", "a",
         "--security", "ssl", "--user", "alice"]
    )  # fmt: skip
    assert code == 1
    assert "--password-file" in capsys.readouterr().err  # stdin is not a terminal here

    secret = tmp_path / "pw"
    secret.write_text("pw", encoding="utf-8")
    code = main(
        ["inbox", "account", "add", "X", "--host", "imap.example.org", "--username", "a",
         "--security", "ssl", "--password-file", str(secret), "--user", "alice"]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and "the account was not saved: --security: Select a valid choice" in err
    assert not MailAccount.objects.exists()


def test_sync_reads_new_mail_quietly_each_time(
    alice: User, server: ImapServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.append("INBOX", message("Rejection: Acme", "No."), message("Digest", "Tips."))
    add(server, tmp_path)
    capsys.readouterr()

    assert main(["inbox", "sync", "--user", "alice"]) == 0
    assert capsys.readouterr().out == "Personal: 2 new, 1 kept about your search.\n"

    assert main(["inbox", "sync", "--user", "alice"]) == 0
    assert capsys.readouterr().out == "Personal: no new mail.\n"

    server.append("INBOX", message("Interview: Globex", "Tuesday?"))
    assert main(["inbox", "sync", "--account", "personal", "--json", "--user", "alice"]) == 0
    (result,) = json.loads(capsys.readouterr().out)
    assert (result["ok"], result["new"], result["kept"]) == (True, 1, 1)
    assert MailMessage.objects.filter(owner=alice).count() == 2


def test_sync_fails_loudly_for_a_bad_account_and_still_reads_the_others(
    alice: User, server: ImapServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.append("INBOX", message("Rejection: Acme", "No."))
    add(server, tmp_path, "Good")
    add(server, tmp_path, "Down")
    MailAccount.objects.filter(name="Down").update(port=free_port())
    capsys.readouterr()

    code = main(["inbox", "sync", "--user", "alice"])

    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == "Good: 1 new, 1 kept about your search.\n"
    assert "nextyes: Down: 127.0.0.1:" in captured.err and "refused the connection" in captured.err
    assert "1 of 2 accounts had a problem" in captured.err
    assert "refused" in MailAccount.objects.get(name="Down").last_error


def test_sync_says_what_to_do_without_accounts(
    alice: User, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["inbox", "sync", "--user", "alice"]) == 1
    assert "no mail account yet" in capsys.readouterr().err
    assert main(["inbox", "sync", "--account", "Nope", "--user", "alice"]) == 1
    assert "no mail account called “Nope”" in capsys.readouterr().err
