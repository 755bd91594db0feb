from __future__ import annotations

import pytest

from nextyes.cli import main


def test_it_shows_help_with_every_tracker_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("add", "move", "list", "demo", "user"):
        assert command in out


@pytest.mark.parametrize(
    "command",
    [["add"], ["move"], ["list"], ["demo"], ["user", "create"], ["user", "password"]],
)
def test_it_shows_help_for_each_command(
    capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    assert main([*command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "Usage" in out
    assert "--user" in out or command[0] == "user"


def test_it_explains_an_unknown_command_briefly(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["frobnicate"])
    err = capsys.readouterr().err
    assert code != 0
    assert "No such command 'frobnicate'" in err
    assert "Traceback" not in err


def test_it_shows_help_when_run_without_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    main([])
    captured = capsys.readouterr()
    assert "Usage" in captured.out + captured.err


def test_it_reports_a_missing_argument_without_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["add", "Acme"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Missing argument" in err
    assert "Traceback" not in err
