"""The licensed real-mail index the classifier trains on: well formed, never the texts.

`training/inbox/licensed_index.jsonl` lists emails from public repositories whose licence allows
reuse and derivative works (see `training/inbox/README.md`, "Licensed real mail"). Like the
evaluation indexes it holds where each email is and the SHA-256 of its text, never the text, and
`train.py` reads the texts from the git-ignored file `real_mail_rebuild.py` writes. These checks
keep it honest: a permitted licence on every line, no text, no excluded source, and nothing in
common with any evaluation index (no repository, no source file, no text hash, no id), so what
is trained on can never be what is measured.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import cast

import pytest

from nextyes.inbox.classifier import LABELS
from tests.inbox.test_real_mail_index import (
    HEX40,
    HEX64,
    LANGS,
    ROUNDS,
    TEXT_KEYS,
    Entry,
    all_keys,
    assert_none_excluded,
    load,
    normalise_url,
)
from tests.inbox.test_real_mail_index import (
    KEYS as INDEX_KEYS,
)

ROOT = Path(__file__).resolve().parents[2]
LICENSED = ROOT / "training" / "inbox" / "licensed_index.jsonl"
SOURCES_TABLE = ROOT / "training" / "inbox" / "LICENSED_SOURCES.md"
GITIGNORE = ROOT / ".gitignore"

# SPDX ids of licences that allow reuse and derivative works (no copyleft, no "all rights").
PERMITTED = {
    "MIT",
    "MIT-0",
    "Apache-2.0",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "ISC",
    "MPL-2.0",
    "CC0-1.0",
    "CC-BY-4.0",
    "CC-BY-3.0",
    "Unlicense",
}
KEYS = INDEX_KEYS | {"license"}
MAX_PER_REPO = 15


class LicensedEntry(Entry):
    """An evaluation index's line, plus the licence of the repository it comes from."""

    license: str


def repo_of(item: LicensedEntry) -> str:
    """Every licensed email comes from a repository (the licence is read in it)."""
    assert item["repo"], item["id"]
    return item["repo"]


@pytest.fixture(scope="module")
def licensed() -> list[LicensedEntry]:
    return [cast(LicensedEntry, item) for item in load(LICENSED)]


def evaluation() -> list[Entry]:
    return [item for path in ROUNDS for item in load(path)]


def test_entries_are_well_formed(licensed: list[LicensedEntry]) -> None:
    assert licensed, "the licensed index is empty"
    for item in licensed:
        assert set(item) == KEYS, item["id"]
        assert item["id"].startswith("lic-"), item["id"]
        assert item["label"] in LABELS, item["id"]
        assert item["lang"] in LANGS, item["id"]
        assert isinstance(item["really_sent"], bool), item["id"]
        assert HEX64.fullmatch(item["sha256"]), item["id"]
        # Repository files only, pinned: the licence is read at that commit.
        assert item["repo"] and HEX40.fullmatch(item["commit"] or ""), item["id"]
        assert item["path"], item["id"]
        prefix = f"https://github.com/{item['repo']}/blob/{item['commit']}/{item['path']}"
        assert item["source"].startswith(prefix), item["id"]
        first, last = item["locator"]["lines"]
        assert 1 <= first <= last, item["id"]


def test_every_line_has_a_permitted_licence(licensed: list[LicensedEntry]) -> None:
    for item in licensed:
        assert item["license"] in PERMITTED, (item["id"], item["license"])
    licence_of: dict[str, set[str]] = {}
    for item in licensed:
        licence_of.setdefault(repo_of(item).lower(), set()).add(item["license"])
    assert all(len(found) == 1 for found in licence_of.values()), licence_of


def test_no_text_is_ever_stored(licensed: list[LicensedEntry]) -> None:
    for item in licensed:
        assert not all_keys(item) & TEXT_KEYS, item["id"]
        assert len(item["notes"]) < 300, item["id"]


def test_ids_and_texts_are_unique(licensed: list[LicensedEntry]) -> None:
    assert len({item["id"] for item in licensed}) == len(licensed)
    assert len({item["sha256"] for item in licensed}) == len(licensed)


