"""`nextyes inbox import` and `nextyes inbox purge`, run in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nextyes.accounts.models import User
from nextyes.cli import main
from nextyes.inbox.models import MailImport, MailMessage, SeenMessage
from tests.inbox.mail_helpers import mbox, message, subject_classifier

CORPUS = Path(__file__).parent.parent / "inbox" / "corpus"


@pytest.fixture(autouse=True)
def by_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("nextyes.inbox.classifier.classify_many", subject_classifier)


def mixed(tmp_path: Path) -> Path:
    return mbox(
        tmp_path / "mail.mbox",
        [
            message("Rejection: Acme", "Not this time."),
            message("Rejection: Globex", "We chose someone else."),
            message("Interview: Initech", "Tuesday at ten?"),
            message("Received: Hooli", "Thanks for applying."),
            message("Weekly digest", "Ten tips."),
            message("", "", message_id=None, sender=""),
        ],
    )


def test_it_imports_an_mbox_and_sums_it_up(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["inbox", "import", str(mixed(tmp_path)), "--user", "alice"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Read 6 messages from mail.mbox.",
        "Kept 4 about your search: 2 rejections, 1 interview invitation, 1 acknowledgement.",
        "Not kept: 1 not about your search (only their ids are remembered, so they are never "
        "read twice; --keep-other keeps them).",
        "Skipped: 1 that could not be read:",
        "  mail.mbox, message 6 (byte 1373): nothing readable in it (no sender, subject or text)",
    ]
    assert MailMessage.objects.filter(owner=alice).count() == 4
    assert SeenMessage.objects.filter(owner=alice).count() == 1


def test_it_says_what_was_already_there_the_second_time(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = str(mixed(tmp_path))
    main(["inbox", "import", path, "--user", "alice"])
    capsys.readouterr()
    assert main(["inbox", "import", path, "--user", "alice"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:3] == ["Kept 0 about your search.", "Already here: 5."]
    assert MailMessage.objects.filter(owner=alice).count() == 4


def test_it_writes_nothing_on_a_dry_run(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(["inbox", "import", str(mixed(tmp_path)), "--dry-run", "--user", "alice"])
    assert code == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:3] == [
        "Dry run: nothing was saved. This is what an import would do:",
        "Read 6 messages from mail.mbox.",
        "Would keep 4 about your search: 2 rejections, 1 interview invitation, 1 acknowledgement.",
    ]
    assert out[3] == "Would not keep: 1 not about your search."
    assert not MailMessage.objects.exists()
    assert not SeenMessage.objects.exists()
    assert not MailImport.objects.exists()


def test_it_keeps_other_mail_when_asked(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = str(mixed(tmp_path))
    assert main(["inbox", "import", path, "--keep-other", "--user", "alice"]) == 0
    assert "1 other message" in capsys.readouterr().out
    assert MailMessage.objects.get(owner=alice, label="other").subject == "Weekly digest"


def test_it_prints_json(alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["inbox", "import", str(CORPUS), "--json", "--user", "alice"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["read"] == 23
    assert data["skipped"] == 2
    assert data["skipped_messages"][0] == {"where": "empty.eml", "reason": "empty message"}
    assert data["dry_run"] is False
    assert data["import_id"] == MailImport.objects.get(owner=alice).pk
    assert data["kept"] + data["not_kept"] + data["duplicates"] + data["skipped"] == data["read"]


def test_it_explains_a_missing_path(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["inbox", "import", str(tmp_path / "nope.mbox"), "--user", "alice"]) == 1
    err = capsys.readouterr().err
    assert err == f"nextyes: cannot read {tmp_path / 'nope.mbox'}: no such file or folder\n"


def test_it_says_when_there_is_no_mail(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["inbox", "import", str(tmp_path), "--user", "alice"]) == 0
    assert capsys.readouterr().out == f"No mail found in {tmp_path.name}.\n"


def test_it_purges_with_yes(
    alice: User, bob: User, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = str(mixed(tmp_path))
    main(["inbox", "import", path, "--user", "alice"])
    main(["inbox", "import", path, "--user", "bob"])
    capsys.readouterr()
    assert main(["inbox", "purge", "--yes", "--user", "alice"]) == 0
    assert capsys.readouterr().out == (
        "Forgot 4 kept messages, 1 remembered id and 1 import report.\n"
    )
    assert not MailMessage.objects.filter(owner=alice).exists()
    assert MailMessage.objects.filter(owner=bob).count() == 4


def test_it_purges_when_a_script_asks_without_a_terminal(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    main(["inbox", "import", str(mixed(tmp_path)), "--user", "alice"])
    capsys.readouterr()
    assert main(["inbox", "purge", "--user", "alice"]) == 0
    assert capsys.readouterr().out.startswith("Forgot 4 kept messages")
    assert MailMessage.objects.filter(owner=alice).count() == 0


def test_it_asks_before_purging_on_a_terminal(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main(["inbox", "import", str(mixed(tmp_path)), "--user", "alice"])
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("typer.confirm", lambda text: False)
    assert main(["inbox", "purge", "--user", "alice"]) == 0
    assert capsys.readouterr().out == "Nothing was removed.\n"
    assert MailMessage.objects.filter(owner=alice).count() == 4


def test_it_shows_a_progress_bar_on_a_terminal(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert main(["inbox", "import", str(mixed(tmp_path)), "--user", "alice"]) == 0
    assert "Reading mail" in capsys.readouterr().err


def test_it_lists_the_commands_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inbox", "import", "--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--dry-run", "--keep-other", "--json", "--user"):
        assert option in out
