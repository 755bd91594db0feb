"""The benchmarks table: shipped values with sources, and clear errors for a broken file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nextyes.lib.benchmarks import BenchmarkError, load, rate

SEED_TITLE = "How to Handle Job Rejection and Stay Motivated"


def write(tmp_path: Path, entries: object) -> Path:
    path = tmp_path / "benchmarks.json"
    path.write_text(json.dumps({"benchmarks": entries}), encoding="utf-8")
    return path


def good(**changes: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "key": "interview",
        "label": "Applications that lead to an interview",
        "value": 0.1,
        "unit": "rate",
        "source": "An article",
    }
    entry.update(changes)
    return entry


def test_it_ships_the_seeds_figures_with_their_source() -> None:
    table = load()
    assert rate("interview") == 0.10
    assert rate("offer") == 0.02
    assert table["online_interview"].value == 0.02
    assert table["applications_per_offer"].value == 50
    assert all(SEED_TITLE in entry.source for entry in table.values())
    assert all(entry.note for entry in table.values())


def test_it_reads_an_edited_table(tmp_path: Path) -> None:
    table = load(write(tmp_path, [good(value=0.15)]))
    assert rate("interview", table) == 0.15


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (good(value="ten"), "benchmark “interview”: “value” must be a number."),
        (good(value=1.5), "benchmark “interview”: a rate must be between 0 and 1"),
        (good(source=""), "benchmark “interview”: “source” is missing or not text."),
        (good(unit="percent"), "benchmark “interview”: “unit” must be one of"),
        (good(key=None), "benchmark #1: “key” is missing or not text."),
    ],
)
def test_it_names_the_entry_that_is_wrong(tmp_path: Path, entry: object, message: str) -> None:
    with pytest.raises(BenchmarkError, match=message):
        load(write(tmp_path, [entry]))


def test_it_refuses_a_key_twice_or_a_missing_key(tmp_path: Path) -> None:
    with pytest.raises(BenchmarkError, match="benchmark “interview” appears twice"):
        load(write(tmp_path, [good(), good()]))
    table = load(write(tmp_path, [good()]))
    with pytest.raises(BenchmarkError, match="no “offer” entry"):
        rate("offer", table)


def test_it_says_where_the_file_is_broken(tmp_path: Path) -> None:
    path = tmp_path / "benchmarks.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(BenchmarkError, match="is not valid JSON"):
        load(path)
    with pytest.raises(BenchmarkError, match="cannot read"):
        load(tmp_path / "missing.json")
