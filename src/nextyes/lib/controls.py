"""Control characters and terminal escape sequences: the patterns, and text without them.

Framework-free, shared by the CLI's output filter (cli/safe.py) and the Markdown review.
"""

from __future__ import annotations

import re

# C0 but tab and newline, DEL, C1, and the bidirectional overrides and isolates.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# The same, keeping carriage return (rich redraws its progress bars with it).
CONTROL_BUT_CR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# ESC, then an OSC/DCS/APC/PM/SOS string up to its terminator (or the line's end), a CSI
# sequence, or one more character.
ESCAPE = re.compile(
    r"\x1b(?:[\]P_^X][^\x07\x1b\n]*(?:\x07|\x1b\\)?|\[[0-?]*[ -/]*[@-~]|[@-Z\\-_]|.)?"
)


def strip_controls(text: object) -> str:
    """`text` with no control character but newline and tab, escape sequences removed whole."""
    return CONTROL.sub("", ESCAPE.sub("", str(text)))
