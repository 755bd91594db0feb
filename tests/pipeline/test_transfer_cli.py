"""`nextyes import csv FILE --user NAME` on a real 14-column layout with a 0–100 fit column."""

from __future__ import annotations

from pathlib import Path

import pytest

from nextyes.accounts.models import User
from nextyes.cli import main
from nextyes.pipeline.models import Application
from tests.pipeline.transfer_helpers import DATA

FILE = str(DATA / "careerforge_tracker.csv")


def test_it_imports_the_14_column_tracker_from_the_command_line(
    alice: User, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "csv", FILE, "--user", "alice"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Imported 8 applications; 0 were already there.",
        "Fit was on a 0–100 scale in your “fit_rating” column; "
        "I turned it into 1–5: 72 → 4, 85 → 4, 91 → 5.",
    ]
    larchmont = Application.objects.get(owner=alice, company__name="Larchmont Bank")
    assert (larchmont.status, larchmont.fit, larchmont.channel) == ("offer", 5, "recruiter")
    assert larchmont.notes.endswith("contact_person: Priya Lindholm")

    assert main(["import", "csv", FILE, "--user", "alice"]) == 0
    assert capsys.readouterr().out.startswith("Imported 0 applications; 8 were already there.")
    assert Application.objects.filter(owner=alice).count() == 8


def test_it_leaves_out_a_column_when_told_to(
    alice: User, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["import", "csv", FILE, "--column", "sector=skip", "--user", "alice"])
    assert code == 0, capsys.readouterr().err
    notes = Application.objects.get(owner=alice, company__name="Quillfeather").notes
    assert "sector:" not in notes and "role_type: Full-time" in notes


def test_it_names_the_line_and_field_of_a_bad_date(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "tracker.csv"
    text = (DATA / "careerforge_tracker.csv").read_text(encoding="utf-8")
    path.write_text(text.replace("2026-02-24,Tidewater", "sometime,Tidewater"), encoding="utf-8")
    assert main(["import", "csv", str(path), "--user", "alice"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "line 3, date applied: “sometime” is not a date I can read",
        "nextyes: nothing was imported: 1 row to fix (listed above).",
    ]
    assert not Application.objects.exists()
