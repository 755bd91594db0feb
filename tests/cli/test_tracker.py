from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from nextyes.accounts.models import User
from nextyes.journal.models import JarNote, Win
from nextyes.journal.services import add_jar_note
from nextyes.lib.dates import today_for
from nextyes.momentum.models import EffortPoint, Goal
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, Contact, StageEvent, Touchpoint
from nextyes.recovery.models import Lesson, Ritual
from tests.conftest import Run

D = dt.date


def test_it_adds_an_application_and_prints_its_id(alice: User, run: Run) -> None:
    code, out, err = run(
        "add",
        "Acme",
        "Backend Engineer",
        "--channel",
        "referral",
        "--applied-on",
        "2026-03-02",
        "--link",
        "https://acme.example/jobs/1",
    )
    assert (code, err) == (0, "")
    app = Application.objects.get(pk=int(out.strip()))
    assert app.owner == alice
    assert (app.company.name, app.role, app.channel) == ("Acme", "Backend Engineer", "referral")
    assert (app.status, app.applied_on) == ("applied", D(2026, 3, 2))
    assert app.link == "https://acme.example/jobs/1"


def test_it_adds_a_saved_lead_without_a_date(alice: User, run: Run) -> None:
    code, out, _ = run("add", "Acme", "Engineer")
    app = Application.objects.get(pk=int(out))
    assert (code, app.status, app.applied_on, app.channel) == (0, "saved", None, "job-board")


def test_it_moves_an_application_and_says_so(alice: User, run: Run) -> None:
    app = services.create_application(
        alice, company="Acme", role="Engineer", applied_on=D(2026, 3, 1)
    )
    services.move_application(app, "interview", on=D(2026, 3, 2))
    code, out, err = run("move", str(app.pk), "interview", "--on", "2026-03-04")
    assert (code, err) == (0, "")
    assert out.strip() == f"Moved {app.pk} (Engineer at Acme) to interview (round 2) on 2026-03-04."
    app.refresh_from_db()
    assert (app.status, app.status_on) == ("interview", D(2026, 3, 4))


def test_it_moves_to_a_given_round_and_to_today_by_default(alice: User, run: Run) -> None:
    app = services.create_application(alice, company="Acme", role="Engineer")
    code, out, _ = run("move", str(app.pk), "interview", "--round", "3")
    assert code == 0
    assert "(round 3)" in out
    event = app.events.get(stage="interview")
    assert event.round == 3
    assert event.occurred_on == today_for(alice)


def test_it_does_not_move_someone_elses_application(alice: User, bob: User, run: Run) -> None:
    bobs = services.create_application(bob, company="Bobco", role="Dev", applied_on=D(2026, 3, 1))
    code, out, err = run("move", str(bobs.pk), "rejected", "--user", "alice")
    assert code != 0
    assert out == ""
    assert err.strip() == f"nextyes: no application with id {bobs.pk}."
    bobs.refresh_from_db()
    assert bobs.status == "applied"
    assert StageEvent.objects.filter(application=bobs).count() == 1
    # The same words as for an id nobody has: nothing leaks.
    _, _, missing = run("move", "999999", "rejected", "--user", "alice")
    assert missing.strip() == "nextyes: no application with id 999999."


def test_it_lists_applications_as_json(alice: User, run: Run) -> None:
    services.create_application(
        alice, company="Acme", role="Engineer", applied_on=D(2026, 3, 1), channel="recruiter", fit=4
    )
    services.create_application(alice, company="Globex", role="Analyst")
    code, out, _ = run("list", "--json")
    rows = json.loads(out)
    assert code == 0
    assert {r["company"] for r in rows} == {"Acme", "Globex"}
    acme = next(r for r in rows if r["company"] == "Acme")
    assert set(acme) >= {
        "id",
        "company",
        "role",
        "channel",
        "status",
        "applied_on",
        "status_on",
        "link",
        "fit",
    }
    assert (acme["channel"], acme["status"], acme["applied_on"], acme["fit"]) == (
        "recruiter",
        "applied",
        "2026-03-01",
        4,
    )
    globex = next(r for r in rows if r["company"] == "Globex")
    assert globex["applied_on"] is None


def test_it_filters_the_list_by_status(alice: User, bob: User, run: Run) -> None:
    kept = services.create_application(alice, company="Acme", role="Eng", applied_on=D(2026, 3, 1))
    services.move_application(kept, "screen", on=D(2026, 3, 5))
    services.create_application(alice, company="Globex", role="Eng", applied_on=D(2026, 3, 1))
    services.create_application(bob, company="Bobco", role="Eng", applied_on=D(2026, 3, 1))
    _, out, _ = run("list", "--status", "screen", "--json", "--user", "alice")
    assert [r["id"] for r in json.loads(out)] == [kept.pk]
    _, out, _ = run("list", "--json", "--user", "alice")
    assert "Bobco" not in out


def test_it_shows_a_table(alice: User, run: Run) -> None:
    services.create_application(alice, company="Acme", role="Engineer", applied_on=D(2026, 3, 1))
    code, out, _ = run("list")
    assert code == 0
    assert "Acme" in out and "applied" in out and "2026-03-01" in out


