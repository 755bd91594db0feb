"""Carry out a checked import in short transactions, so nobody else waits on it.

One transaction for a quarter of a million rows held SQLite's write lock for thirteen minutes and
locked every other person out. Here a run goes through three phases, each a series of small
transactions of about 0.15 s:

1. staging: the new rows are written in batches, each carrying the run's id. The default managers
   of Application and StageEvent leave them out (models.ImportedRows), so nobody sees them yet.
2. the switch: one UPDATE of the run's own row makes every staged row visible at once.
3. settling: the signals a bulk insert does not send are replayed (points, wins, the ritual for
   recent rejections), in batches, after the rows are there.

A run that fails or is stopped while staging is marked failed (its rows hidden again at once)
and its rows are deleted in batches; a run cut off by a crash is found stale by `recover` and
finished or cleaned the same way. Rows are only ever visible all together. Phase 1 is
staging.py; the batch sizes that keep each transaction short are pacing.py.
"""

from __future__ import annotations

import datetime as dt
import logging
import time

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from nextyes.accounts.models import User
from nextyes.lib.ownership import owned
from nextyes.pipeline import services, signals
from nextyes.pipeline.models import Application, Company, ImportRun, RunState, StageEvent
from nextyes.pipeline.transfer.importer import (
    ImportBlocked,
    ImportOptions,
    ImportResult,
    plan_import,
)
from nextyes.pipeline.transfer.pacing import Pacer
from nextyes.pipeline.transfer.reading import Table
from nextyes.pipeline.transfer.staging import ImportStopped, Progress, stage, stopped_words

# No heartbeat for this long: the process doing it is gone. Checking a big file sends none
# for a minute or two, so this stays well above that.
STALE_AFTER = dt.timedelta(minutes=10)
ACTIVE = (RunState.STAGING, RunState.SETTLING)

logger = logging.getLogger(__name__)


class ImportBusy(Exception):
    """This person already has an import under way."""

    def __init__(self, run: ImportRun) -> None:
        super().__init__(f"import {run.token} is still running")
        self.run = run


# --- Starting --------------------------------------------------------------------------------


def active_run(user: User) -> ImportRun | None:
    return owned(ImportRun, user).filter(state__in=ACTIVE).order_by("-created_at").first()


def open_run(user: User, filename: str = "", rows: int = 0) -> ImportRun:
    """A new run for the person (ImportBusy when one is under way); nothing is checked yet."""
    recover(user)
    running = active_run(user)
    if running is not None:
        raise ImportBusy(running)
    return ImportRun.objects.create(owner=user, filename=filename[:255], total=rows)


def check(run: ImportRun, table: Table, options: ImportOptions) -> None:
    """Read every row again before writing (ImportBlocked, and the run stopped, if any is wrong)."""
    plan = plan_import(run.owner, table, options)
    if not plan.ok:
        discard(
            run, _("Some rows need fixing, so nothing was added. Check the file and try again.")
        )
        raise ImportBlocked(plan)
    run.total, run.already_there, run.fit_note = (
        plan.new_count,
        plan.already_there,
        plan.fit_note or "",
    )
    ImportRun.objects.filter(pk=run.pk).update(
        total=run.total,
        already_there=run.already_there,
        fit_note=run.fit_note,
        updated_at=timezone.now(),
    )


def begin(user: User, table: Table, options: ImportOptions, filename: str = "") -> ImportRun:
    """Check every row (ImportBlocked when any is wrong) and open a run; nothing is written yet."""
    run = open_run(user, filename, len(table.rows))
    check(run, table, options)
    return run


def commit_import(
    user: User, table: Table, options: ImportOptions, progress: Progress | None = None
) -> ImportResult:
    """Import every new row, all of them or none (ImportBlocked), in short transactions."""
    return carry_out(begin(user, table, options), table, options, progress)


def carry_out(
    run: ImportRun, table: Table, options: ImportOptions, progress: Progress | None = None
) -> ImportResult:
    """Stage, switch and settle `run`; on any failure while staging, remove what it wrote."""
    report = progress or (lambda run: None)
    with signals.batch():  # one import, one change: its recent rejections share one ritual
        try:
            stage(run, table, options, report)
        except BaseException as exc:  # Ctrl+C too: nothing half-written stays behind
            discard(run, _problem_for(exc))
            raise
        _switch(run)
        settle(run, report)
    return ImportResult(run.written, run.already_there, run.fit_note or None)


def _problem_for(exc: BaseException) -> str:
    if isinstance(exc, ImportStopped):
        return str(exc)
    if isinstance(exc, KeyboardInterrupt):
        return stopped_words()
    if isinstance(exc, ImportBlocked):
        return _("The file changed meaning while it was read; please check it and try again.")
    return _("Something went wrong while writing the rows.")


# --- Phase 2: the switch ---------------------------------------------------------------------


