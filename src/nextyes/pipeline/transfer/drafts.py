"""The web import's memory between steps: an ImportDraft holds the file and the answers so far."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from nextyes.lib.ownership import owned
from nextyes.pipeline.models import ImportDraft
from nextyes.pipeline.transfer.importer import ImportOptions, ImportResult, commit_import
from nextyes.pipeline.transfer.mapping import guess_mapping
from nextyes.pipeline.transfer.reading import Table, decode, read_table

DRAFT_LIFETIME = dt.timedelta(days=1)


def sweep_old_drafts() -> int:
    """Delete drafts older than a day, whoever left them: housekeeping, nothing is read."""
    cutoff = timezone.now() - DRAFT_LIFETIME
    deleted, _ = ImportDraft.objects.filter(created_at__lt=cutoff).delete()
    return deleted


def create_draft(user: Any, filename: str, data: bytes) -> ImportDraft:
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


def commit_draft(draft: ImportDraft) -> ImportResult:
    """Import the draft's rows and forget the draft, in one transaction (ImportBlocked if bad)."""
    with transaction.atomic():
        result = commit_import(draft.owner, draft_table(draft), draft_options(draft))
        owned(ImportDraft, draft.owner).filter(pk=draft.pk).delete()
    return result
