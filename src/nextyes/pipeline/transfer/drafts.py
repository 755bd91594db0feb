"""The web import's memory between steps: an ImportDraft holds the file and the answers so far."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from nextyes.accounts.models import User
from nextyes.lib.ownership import owned
from nextyes.pipeline.models import Application, ImportDraft, ImportRun, RunState
from nextyes.pipeline.transfer import runs
from nextyes.pipeline.transfer.importer import ImportBlocked, ImportOptions
from nextyes.pipeline.transfer.mapping import guess_mapping
from nextyes.pipeline.transfer.reading import Table, decode, read_table
from nextyes.pipeline.transfer.staging import ImportStopped

DRAFT_LIFETIME = dt.timedelta(days=1)


def sweep_old_drafts() -> int:
    """Delete drafts older than a day, whoever left them: housekeeping, nothing is read."""
    cutoff = timezone.now() - DRAFT_LIFETIME
    deleted, _ = ImportDraft.objects.filter(created_at__lt=cutoff).delete()
    return deleted


def create_draft(user: User, filename: str, data: bytes) -> ImportDraft:
    """Read an uploaded file (FileProblem if it cannot be), guess its mapping, keep it as a draft."""
    text = decode(data)
    table = read_table(text)
    options = ImportOptions(columns=guess_mapping(table))
    sweep_old_drafts()
    return ImportDraft.objects.create(
        owner=user, filename=filename[:255], content=text, mapping=options.to_json()
    )


def draft_table(draft: ImportDraft) -> Table:
    return read_table(draft.content)


def draft_options(draft: ImportDraft) -> ImportOptions:
    return ImportOptions.from_json(draft.mapping or {})


def save_options(draft: ImportDraft, options: ImportOptions) -> None:
    draft.mapping = options.to_json()
    draft.save(update_fields=["mapping"])


def commit_draft(draft: ImportDraft) -> ImportRun:
    """Import the draft's rows (ImportBlocked if any is wrong, ImportBusy if one is running).

    A small file is imported before this returns (the run is done). A big one is checked and
    written by the worker (`nextyes worker`) while the person watches the run's progress page:
    checking a quarter of a million rows alone takes a minute.
    """
    table, options = draft_table(draft), draft_options(draft)
    if len(table.rows) <= settings.IMPORT_BACKGROUND_ROWS:
        run = runs.begin(draft.owner, table, options, draft.filename)
        _carry_out(run, draft, table, options)
        return run
    run = runs.open_run(draft.owner, draft.filename, len(table.rows))
    import_in_background.enqueue(run.pk, draft.pk)  # in this transaction: both or neither
    return run


def _carry_out(run: ImportRun, draft: ImportDraft, table: Table, options: ImportOptions) -> None:
    try:
        runs.carry_out(run, table, options)
    finally:
        owned(ImportDraft, draft.owner).filter(pk=draft.pk).delete()


@task()
def import_in_background(run_pk: int, draft_token: str) -> str:
    """The import of a big file, in the worker. Safe to run again after a worker died in it:
    rows already visible are finished (settled) from where they were; rows still hidden are
    removed and the file, kept as its draft until the end, is written again from the start."""
    run = ImportRun.objects.select_related("owner").get(pk=run_pk)
    if run.state == RunState.SETTLING:
        runs.settle(run)
    if run.state in (RunState.DONE, RunState.FAILED):
        owned(ImportDraft, run.owner).filter(pk=draft_token).delete()
        return str(run.state)
    draft = owned(ImportDraft, run.owner).filter(pk=draft_token).first()
    if draft is None:
        runs.discard(run, _("The file was no longer here to import; nothing was added."))
        return str(run.state)
    if run.written or Application.every_row.filter(import_run=run).exists():
        runs.restart(run)  # a worker stopped half-way: start over with nothing half-written
    table, options = draft_table(draft), draft_options(draft)
    try:
        runs.check(run, table, options)  # stopped with a message if a row went wrong meanwhile
        _carry_out(run, draft, table, options)
    except (ImportBlocked, ImportStopped):  # the run says why, on its page
        return str(RunState.FAILED)
    return str(run.state)
