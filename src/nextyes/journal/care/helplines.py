"""The helplines on the "Need help now?" page, read from a data file anyone can extend.

The file is `journal/data/helplines.json` (how to add a country: docs/helplines.md). Numbers are
shown as written; `tel:` links are made from their digits so a phone can dial them directly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NotRequired, TypedDict

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "helplines.json"


@dataclass(frozen=True)
class Line:
    name: str
    phone: str = ""
    text: str = ""  # a number that takes text messages
    url: str = ""
    hours: str = ""
    note: str = ""

    @property
    def tel(self) -> str:
        """The number as a `tel:` link wants it (digits and a leading +)."""
        return re.sub(r"[^\d+]", "", self.phone)


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166 alpha-2, "" for the generic entry
    name: str
    emergency: str
    lines: tuple[Line, ...]

    @property
    def emergency_tel(self) -> str:
        return re.sub(r"[^\d+]", "", self.emergency)


class _RawCountry(TypedDict):
    """A country as helplines.json holds it."""

    name: str
    emergency: NotRequired[str]
    lines: NotRequired[list[dict[str, str]]]


def _country(code: str, raw: _RawCountry) -> Country:
    fields = set(Line.__dataclass_fields__)
    lines = tuple(
        Line(**{key: str(value) for key, value in line.items() if key in fields})
        for line in raw.get("lines", [])
    )
    return Country(code, str(raw["name"]), str(raw.get("emergency", "")), lines)


@cache
def _load(path: Path = DATA_FILE) -> tuple[Country, dict[str, Country]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    generic = _country("", data["generic"])
    countries = {
        code.upper(): _country(code.upper(), raw)
        for code, raw in sorted(data["countries"].items(), key=lambda item: item[1]["name"])
    }
    return generic, countries


def generic() -> Country:
    """What holds anywhere: the local emergency number and someone you trust."""
    return _load()[0]


def countries() -> list[Country]:
    """Every country in the file, by name."""
    return list(_load()[1].values())


def for_country(code: str | None) -> Country | None:
    """The country's entry, or None when the file has none for it (the generic entry applies)."""
    return _load()[1].get((code or "").strip().upper())


def known(code: str | None) -> bool:
    return for_country(code) is not None
