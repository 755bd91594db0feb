"""Text from the database cannot drive the terminal: no escape sequence, no rich markup of theirs."""

from __future__ import annotations

import io

import pytest

from nextyes.accounts.models import User
from nextyes.cli import main
from nextyes.cli.safe import SafeStream, clean, markup
from nextyes.journal.services import add_win
from nextyes.pipeline import services

# Set the window title, write the clipboard, erase the line above, reverse the text.
HOSTILE = "Acme\x1b]0;pwned\x07\x1b]52;c;ZWNobyBoaQ==\x07\x1b[1A\x1b[2K\u202eCorp\x9b31m\r"


def test_it_prints_a_list_without_their_escape_sequences_or_markup(
    alice: User, capsys: pytest.CaptureFixture[str]
) -> None:
    services.create_application(alice, company=HOSTILE, role="[bold red]Dev[/] [link=x]y[/link]")
    assert main(["list", "--user", "alice"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out and "\r" not in out
    assert "AcmeCorp31m" in out
    assert "[bold red]Dev[/] [link=x]y[/link]" in out  # shown as typed, not styled


def test_it_cleans_whatever_a_command_echoes(
    alice: User, capsys: pytest.CaptureFixture[str]
) -> None:
    add_win(alice, f"Sent five {HOSTILE}")
    assert main(["review", "--format", "md", "--user", "alice"]) == 0
    out = capsys.readouterr().out
    assert "Sent five AcmeCorp" in out.replace("\\[", "[")
    assert not any(ord(c) < 32 and c not in "\n\t" for c in out)


def test_it_keeps_colours_and_progress_bars_of_its_own() -> None:
    out = io.StringIO()
    SafeStream(out).write("\x1b[1mbold\x1b[0m \x1b]0;title\x07x\x1b[2K\r\n")
    assert out.getvalue() == "\x1b[1mbold\x1b[0m x\n"
    err = io.StringIO()
    SafeStream(err, live=True).write("\x1b[?25l\x1b[2K\x1b[1A\rReading\x1b]8;;http://x\x1b\\link")
    assert err.getvalue() == "\x1b[?25l\x1b[2K\x1b[1A\rReadinglink"


def test_it_has_one_helper_for_text_and_one_for_rich() -> None:
    assert clean("a\x1b[31mb\x00c\td\ne\u2066f") == "abc\td\nef"
    assert markup("[bold]x\x1b[0m") == "\\[bold]x"
