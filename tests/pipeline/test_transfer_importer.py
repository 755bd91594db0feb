from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.pipeline import services, signals
from nextyes.pipeline.models import Application, Company, ImportRun, RunState, StageEvent
from nextyes.pipeline.transfer import runs
from nextyes.pipeline.transfer.importer import ImportBlocked
from nextyes.recovery.models import Ritual
from tests.pipeline.transfer_helpers import DATA, commit, plan

D = dt.date


def _apps(user: User) -> dict[tuple[str, str], Application]:
    return {
        (a.company.name, a.role): a
        for a in Application.objects.filter(owner=user).select_related("company")
    }


def test_it_imports_a_huntr_export(alice: User) -> None:
    result = commit(alice, "huntr_export.csv")
    assert (result.created, result.already_there) == (6, 0)
    apps = _apps(alice)
    globex = apps[("Globex", "Platform Engineer")]
    assert (globex.status, globex.applied_on) == ("interview", D(2026, 1, 6))
    assert globex.status_on == D(2026, 1, 20)  # "Last Modified" is the status date
    assert globex.link == "https://boards.globex.example/jobs/42"
    assert apps[("Umbrella", "Staff Engineer")].status == "saved"
    assert apps[("Initech", "Site Reliability Engineer")].status == "rejected"
    hooli = apps[("Hooli", "Software Engineer")]
    assert hooli.status == "offer"
    # The column NextYes has no field for is kept under the person's own note.
    assert hooli.notes == (
        'Negotiate start date, "remote Fridays"\n\nDate Created: 2026-01-01T08:00:00.000Z'
    )
    assert apps[("Acme Robotics", "Backend Engineer")].location == "Berlin, Germany"
    assert set(StageEvent.objects.filter(owner=alice).values_list("source", flat=True)) == {
        "import"
    }


def test_it_imports_a_teal_export(alice: User) -> None:
    result = commit(alice, "teal_export.csv")
    assert result.created == 8
    apps = _apps(alice)
    statuses = {role: a.status for (_company, role), a in apps.items()}
    assert statuses == {
        "Frontend Developer": "saved",
        "Full Stack Engineer": "applied",
        "ML Engineer": "interview",
        "Design Engineer": "rejected",
        "Backend Developer": "ghosted",
        "Research Engineer": "withdrawn",
        "Senior Engineer": "offer",
        "Test Engineer": "accepted",
    }
    wayne = apps[("Wayne Enterprises", "Full Stack Engineer")]
    assert (wayne.applied_on, wayne.fit, wayne.salary) == (D(2026, 2, 3), 3, "120000")
    assert apps[("Stark Industries", "Frontend Developer")].fit == 4  # ★★★★


def test_it_says_nothing_of_a_fit_already_on_one_to_five(alice: User) -> None:
    assert plan(alice, "teal_export.csv").fit_note is None


def test_it_reads_a_whole_fit_column_out_of_ten(alice: User) -> None:
    commit(alice, "Company,Role,Score\nAcme,Dev,7\nGlobex,Ops,10\nInitech,QA,3\n")
    assert dict(Application.objects.values_list("role", "fit")) == {"Dev": 4, "Ops": 5, "QA": 2}


def test_it_imports_a_european_spreadsheet(alice: User) -> None:
    result = commit(alice, "european_semicolon.csv")
    assert result.created == 5
    apps = _apps(alice)
    sg = apps[("Société Générale", "Développeuse Python")]
    assert (sg.status, sg.applied_on, sg.channel) == ("applied", D(2026, 2, 3), "job-board")
    assert sg.notes == "Équipe data; très sympa"
    assert sg.salary == "45 000 €"
    decathlon = apps[("Decathlon", "Ingénieur logiciel")]
    assert (decathlon.status, decathlon.channel) == ("interview", "company-site")
    michelin = apps[("Michelin", "Data Engineer")]
    assert (michelin.status, michelin.channel) == ("rejected", "referral")
    assert apps[("Ubisoft", "Développeur back-end")].status == "ghosted"


