"""Points and goals through a CSV import: recent effort counts once, old history earns nothing."""

from __future__ import annotations

import pytest

from nextyes.accounts.models import User
from nextyes.journal.models import Win
from nextyes.momentum.models import EffortPoint, Goal
from tests.momentum.momentum_support import D, at, freeze
from tests.pipeline.transfer_helpers import options_for, table_of

CSV = (
    "Company,Role,Date Applied\n"
    "Acme,Engineer,2026-03-10\n"
    "Birchwood,Developer,2026-03-11\n"
    "Old Co,Engineer,2025-06-02\n"
)


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze(monkeypatch, at(D(2026, 3, 12), tz="Europe/Paris"))


def test_it_awards_recent_imported_applications_once(alice: User, now: None) -> None:
    from nextyes.pipeline.transfer.runs import commit_import

    goal = Goal.objects.create(owner=alice, kind="applications", weekly_target=2)
    table = table_of(CSV)
    commit_import(alice, table, options_for(table))
    commit_import(alice, table, options_for(table))  # the same file again adds nothing
    reasons = list(EffortPoint.objects.filter(owner=alice).values_list("reason", flat=True))
    assert sorted(reasons) == ["application", "application", "goal"]
    assert list(Win.objects.filter(owner=alice).values_list("source_key", flat=True)) == [
        f"goal:{goal.pk}:2026-03-09"
    ]
