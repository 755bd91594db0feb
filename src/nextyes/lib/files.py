"""Private files: the data folder is 0700 and everything in it 0600, for the owner's eyes only.

The data folder holds the database (with its -wal and -shm), the secret key, the mail key and any
upload kept on disk: journal notes and live session keys. Another local account must not read
them. `make_private()` runs at start-up from settings (so `nextyes serve`, every CLI command and
every server worker pass through it) and sets a umask of 0o077, so files made later are private
from birth. The system check `nextyes.W010` warns about anything it could not tighten.

Framework-free: settings imports this before Django is set up.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
# Group and others get nothing on anything this process creates.
PRIVATE_UMASK = 0o077
# What NextYes keeps in the data folder. Only these are touched: the folder may be shared with
# files that are not ours (NEXTYES_DATA_DIR=~/something), and those keep their modes.
PRIVATE_NAMES = (
    "nextyes.sqlite3",
    "nextyes.sqlite3-wal",
    "nextyes.sqlite3-shm",
    "nextyes.sqlite3-journal",
    "secret_key",
    "mail.key",
)
# Folders of ours whose whole tree is private (uploads kept on disk).
PRIVATE_TREES = ("uploads",)
# Files that hold a secret outside the data folder (NEXTYES_*_FILE) are checked too.
SECRET_FILE_VARIABLES = ("NEXTYES_SECRET_KEY_FILE", "NEXTYES_MAIL_KEY_FILE")


def _tree(root: Path) -> Iterator[Path]:
    yield root
    for here, dirs, files in os.walk(root):
        dirs.sort()
        for name in [*dirs, *sorted(files)]:
            yield Path(here) / name


def secret_files() -> list[Path]:
    """Secret files named by the environment, wherever they are."""
    return [Path(os.environ[v]) for v in SECRET_FILE_VARIABLES if os.environ.get(v)]


def private_paths(data_dir: Path) -> list[Path]:
    """Everything that must be private: the data folder, our files in it, and secret files."""
    paths = [data_dir, *(data_dir / name for name in PRIVATE_NAMES)]
    for name in PRIVATE_TREES:
        if (data_dir / name).is_dir():
            paths += _tree(data_dir / name)
    paths += secret_files()
    return [p for p in paths if p.exists()]


def _wanted(mode: int) -> int:
    return PRIVATE_DIR if stat.S_ISDIR(mode) else PRIVATE_FILE


def too_open(paths: Iterable[Path]) -> list[tuple[Path, int]]:
    """The paths group or others can reach, with their permission bits."""
    found = []
    for path in paths:
        try:
            mode = path.lstat().st_mode
        except OSError:
            continue
        if stat.S_ISLNK(mode):
            continue  # a link's own bits mean nothing; its target is checked where it lives
        if stat.S_IMODE(mode) & 0o077:
            found.append((path, stat.S_IMODE(mode)))
    return found


def make_private(data_dir: Path) -> list[Path]:
    """Set the private umask, create the data folder, tighten what is too open; return what changed.

    A path this user may not change is left as it is (the system check reports it).
    """
    os.umask(PRIVATE_UMASK)
    data_dir.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    changed = []
    for path, mode in too_open(private_paths(data_dir)):
        try:
            path.chmod(mode & _wanted(path.stat().st_mode))
        except OSError:
            continue
        changed.append(path)
    return changed


def describe(path: Path, mode: int) -> str:
    """ "/data/nextyes.sqlite3 (0644)": a path and its permission bits, for a message."""
    return f"{path} ({mode:04o})"
