"""Imports in short transactions: hidden until the switch, nothing left behind when they stop."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from pytest_django import Settings

from nextyes.accounts.models import User
from nextyes.lib.ownership import owned
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, Company, ImportRun, RunState, StageEvent
from nextyes.pipeline.transfer import runs, staging
from nextyes.pipeline.transfer.importer import ImportOptions
from nextyes.pipeline.transfer.reading import FileProblem, Table, read_table
from tests.pipeline.transfer_helpers import options_for, table_of


def _csv(rows: int, start: int = 0) -> str:
    lines = ["Company,Role,Status,Date applied"]
    lines += [
        f"Firm {i % 40},Role {i},Rejected,2025-05-{1 + i % 28:02d}" for i in range(start, rows)
    ]
    return "\n".join(lines) + "\n"


def _begin(user: User, text: str) -> tuple[ImportRun, Table, ImportOptions]:
    table = table_of(text)
    options = options_for(table)
    return runs.begin(user, table, options, "apps.csv"), table, options


def test_rows_stay_hidden_until_the_switch_then_appear_together(alice: User) -> None:
    run, table, options = _begin(alice, _csv(600))
    seen: list[tuple[str, int, int]] = []

    def watch(current: ImportRun) -> None:
        visible = owned(Application, alice).count()
        written = Application.every_row.filter(owner=alice).count()
        seen.append((current.state, visible, written))

    result = runs.carry_out(run, table, options, watch)

    staging = [s for s in seen if s[0] == RunState.STAGING]
    assert len(staging) >= 2, "600 rows are written in more than one transaction"
    assert all(visible == 0 for _state, visible, _written in staging)
    assert staging[0][2] < 600 and staging[-1][2] == 600  # written a batch at a time
    assert result.created == 600
    assert owned(Application, alice).count() == 600
    assert owned(StageEvent, alice).count() == 1200  # applied, then rejected
    run.refresh_from_db()
    assert (run.state, run.written, run.settled, run.percent) == (RunState.DONE, 600, 600, 100)


def test_imported_rows_look_as_if_typed_in(alice: User) -> None:
    text = "Company,Role,Status,Date applied,Link\nAcme ,  Data  Engineer ,Interview,2025-04-02,www.acme.example/1\n"
    run, table, options = _begin(alice, text)
    runs.carry_out(run, table, options)
    application = owned(Application, alice).get()
    assert (application.company.name, application.role) == ("Acme", "Data Engineer")
    assert (application.status, application.status_on) == ("interview", dt.date(2025, 4, 2))
    assert application.link == "https://www.acme.example/1"
    events = list(application.events.values_list("stage", "source"))
    assert events == [("applied", "import"), ("interview", "import")]


def test_stopping_while_writing_removes_every_row_it_wrote(alice: User) -> None:
    services.company_named(alice, "Firm 1")  # already there: it must survive the clean-up
    run, table, options = _begin(alice, _csv(500))

    def stop_after_first_batch(current: ImportRun) -> None:
        runs.stop(current)

    with pytest.raises(staging.ImportStopped):
        runs.carry_out(run, table, options, stop_after_first_batch)

    assert Application.every_row.filter(owner=alice).count() == 0
    assert StageEvent.every_row.filter(owner=alice).count() == 0
    assert list(Company.objects.filter(owner=alice).values_list("name", flat=True)) == ["Firm 1"]
    run.refresh_from_db()
    assert run.state == RunState.FAILED
    assert "stopped" in run.problem


@pytest.mark.parametrize("failure", [RuntimeError("disk full"), KeyboardInterrupt()])
def test_a_failure_while_writing_leaves_nothing(alice: User, failure: BaseException) -> None:
    run, table, options = _begin(alice, _csv(400))
    calls = []

    def fail_on_second_batch(current: ImportRun) -> None:
        calls.append(current.written)
        if len(calls) == 2:
            raise failure

    with pytest.raises(type(failure)):
        runs.carry_out(run, table, options, fail_on_second_batch)
    assert calls[0] > 0, "a first batch was written before the failure"
    assert Application.every_row.filter(owner=alice).count() == 0
    assert Company.objects.filter(owner=alice).count() == 0
    assert ImportRun.objects.get(pk=run.pk).state == RunState.FAILED


def test_a_run_cut_off_by_a_crash_is_cleaned_up_later(alice: User) -> None:
    run, table, options = _begin(alice, _csv(300))

    class Crash(BaseException):
        """Stands for the process dying: nothing in the importer gets to clean up."""

    def crash(current: ImportRun) -> None:
        raise Crash

    with pytest.raises(Crash):
        staging.stage(run, table, options, crash)  # the phase alone: no clean-up around it
    assert Application.every_row.filter(owner=alice).exists()
    assert not owned(Application, alice).exists()  # hidden all along
    assert runs.recover(alice) == []  # a fresh heartbeat: it may still be running

    ImportRun.objects.filter(pk=run.pk).update(updated_at=timezone.now() - runs.STALE_AFTER * 2)
    assert [r.pk for r in runs.recover(alice)] == [run.pk]
    assert not Application.every_row.filter(owner=alice).exists()
    run.refresh_from_db()
    assert (run.state, "cut off" in run.problem) == (RunState.FAILED, True)


def test_one_import_at_a_time_per_person(alice: User, bob: User) -> None:
    first, _table, _options = _begin(alice, _csv(5))
    with pytest.raises(runs.ImportBusy) as busy:
        _begin(alice, _csv(5))
    assert busy.value.run.pk == first.pk
    _begin(bob, _csv(5))  # someone else is not held up


def test_the_same_file_twice_adds_nothing_the_second_time(alice: User) -> None:
    run, table, options = _begin(alice, _csv(250))
    runs.carry_out(run, table, options)
    again, table, options = _begin(alice, _csv(250))
    assert (again.total, again.already_there) == (0, 250)
    assert runs.carry_out(again, table, options).created == 0
    assert owned(Application, alice).count() == 250


def test_a_recent_rejection_in_a_big_file_opens_one_ritual(alice: User) -> None:
    from nextyes.recovery.models import Ritual

    day = timezone.localdate() - dt.timedelta(days=2)
    text = _csv(300) + f"Newco,Analyst,Rejected,{day}\nOtherco,Tester,Rejected,{day}\n"
    run, table, options = _begin(alice, text)
    runs.carry_out(run, table, options)
    ritual = Ritual.objects.get(owner=alice)  # old ones are history: only the recent two
    assert sorted(ritual.applications.values_list("role", flat=True)) == ["Analyst", "Tester"]


def test_it_refuses_files_over_the_row_and_column_limits(settings: Settings) -> None:
    settings.IMPORT_MAX_ROWS = 3
    with pytest.raises(FileProblem, match="more than 3 rows"):
        read_table(_csv(4))
    read_table(_csv(3))
    settings.IMPORT_MAX_COLUMNS = 5
    with pytest.raises(FileProblem, match="Line 1 has 6 columns; NextYes reads up to 5"):
        read_table("a,b,c,d,e,f\n1,2,3,4,5,6\n")


def test_the_table_reads_its_rows_again_rather_than_keeping_them() -> None:
    table = read_table(_csv(1000))
    assert len(table.rows) == 1000
    assert table.rows[999].values[1] == "Role 999"
    assert table.head(2)[1].line == 3
    assert sum(1 for _row in table.rows) == sum(1 for _row in table.rows) == 1000


def test_a_stopped_run_whose_writer_died_is_cleaned_up_later(alice: User) -> None:
    run, table, options = _begin(alice, _csv(300))

    class Crash(BaseException):
        """The writer's process dies right after the person pressed stop."""

    def crash(current: ImportRun) -> None:
        runs.stop(current)
        raise Crash

    with pytest.raises(Crash):
        staging.stage(run, table, options, crash)
    assert Application.every_row.filter(owner=alice).exists()
    ImportRun.objects.filter(pk=run.pk).update(updated_at=timezone.now() - runs.STALE_AFTER * 2)
    runs.recover(alice)
    assert not Application.every_row.filter(owner=alice).exists()
    assert not StageEvent.every_row.filter(owner=alice).exists()
    assert "You stopped" in ImportRun.objects.get(pk=run.pk).problem
