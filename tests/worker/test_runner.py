"""The worker's own rules: claiming, periodic jobs that remember their last run, failures shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from nextyes.accounts.models import User
from nextyes.inbox import tasks
from nextyes.inbox.models import MailTask
from nextyes.lib import periodic
from nextyes.worker.models import PeriodicRun
from nextyes.worker.runner import claim_next, run_task
from tests.conftest import Run
from tests.inbox.mail_helpers import REJECTION, mbox, message
from tests.worker.helpers import run_worker


def queued_upload(user: User, tmp_path: Path) -> MailTask:
    data = mbox(tmp_path / "mail.mbox", [message(*REJECTION)]).read_bytes()
    return tasks.start_upload(user, [SimpleUploadedFile("mail.mbox", data)], keep_other=False)


def test_two_workers_never_take_the_same_task(alice: User, tmp_path: Path) -> None:
    job = queued_upload(alice, tmp_path)

    first = claim_next("worker-a")
    second = claim_next("worker-b")

    assert first is not None and second is None
    assert first.worker_ids == ["worker-a"] and first.status == "RUNNING"
    assert run_task(first)
    job.refresh_from_db()
    assert (job.status, job.read) == ("done", 1)
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


def test_a_failed_upload_says_why_on_the_inbox_page(
    alice: User, alice_client: Client, tmp_path: Path
) -> None:
    data = mbox(tmp_path / "mail.mbox", [message(*REJECTION)]).read_bytes()
    alice_client.post(reverse("inbox:upload"), {"mail": SimpleUploadedFile("mail.mbox", data)})
    job = MailTask.objects.get(owner=alice)
    for saved in Path(job.path).iterdir():  # the upload's copy is gone before the worker runs
        saved.unlink()

    tally = run_worker()

    assert tally.failed_tasks == 1
    body = alice_client.get(reverse("inbox:index")).content.decode()
    assert "this did not work." in body
    assert "The uploaded file is no longer on the server. Please upload it again." in body
    assert DBTaskResult.objects.get().status == "FAILED"


@pytest.fixture
def counted() -> Iterator[list[dt.datetime | None]]:
    """A job of this test's own, every hour, noting each `now` it was given."""
    calls: list[dt.datetime | None] = []
    periodic.register("test.counted", dt.timedelta(hours=1), calls.append)
    yield calls
    periodic.unregister("test.counted")


def test_a_job_runs_when_due_and_its_last_run_outlives_the_worker(
    db: None, counted: list[dt.datetime | None]
) -> None:
    assert "test.counted" in run_worker().jobs
    assert "test.counted" not in run_worker().jobs  # a new worker: the database remembers
    assert counted == [None]

    PeriodicRun.objects.filter(name="test.counted").update(
        last_run_at=timezone.now() - dt.timedelta(hours=2)
    )
    assert "test.counted" in run_worker().jobs
    assert len(counted) == 2


def test_a_pretend_moment_runs_every_job_with_that_moment(
    db: None, counted: list[dt.datetime | None]
) -> None:
    run_worker()
    moment = dt.datetime(2026, 12, 8, 12, 0)

    assert "test.counted" in run_worker(moment).jobs

    assert counted == [None, moment]


def test_a_failing_job_does_not_stop_the_others(
    db: None, counted: list[dt.datetime | None]
) -> None:
    def broken(_now: dt.datetime | None) -> None:
        raise RuntimeError("no")

    periodic.register("test.broken", dt.timedelta(hours=1), broken)
    try:
        tally = run_worker()
    finally:
        periodic.unregister("test.broken")
    assert tally.failed_jobs == ["test.broken"]
    assert counted == [None]


def test_worker_once_says_what_it_ran(run: Run, alice: User, tmp_path: Path) -> None:
    queued_upload(alice, tmp_path)

    code, out, _err = run("worker", "--once")

    assert code == 0
    assert "and 1 task(s)." in out
    assert MailTask.objects.get(owner=alice).status == "done"


def test_worker_refuses_a_moment_it_cannot_read(run: Run, db: None) -> None:
    code, _out, err = run("worker", "--now", "next tuesday")

    assert code == 1
    assert "--now: “" in err and "YYYY-MM-DDTHH:MM" in err
