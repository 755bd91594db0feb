"""Terminal-safe output: text from the database (a mail subject, an imported name) cannot drive the
terminal that shows it.

An escape sequence in someone's data could set the window title, write to the clipboard (OSC 52),
make a hidden link, or move the cursor and overwrite what NextYes printed. `clean()` removes every
control character but newline and tab, and the Unicode overrides that reverse how text reads;
`markup()` also escapes rich's `[style]` markup for text rich prints. `main()` puts `SafeStream`
on stdout and stderr, so everything printed passes through it: only colour sequences (SGR) stay,
and on stderr also the few cursor sequences rich's progress bars need.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

from nextyes.lib.controls import CONTROL, CONTROL_BUT_CR, ESCAPE, strip_controls

# What stays: colours and styles (SGR), everywhere.
_SGR = r"\x1b\[[0-9;]*m"
# rich's live display on stderr: hide/show the cursor, erase a line, move up or down.
_LIVE = r"\x1b\[(?:\?25[lh]|2K|[0-9]*[AB])"


def clean(text: object) -> str:
    """`text` with no control character but newline and tab, escape sequences included."""
    return strip_controls(text)


def markup(text: object) -> str:
    """`text` cleaned, with rich markup escaped, for a table cell or a progress description."""
    from rich.markup import escape

    return escape(clean(text))


class SafeStream:
    """A text stream that drops control characters on the way out (see the module doc)."""

    def __init__(self, stream: TextIO, *, live: bool = False) -> None:
        self.stream = stream
        self.keep = re.compile(f"{_SGR}|{_LIVE}" if live else _SGR)
        control = CONTROL_BUT_CR if live else CONTROL
        # One pass: an escape sequence as a whole, or a single control character.
        self.unsafe = re.compile(f"{ESCAPE.pattern}|{control.pattern}")

    def _kept(self, match: re.Match[str]) -> str:
        return match.group(0) if self.keep.fullmatch(match.group(0)) else ""

    def write(self, text: str) -> int:
        self.stream.write(self.unsafe.sub(self._kept, text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> object:
        # flush, isatty, fileno, encoding, buffer (binary output such as a PDF passes as it is)
        return getattr(self.stream, name)


def install() -> tuple[object, object]:
    """Put SafeStream on stdout and stderr; returns the streams to put back."""
    import sys

    before = sys.stdout, sys.stderr
    sys.stdout = SafeStream(sys.stdout)
    sys.stderr = SafeStream(sys.stderr, live=True)
    return before
