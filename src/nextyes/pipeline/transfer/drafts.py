"""The web import's memory between steps: an ImportDraft holds the file and the answers so far."""

from __future__ import annotations

import datetime as dt
import logging
import threading

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.lib.ownership import owned
from nextyes.pipeline.models import ImportDraft, ImportRun
from nextyes.pipeline.transfer import runs
from nextyes.pipeline.transfer.importer import ImportOptions
from nextyes.pipeline.transfer.mapping import guess_mapping
from nextyes.pipeline.transfer.reading import Table, decode, read_table

DRAFT_LIFETIME = dt.timedelta(days=1)
logger = logging.getLogger(__name__)


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
    written in a background thread while the person watches the run's progress page: checking
    a quarter of a million rows alone takes a minute.
    """
    table, options = draft_table(draft), draft_options(draft)
    if len(table.rows) <= settings.IMPORT_BACKGROUND_ROWS:
        run = runs.begin(draft.owner, table, options, draft.filename)
        _carry_out(run, draft, table, options)
        return run
    run = runs.open_run(draft.owner, draft.filename, len(table.rows))
    thread = threading.Thread(
        target=_in_background, args=(run.pk, draft.pk), name=f"import-{run.pk}", daemon=True
    )
    transaction.on_commit(thread.start)
    return run


def _carry_out(run: ImportRun, draft: ImportDraft, table: Table, options: ImportOptions) -> None:
    try:
        runs.carry_out(run, table, options)
    finally:
        owned(ImportDraft, draft.owner).filter(pk=draft.pk).delete()


def _in_background(run_pk: int, draft_token: str) -> None:
    """The import of a big file, in its own thread and database connection."""
    try:
        run = ImportRun.objects.select_related("owner").get(pk=run_pk)
        draft = ImportDraft.objects.get(pk=draft_token)
        table, options = draft_table(draft), draft_options(draft)
        runs.check(run, table, options)  # stopped with a message if a row went wrong meanwhile
        _carry_out(run, draft, table, options)
    except Exception:  # the run says what happened; the log keeps the details
        logger.exception("Import %s failed", run_pk)
    finally:
        connection.close()
