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
finished or cleaned the same way. Rows are only ever visible all together.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from nextyes.lib.dates import today_for
from nextyes.lib.ownership import owned
from nextyes.pipeline import services, signals
from nextyes.pipeline.choices import EventSource, Stage
from nextyes.pipeline.models import Application, Company, ImportRun, RunState, StageEvent
from nextyes.pipeline.status import derive_status
from nextyes.pipeline.transfer.importer import (
    ImportBlocked,
    ImportOptions,
    ImportPlan,
    ImportResult,
    PlannedRow,
    plan_import,
    walk_rows,
)
from nextyes.pipeline.transfer.reading import Table

# Aim for this much write lock per transaction: on two busy cores a batch can take several times
# its usual time, and the bound is 1 s (benchmarks/load.py saw 1.2 s at a 0.25 s aim).
BATCH_SECONDS = 0.15
FIRST_BATCH, MAX_BATCH = 100, 1_000
SQLITE_PAUSE = 0.1  # seconds between two write transactions (see _Pacer.took)
# No heartbeat for this long: the process doing it is gone. Checking a big file sends none
# for a minute or two, so this stays well above that.
STALE_AFTER = dt.timedelta(minutes=10)
ACTIVE = (RunState.STAGING, RunState.SETTLING)

Progress = Callable[[ImportRun], None]
logger = logging.getLogger(__name__)


class ImportBusy(Exception):
    """This person already has an import under way."""

    def __init__(self, run: ImportRun) -> None:
        super().__init__(f"import {run.token} is still running")
        self.run = run


class ImportStopped(Exception):
    """The run was stopped (by the person, or found stale) while it was writing."""


