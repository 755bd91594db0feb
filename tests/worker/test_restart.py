"""A worker killed in the middle of a job, then started again: nothing done twice, nothing lost.

Real processes on a real SQLite file: `nextyes worker` reads a 6,000-message upload, gets
`kill -9` part-way, and a new `nextyes worker --once` finishes the job.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from tests.worker.processes import (
    ROOT,
    big_mbox,
    database,
    environment,
    nextyes,
    one,
    start_worker,
)

MESSAGES = 6000


def queue_upload(data_dir: Path, path: Path) -> int:
    (task_id,) = queue_uploads(data_dir, [path])
    return task_id


def queue_uploads(data_dir: Path, paths: list[Path]) -> list[int]:
    """Queue one upload per file, all from one process (so they arrive together)."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.worker.queue_upload", *map(str, paths)],
        env=environment(data_dir),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return [int(line) for line in done.stdout.split()]


def test_a_worker_killed_mid_import_is_finished_by_the_next_one(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    assert nextyes(data_dir, "migrate").returncode == 0
    task_id = queue_upload(data_dir, big_mbox(tmp_path / "big.mbox", MESSAGES))
    db = database(data_dir)

    worker = start_worker(data_dir, tmp_path / "worker.log")
    deadline = time.monotonic() + 120
    saved = 0
    while time.monotonic() < deadline and saved < 1000:
        time.sleep(0.05)
        row = db.execute("SELECT position FROM inbox_mailimport").fetchone()
        saved = row[0] if row else 0
    worker.kill()  # SIGKILL: no chance to say anything
    worker.wait()
    assert saved >= 1000, (tmp_path / "worker.log").read_text()

    # Killed mid-job: the task is still "running" for a worker that no longer exists.
    position, status = one(db, "SELECT position, status FROM inbox_mailimport")
    assert status == "running" and 1000 <= int(str(position)) < MESSAGES
    assert one(db, "SELECT status FROM django_tasks_database_dbtaskresult") == ("RUNNING",)
    stored_then = one(
        db,
        "SELECT (SELECT count(*) FROM inbox_mailmessage) + (SELECT count(*) FROM inbox_seenmessage)",
    )[0]
    assert stored_then == position  # each saved batch holds its counters: they agree

    again = nextyes(data_dir, "worker", "--once")

    assert again.returncode == 0, again.stdout + again.stderr
    assert "Picked up 1 task(s) a stopped worker had left half-done." in again.stdout
    read, dupes, final_position, final_status = one(
        db, "SELECT read, duplicates, position, status FROM inbox_mailimport"
    )
    assert (read, dupes, final_position, final_status) == (MESSAGES, 0, MESSAGES, "finished")
    kept, seen = one(
        db,
        "SELECT (SELECT count(DISTINCT message_id) FROM inbox_mailmessage), "
        "(SELECT count(DISTINCT message_id) FROM inbox_seenmessage)",
    )
    rows = one(
        db,
        "SELECT (SELECT count(*) FROM inbox_mailmessage) + (SELECT count(*) FROM inbox_seenmessage)",
    )[0]
    assert int(str(kept)) + int(str(seen)) == rows == MESSAGES  # every message, once
    assert one(db, "SELECT count(*) FROM inbox_mailimport") == (1,)  # the same run, resumed
    assert one(db, f"SELECT status, read FROM inbox_mailtask WHERE id = {task_id}") == (
        "done",
        MESSAGES,
    )
    assert one(db, "SELECT status FROM django_tasks_database_dbtaskresult") == ("SUCCESSFUL",)
    # Running the worker once more finds nothing left to do.
    assert "and 0 task(s)." in nextyes(data_dir, "worker", "--once").stdout


def test_two_workers_share_the_queue_and_run_each_task_once(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    assert nextyes(data_dir, "migrate").returncode == 0
    files = [big_mbox(tmp_path / f"part{n}.mbox", 300) for n in range(8)]
    db = database(data_dir)
    # Both workers are up before there is work: on a busy machine one could otherwise start
    # seconds after the other and find the queue already empty.
    workers = [start_worker(data_dir, tmp_path / f"worker{n}.log") for n in range(2)]
    deadline = time.monotonic() + 120
    while one(db, "SELECT count(*) FROM worker_workerbeat") != (2,):
        assert time.monotonic() < deadline, "the two workers did not start"
        time.sleep(0.2)
    queue_uploads(data_dir, files)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        (left,) = one(db, "SELECT count(*) FROM inbox_mailtask WHERE status != 'done'")
        if left == 0:
            break
        time.sleep(0.2)
    for worker in workers:
        worker.terminate()
        worker.wait(timeout=30)

    rows = db.execute(
        "SELECT worker_ids, status FROM django_tasks_database_dbtaskresult"
    ).fetchall()
    assert len(rows) == 8 and all(status == "SUCCESSFUL" for _ids, status in rows)
    claimed_by = [json.loads(ids) for ids, _status in rows]
    assert all(len(ids) == 1 for ids in claimed_by)  # each task claimed once, by one worker
    assert len({ids[0] for ids in claimed_by}) == 2  # and both workers took their share
    assert one(db, "SELECT count(*), sum(read) FROM inbox_mailimport") == (8, 8 * 300)
    # The same 300 messages in each file: stored once, whichever worker got there first.
    stored = (
        "SELECT (SELECT count(*) FROM inbox_mailmessage) + (SELECT count(*) FROM inbox_seenmessage)"
    )
    assert one(db, stored) == (300,)
