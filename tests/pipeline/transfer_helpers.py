"""Shared helpers for the import tests: read a fixture or some text, plan or commit it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nextyes.accounts.models import User
from nextyes.pipeline.transfer.importer import (
    ImportOptions,
    ImportPlan,
    ImportResult,
    plan_import,
)
from nextyes.pipeline.transfer.mapping import guess_mapping
from nextyes.pipeline.transfer.reading import Table, read_bytes
from nextyes.pipeline.transfer.runs import commit_import

DATA = Path(__file__).resolve().parent.parent / "data"


def table_of(source: str | bytes) -> Table:
    """A fixture by file name (e.g. "teal_export.csv"), or the CSV text itself."""
    if isinstance(source, str) and "\n" not in source and (DATA / source).exists():
        return read_bytes((DATA / source).read_bytes())
    return read_bytes(source.encode("utf-8") if isinstance(source, str) else source)


# Any: ImportOptions' fields by name, as each test sets them
def options_for(table: Table, **extra: Any) -> ImportOptions:
    options = ImportOptions(columns=guess_mapping(table), date_order=extra.pop("date_order", None))
    for word, stage in extra.pop("statuses", {}).items():
        options.add_status(word, stage)
    assert not extra
    return options


# Any: ImportOptions' fields by name (see options_for)
def plan(user: User, source: str | bytes, **extra: Any) -> ImportPlan:
    table = table_of(source)
    return plan_import(user, table, options_for(table, **extra))


# Any: ImportOptions' fields by name (see options_for)
def commit(user: User, source: str | bytes, **extra: Any) -> ImportResult:
    table = table_of(source)
    return commit_import(user, table, options_for(table, **extra))