def test_it_imports_a_tab_separated_file(alice: User) -> None:
    result = commit(alice, "tab_separated.tsv")
    assert result.created == 4
    apps = _apps(alice)
    northwind = apps[("Northwind", "Analyst, Data")]
    assert (northwind.status, northwind.channel) == ("screen", "job-board")
    assert apps[("Fabrikam", "QA Engineer")].status == "assessment"
    assert apps[("Fabrikam", "QA Engineer")].channel == "recruiter"
    assert apps[("Adventure Works", "Product Manager")].channel == "company-site"


def test_it_keeps_newlines_inside_quoted_fields(alice: User) -> None:
    commit(alice, "quoted_newlines.csv")
    apps = _apps(alice)
    assert apps[("Acme", "Engineer")].notes == "First line\nsecond line, with a comma\nthird line"
    assert apps[("Initech", "Developer")].notes == 'Called by "Peter"\nabout the TPS reports'
    assert len(apps) == 4


def test_it_names_the_physical_line_after_quoted_newlines(alice: User) -> None:
    # Hooli's row starts on line 8: the two rows above it hold five lines between them.
    text = (DATA / "quoted_newlines.csv").read_text(encoding="utf-8").replace("Rejected", "Maybe")
    result = plan(alice, text)
    assert [str(e) for e in result.errors] == ["line 8, status: “Maybe” is not a stage I know"]
    assert result.errors[0].status_word == "Maybe"


def test_it_asks_about_ambiguous_dates_and_then_reads_them(alice: User) -> None:
    asked = plan(alice, "ambiguous_dates.csv")
    assert asked.date_question == "03/04/2026"
    assert not asked.ok and not asked.errors
    commit(alice, "ambiguous_dates.csv", date_order="dmy")
    assert _apps(alice)[("Acme", "Engineer")].applied_on == D(2026, 4, 3)


def test_it_reads_the_other_order_too(alice: User) -> None:
    commit(alice, "ambiguous_dates.csv", date_order="mdy")
    assert _apps(alice)[("Acme", "Engineer")].applied_on == D(2026, 3, 4)


def test_it_decides_the_order_from_a_day_over_twelve(alice: User) -> None:
    text = "Company,Role,Date\nA,One,03/04/2026\nB,Two,25/04/2026\n"
    commit(alice, text)
    assert _apps(alice)[("A", "One")].applied_on == D(2026, 4, 3)


def test_it_adds_nothing_the_second_time(alice: User) -> None:
    first = commit(alice, "teal_export.csv")
    second = commit(alice, "teal_export.csv")
    assert (first.created, second.created, second.already_there) == (8, 0, 8)
    assert Application.objects.filter(owner=alice).count() == 8


def test_it_matches_existing_applications_by_company_role_and_date(alice: User) -> None:
    services.create_application(alice, company="ACME", role="Engineer", applied_on=D(2026, 3, 1))
    services.create_application(alice, company="Other", role="X", link="https://jobs.example/7")
    text = (
        "Company,Role,Date Applied,Link\n"
        "acme,Engineer,2026-03-01,\n"  # same company (any case), role and date
        "Acme,Engineer,2026-03-09,\n"  # another date: another application
        "Someone,Else,,https://jobs.example/7/\n"  # same link
    )
    result = commit(alice, text)
    assert (result.created, result.already_there) == (1, 2)


def test_it_adds_rows_repeated_in_one_file_once(alice: User) -> None:
    text = "Company,Role,Status,Date\nAcme,Dev,Applied,2026-03-01\nacme , dev,Applied,2026-03-01\n"
    result = commit(alice, text)
    assert (result.created, result.already_there) == (1, 1)