@dataclass
class _Pacer:
    """Batch sizes that keep each transaction near BATCH_SECONDS, whatever the machine."""

    size: int = FIRST_BATCH

    def took(self, seconds: float) -> None:
        if seconds < BATCH_SECONDS / 2:
            self.size = min(MAX_BATCH, self.size * 3 // 2)
        elif seconds > BATCH_SECONDS:
            self.size = max(10, self.size // 2)
        # SQLite's busy handler polls a waiting writer every 100 ms: back-to-back transactions
        # would starve it past its timeout. A pause as long lets whoever waits go first.
        if connection.vendor == "sqlite":
            time.sleep(SQLITE_PAUSE)


def _batches(items: Iterator[Any], pacer: _Pacer) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= pacer.size:
            yield batch
            batch = []
    if batch:
        yield batch


# --- Starting --------------------------------------------------------------------------------


def active_run(user: Any) -> ImportRun | None:
    return owned(ImportRun, user).filter(state__in=ACTIVE).order_by("-created_at").first()


def open_run(user: Any, filename: str = "", rows: int = 0) -> ImportRun:
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


def begin(user: Any, table: Table, options: ImportOptions, filename: str = "") -> ImportRun:
    """Check every row (ImportBlocked when any is wrong) and open a run; nothing is written yet."""
    run = open_run(user, filename, len(table.rows))
    check(run, table, options)
    return run


def commit_import(
    user: Any, table: Table, options: ImportOptions, progress: Progress | None = None
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
            _stage(run, table, options, report)
        except BaseException as exc:  # Ctrl+C too: nothing half-written stays behind
            discard(run, _problem_for(exc))
            raise
        _switch(run)
        settle(run, report)
    return ImportResult(run.written, run.already_there, run.fit_note or None)


def stopped_words() -> str:
    return _("The import was stopped before it finished.")


def _problem_for(exc: BaseException) -> str:
    if isinstance(exc, ImportStopped):
        return str(exc)
    if isinstance(exc, KeyboardInterrupt):
        return stopped_words()
    if isinstance(exc, ImportBlocked):
        return _("The file changed meaning while it was read; please check it and try again.")
    return _("Something went wrong while writing the rows.")


# --- Phase 1: staging ------------------------------------------------------------------------


@dataclass
class _Stager:
    run: ImportRun
    today: dt.date
    companies: dict[str, int] = field(default_factory=dict)  # casefolded name → id

    def load_companies(self) -> None:
        for pk, name in owned(Company, self.run.owner).values_list("pk", "name").iterator():
            self.companies.setdefault(name.casefold(), pk)

    def company_ids(self, rows: list[PlannedRow]) -> None:
        """Make sure every company of the batch exists; new ones carry the run for clean-up."""
        missing: dict[str, str] = {}
        for row in rows:
            name = " ".join(row.company.split())
            if name.casefold() not in self.companies:
                missing.setdefault(name.casefold(), name)
        if not missing:
            return
        fresh = [
            Company(owner=self.run.owner, name=n, import_run=self.run) for n in missing.values()
        ]
        try:
            with transaction.atomic():  # a savepoint: the person may have just added one of them
                Company.objects.bulk_create(fresh)
        except IntegrityError:
            fresh = [services.company_named(self.run.owner, name) for name in missing.values()]
        for key, company in zip(missing, fresh, strict=True):
            self.companies[key] = company.pk

    def write(self, rows: list[PlannedRow]) -> None:
        self.company_ids(rows)
        planned = [self._application(row) for row in rows]
        Application.every_row.bulk_create([application for application, _events in planned])
        StageEvent.every_row.bulk_create(
            [
                StageEvent(
                    owner=self.run.owner,
                    application=application,
                    stage=stage,
                    occurred_on=on,
                    source=EventSource.IMPORT,
                    import_run=self.run,
                )
                for application, events in planned
                for stage, on in events
            ]
        )

    def _application(self, row: PlannedRow) -> tuple[Application, list[tuple[str, dt.date]]]:
        """The application as create_application would make it, and its events to write."""
        fields = {k: (v if v is not None else _blank(k)) for k, v in row.fields.items()}
        application = Application(
            owner=self.run.owner,
            company_id=self.companies[" ".join(row.company.split()).casefold()],
            role=" ".join(row.role.split()),
            applied_on=row.applied_on,
            import_run=self.run,
            **fields,
        )
        events = _first_events(row, self.today)
        # Derived as refresh_status would: a later event wins a tie, as a later id would.
        application.status, application.status_on = derive_status(
            _Fake(stage, on, number) for number, (stage, on) in enumerate(events, start=1)
        )
        return application, events


@dataclass(frozen=True)
class _Fake:
    stage: str
    occurred_on: dt.date
    id: int


def _blank(name: str) -> Any:
    return None if name in {"applied_on", "fit"} else ""


def _first_events(row: PlannedRow, today: dt.date) -> list[tuple[str, dt.date]]:
    """The events create_application would record for this row."""
    events = [
        (Stage.APPLIED.value, row.applied_on) if row.applied_on else (Stage.SAVED.value, today)
    ]
    if row.stage and row.stage not in {Stage.SAVED, Stage.APPLIED}:
        events.append((row.stage, row.stage_on or row.applied_on or today))
    return events


def _stage(run: ImportRun, table: Table, options: ImportOptions, report: Progress) -> None:
    stager = _Stager(run, today_for(run.owner))
    stager.load_companies()
    plan, pacer = ImportPlan(), _Pacer()
    new_rows = (row for row in _checked(run, table, options, plan) if not row.already)
    for rows in _batches(new_rows, pacer):
        started = time.perf_counter()
        with transaction.atomic():
            # The heartbeat, and the check that nobody stopped the run, in the same transaction.
            alive = ImportRun.objects.filter(pk=run.pk, state=RunState.STAGING).update(
                written=run.written + len(rows), updated_at=timezone.now()
            )
            if not alive:
                raise ImportStopped(stopped_words())
            stager.write(rows)
        pacer.took(time.perf_counter() - started)
        run.written += len(rows)
        report(run)


def _checked(
    run: ImportRun, table: Table, options: ImportOptions, plan: ImportPlan
) -> Iterator[PlannedRow]:
    """The rows again, as the plan read them; any error now (the file was checked) stops all."""
    for planned, errors in walk_rows(run.owner, table, options, plan):
        if errors or planned is None:
            plan.count(planned, errors)
            raise ImportBlocked(plan)
        yield planned


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
    pacer, owner = _Pacer(), run.owner
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


def recover(user: Any) -> list[ImportRun]:
    """Finish or clean up the person's runs whose process stopped (no heartbeat for a while)."""
    cutoff = timezone.now() - STALE_AFTER
    stale = list(owned(ImportRun, user).filter(state__in=ACTIVE, updated_at__lt=cutoff))
    for run in stale:
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
