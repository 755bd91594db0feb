"""The worker: runs the periodic jobs that are due, then the queued tasks, one at a time.

Claiming is the database backend's own (django-tasks-db): on PostgreSQL `SELECT … FOR UPDATE
SKIP LOCKED` inside a transaction, on SQLite an EXCLUSIVE transaction, then the row is marked
"running" with this worker's id before the transaction ends, so two workers never take the same
task. What the backend does not do is notice a worker that died (`kill -9`, a power cut) while
its task said "running": that task would wait for ever. So each worker beats (`WorkerBeat`),
and a task whose worker is gone goes back in line. Our tasks resume where their last saved
batch ended (see `nextyes.inbox.tasks`), so running one again does nothing twice.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import socket
import threading
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, OperationalError, close_old_connections, connection
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

from nextyes.lib import periodic
from nextyes.worker.models import PeriodicRun, WorkerBeat

logger = logging.getLogger("nextyes.worker")

BACKEND = "default"
# A queued task of any signature: the worker only hands its stored arguments back to it.
AnyTask = DBTaskResult[..., object]
EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def beat_seconds() -> float:
    return float(getattr(settings, "NEXTYES_WORKER_BEAT_SECONDS", 10))


def gone_after() -> dt.timedelta:
    """A worker silent this long is gone (a beat is every few seconds)."""
    return dt.timedelta(seconds=float(getattr(settings, "NEXTYES_WORKER_GONE_SECONDS", 60)))


@dataclass
class Tally:
    """What one pass did, for `--once` to report."""

    jobs: list[str] = field(default_factory=list)
    failed_jobs: list[str] = field(default_factory=list)
    tasks: int = 0
    failed_tasks: int = 0
    requeued: int = 0


class Worker:
    """One worker process: its id, its heartbeat, and the passes it runs."""

    def __init__(self) -> None:
        self.worker_id = uuid.uuid4().hex
        self.host = socket.gethostname()[:255]
        self._stop = threading.Event()
        self._beating: threading.Thread | None = None

    # --- Being alive ---------------------------------------------------------------------

    def start(self) -> None:
        WorkerBeat.objects.create(
            worker_id=self.worker_id, host=self.host, pid=os.getpid(), beat_at=timezone.now()
        )
        self._beating = threading.Thread(target=self._beat, name="worker-beat", daemon=True)
        self._beating.start()

    def stop(self) -> None:
        self._stop.set()
        if self._beating is not None:
            self._beating.join(timeout=5)
        WorkerBeat.objects.filter(worker_id=self.worker_id).delete()

    def _beat(self) -> None:
        try:
            while not self._stop.wait(beat_seconds()):
                # A busy SQLite file: the next beat will do.
                with contextlib.suppress(OperationalError):
                    WorkerBeat.objects.filter(worker_id=self.worker_id).update(
                        beat_at=timezone.now()
                    )
        finally:
            connection.close()  # this thread's own connection

    # --- One pass ------------------------------------------------------------------------

    def run_pass(self, now: dt.datetime | None = None, *, tally: Tally | None = None) -> Tally:
        """Requeue what dead workers left, run the due jobs, then every ready task."""
        tally = tally or Tally()
        _fresh_connection()
        tally.requeued += requeue_abandoned()
        run_due_jobs(now, tally)
        while not self._stop.is_set():
            claimed = claim_next(self.worker_id)
            if claimed is None:
                break
            tally.tasks += 1
            if not run_task(claimed):
                tally.failed_tasks += 1
        return tally

    def run_forever(self, interval: float = 1.0) -> None:
        while not self._stop.is_set():
            self.run_pass()
            _fresh_connection()
            self._stop.wait(interval)


def _fresh_connection() -> None:
    """Drop a connection the database closed or that is too old, as a request's end does; not
    inside a transaction someone else opened (a test's), which that would break."""
    if not connection.in_atomic_block:
        close_old_connections()


# --- Periodic jobs ---------------------------------------------------------------------------


def run_due_jobs(now: dt.datetime | None, tally: Tally) -> None:
    """Run each registered job that is due.

    With a pretend moment (`--now`) every job runs, told that moment: the jobs decide per
    person what is due then, and the real schedule is left as it was.
    """
    for job in periodic.jobs():
        if now is None and not _claim_job(job):
            continue
        try:
            job.run(now)
        except Exception:
            logger.exception("The periodic job %s failed", job.name)
            tally.failed_jobs.append(job.name)
        else:
            tally.jobs.append(job.name)


def _claim_job(job: periodic.PeriodicJob) -> bool:
    """True when this worker takes the job's turn (a conditional UPDATE: one worker wins)."""
    moment = timezone.now()
    last = PeriodicRun.objects.filter(name=job.name).values_list("last_run_at", flat=True).first()
    if last is None:
        try:
            PeriodicRun.objects.create(name=job.name, last_run_at=moment)
        except IntegrityError:  # another worker created it first, and runs it
            return False
        return True
    if last > moment - job.every:
        return False
    won = PeriodicRun.objects.filter(name=job.name, last_run_at=last).update(last_run_at=moment)
    return won == 1


# --- Tasks -----------------------------------------------------------------------------------


def claim_next(worker_id: str) -> AnyTask | None:
    """The next ready task, marked as this worker's in the same transaction."""
    ready = DBTaskResult.objects.ready().filter(backend_name=BACKEND)
    try:
        with exclusive_transaction(ready.db):
            found = ready.get_locked()
            if found is not None:
                found.claim(worker_id)
            return found
    except OperationalError as exc:
        if is_locked_database_exception(exc):  # another worker is claiming: try next pass
            return None
        raise


def run_task(db_result: AnyTask) -> bool:
    """Run one claimed task; False when it failed (the failure is stored with the task)."""
    try:
        task = db_result.task
        result = db_result.task_result
        value = task.call(*result.args, **result.kwargs)
    except Exception as exc:
        logger.exception("Task %s failed", db_result.task_path)
        db_result.set_failed(exc)
        return False
    except BaseException:
        # Ctrl+C or a stop signal: the task is resumable, so it waits for the next worker.
        DBTaskResult.objects.filter(pk=db_result.pk, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.READY, started_at=None
        )
        raise
    db_result.set_successful(value)
    return True


def requeue_abandoned() -> int:
    """Put back in line the running tasks whose worker is gone; forget gone workers."""
    cutoff = timezone.now() - gone_after()
    host = socket.gethostname()[:255]
    alive: set[str] = set()
    gone: list[str] = []
    for worker_id, worker_host, pid, beat_at in WorkerBeat.objects.values_list(
        "worker_id", "host", "pid", "beat_at"
    ):
        if beat_at < cutoff or (worker_host == host and not _process_exists(pid)):
            gone.append(worker_id)
        else:
            alive.add(worker_id)
    requeued = 0
    for pk, worker_ids, started_at in DBTaskResult.objects.running().values_list(
        "pk", "worker_ids", "started_at"
    ):
        if worker_ids and worker_ids[-1] in alive:
            continue
        # Only if still as seen: a worker that just finished it keeps its own word.
        requeued += DBTaskResult.objects.filter(
            pk=pk, status=TaskResultStatus.RUNNING, started_at=started_at
        ).update(status=TaskResultStatus.READY, started_at=None)
    if gone:
        WorkerBeat.objects.filter(worker_id__in=gone).delete()
    if requeued:
        logger.warning("Put %s task(s) of a stopped worker back in line", requeued)
    return requeued


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it exists
        return True
    return _not_a_zombie(pid)


def _not_a_zombie(pid: int) -> bool:
    """A killed child its parent has not waited for still has a pid; it runs nothing."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            return stat.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except OSError:
        return True
