"""The lint tools find what they are there to find (tools/, run by `make lint`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import any_signatures  # noqa: E402
import import_cycles  # noqa: E402
import module_sizes  # noqa: E402


def _module(path: Path, lines: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"x{i} = {i}\n" for i in range(lines)), encoding="utf-8")


def test_a_module_over_400_lines_fails_and_migrations_do_not_count(tmp_path: Path) -> None:
    _module(tmp_path / "app" / "small.py", 400)
    _module(tmp_path / "app" / "migrations" / "0001_initial.py", 900)
    assert module_sizes.oversized(tmp_path, 400) == []
    _module(tmp_path / "app" / "big.py", 401)
    assert module_sizes.oversized(tmp_path, 400) == [(401, tmp_path / "app" / "big.py")]
    assert module_sizes.main([str(tmp_path)]) == 1


def test_the_tree_itself_has_no_module_over_the_limit() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "module_sizes.py")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout
    assert "No module over 400 lines." in done.stdout


def test_an_any_in_a_signature_needs_a_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(any_signatures, "ROOT", tmp_path)
    (tmp_path / "tests").mkdir()
    module = tmp_path / "src" / "nextyes" / "loose.py"
    module.parent.mkdir(parents=True)
    module.write_text("from typing import Any\n\n\ndef f(x: Any) -> None:\n    pass\n")
    assert any_signatures.main(["--max-share", "1"]) == 1
    assert "src/nextyes/loose.py:4 f: Any without a comment" in capsys.readouterr().out
    module.write_text(
        "from typing import Any\n\n\n# Any: an untyped library's value\n"
        "def f(x: Any) -> None:\n    pass\n"
    )
    assert any_signatures.main(["--max-share", "1"]) == 0
    # Explained or not, too many is still too many: one signature of one is 100%.
    assert any_signatures.main([]) == 1


def test_a_ring_of_imports_is_found(tmp_path: Path) -> None:
    package = tmp_path / "ringpkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from ringpkg import b\n")
    (package / "b.py").write_text("from ringpkg import c\n")
    (package / "c.py").write_text("from ringpkg import a\n")
    (package / "d.py").write_text("from ringpkg import a\n")
    sys.path.insert(0, str(tmp_path))
    try:
        graph = grimp.build_graph("ringpkg", cache_dir=None)
    finally:
        sys.path.remove(str(tmp_path))
    rings = import_cycles.cycles(graph)
    assert [sorted(ring) for ring in rings] == [["ringpkg.a", "ringpkg.b", "ringpkg.c"]]
