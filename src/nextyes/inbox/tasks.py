"""Mail work done by the worker, not inside a web request: an upload read, a mailbox checked.

A page starts the work (`start_upload`, `start_sync`): it writes a `MailTask` and queues
`run_mail_task` in the same transaction, then answers at once. The worker runs the task; the
page reads the `MailTask` for progress, the summary, or why it failed.

Every task may be cut short (a restart, `kill -9`) and run again, and running it again does
nothing twice: an upload resumes its `MailImport` after the last saved batch; a mailbox check
moves each folder's position on only once a chunk of messages is saved, so the chunk being read
is read again and Message-ID dedupe passes over what was already saved.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
import uuid
import zoneinfo
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_tasks import task

from nextyes.accounts.models import User
from nextyes.inbox import imap, reading, services
from nextyes.inbox.imap_connect import ImapProblem
from nextyes.inbox.models import ImportKind, MailAccount, MailImport, MailTask, TaskKind, TaskStatus
from nextyes.lib import periodic
from nextyes.lib.ownership import owned

# Messages per folder read before the folder's position is saved; a whole backlog is read in
# as many chunks as it takes, in the same task.
SYNC_CHUNK = 1000
SHOWN_FOR = dt.timedelta(days=1)  # a finished task's summary stays on its page this long
PROGRESS_EVERY = 0.5  # seconds between progress saves: a moving bar, few writes


def uploads_dir() -> Path:
    return Path(settings.DATA_DIR) / "uploads"


# --- Starting work (from a page or a job) ----------------------------------------------------


def start_upload(user: User, uploads: list[UploadedFile[bytes]], *, keep_other: bool) -> MailTask:
    """Keep the uploaded files under the data dir and queue their import."""
    folder = uploads_dir() / uuid.uuid4().hex
    folder.mkdir(parents=True, mode=0o700)
    names: list[str] = []
    for number, upload in enumerate(uploads, start=1):
        name = Path(upload.name or "").name.strip(". ") or "upload"
        if name in names:
            name = f"{number}-{name}"
        names.append(name)
        _save_upload(upload, folder / name)
    with transaction.atomic():
        job = MailTask.objects.create(
            owner=user,
            kind=TaskKind.UPLOAD,
            source=", ".join(sorted(names))[:500],
            path=str(folder),
            keep_other=keep_other,
        )
        _queue(job)
    return job


def _save_upload(upload: UploadedFile[bytes], target: Path) -> None:
    """Move a large upload Django already wrote to disk (no second copy of a 1 GB mbox)."""
    on_disk = getattr(upload, "temporary_file_path", None)
    if on_disk is not None:
        try:
            shutil.move(on_disk(), target)
            return
        except OSError:  # gone already: copy from the upload object below
            pass
    with target.open("wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)


def start_sync(user: User, account: MailAccount) -> MailTask:
    """Queue a check of the account; one already waiting or running is the one returned."""
    with transaction.atomic():
        waiting = (
            owned(MailTask, user)
            .filter(account=account, status__in=[TaskStatus.QUEUED, TaskStatus.RUNNING])
            .first()
        )
        if waiting is not None:
            return waiting
        job = MailTask.objects.create(
            owner=user, kind=TaskKind.SYNC, source=account.name[:500], account=account
        )
        _queue(job)
    return job


def _queue(job: MailTask) -> None:
    queued = run_mail_task.enqueue(job.pk)
    job.task_id = str(queued.id)
    job.save(update_fields=["task_id"])


def sync_due(now: dt.datetime | None) -> int:
    """The periodic job: queue a check of every account whose interval has passed."""
    moment = periodic.moment_for(now, zoneinfo.ZoneInfo(settings.TIME_ZONE))
    started = 0
    accounts = MailAccount.objects.filter(sync_every__gt=0).select_related("owner")
    for account in accounts.order_by("pk"):
        since = moment - dt.timedelta(minutes=account.sync_every)
        if account.last_synced_at is not None and account.last_synced_at > since:
            continue
        # A check that failed is tried again after the same interval, not every minute.
        if owned(MailTask, account.owner).filter(account=account, created_at__gt=since).exists():
            continue
        start_sync(account.owner, account)
        started += 1
    return started


def shown_task(user: User, kind: str, account: MailAccount | None = None) -> MailTask | None:
    """The work a page shows: the latest of its kind, while it runs and for a day after."""
    found = owned(MailTask, user).filter(kind=kind)
    if account is not None:
        found = found.filter(account=account)
    latest = found.first()
    if latest is None or latest.open:
        return latest
    recent = latest.finished_at and latest.finished_at > timezone.now() - SHOWN_FOR
    return latest if recent else None


# --- Doing it (in the worker) ----------------------------------------------------------------


@task()
def run_mail_task(mail_task_id: int) -> str:
    job = MailTask.objects.select_related("owner", "account", "mail_import").get(pk=mail_task_id)
    if not job.open:  # done by an earlier run: nothing to do twice
        return job.status
    job.status = TaskStatus.RUNNING
    job.updated_at = timezone.now()
    job.save(update_fields=["status", "updated_at"])
    try:
        summary = _read_upload(job) if job.kind == TaskKind.UPLOAD else _check_account(job)
    except Exception as exc:
        job.status, job.error = TaskStatus.FAILED, why(exc)[:1000]
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "error", "finished_at"])
        if job.kind == TaskKind.UPLOAD:
            shutil.rmtree(job.path, ignore_errors=True)
        raise
    job.status, job.summary, job.finished_at = TaskStatus.DONE, summary[:1000], timezone.now()
    job.save(update_fields=["status", "summary", "finished_at", "read", "kept", "waiting"])
    return summary


def why(exc: Exception) -> str:
    """What the page says when the work failed: our own words for what we know."""
    if isinstance(exc, reading.SourceProblem | ImapProblem):
        return str(exc)
    return _(
        "Something went wrong while reading your mail (%(kind)s). What was read so far is kept; "
        "please try again, and tell whoever runs NextYes if it keeps happening."
    ) % {"kind": type(exc).__name__}


class _Progress:
    """Saves the task's progress at most every PROGRESS_EVERY seconds."""

    def __init__(self, job: MailTask) -> None:
        self.job = job
        self.saved = 0.0

    def __call__(self, done: int, total: int, read: int) -> None:
        now = time.monotonic()
        if now - self.saved < PROGRESS_EVERY:
            return
        self.saved = now
        MailTask.objects.filter(pk=self.job.pk).update(
            done=done, total=total, read=read, updated_at=timezone.now()
        )


