"""Raw messages out of an .eml file, a folder of them (Maildir too) or an mbox of any size.

An mbox is split on its "From " lines while it is read, a line at a time: memory holds one
message, never the file (`mailbox.mbox` would first index the whole file and reopen it read-write).
A message longer than `max_bytes` keeps only its beginning, which holds the headers and the text
(attachments come after), so one huge attachment costs neither memory nor the message.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MAX_MESSAGE_BYTES = 20 * 1024 * 1024
_LINE_LIMIT = 64 * 1024  # a "line" longer than this is read in pieces (no newline in sight)
# The postmark mbox writers put before each message: "From sender Tue Mar  3 10:00:00 2026".
_POSTMARK = re.compile(rb"From \S*\s+[A-Za-z]{3},? +[A-Za-z]{3} +\d{1,2} +\d{1,2}:\d{2}")
_ESCAPED_FROM = re.compile(rb">+From ")
# Files next to mail that are not mail: mail clients' indexes and the like.
_NOT_MAIL_SUFFIXES = {".msf", ".dat", ".db", ".sqlite", ".json", ".toc", ".ibex"}


class SourceProblem(Exception):
    """The path cannot be read at all (nothing was imported)."""


@dataclass(frozen=True)
class RawMail:
    """One message's bytes, where it was (for the report) and how far the source is read."""

    data: bytes
    where: str
    done: int  # bytes of the whole source read so far, for a progress bar
    cut: bool = False  # longer than the limit: only its beginning is here
    problem: str = ""  # the file could not be read: `data` is empty


@dataclass(frozen=True)
class Source:
    path: Path
    files: tuple[Path, ...]
    total: int  # bytes, for a progress bar

    @property
    def name(self) -> str:
        return self.path.name or str(self.path)


def open_source(path: Path) -> Source:
    """The files to read under `path` (a file, or every mail file in a folder, sorted)."""
    try:
        if path.is_dir():
            files = tuple(_mail_files(path))
        elif path.is_file():
            files = (path,)
        else:
            raise SourceProblem(f"{path}: no such file or folder")
        total = sum(_size(f) for f in files)
    except OSError as exc:
        raise SourceProblem(f"{path}: {exc.strerror or exc}") from exc
    return Source(path=path, files=files, total=total)


def _mail_files(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(root) / name
            if name.startswith(".") or path.suffix.lower() in _NOT_MAIL_SUFFIXES:
                continue
            if path.is_file():
                yield path


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def iter_messages(source: Source, *, max_bytes: int = MAX_MESSAGE_BYTES) -> Iterator[RawMail]:
    """Every message of the source, in order; an unreadable file is one `RawMail` with a problem."""
    before = 0
    for path in source.files:
        label = str(path.relative_to(source.path)) if path != source.path else path.name
        try:
            with path.open("rb") as stream:
                if _looks_like_mbox(stream):
                    yield from _split_mbox(stream, label, before, max_bytes)
                else:
                    yield _whole_file(stream, label, before, max_bytes)
        except OSError as exc:
            yield RawMail(
                b"", label, before, problem=f"cannot read the file: {exc.strerror or exc}"
            )
        before += _size(path)


def _looks_like_mbox(stream: BinaryIO) -> bool:
    start = stream.read(5)
    stream.seek(0)
    return start == b"From "


def _whole_file(stream: BinaryIO, label: str, before: int, max_bytes: int) -> RawMail:
    data = stream.read(max_bytes)
    cut = bool(stream.read(1))
    if cut:
        while stream.read(1024 * 1024):  # reach the end, for an honest progress figure
            pass
    return RawMail(data, label, before + stream.tell(), cut=cut)


def _split_mbox(stream: BinaryIO, label: str, before: int, max_bytes: int) -> Iterator[RawMail]:
    lines: list[bytes] = []
    size = 0
    cut = False
    index = 0
    start = 0  # byte where the current message's "From " line begins
    offset = 0
    at_line_start = True
    previous_blank = True
    while True:
        line = stream.readline(_LINE_LIMIT)
        if not line:
            break
        length = len(line)
        line_start = at_line_start
        at_line_start = line.endswith(b"\n")
        if line_start and line.startswith(b"From ") and (previous_blank or _POSTMARK.match(line)):
            if index:
                yield RawMail(_join(lines), _where(label, index, start), before + offset, cut)
            index += 1
            lines, size, cut, start = [], 0, False, offset
        elif not cut:
            if line_start and _ESCAPED_FROM.match(line):
                line = line[1:]  # mboxrd: ">From " in a body was "From " once
            size += len(line)
            if size > max_bytes:
                cut = True
            else:
                lines.append(line)
        offset += length
        previous_blank = line_start and line.strip() == b""
    if index:
        yield RawMail(_join(lines), _where(label, index, start), before + offset, cut)


def _join(lines: list[bytes]) -> bytes:
    # The blank line before the next "From " belongs to the mbox, not to the message.
    if lines and lines[-1].strip() == b"":
        lines = lines[:-1]
    return b"".join(lines)


def _where(label: str, index: int, start: int) -> str:
    return f"{label}, message {index} (byte {start})"
