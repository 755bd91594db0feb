"""The CSV zip export never hands a spreadsheet a formula to run (OWASP "CSV injection")."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

from nextyes.accounts.models import User
from nextyes.cli import main
from nextyes.journal.models import CheckIn
from nextyes.momentum.models import EffortPoint
from nextyes.pipeline import services
from nextyes.pipeline.models import Contact
from nextyes.pipeline.transfer.exporter import FORMULA_STARTS, neutralise

HOSTILE = ['=HYPERLINK("http://evil.example","x")', "+1+cmd|' /C calc'!A0", "@SUM(1+1)"]


def _cells(path: Path) -> dict[str, list[list[str]]]:
    archive = zipfile.ZipFile(path)
    return {
        name: list(csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig"))))
        for name in archive.namelist()
    }


def _first(rows: list[list[str]]) -> dict[str, str]:
    return dict(zip(rows[0], rows[1], strict=True))


def test_it_neutralises_every_cell_a_spreadsheet_would_run(alice: User, tmp_path: Path) -> None:
    app = services.create_application(alice, company=HOSTILE[2], role=HOSTILE[0], notes="-1-1")
    Contact.objects.create(owner=alice, name=HOSTILE[1], company=app.company, notes="\tTabbed")
    CheckIn.objects.create(owner=alice, day=dt.date(2026, 3, 3), mood=3, note="\rX")
    out = tmp_path / "mine.zip"
    assert main(["export", "csv", "-o", str(out), "--user", "alice"]) == 0
    files = _cells(out)
    risky = [
        (name, cell)
        for name, rows in files.items()
        for row in rows
        for cell in row
        if cell.startswith(FORMULA_STARTS) and not cell.lstrip("-").replace(".", "").isdigit()
    ]
    assert risky == []
    applications = _first(files["applications.csv"])
    assert applications["role"] == "'" + HOSTILE[0]
    assert applications["company"] == "'@SUM(1+1)"
    assert applications["notes"] == "'-1-1"
    contacts = _first(files["contacts.csv"])
    assert (contacts["name"], contacts["notes"]) == ("'" + HOSTILE[1], "'\tTabbed")
    checkins = _first(files["checkins.csv"])
    assert checkins["note"] == "'\rX"


def test_it_keeps_negative_numbers_numbers(alice: User, tmp_path: Path) -> None:
    EffortPoint.objects.create(
        owner=alice, points=-5, reason="redemption", occurred_on=dt.date(2026, 3, 3)
    )
    out = tmp_path / "mine.zip"
    assert main(["export", "csv", "-o", str(out), "--user", "alice"]) == 0
    points = _cells(out)["effort_points.csv"]
    row = _first(points)
    assert row["points"] == "-5"
    assert neutralise("-2.50") == "-2.50"
    assert neutralise("-2.5e3+cmd") == "'-2.5e3+cmd"
    assert neutralise("Plain text") == "Plain text"
