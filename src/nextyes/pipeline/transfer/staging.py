"""Phase 1 of an import run (runs.py): the new rows are written in short transactions, each
carrying the run's id, so that the default managers leave them out until the switch.

Each batch also beats the run's heartbeat and checks, in the same transaction, that nobody
stopped the run; a stopped run raises ImportStopped and its caller cleans up.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from nextyes.lib.dates import today_for
from nextyes.lib.ownership import owned
from nextyes.pipeline import services
from nextyes.pipeline.choices import EventSource, Stage
from nextyes.pipeline.models import Application, Company, ImportRun, RunState, StageEvent
from nextyes.pipeline.status import derive_status
from nextyes.pipeline.transfer.importer import (
    ImportBlocked,
    ImportOptions,
    ImportPlan,
    PlannedRow,
    walk_rows,
)
from nextyes.pipeline.transfer.pacing import Pacer, batches
from nextyes.pipeline.transfer.reading import Table

Progress = Callable[[ImportRun], None]


class ImportStopped(Exception):
    """The run was stopped (by the person, or found stale) while it was writing."""


def stopped_words() -> str:
    return _("The import was stopped before it finished.")


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


def _blank(name: str) -> str | None:
    return None if name in {"applied_on", "fit"} else ""


def _first_events(row: PlannedRow, today: dt.date) -> list[tuple[str, dt.date]]:
    """The events create_application would record for this row."""
    events = [
        (Stage.APPLIED.value, row.applied_on) if row.applied_on else (Stage.SAVED.value, today)
    ]
    if row.stage and row.stage not in {Stage.SAVED, Stage.APPLIED}:
        events.append((row.stage, row.stage_on or row.applied_on or today))
    return events


def stage(run: ImportRun, table: Table, options: ImportOptions, report: Progress) -> None:
    stager = _Stager(run, today_for(run.owner))
    stager.load_companies()
    plan, pacer = ImportPlan(), Pacer()
    new_rows = (row for row in _checked(run, table, options, plan) if not row.already)
    for rows in batches(new_rows, pacer):
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
