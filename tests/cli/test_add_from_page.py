"""`nextyes add --from-url-file PAGE --url URL`: a saved job page becomes a saved lead."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from nextyes.accounts.models import User
from nextyes.pipeline.models import Application
from tests.conftest import Run

PAGES = Path(__file__).parent.parent / "pipeline" / "job_pages"


def test_it_saves_the_lead_the_page_describes_and_prints_its_id(alice: User, run: Run) -> None:
    url = "https://jobs.example/vincere/senior-data-analyst"
    code, out, err = run(
        "add", "--from-url-file", str(PAGES / "vincere.html"), "--url", url, "--user", "alice"
    )
    assert (code, err) == (0, "")
    app = Application.objects.get(pk=int(out.strip()))
    assert app.owner == alice
    assert (app.company.name, app.role, app.status) == (
        "Pellucid Bank",
        "Senior Data Analyst",
        "saved",
    )
    assert (app.location, app.salary) == ("Dublin, IE", "€50,000–60,000 a year")
    assert app.closes_on == dt.date(2026, 12, 19)
    assert app.link == url
    assert app.job_description.startswith("Our client, a small bank")


def test_the_command_lines_names_win_over_the_pages(alice: User, run: Run) -> None:
    code, out, _ = run(
        "add", "Quiet Harbour Ltd", "--from-url-file", str(PAGES / "graph_and_lists.html")
    )
    app = Application.objects.get(pk=int(out.strip()))
    assert (code, app.company.name, app.role) == (0, "Quiet Harbour Ltd", "Support Specialist")
    assert app.location == "Remote (Canada, USA)"


def test_a_page_with_no_job_ad_says_what_to_do(alice: User, run: Run) -> None:
    page = PAGES / "no_posting.html"
    code, out, err = run("add", "--from-url-file", str(page), "--url", "https://x.example/")
    assert (code, out) == (1, "")
    assert f"{page} names no company" in err
    assert "nextyes add COMPANY ROLE --from-url-file" in err
    assert not Application.objects.exists()


def test_a_missing_page_is_one_clear_line(alice: User, run: Run, tmp_path: Path) -> None:
    code, _, err = run("add", "--from-url-file", str(tmp_path / "gone.html"))
    assert code == 1
    assert f"cannot read {tmp_path / 'gone.html'}" in err
    assert len(err.strip().splitlines()) == 1


def test_plain_add_still_needs_both_names(alice: User, run: Run) -> None:
    code, _, err = run("add", "Acme")
    assert code == 2
    assert "Missing argument 'ROLE'" in err and "--from-url-file" in err
    assert not Application.objects.exists()