def test_it_says_when_there_is_nothing_to_list(alice: User, run: Run) -> None:
    _, out, _ = run("list")
    assert "No applications yet" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["add", "Acme", "Eng", "--channel", "linkedin"], "“linkedin” is not a channel"),
        (["list", "--status", "hired"], "“hired” is not a status"),
        (["add", "Acme", "Eng", "--applied-on", "03/02/2026"], "--applied-on: “03/02/2026”"),
    ],
)
def test_it_explains_bad_values_in_one_line(
    alice: User, run: Run, argv: list[str], expected: str
) -> None:
    code, out, err = run(*argv)
    assert code != 0
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert expected in err
    assert "Traceback" not in err
    assert not Application.objects.exists()


def test_it_lists_the_valid_stages_and_channels(alice: User, run: Run) -> None:
    app = services.create_application(alice, company="Acme", role="Eng")
    _, _, err = run("move", str(app.pk), "hired")
    assert "“hired” is not a stage" in err
    assert "applied, acknowledged, screen, interview" in err
    _, _, err = run("add", "Acme", "Eng", "--channel", "x")
    assert "job-board, company-site, referral" in err
    _, _, err = run("move", str(app.pk), "screen", "--on", "2026-02-30")
    assert "is not a date" in err and "YYYY-MM-DD" in err
    assert app.events.count() == 1


def test_it_asks_whose_data_when_there_are_two_accounts(
    alice: User, bob: User, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEXTYES_USER", raising=False)
    code, out, err = run("add", "Acme", "Eng")
    assert (code, out) == (1, "")
    assert "--user NAME" in err
    assert not Application.objects.exists()


def test_it_takes_the_account_from_the_environment(
    alice: User, bob: User, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEXTYES_USER", "bob")
    _, out, _ = run("add", "Acme", "Eng")
    assert Application.objects.get(pk=int(out)).owner == bob
    # --user wins over the environment.
    _, out, _ = run("add", "Acme", "Eng", "--user", "alice")
    assert Application.objects.get(pk=int(out)).owner == alice


def test_it_uses_the_only_account_without_being_told(
    alice: User, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEXTYES_USER", raising=False)
    _, out, _ = run("add", "Acme", "Eng")
    assert Application.objects.get(pk=int(out)).owner == alice


def test_it_names_an_unknown_account(alice: User, run: Run) -> None:
    code, _, err = run("list", "--user", "carol")
    assert code != 0
    assert "“carol”" in err


def _snapshot() -> list[tuple[str, str, str, str, str | None]]:
    rows = Application.objects.filter(owner__username="demo").select_related("company")
    return sorted(
        (
            a.company.name,
            a.role,
            a.channel,
            a.status,
            a.status_on.isoformat() if a.status_on else None,
        )
        for a in rows
    )


def test_it_builds_the_demo_account_and_refreshes_it_without_doubling(
    db: None, run: Run, tmp_path: Path
) -> None:
    code, out, err = run("demo")
    assert (code, err) == (0, "")
    assert "nextyes user password demo" in out
    assert "Bouncing back: 5 rituals (1 still open)" in out
    apps = Application.objects.filter(owner__username="demo")
    assert 75 <= apps.count() <= 85
    assert 42 <= apps.filter(status="rejected").count() <= 48
    assert apps.filter(status="offer").count() == 1
    assert apps.filter(events__stage="interview").distinct().count() == 12
    demo = get_user_model().objects.get(username="demo")
    assert not demo.has_usable_password()
    # Built for the person's today, so the recent rejections open rituals as they would for real.
    opened = Ritual.objects.get(owner=demo, status="open").opened_on
    assert (today_for(demo) - opened).days <= 14
    first = _snapshot()
    counts = _demo_counts()

    secret = tmp_path / "pw"
    secret.write_text("a long demo passphrase\n")
    code, out, _ = run("demo", "--password-file", str(secret))
    assert code == 0
    assert "password from your file" in out
    # Same data again, not twice as much.
    assert _snapshot() == first
    assert _demo_counts() == counts
    demo.refresh_from_db()
    assert demo.check_password("a long demo passphrase")


def _demo_counts() -> dict[str, int]:
    models = (StageEvent, Contact, Touchpoint, Ritual, Win, JarNote, Lesson, Goal, EffortPoint)
    return {model.__name__: model.objects.count() for model in models}


def test_it_leaves_a_real_account_alone(alice: User, run: Run) -> None:
    mine = services.create_application(alice, company="Acme", role="Eng", applied_on=D(2026, 3, 1))
    code, _, err = run("demo", "--user", "alice")
    assert code != 0
    assert "holds data the demo did not make" in err
    assert list(Application.objects.filter(owner=alice)) == [mine]


def test_it_leaves_an_account_with_only_a_journal_alone(alice: User, run: Run) -> None:
    note = add_jar_note(alice, "I am braver than I think")
    code, _, err = run("demo", "--user", "alice")
    assert code != 0
    assert "holds data the demo did not make" in err
    assert list(JarNote.objects.filter(owner=alice)) == [note]
    assert not Application.objects.filter(owner=alice).exists()
