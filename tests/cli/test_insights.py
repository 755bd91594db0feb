"""`nextyes stats`: the funnel, odds and fatigue for the chosen person only, as JSON and as text."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from nextyes.accounts.models import User
from nextyes.lib.dates import today_for
from nextyes.pipeline import services
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import Application
from tests.conftest import Run

JSON_KEYS = {"funnel", "conversion", "median_days", "odds", "fatigue", "benchmarks"}
FUNNEL_KEYS = {
    "applications",
    "replies",
    "screens",
    "interviews",
    "final_rounds",
    "offers",
    "rejections",
    "ghosted",
    "pending",
}


def alice_search(alice: User) -> dt.date:
    """Ten applications over four weeks: an offer, an interview, three no's, a ghost, four waiting."""
    today = today_for(alice)

    def ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    def apply(n: int, days: int, channel: str = "job-board") -> Application:
        return services.create_application(
            alice,
            company=f"Alice Co {n}",
            role="Dev",
            applied_on=ago(days),
            channel=channel,
            resume_version="v2" if n < 3 else "v1",
            fit=5 if n == 0 else 3,
        )

    offer = apply(0, 27, "referral")
    services.move_application(offer, Stage.SCREEN, on=ago(24))
    services.move_application(offer, Stage.INTERVIEW, on=ago(20), round=1)
    services.move_application(offer, Stage.INTERVIEW, on=ago(15), round=2)
    services.move_application(offer, Stage.OFFER, on=ago(10))
    interview = apply(1, 25, "referral")
    services.move_application(interview, Stage.INTERVIEW, on=ago(12), round=1)
    for n in (2, 3, 4):
        services.move_application(apply(n, 21), Stage.REJECTED, on=ago(14 - n))
    services.move_application(apply(5, 27), Stage.GHOSTED, on=ago(1))
    for n in (6, 7, 8, 9):
        apply(n, 2 * n)
    services.create_application(alice, company="A lead", role="Dev")  # saved, not applied
    return today


def bob_search(bob: User) -> None:
    today = today_for(bob)
    for n in range(6):
        app = services.create_application(
            bob, company=f"Bob Co {n}", role="Dev", applied_on=today - dt.timedelta(days=n)
        )
        services.move_application(app, Stage.OFFER, on=today)


def test_it_prints_the_funnel_odds_and_fatigue_as_json(alice: User, bob: User, run: Run) -> None:
    alice_search(alice)
    bob_search(bob)
    code, out, err = run("stats", "--json", "--user", "alice")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) == JSON_KEYS
    assert data["funnel"] == {
        "applications": 10,
        "replies": 5,
        "screens": 2,
        "interviews": 2,
        "final_rounds": 1,
        "offers": 1,
        "rejections": 3,
        "ghosted": 1,
        "pending": 5,
    }
    assert set(data["funnel"]) == FUNNEL_KEYS
    assert data["conversion"]["applied_to_reply"] == 0.5
    assert data["median_days"] == {
        "to_first_reply": 10.0,  # 3, 9, 10, 11 and 13 days
        "to_first_interview": 10.0,  # 7 and 13 days
        "to_decision": 10.5,  # 9, 10, 11 and 17 days
    }
    odds = data["odds"]
    assert set(odds) == {
        "p_interview",
        "p_offer",
        "p_offer_within_10",
        "weeks_to_offer",
        "pace_per_week",
    }
    # Interview: Beta(1, 9) + 6 decided, 2 interviews → 3/16. Offer: Beta(1, 49) + 5 decided, 1 offer.
    assert odds["p_interview"] == round(3 / 16, 4)
    assert odds["p_offer"] == round(2 / 55, 4)
    assert odds["pace_per_week"] == 2.5
    assert set(odds["weeks_to_offer"]) == {"median", "low", "high"}
    assert (
        odds["weeks_to_offer"]["low"]
        <= odds["weeks_to_offer"]["median"]
        <= odds["weeks_to_offer"]["high"]
    )
    assert 0 < odds["p_offer_within_10"] < 1
    assert data["fatigue"]["level"] in {"none", "watch", "high"}
    assert {b["key"] for b in data["benchmarks"]} >= {"interview", "offer"}