def _read_upload(job: MailTask) -> str:
    folder = Path(job.path)
    files = sorted(folder.iterdir()) if folder.is_dir() else []
    if not files:
        raise reading.SourceProblem(
            _("The uploaded file is no longer on the server. Please upload it again.")
        )
    source = reading.open_source(files[0] if len(files) == 1 else folder)
    run = job.mail_import
    if run is None:
        run = MailImport.objects.create(owner=job.owner, source=job.source, kind=ImportKind.UPLOAD)
        job.mail_import = run
        job.save(update_fields=["mail_import"])
    result = services.import_messages(
        job.owner,
        reading.iter_messages(source),
        total=source.total,
        source_name=job.source,
        kind=ImportKind.UPLOAD,
        keep_other=job.keep_other,
        progress=_Progress(job),
        resume=run,
    )
    shutil.rmtree(folder, ignore_errors=True)
    job.read, job.kept = result.read, result.kept
    job.done = job.total = source.total
    job.save(update_fields=["done", "total"])
    return upload_summary(result)


def _check_account(job: MailTask) -> str:
    account = job.account
    if account is None:
        raise ImapProblem(_("This mail account was removed."))
    read = kept = waiting = 0
    problems: list[str] = []
    progress = _Progress(job)
    while True:
        base, left = read, waiting

        def report(_folder: str, done: int, total: int) -> None:
            progress(base + done, base + total + left, base + done)  # noqa: B023  (called now)

        result = imap.sync_account(account, progress=report, limit=SYNC_CHUNK)
        if result.error:
            raise ImapProblem(result.error)
        read, kept, waiting = read + result.new, kept + result.kept, result.waiting
        problems = result.problems
        MailTask.objects.filter(pk=job.pk).update(
            done=read, total=read + waiting, read=read, kept=kept, waiting=waiting
        )
        if not waiting or not result.new:
            break
    job.read, job.kept, job.waiting = read, kept, waiting
    job.done, job.total = read, read + waiting
    job.save(update_fields=["done", "total"])
    summary = sync_summary(account.name, read, kept)
    if problems:
        summary += " " + _("Some folders could not be read:") + " " + "; ".join(problems)
    return summary


def upload_summary(result: services.ImportResult) -> str:
    if not result.read:
        return _("No mail found in that file.")
    kept = ngettext(
        "Read %(read)s message: %(kept)s kept about your search.",
        "Read %(read)s messages: %(kept)s kept about your search.",
        result.read,
    ) % {"read": f"{result.read:,}", "kept": f"{result.kept:,}"}
    extras = []
    if result.duplicates:
        extras.append(_("%(n)s already here") % {"n": f"{result.duplicates:,}"})
    if result.skipped:
        extras.append(_("%(n)s could not be read (see the report)") % {"n": result.skipped})
    return f"{kept} {'; '.join(extras)}." if extras else kept


def sync_summary(name: str, new: int, kept: int) -> str:
    if not new:
        return _("%(name)s: no new mail.") % {"name": name}
    return ngettext(
        "%(name)s: %(new)s new message read, %(kept)s kept about your search.",
        "%(name)s: %(new)s new messages read, %(kept)s kept about your search.",
        new,
    ) % {"name": name, "new": f"{new:,}", "kept": f"{kept:,}"}