def _switch(run: ImportRun) -> None:
    """Every staged row becomes visible in one small UPDATE."""
    switched = ImportRun.objects.filter(pk=run.pk, state=RunState.STAGING).update(
        state=RunState.SETTLING, updated_at=timezone.now()
    )
    if not switched:
        discard(run, stopped_words())
        raise ImportStopped(stopped_words())
    run.state = RunState.SETTLING


# --- Phase 3: settling -----------------------------------------------------------------------


def settle(run: ImportRun, report: Progress | None = None) -> None:
    """Replay the signals for the run's applications, a batch at a time, then mark it done."""
    pacer, owner = Pacer(), run.owner
    while True:
        ids = list(
            Application.objects.filter(import_run=run, pk__gt=run.settled_upto)
            .order_by("pk")
            .values_list("pk", flat=True)[: pacer.size]
        )
        if not ids:
            break
        started = time.perf_counter()
        with transaction.atomic():
            applications = Application.objects.filter(pk__in=ids).select_related("company")
            events: dict[int, list[StageEvent]] = {}
            for event in StageEvent.objects.filter(application_id__in=ids).order_by("pk"):
                event.owner = owner  # the same person: no query per event to fetch them
                events.setdefault(event.application_id, []).append(event)
            for application in sorted(applications, key=lambda a: a.pk):
                application.owner = owner
                for event in events.get(application.pk, []):
                    event.application = application
                services.announce_imported(application, events.get(application.pk, []))
            run.settled += len(ids)
            run.settled_upto = ids[-1]
            ImportRun.objects.filter(pk=run.pk).update(
                settled=run.settled, settled_upto=run.settled_upto, updated_at=timezone.now()
            )
        pacer.took(time.perf_counter() - started)
        if report is not None:
            report(run)
    ImportRun.objects.filter(pk=run.pk).update(state=RunState.DONE, updated_at=timezone.now())
    run.state = RunState.DONE


# --- Stopping and cleaning up ----------------------------------------------------------------


def stop(run: ImportRun) -> bool:
    """Ask a staging run to stop: its rows are hidden at once and removed by whoever runs it."""
    return bool(
        ImportRun.objects.filter(pk=run.pk, state=RunState.STAGING).update(
            state=RunState.FAILED, problem=_("You stopped this import; nothing was added.")
        )
    )


def discard(run: ImportRun, problem: str) -> None:
    """Hide the run's rows at once (failed), then delete them in short transactions."""
    ImportRun.objects.filter(pk=run.pk, state__in=(RunState.STAGING, RunState.FAILED)).update(
        state=RunState.FAILED, updated_at=timezone.now()
    )
    ImportRun.objects.filter(pk=run.pk, problem="").update(problem=problem)
    run.state = RunState.FAILED
    for model in (StageEvent, Application):
        rows = model.every_row.filter(import_run=run)
        while ids := list(rows.order_by("pk").values_list("pk", flat=True)[:2_000]):
            with transaction.atomic():
                model.every_row.filter(pk__in=ids).delete()
    # Companies it created and left empty; one the person used meanwhile stays.
    left = Company.objects.filter(import_run=run).filter(
        ~Q(pk__in=Application.every_row.values("company_id")), contacts__isnull=True
    )
    while ids := list(left.order_by("pk").values_list("pk", flat=True)[:2_000]):
        with transaction.atomic():
            Company.objects.filter(pk__in=ids).delete()


def restart(run: ImportRun) -> None:
    """Remove what a run that was cut off had staged, and open it again from nothing."""
    discard(run, "")
    ImportRun.objects.filter(pk=run.pk).update(
        state=RunState.STAGING, written=0, already_there=0, problem="", updated_at=timezone.now()
    )
    run.refresh_from_db()


def _has_rows(run: ImportRun) -> bool:
    return Application.every_row.filter(import_run=run).exists()


def recover(user: User) -> list[ImportRun]:
    """Finish or clean up the person's runs whose process stopped (no heartbeat for a while)."""
    cutoff = timezone.now() - STALE_AFTER
    stale = list(owned(ImportRun, user).filter(state__in=ACTIVE, updated_at__lt=cutoff))
    for run in stale:
        if run.state == RunState.STAGING and not run.written and not _has_rows(run):
            # Nothing written: still waiting for the worker (busy with other work), which
            # carries it on even after a restart. "Stop and add nothing" still ends it.
            continue
        if run.state == RunState.STAGING:
            discard(run, _("The import was cut off before it finished; nothing was added."))
            continue
        try:
            settle(run)
        except Exception:  # a listener's bug must not break the page; try again later
            logger.exception("Settling import %s failed", run.pk)
            ImportRun.objects.filter(pk=run.pk).update(updated_at=timezone.now())
    # A stopped run whose writer is gone still has rows (an event cannot outlive its application,
    # and discard deletes events first, so its applications are the thing to look for).
    left_behind = Application.every_row.filter(owner=user, import_run__isnull=False)
    for run in owned(ImportRun, user).filter(
        state=RunState.FAILED, updated_at__lt=cutoff, pk__in=left_behind.values("import_run")
    ):
        discard(run, run.problem)
    return stale