def test_it_never_counts_bobs_data_for_alice(alice: User, bob: User, run: Run) -> None:
    bob_search(bob)
    code, out, _ = run("stats", "--json", "--user", "alice")
    data = json.loads(out)
    assert code == 0
    assert set(data["funnel"].values()) == {0}
    assert data["odds"]["p_offer"] == 0.02  # the prior alone
    assert data["odds"]["weeks_to_offer"] == {"median": None, "low": None, "high": None}
    code, out, _ = run("stats", "--json", "--user", "bob")
    assert json.loads(out)["funnel"]["offers"] == 6


def test_it_filters_by_channel_period_resume_and_fit(alice: User, run: Run) -> None:
    today = alice_search(alice)
    code, out, _ = run("stats", "--json", "--user", "alice", "--channel", "referral")
    assert json.loads(out)["funnel"]["applications"] == 2
    start = (today - dt.timedelta(days=21)).isoformat()
    end = (today - dt.timedelta(days=4)).isoformat()
    code, out, _ = run("stats", "--json", "--user", "alice", "--from", start, "--to", end)
    assert code == 0
    assert json.loads(out)["funnel"]["applications"] == 7  # three no's and four waiting
    code, out, _ = run("stats", "--json", "--user", "alice", "--resume", "v2")
    assert json.loads(out)["funnel"]["applications"] == 3
    code, out, _ = run("stats", "--json", "--user", "alice", "--fit", "5")
    assert json.loads(out)["funnel"]["offers"] == 1
    assert json.loads(out)["funnel"]["applications"] == 1


def test_it_refuses_an_unknown_channel_or_date(alice: User, run: Run) -> None:
    code, _, err = run("stats", "--user", "alice", "--channel", "pigeon")
    assert code == 1
    assert "“pigeon” is not a channel" in err
    code, _, err = run("stats", "--user", "alice", "--from", "yesterday")
    assert code == 1
    assert "--from: “yesterday” is not a date" in err


def test_it_asks_whose_stats_when_there_are_two_people(
    alice: User, bob: User, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEXTYES_USER", raising=False)
    code, _, err = run("stats")
    assert code == 1
    assert "--user NAME" in err
    bob_search(bob)
    monkeypatch.setenv("NEXTYES_USER", "bob")
    code, out, _ = run("stats", "--json")
    assert json.loads(out)["funnel"]["offers"] == 6
    code, _, err = run("stats", "--user", "carol")
    assert "no account named “carol”" in err


def test_it_prints_a_readable_summary(alice: User, bob: User, run: Run) -> None:
    alice_search(alice)
    bob_search(bob)
    code, out, err = run("stats", "--user", "alice")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Your search in numbers"
    assert "  Applied             10" in lines
    assert "  Offer                1   (100% of the step before)" in lines
    assert "Outcomes: 3 rejections, 1 ghosted, 5 still in progress." in lines
    assert "  applied → first reply: 10 days" in lines
    assert any(
        line.startswith(
            "  Interview: 20% of your applications so far, typically 10% (source: How to Handle"
        )
        for line in lines
    )
    assert any(
        "a first offer most likely comes within" in line and "not a promise" in line
        for line in lines
    )
    assert "Bob Co" not in out


def test_it_says_where_to_start_without_applications(alice: User, run: Run) -> None:
    code, out, _ = run("stats", "--user", "alice")
    assert code == 0
    assert "Nothing to count yet" in out


def test_it_exits_quickly_with_every_line_out_and_the_right_code(tmp_path: Path) -> None:
    """The console script skips the interpreter's teardown; nothing printed may be lost."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "NEXTYES_DATA_DIR": str(tmp_path), "NEXTYES_SECRET_KEY": "tests-only"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    script = "import sys; from nextyes.cli import run; sys.argv = ['nextyes', *sys.argv[1:]]; run()"
    done = subprocess.run(
        [sys.executable, "-c", script, "stats", "--from", "soon"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert "--from: “soon” is not a date" in done.stderr
    done = subprocess.run(
        [sys.executable, "-c", script, "stats", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0
    assert "--channel" in done.stdout and "--json" in done.stdout
