"""CLI tests: `nextyes` run in-process, with what it printed."""

from __future__ import annotations

import io
import sys
from typing import Protocol

import pytest

from nextyes.cli import main


class Run(Protocol):
    """The `run` fixture: a command's exit code, stdout and stderr."""

    def __call__(self, *argv: str, stdin: str | bytes | None = None) -> tuple[int, str, str]: ...


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """`run("add", "Acme", "Analyst")` gives the exit code, stdout and stderr of that command.

    `stdin=` is what the command reads: text as typed, or bytes as from a piped file.
    """

    def run(*argv: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
        if isinstance(stdin, str):
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        elif stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run
