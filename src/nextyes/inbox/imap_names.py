"""Folder names as IMAP writes them: modified UTF-7, quoting, and LIST answers.

"Candidatures été" travels as "Candidatures &AOk-t&AOk-" (RFC 3501, 5.1.3); the person only
ever sees and types the readable name.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence

_LIST = re.compile(rb'\((?P<flags>[^)]*)\) (?P<delim>"(?:[^"\\]|\\.)*"|NIL) (?P<name>.+)$')


def folder_names(data: Sequence[bytes | tuple[bytes, bytes] | None]) -> list[str]:
    """Readable names from a LIST answer, without folders that cannot be opened; INBOX first."""
    names = []
    for item in data:
        line = b" ".join(item) if isinstance(item, tuple) else item
        match = _LIST.match(line or b"")
        if not match or b"\\noselect" in match["flags"].lower():
            continue
        name = match["name"].strip()
        if name.startswith(b'"') and name.endswith(b'"'):
            name = re.sub(rb"\\(.)", rb"\1", name[1:-1])
        names.append(decode_folder(name.decode("ascii", "replace")))
    return sorted(set(names), key=lambda n: (n.upper() != "INBOX", n.lower()))


def encode_folder(name: str) -> str:
    """A folder name in IMAP's modified UTF-7, quoted for a command."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            raw = "".join(pending).encode("utf-16-be")
            out.append("&" + base64.b64encode(raw).decode().rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    text = "".join(out)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def decode_folder(name: str) -> str:
    def one(match: re.Match[str]) -> str:
        body = match.group(1)
        if not body:
            return "&"
        padded = body.replace(",", "/") + "=" * (-len(body) % 4)
        try:
            return base64.b64decode(padded).decode("utf-16-be")
        except (ValueError, UnicodeDecodeError):
            return match.group(0)

    return re.sub(r"&([A-Za-z0-9+,]*)-", one, name)