def test_at_most_fifteen_emails_per_repository(licensed: list[LicensedEntry]) -> None:
    per_repo: dict[str, int] = {}
    for item in licensed:
        repo = repo_of(item).lower()
        per_repo[repo] = per_repo.get(repo, 0) + 1
    assert max(per_repo.values()) <= MAX_PER_REPO, per_repo


def test_shares_nothing_with_any_evaluation_index(licensed: list[LicensedEntry]) -> None:
    evaluated = evaluation()
    eval_repos = {item["repo"].lower() for item in evaluated if item["repo"]}
    eval_sources = {normalise_url(item["source"].split("#")[0]) for item in evaluated}
    eval_hashes = {item["sha256"] for item in evaluated}
    eval_ids = {item["id"] for item in evaluated}
    for item in licensed:
        assert repo_of(item).lower() not in eval_repos, item["id"]
        assert normalise_url(item["source"].split("#")[0]) not in eval_sources, item["id"]
        assert item["sha256"] not in eval_hashes, item["id"]
        assert item["id"] not in eval_ids, item["id"]


def test_no_source_is_excluded(licensed: list[LicensedEntry]) -> None:
    assert all(repo_of(item) for item in licensed)
    assert_none_excluded(licensed)


def test_every_repository_is_credited_with_its_licence(licensed: list[LicensedEntry]) -> None:
    table = SOURCES_TABLE.read_text(encoding="utf-8")
    for item in licensed:
        row = re.search(rf"^\|[^\n]*{re.escape(repo_of(item))}[^\n]*$", table, re.M)
        assert row, f"{item['repo']} is not in {SOURCES_TABLE.name}"
        assert item["license"] in row.group(0), item["repo"]


def test_the_rebuilt_texts_are_git_ignored() -> None:
    rules = GITIGNORE.read_text(encoding="utf-8").splitlines()
    assert "training/inbox/*.local.jsonl" in rules
    # The script is not a package module: loaded by name, its functions are untyped here.
    local_for = importlib.import_module("benchmarks.real_mail_rebuild").local_for
    assert local_for(LICENSED).name.endswith(".local.jsonl")
    assert local_for(LICENSED).parent == LICENSED.parent


def test_the_index_lines_are_plain_json(licensed: list[LicensedEntry]) -> None:
    lines = LICENSED.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines if line.strip()] == [
        item["id"] for item in licensed
    ]


def test_training_takes_each_rebuilt_licensed_email_once(tmp_path: Path) -> None:
    from training.inbox import train as inbox_train

    index = tmp_path / "licensed_index.jsonl"
    local = tmp_path / "licensed.local.jsonl"
    entries = [
        {"id": "lic-a", "label": "rejection", "lang": "en", "sha256": "1" * 64, "repo": "o/r"},
        {"id": "lic-b", "label": "offer", "lang": "fr", "sha256": "2" * 64, "repo": "o/r"},
        {"id": "lic-c", "label": "other", "lang": "de", "sha256": "1" * 64, "repo": "o/s"},
        {"id": "lic-d", "label": "interview", "lang": "es", "sha256": "3" * 64, "repo": "o/s"},
    ]
    index.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")
    a = {"id": "lic-a", "subject": "A", "body": "a", "from": "", "label": "rejection", "lang": "en"}
    rows = [  # out of order, one twice, one with a label the index does not give, one missing
        {"id": "lic-b", "subject": "B", "body": "b", "from": "", "label": "offer", "lang": "fr"},
        a,
        a,
        {"id": "lic-c", "subject": "C", "body": "c", "from": "", "label": "other", "lang": "de"},
        {"id": "lic-d", "subject": "D", "body": "d", "from": "", "label": "offer", "lang": "es"},
    ]
    local.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    got = inbox_train.load_licensed(local, index)

    # lic-c has lic-a's text hash (counted once), lic-d's label disagrees with the index.
    assert [r["subject"] for r in got] == ["A", "B"]
    assert {r["split"] for r in got} == {"train"}
    assert [r["family"] for r in got] == ["licensed:o/r", "licensed:o/r"]
    assert inbox_train.load_licensed(tmp_path / "absent.jsonl", index) == []
