"""A system check: the data folder, database, keys and uploads are readable by the owner only."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import Warning, register

from nextyes.lib import files

W_PRIVATE_FILES = "nextyes.W010"
SHOWN = 5


def _database_files() -> list[Path]:
    """The SQLite file and its -wal and -shm, wherever NAME points (none for PostgreSQL)."""
    database = settings.DATABASES["default"]
    if "sqlite" not in database["ENGINE"] or str(database["NAME"]).startswith(":memory:"):
        return []
    name = Path(database["NAME"])
    return [p for p in (name, Path(f"{name}-wal"), Path(f"{name}-shm")) if p.exists()]


@register()
def check_private_files(app_configs: Sequence[AppConfig] | None, **kwargs: object) -> list[Warning]:
    """Warn when group or others can read what only this account should."""
    data_dir = Path(settings.DATA_DIR)
    paths = files.private_paths(data_dir)
    paths += [p for p in _database_files() if p not in paths]
    wide = files.too_open(paths)
    if not wide:
        return []
    shown = ", ".join(files.describe(path, mode) for path, mode in wide[:SHOWN])
    more = f" and {len(wide) - SHOWN} more" if len(wide) > SHOWN else ""
    return [
        Warning(
            f"Other accounts on this machine can read NextYes's private files: {shown}{more}.",
            hint=(
                f"Run NextYes as the owner of {data_dir} (it then tightens them at start-up), or "
                f"run: chmod -R go-rwx {data_dir}"
            ),
            id=W_PRIVATE_FILES,
        )
    ]
