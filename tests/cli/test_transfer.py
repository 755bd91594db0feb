from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest
from pytest_django import Settings

from nextyes.accounts.models import User
from nextyes.cli import main
from nextyes.pipeline import services
from nextyes.pipeline.models import Application
from tests.pipeline.transfer_helpers import DATA


def _write(tmp_path: Path, text: str, name: str = "mine.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_it_imports_a_csv_and_says_how_many(
    alice: User, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["import", "csv", str(DATA / "teal_export.csv"), "--user", "alice"])
    assert code == 0
    assert capsys.readouterr().out == "Imported 8 applications; 0 were already there.\n"
    assert Application.objects.filter(owner=alice).count() == 8


def test_it_adds_nothing_the_second_time(alice: User, capsys: pytest.CaptureFixture[str]) -> None:
    main(["import", "csv", str(DATA / "huntr_export.csv"), "--user", "alice"])
    capsys.readouterr()
    assert main(["import", "csv", str(DATA / "huntr_export.csv"), "--user", "alice"]) == 0
    assert capsys.readouterr().out == "Imported 0 applications; 6 were already there.\n"
    assert Application.objects.filter(owner=alice).count() == 6


def test_it_writes_nothing_on_a_dry_run(alice: User, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import", "csv", str(DATA / "tab_separated.tsv"), "--dry-run", "--user", "alice"])
    assert code == 0
    assert capsys.readouterr().out.startswith("Would import 4 applications; 0 were already there.")
    assert not Application.objects.exists()


def test_it_lists_bad_rows_on_stderr_and_writes_nothing(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _write(
        tmp_path,
        "Company,Role,Status,Date Applied\n"
        "Acme,Engineer,Applied,2026-03-01\n"
        ",Designer,Applied,2026-03-02\n"
        'Globex,Ops,Maybe,"2026-03-03"\n'
        "Initech,Dev,Applied,31/02/2026\n",
    )
    assert main(["import", "csv", str(path), "--user", "alice"]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.splitlines() == [
        "line 3, company: the company is missing",
        "line 4, status: “Maybe” is not a stage I know — map it with --status-map 'Maybe=STAGE'",
        "line 5, date applied: “31/02/2026” is not a real date",
        "nextyes: nothing was imported: 3 rows to fix (listed above).",
    ]
    assert not Application.objects.exists()


def test_it_maps_unknown_statuses_from_the_command_line(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _write(tmp_path, "Company,Role,Status\nAcme,Dev,Maybe\nGlobex,Ops,Hot lead\n")
    code = main(
        ["import", "csv", str(path), "--status-map", "Maybe=saved",
         "--status-map", "hot lead=Wishlist", "--user", "alice"]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert set(Application.objects.values_list("status", flat=True)) == {"saved"}


def test_it_refuses_a_status_map_to_no_stage(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _write(tmp_path, "Company,Role,Status\nAcme,Dev,Maybe\n")
    assert (
        main(["import", "csv", str(path), "--status-map", "Maybe=perhaps", "--user", "alice"]) == 1
    )
    assert "“Maybe=perhaps”" in capsys.readouterr().err


def test_it_needs_the_date_order_for_an_ambiguous_file(
    alice: User, capsys: pytest.CaptureFixture[str]
) -> None:
    path = DATA / "ambiguous_dates.csv"
    assert main(["import", "csv", str(path), "--user", "alice"]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "“03/04/2026”" in err and "--date-order dmy or --date-order mdy" in err
    assert not Application.objects.exists()

    assert main(["import", "csv", str(path), "--date-order", "mdy", "--user", "alice"]) == 0
    acme = Application.objects.get(company__name="Acme")
    assert acme.applied_on == dt.date(2026, 3, 4)


def test_it_refuses_a_date_order_it_does_not_know(
    alice: User, capsys: pytest.CaptureFixture[str]
) -> None:
    path = DATA / "ambiguous_dates.csv"
    assert main(["import", "csv", str(path), "--date-order", "ymd", "--user", "alice"]) == 2
    assert "ymd" in capsys.readouterr().err


def test_it_lets_a_column_be_named_from_the_command_line(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _write(tmp_path, "Who,What\nAcme,Dev\n")
    assert main(["import", "csv", str(path), "--user", "alice"]) == 1
    err = capsys.readouterr().err
    assert "Choose the column that holds the company." in err and "--column" in err
    code = main(
        [
            "import",
            "csv",
            str(path),
            "--column",
            "Who=company",
            "--column",
            "what=role",
            "--user",
            "alice",
        ]
    )
    assert code == 0
    assert Application.objects.get().company.name == "Acme"


def test_it_says_when_the_file_is_missing_or_empty(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["import", "csv", str(tmp_path / "nope.csv"), "--user", "alice"]) == 1
    assert "cannot read" in capsys.readouterr().err
    empty = _write(tmp_path, "")
    assert main(["import", "csv", str(empty), "--user", "alice"]) == 1
    assert "This file is empty." in capsys.readouterr().err


def test_it_says_plainly_when_a_file_is_over_a_limit(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path, settings: Settings
) -> None:
    settings.IMPORT_MAX_MB = 1
    big = _write(tmp_path, "Company,Role\n" + "Acme,Engineer\n" * 100_000)
    assert main(["import", "csv", str(big), "--user", "alice"]) == 1
    err = capsys.readouterr().err
    assert "is 1.3 MB; an import takes up to 1 MB (NEXTYES_IMPORT_MAX_MB)" in err
    settings.IMPORT_MAX_ROWS = 10
    rows = _write(tmp_path, "Company,Role\n" + "Acme,Engineer\n" * 11)
    assert main(["import", "csv", str(rows), "--user", "alice"]) == 1
    assert "more than 10 rows; NextYes imports up to 10 rows at a time" in capsys.readouterr().err
    assert not Application.objects.exists()


def test_it_waits_for_an_import_already_running(
    alice: User, capsys: pytest.CaptureFixture[str]
) -> None:
    from nextyes.pipeline.models import ImportRun

    ImportRun.objects.create(owner=alice, filename="first.csv", total=100, written=50)
    assert main(["import", "csv", str(DATA / "teal_export.csv"), "--user", "alice"]) == 1
    err = capsys.readouterr().err
    assert "Another import for this account is still running (first.csv, 40% done)" in err
    assert "Traceback" not in err and not Application.objects.exists()


def test_it_imports_for_the_named_person_only(
    alice: User, bob: User, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "csv", str(DATA / "tab_separated.tsv"), "--user", "bob"]) == 0
    assert Application.objects.filter(owner=bob).count() == 4
    assert not Application.objects.filter(owner=alice).exists()


def _alice_applies(alice: User) -> None:
    services.create_application(alice, company="Acme", role="Dev", applied_on=dt.date(2026, 3, 1))


def test_it_exports_json_to_stdout(
    alice: User, bob: User, capsys: pytest.CaptureFixture[str]
) -> None:
    _alice_applies(alice)
    services.create_application(bob, company="Bob Co", role="Secret")
    assert main(["export", "json", "--user", "alice"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "nextyes-export"
    assert [a["role"] for a in data["applications"]] == ["Dev"]


def test_it_exports_json_to_a_file(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _alice_applies(alice)
    target = tmp_path / "out.json"
    assert main(["export", "json", "-o", str(target), "--user", "alice"]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["applications"][0]["company"] == "Acme"
    assert str(target) in capsys.readouterr().out


def test_it_exports_csv_to_a_dated_zip_in_the_current_directory(
    alice: User, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _alice_applies(alice)
    monkeypatch.chdir(tmp_path)
    assert main(["export", "csv", "--user", "alice"]) == 0
    [written] = list(tmp_path.glob("nextyes-export-*.zip"))
    assert written.name.startswith("nextyes-export-20") and len(written.stem) == len(
        "nextyes-export-2026-01-01"
    )
    out = capsys.readouterr().out
    assert "Exported 1 application and 0 contacts to" in out and written.name in out
    names = zipfile.ZipFile(io.BytesIO(written.read_bytes())).namelist()
    assert "applications.csv" in names and "touchpoints.csv" in names


def test_it_refuses_an_unknown_export_format(
    alice: User, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "xml", "--user", "alice"]) == 2
    assert "xml" in capsys.readouterr().err


def test_it_shows_a_progress_bar_on_a_terminal(
    alice: User, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert main(["import", "csv", str(DATA / "teal_export.csv"), "--user", "alice"]) == 0
    captured = capsys.readouterr()
    assert "Importing" in captured.err
    assert captured.out == "Imported 8 applications; 0 were already there.\n"
