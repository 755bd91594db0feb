"""The package ships models, not the data they were made from (issue 12)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_holds_the_package_only() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"] == ["src/nextyes"]


def test_no_labelled_data_sits_in_the_package() -> None:
    # Labelled sets are JSONL or CSV; they belong in training/ or benchmarks/data/.
    found = [
        str(path.relative_to(ROOT))
        for pattern in ("*.jsonl", "*.csv")
        for path in (ROOT / "src" / "nextyes").rglob(pattern)
    ]
    assert found == []
