"""One date format everywhere: "3 Dec 2026" in English, from the named formats."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from django.template import Context, Template
from django.utils.formats import date_format

TEMPLATES = Path(__file__).resolve().parents[1] / "src" / "nextyes" / "templates"
# Machine formats (datetime attributes, ISO) and day names in headings are not the date format.
ALLOWED = {"DATE_FORMAT", "MONTH_DAY_FORMAT", "YEAR_MONTH_FORMAT", "DATETIME_FORMAT"}
ALLOWED |= {"Y-m-d", "Y-m", "c", "F", "D j M", "D j M, H:i", "l j F", "l j F Y"}


def test_it_shows_a_date_one_way() -> None:
    day = dt.date(2026, 12, 3)
    assert date_format(day) == "3 Dec 2026"
    assert Template('{{ d|date:"DATE_FORMAT" }}').render(Context({"d": day})) == "3 Dec 2026"
    assert date_format(day, "MONTH_DAY_FORMAT") == "3 Dec"


def test_no_template_spells_a_date_its_own_way() -> None:
    found = set()
    for path in TEMPLATES.rglob("*.html"):
        found |= set(re.findall(r"\|date:[\"']([^\"']*)[\"']", path.read_text()))
    assert found <= ALLOWED, found - ALLOWED
