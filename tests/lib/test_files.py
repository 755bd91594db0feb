"""Private files: the data folder is 0700, the database, keys and uploads 0600, from start-up on."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.test import override_settings

from nextyes.lib import files
from nextyes.lib.private_checks import W_PRIVATE_FILES, check_private_files


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """Files made in the test are 0644 unless the code under test changes the umask."""
    before = os.umask(0o022)
    yield
    os.umask(before)


@pytest.fixture
def wide_data_dir(tmp_path: Path, open_umask: None) -> Path:
    data = tmp_path / "data"
    (data / "uploads").mkdir(parents=True)
    (data / "static").mkdir()
    for name in ("nextyes.sqlite3", "nextyes.sqlite3-wal", "nextyes.sqlite3-shm", "secret_key"):
        (data / name).write_text("private")
    (data / "mail.key").write_text("key")
    (data / "uploads" / "mine.csv").write_text("Company,Role\n")
    (data / "static" / "app.css").write_text("body {}")
    (data / "notes.txt").write_text("not ours")
    for path in data.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    data.chmod(0o755)
    return data


def test_it_tightens_the_data_folder_and_everything_in_it(wide_data_dir: Path) -> None:
    changed = files.make_private(wide_data_dir)
    assert _mode(wide_data_dir) == 0o700
    assert _mode(wide_data_dir / "uploads") == 0o700
    for name in ("nextyes.sqlite3", "nextyes.sqlite3-wal", "nextyes.sqlite3-shm", "secret_key"):
        assert _mode(wide_data_dir / name) == 0o600
    assert _mode(wide_data_dir / "mail.key") == 0o600
    assert _mode(wide_data_dir / "uploads" / "mine.csv") == 0o600
    # Only what NextYes keeps is touched (static files are public; a file not ours keeps its mode).
    assert _mode(wide_data_dir / "static" / "app.css") == 0o644
    assert _mode(wide_data_dir / "notes.txt") == 0o644
    assert wide_data_dir / "nextyes.sqlite3" in changed
    # What is made afterwards is private from birth.
    (wide_data_dir / "later.sqlite3").write_text("new")
    assert _mode(wide_data_dir / "later.sqlite3") == 0o600


def test_it_warns_about_files_others_can_read(wide_data_dir: Path) -> None:
    with override_settings(DATA_DIR=wide_data_dir, STATIC_ROOT=wide_data_dir / "static"):
        [warning] = check_private_files(None)
        assert warning.id == W_PRIVATE_FILES
        assert f"{wide_data_dir} (0755)" in warning.msg
        assert "nextyes.sqlite3 (0644)" in warning.msg
        assert "more" in warning.msg  # seven too-open paths, five shown
        assert f"chmod -R go-rwx {wide_data_dir}" in (warning.hint or "")
        files.make_private(wide_data_dir)
        assert check_private_files(None) == []


def test_it_checks_a_secret_file_named_by_the_environment(
    wide_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = tmp_path / "mail-key-elsewhere"
    key.write_text("key")
    key.chmod(0o644)
    monkeypatch.setenv("NEXTYES_MAIL_KEY_FILE", str(key))
    files.make_private(wide_data_dir)
    assert _mode(key) == 0o600


def test_it_makes_a_new_install_private_from_the_command_line(
    tmp_path: Path, open_umask: None
) -> None:
    data = tmp_path / "fresh"
    env = {
        **os.environ,
        "NEXTYES_DATA_DIR": str(data),
        "DJANGO_SETTINGS_MODULE": "nextyes.settings",
    }
    env.pop("NEXTYES_SECRET_KEY", None)
    env.pop("DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "nextyes", "migrate"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert _mode(data) == 0o700
    made = sorted(p.name for p in data.iterdir())
    assert "nextyes.sqlite3" in made and "secret_key" in made
    assert {p.name: _mode(p) for p in data.iterdir()} == {name: 0o600 for name in made}