def test_it_reports_every_bad_row_and_writes_nothing(alice: User) -> None:
    text = (
        "Company,Role,Status,Date Applied\n"
        "Acme,Engineer,Applied,2026-03-01\n"
        ",Designer,Applied,2026-03-02\n"
        "Globex,,Maybe,2026-03-03\n"
        "Initech,Developer,Applied,soon\n"
    )
    with pytest.raises(ImportBlocked) as blocked:
        commit(alice, text)
    assert [str(e) for e in blocked.value.plan.errors] == [
        "line 3, company: the company is missing",
        "line 4, role: the role is missing",
        "line 4, status: “Maybe” is not a stage I know",
        "line 5, date applied: “soon” is not a date I can read",
    ]
    assert not Application.objects.exists()
    assert not Company.objects.exists()


def test_it_takes_the_persons_answer_for_an_unknown_status(alice: User) -> None:
    text = "Company,Role,Status\nAcme,Engineer,Maybe\n"
    commit(alice, text, statuses={"maybe": "saved"})
    assert _apps(alice)[("Acme", "Engineer")].status == "saved"


def test_a_failing_receiver_leaves_the_import_whole_and_is_retried(alice: User) -> None:
    """Rows appear all together; what listeners add afterwards is replayed until it works."""
    calls: list[str] = []

    def receiver(application: Application, **kwargs: object) -> None:
        calls.append(application.role)
        Company.objects.create(owner=application.owner, name=f"touched {application.pk}")
        if application.role == "Second":
            raise RuntimeError("a receiver failed")

    day = timezone.localdate() - dt.timedelta(days=1)  # recent: a rejection that opens a ritual
    text = f"Company,Role,Status,Date\nAcme,First,Rejected,{day}\nGlobex,Second,Rejected,{day}\n"
    signals.outcome_reached.connect(receiver)
    try:
        with pytest.raises(RuntimeError):
            commit(alice, text)
    finally:
        signals.outcome_reached.disconnect(receiver)
    # Both rows are in (the switch came before the listeners), the listeners' batch rolled back.
    assert sorted(a.role for a in Application.objects.filter(owner=alice)) == ["First", "Second"]
    assert not Company.objects.filter(name__startswith="touched").exists()
    run = ImportRun.objects.get(owner=alice)
    assert run.state == RunState.SETTLING

    # Found stale later, the run is settled: every application gets its ritual after all.
    ImportRun.objects.filter(pk=run.pk).update(updated_at=timezone.now() - runs.STALE_AFTER * 2)
    assert [r.pk for r in runs.recover(alice)] == [run.pk]
    assert ImportRun.objects.get(pk=run.pk).state == RunState.DONE
    ritual_apps = Ritual.objects.filter(owner=alice).values_list("applications__role", flat=True)
    assert sorted(ritual_apps) == ["First", "Second"]


def test_it_refuses_a_link_that_is_not_an_address(alice: User) -> None:
    text = "Company,Role,Link\nAcme,Dev,not a link\n"
    result = plan(alice, text)
    assert [e.field for e in result.errors] == ["link"]


def test_it_turns_www_links_into_addresses(alice: User) -> None:
    commit(alice, "Company,Role,Link\nAcme,Dev,www.acme.example/jobs/1\n")
    assert _apps(alice)[("Acme", "Dev")].link == "https://www.acme.example/jobs/1"


def test_it_needs_a_company_and_a_role_column(alice: User) -> None:
    result = plan(alice, "Foo,Bar\n1,2\n")
    assert result.problems == [
        "Choose the column that holds the company.",
        "Choose the column that holds the role.",
    ]


def test_it_dates_an_applied_row_without_a_date_and_still_matches_it_later(alice: User) -> None:
    text = "Company,Role,Status\nAcme,Dev,Applied\n"
    commit(alice, text)
    app = _apps(alice)[("Acme", "Dev")]
    assert app.status == "applied" and app.applied_on is not None
    assert commit(alice, text).created == 0


def test_it_keeps_another_persons_applications_out_of_the_match(alice: User, bob: User) -> None:
    services.create_application(bob, company="Acme", role="Dev", applied_on=D(2026, 3, 1))
    result = commit(alice, "Company,Role,Date\nAcme,Dev,2026-03-01\n")
    assert result.created == 1
