"""`make run` serves without the development tools; `make test` after it still gets them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _plan(tmp_path: Path, target: str) -> list[str]:
    """The commands `make -n TARGET` would run in a fresh clone (no venv, no markers)."""
    for name in ("Makefile", "uv.lock", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    done = subprocess.run(
        ["make", "-n", target, "UV=uv"], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    return [line for line in done.stdout.splitlines() if " sync " in line]


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_it_serves_without_installing_dev_tools(tmp_path: Path) -> None:
    [sync] = _plan(tmp_path, "run")
    assert "--no-dev" in sync and "--inexact" in sync and "--frozen" in sync


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_it_installs_dev_tools_for_the_tests_even_after_a_run(tmp_path: Path) -> None:
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / ".synced-run").touch()  # `make run` happened first
    syncs = _plan(tmp_path, "test")
    assert syncs and all("--no-dev" not in line for line in syncs)


def _uv() -> str | None:
    local = ROOT / ".venv-uv" / "bin" / "uv"
    return shutil.which("uv") or (str(local) if local.exists() else None)


@pytest.mark.skipif(_uv() is None, reason="needs uv")
def test_the_served_install_leaves_the_training_libraries_out() -> None:
    done = subprocess.run(
        [str(_uv()), "export", "--frozen", "--no-dev", "--no-hashes", "--no-emit-project"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    served = {line.split("==")[0] for line in done.stdout.splitlines() if "==" in line}
    # django-ninja serves the REST API (docs/api.md), so it ships.
    assert {"django", "numpy", "threadpoolctl", "django-ninja"} <= served
    assert not served & {"scikit-learn", "scipy", "joblib"}
