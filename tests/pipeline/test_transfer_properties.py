"""Properties of the import, on random files: valid rows land once, bad rows write nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.db import transaction
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from nextyes.accounts.models import User
from nextyes.pipeline.models import Application, Company, StageEvent
from nextyes.pipeline.transfer.importer import ImportBlocked
from nextyes.pipeline.transfer.synonyms import STATUSES
from tests.pipeline.transfer_helpers import commit

pytestmark = pytest.mark.django_db
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Names and roles as people type them: letters, digits, spaces, a few signs and accents.
words = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 éüñ&.-'"),
    min_size=1,
    max_size=20,
).filter(lambda s: s.strip() and s.strip()[0] not in "-.'&")
status_words = st.sampled_from([w for ws in STATUSES.values() for w in ws] + [""])
dates = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31))
date_styles = st.sampled_from(["%Y-%m-%d", "%d %B %Y", "%b %d, %Y", "%Y-%m-%dT10:00"])
delimiters = st.sampled_from([",", ";", "\t"])


@st.composite
def valid_rows(draw: st.DrawFn) -> list[list[str]]:
    style = draw(date_styles)
    rows = draw(
        st.lists(
            st.tuples(words, words, status_words, st.one_of(st.none(), dates)),
            min_size=1,
            max_size=8,
        )
    )
    return [
        [company, role, status, applied.strftime(style) if applied else ""]
        for company, role, status, applied in rows
    ]


def _csv(rows: list[list[str]], delimiter: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(["Company", "Role", "Status", "Date Applied"])
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _distinct(rows: list[list[str]]) -> int:
    """How many applications the rows describe, by the importer's own matching rule."""
    seen: dict[tuple[str, str], set[str]] = {}
    count = 0
    for company, role, status, applied in rows:
        if status in STATUSES["saved"]:
            applied = ""  # a wishlist or draft row's date is not the day it was sent
        key = (" ".join(company.split()).casefold(), " ".join(role.split()).casefold())
        known = seen.setdefault(key, set())
        # A repeat: same company and role, and the same date (or no date on this row).
        repeat = bool(known) and (applied == "" or applied in known)
        count += not repeat
        known.add(applied)
    return count


@SETTINGS
@given(rows=valid_rows(), delimiter=delimiters)
# Found by Hypothesis: a wishlist row's date is dropped, so a dated wishlist row repeats one
# without a date.
@example(rows=[["0", "0", "wishlist", ""], ["0", "0", "wishlist", "2020-01-01"]], delimiter=",")
def test_it_imports_random_valid_rows_once(
    alice: User, rows: list[list[str]], delimiter: str
) -> None:
    data = _csv(rows, delimiter)
    with transaction.atomic():
        first = commit(alice, data)
        second = commit(alice, data)
        count = Application.objects.filter(owner=alice).count()
        transaction.set_rollback(True)
    assert first.created == count
    assert first.created + first.already_there == len(rows)
    assert (second.created, second.already_there) == (0, len(rows))
    assert first.created == _distinct(rows)


bad_values = st.sampled_from(
    [
        ("company", ""),
        ("company", "   "),
        ("role", ""),
        ("status", "Perhaps later?"),
        ("status", "zzz"),
        ("date", "soon"),
        ("date", "31/02/2026"),
        ("date", "2026-13-40"),
    ]
)


@SETTINGS
@given(rows=valid_rows(), bad=bad_values, where=st.integers(min_value=0, max_value=20))
def test_it_writes_nothing_when_any_row_is_bad(
    alice: User, rows: list[list[str]], bad: tuple[str, str], where: int
) -> None:
    column = {"company": 0, "role": 1, "status": 2, "date": 3}[bad[0]]
    broken = [*rows]
    index = where % (len(rows) + 1)
    template = list(rows[0])
    template[column] = bad[1]
    broken.insert(index, template)
    with transaction.atomic():
        with pytest.raises(ImportBlocked) as blocked:
            commit(alice, _csv(broken, ","))
        written = (
            Application.objects.count(),
            Company.objects.count(),
            StageEvent.objects.count(),
        )
        transaction.set_rollback(True)
    assert written == (0, 0, 0)
    lines = [e.line for e in blocked.value.plan.errors]
    assert index + 2 in lines  # the header is line 1
