"""Typical figures shown beside the person's own rates, read from an editable file.

The table lives in lib/data/benchmarks.json so it can be corrected without touching code;
each entry says where its number comes from. A malformed file fails loudly, naming the entry.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "benchmarks.json"
UNITS = frozenset({"rate", "count"})
TEXT_FIELDS = ("key", "label", "unit", "source")


class BenchmarkError(ValueError):
    """The benchmarks file cannot be used as it is; the message says which entry and why."""


@dataclass(frozen=True)
class Benchmark:
    key: str
    label: str
    value: float
    unit: str
    source: str
    note: str = ""

    def as_json(self) -> dict[str, object]:
        return asdict(self)


def _entry(raw: object, index: int) -> Benchmark:
    where = f"benchmark #{index + 1}"
    if not isinstance(raw, dict):
        raise BenchmarkError(f"{where} is not an object.")
    key = raw.get("key")
    if isinstance(key, str) and key:
        where = f"benchmark “{key}”"
    for field in TEXT_FIELDS:
        if not isinstance(raw.get(field), str) or not raw[field].strip():
            raise BenchmarkError(f"{where}: “{field}” is missing or not text.")
    value = raw.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BenchmarkError(f"{where}: “value” must be a number.")
    unit = raw["unit"]
    if unit not in UNITS:
        raise BenchmarkError(f"{where}: “unit” must be one of {sorted(UNITS)}, not “{unit}”.")
    if unit == "rate" and not 0 < value < 1:
        raise BenchmarkError(f"{where}: a rate must be between 0 and 1 (exclusive), not {value}.")
    if unit == "count" and value <= 0:
        raise BenchmarkError(f"{where}: a count must be positive, not {value}.")
    note = raw.get("note", "")
    if not isinstance(note, str):
        raise BenchmarkError(f"{where}: “note” must be text.")
    return Benchmark(raw["key"], raw["label"], float(value), unit, raw["source"], note)


def parse(data: object) -> dict[str, Benchmark]:
    """Validate the decoded file and index its entries by key."""
    if not isinstance(data, dict) or not isinstance(data.get("benchmarks"), list):
        raise BenchmarkError("the file must be an object with a “benchmarks” list.")
    table: dict[str, Benchmark] = {}
    for index, raw in enumerate(data["benchmarks"]):
        entry = _entry(raw, index)
        if entry.key in table:
            raise BenchmarkError(f"benchmark “{entry.key}” appears twice.")
        table[entry.key] = entry
    return table


def load(path: Path | str | None = None) -> dict[str, Benchmark]:
    """The table from `path` (default: the shipped file)."""
    where = Path(path) if path else DEFAULT_PATH
    try:
        data = json.loads(where.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BenchmarkError(f"cannot read {where}: {exc.strerror or exc}") from exc
    except json.JSONDecodeError as exc:
        raise BenchmarkError(f"{where} is not valid JSON: {exc}") from exc
    try:
        return parse(data)
    except BenchmarkError as exc:
        raise BenchmarkError(f"{where}: {exc}") from exc


@cache
def default_table() -> dict[str, Benchmark]:
    """The shipped table, read once per process."""
    return load()


def rate(key: str, table: dict[str, Benchmark] | None = None) -> float:
    """The typical rate for `key` (e.g. "interview", "offer")."""
    table = default_table() if table is None else table
    entry = table.get(key)
    if entry is None:
        raise BenchmarkError(f"the benchmarks have no “{key}” entry.")
    if entry.unit != "rate":
        raise BenchmarkError(f"benchmark “{key}” is a {entry.unit}, not a rate.")
    return entry.value
