"""From the bytes a spreadsheet wrote to a header and rows that know their physical line number."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

DELIMITERS = (",", ";", "\t", "|")
_SAMPLE_CHARS = 64 * 1024
_SAMPLE_ROWS = 50


class FileProblem(ValueError):
    """The file as a whole cannot be read; the message is for the person."""


@dataclass(frozen=True)
class Row:
    line: int  # physical line where the row starts; the header is line 1 (or later, after blanks)
    values: tuple[str, ...]

    def get(self, column: int) -> str:
        return self.values[column] if column < len(self.values) else ""


def max_bytes() -> int:
    return int(settings.IMPORT_MAX_MB) * 1024 * 1024


class Rows:
    """The rows under the header, read again from the text each time they are walked.

    Holding a quarter of a million rows as tuples of strings costs about 250 MB; the text itself
    is a tenth of that, and csv reads it again in well under a second.
    """

    def __init__(self, text: str, delimiter: str, count: int) -> None:
        self._text, self._delimiter, self._count = text, delimiter, count

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Row]:
        header_seen = False
        for row in _physical_rows(self._text, self._delimiter):
            if header_seen:
                yield row
            header_seen = True

    def __getitem__(self, index: int) -> Row:
        if index < 0:
            index += self._count
        found = next(itertools.islice(iter(self), index, None), None)
        if found is None:
            raise IndexError(index)
        return found


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: Rows
    delimiter: str

    def column(self, index: int) -> list[str]:
        return [row.get(index) for row in self.rows]

    def head(self, count: int) -> list[Row]:
        """The first `count` rows: enough to guess a column or show examples of it."""
        return list(itertools.islice(self.rows, count))


def decode(data: bytes) -> str:
    """Text from bytes the way spreadsheets write them: BOMs first, then UTF-8, then cp1252."""
    if data.startswith(b"PK\x03\x04"):
        raise FileProblem(
            _(
                "This looks like an Excel or Numbers workbook, not a CSV file. In your spreadsheet, "
                "choose File → Save as (or Download) → CSV, then upload that file."
            )
        )
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_or_explain(data, "utf-16")
    elif _looks_utf16(data):
        text = _decode_or_explain(data, "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # Excel on Windows writes cp1252; latin-1 accepts the few bytes cp1252 leaves undefined.
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    if "\x00" in text:
        raise FileProblem(_("This file does not look like text. Please upload a CSV file."))
    return text


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: text in Latin letters has a zero in every other byte."""
    sample = data[:200]
    return len(sample) >= 4 and sample.count(b"\x00") * 3 >= len(sample)


def _decode_or_explain(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise FileProblem(
            _("This file says it is UTF-16 text but it is damaged. Please save it again as CSV.")
        ) from exc


def _shape(sample: str, delimiter: str) -> tuple[bool, float, int]:
    """How well `delimiter` cuts the sample: (several columns, share of rows like the header, width)."""
    try:
        rows = [
            r
            for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
            if any(c.strip() for c in r)
        ][:_SAMPLE_ROWS]
    except csv.Error:
        return (False, 0.0, 0)
    if not rows:
        return (False, 0.0, 0)
    width = len(rows[0])
    body = rows[1:] or rows
    alike = sum(1 for r in body if len(r) == width) / len(body)
    return (width > 1, round(alike, 1), width)


def detect_delimiter(text: str) -> str:
    """The delimiter: csv.Sniffer's guess when the rows agree with it, else the best by counting."""
    sample = text[:_SAMPLE_CHARS]
    if len(text) > _SAMPLE_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]  # no half row at the end
    scores = {d: _shape(sample, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: scores[d])
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        return best
    return sniffed if sniffed in scores and scores[sniffed] >= scores[best] else best


def _physical_rows(text: str, delimiter: str) -> Iterator[Row]:
    """Every non-blank row, the header first, with the physical line it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)
    last_line = 0
    try:
        for values in reader:
            # reader.line_num counts physical lines read so far, quoted newlines included.
            start, last_line = last_line + 1, reader.line_num
            cells = tuple(v.strip() for v in values)
            if any(cells):
                yield Row(start, cells)
    except csv.Error as exc:
        raise FileProblem(
            _("Line %(line)d cannot be read (%(reason)s). Is a quote left open?")
            % {"line": last_line + 1, "reason": exc}
        ) from exc


def _too_wide(width: int, line: int) -> FileProblem:
    limit = int(settings.IMPORT_MAX_COLUMNS)
    return FileProblem(
        ngettext(
            "Line %(line)d has %(width)d columns; NextYes reads up to %(limit)d column per file.",
            "Line %(line)d has %(width)d columns; NextYes reads up to %(limit)d columns per file.",
            limit,
        )
        % {"line": line, "width": width, "limit": limit}
        + " "
        + _("Remove the columns you do not need and save it again.")
    )


def _too_long(limit: int) -> FileProblem:
    return FileProblem(
        ngettext(
            "This file has more than %(limit)d row; NextYes imports up to %(limit)d row at a time.",
            "This file has more than %(limit)d rows; NextYes imports up to %(limit)d rows at a "
            "time.",
            limit,
        )
        % {"limit": limit}
        + " "
        + _("Split it into parts and import each one.")
    )


def read_table(text: str) -> Table:
    """The header and the non-blank rows, each with the physical line it starts on.

    One pass checks the whole file (readable, within the row and column limits) and keeps only
    the header and a count: the rows are read again when they are used (see Rows).
    """
    if not text.strip():
        raise FileProblem(_("This file is empty."))
    delimiter = detect_delimiter(text)
    max_rows, max_columns = int(settings.IMPORT_MAX_ROWS), int(settings.IMPORT_MAX_COLUMNS)
    header: tuple[str, ...] | None = None
    count = width = 0
    for row in _physical_rows(text, delimiter):
        if len(row.values) > max_columns:
            raise _too_wide(len(row.values), row.line)
        width = max(width, len(row.values))
        if header is None:
            header = row.values
            continue
        count += 1
        if count > max_rows:
            raise _too_long(max_rows)
    if header is None:
        raise FileProblem(_("This file is empty."))
    if not count:
        raise FileProblem(_("This file has a header row but no rows under it."))
    header = header + ("",) * (width - len(header))
    return Table(header=header, rows=Rows(text, delimiter, count), delimiter=delimiter)


def read_bytes(data: bytes) -> Table:
    return read_table(decode(data))
