"""An import whose process was killed does not say "running" for ever."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.cli import main
from nextyes.inbox import services
from nextyes.inbox.models import MailImport
from tests.inbox.mail_helpers import mbox, message

pytestmark = pytest.mark.usefixtures("by_subject")


def a_run(owner: User, minutes_silent: int, source: str = "big.mbox") -> MailImport:
    run = MailImport.objects.create(owner=owner, source=source, kind="file", read=500)
    then = timezone.now() - dt.timedelta(minutes=minutes_silent)
    MailImport.objects.filter(pk=run.pk).update(
        updated_at=then, started_at=then, report={"saved_up_to": "big.mbox, message 500"}
    )
    return run


def test_the_inbox_page_shows_a_long_silent_run_as_stopped(
    alice: User, bob: User, alice_client: Client
) -> None:
    silent = a_run(alice, 11)
    bobs = a_run(bob, 30)

    body = alice_client.get(reverse("inbox:index")).content.decode()

    assert "stopped — run it again to finish" in body
    assert "still running" not in body
    assert "Everything up to big.mbox, message 500 is saved." in body
    silent.refresh_from_db()
    assert silent.status == "stopped" and silent.report["error"] == "abandoned"
    assert silent.finished_at is not None
    bobs.refresh_from_db()
    assert bobs.status == "running"  # only the person's own runs, when they look


def test_a_run_that_saved_a_batch_lately_is_still_running(
    alice: User, alice_client: Client
) -> None:
    recent = a_run(alice, 3)

    body = alice_client.get(reverse("inbox:index")).content.decode()

    assert "still running" in body
    recent.refresh_from_db()
    assert recent.status == "running"
    assert services.stop_abandoned_imports(alice) == []


def test_each_batch_moves_the_heartbeat(alice: User, tmp_path: Path) -> None:
    mails = [message(f"Rejection: Co {n}", "No.") for n in range(3)]
    before = timezone.now()

    services.import_mail(alice, mbox(tmp_path / "m.mbox", mails), batch_size=1)

    run = MailImport.objects.get(owner=alice)
    assert run.status == "finished" and run.updated_at >= before


def test_the_cli_says_an_interrupted_run_stopped(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run = a_run(alice, 60, source="old.mbox")
    path = mbox(tmp_path / "m.mbox", [message("Rejection: Acme", "No.")])

    assert main(["inbox", "import", str(path), "--user", "alice"]) == 0

    err = capsys.readouterr().err
    assert "The import of old.mbox" in err and "run it again to finish" in err
    run.refresh_from_db()
    assert run.status == "stopped"
