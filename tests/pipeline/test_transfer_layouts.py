"""Real trackers' and templates' layouts (see tests/data/README.md), imported as the CLI and web do."""

from __future__ import annotations

import datetime as dt

import pytest

from nextyes.accounts.models import User
from nextyes.pipeline.models import Application
from nextyes.pipeline.transfer.importer import ImportBlocked
from tests.pipeline.transfer_helpers import DATA, commit, plan

D = dt.date


def _apps(user: User) -> dict[str, Application]:
    return {
        a.company.name: a for a in Application.objects.filter(owner=user).select_related("company")
    }


def test_it_imports_the_careerforge_tracker_with_its_0_to_100_fit(alice: User) -> None:
    result = commit(alice, "careerforge_tracker.csv")
    assert (result.created, result.already_there) == (8, 0)
    apps = _apps(alice)
    assert {name: (a.status, a.fit) for name, a in apps.items()} == {
        "Brightline Robotics": ("saved", 4),  # Draft, 72
        "Tidewater Analytics": ("applied", 4),  # Sent, 85
        "Quillfeather": ("interview", 5),  # 91
        "Larchmont Bank": ("offer", 5),  # 88
        "Copperleaf Health": ("rejected", 2),  # 35
        "Harbor & Pine": ("withdrawn", 4),  # 64
        "Northgate Media": ("rejected", 1),  # Closed by the company, 0
        "Ferrous Labs": ("applied", 5),  # 100
    }
    quill = apps["Quillfeather"]
    assert (quill.applied_on, quill.status_on) == (D(2026, 2, 10), D(2026, 2, 27))
    assert (quill.channel, quill.link) == ("referral", "https://jobs.example/quillfeather/backend")
    assert quill.resume_version == "cv/output/main_quillfeather.pdf"
    assert quill.notes == (
        "Phone screen went well, onsite next Tuesday\n\n"
        "sector: Software\n"
        "role_type: Full-time\n"
        "contact_person: Jonas Reyes\n"
        "cover_letter_file: cover_letters/output/cover_quillfeather_backend.pdf"
    )
    assert apps["Brightline Robotics"].applied_on is None  # a draft was never sent


def test_it_says_how_the_careerforge_fit_was_rescaled(alice: User) -> None:
    assert plan(alice, "careerforge_tracker.csv").fit_note == (
        "Fit was on a 0–100 scale in your “fit_rating” column; "
        "I turned it into 1–5: 72 → 4, 85 → 4, 91 → 5."
    )


def test_it_refuses_the_whole_careerforge_file_for_one_bad_date(alice: User) -> None:
    text = (DATA / "careerforge_tracker.csv").read_text(encoding="utf-8")
    broken = text.replace("2026-01-15,Harbor & Pine", "15th-ish,Harbor & Pine")
    with pytest.raises(ImportBlocked) as blocked:
        commit(alice, broken)
    assert [str(e) for e in blocked.value.plan.errors] == [
        "line 7, date applied: “15th-ish” is not a date I can read"
    ]
    assert not Application.objects.exists()


def test_it_adds_nothing_when_the_careerforge_file_comes_twice(alice: User) -> None:
    commit(alice, "careerforge_tracker.csv")
    again = commit(alice, "careerforge_tracker.csv")
    assert (again.created, again.already_there) == (0, 8)
    assert Application.objects.filter(owner=alice).count() == 8


def test_it_imports_linkedin_job_applications(alice: User) -> None:
    result = commit(alice, "linkedin_job_applications.csv")
    assert result.created == 4
    apps = {a.role: a for a in Application.objects.filter(owner=alice).select_related("company")}
    writer = apps["Senior UX Writer"]
    assert (writer.company.name, writer.status) == ("Orchard Ledger", "applied")
    assert writer.applied_on == D(2026, 2, 13)  # "2/13/26, 9:05 AM", month first
    assert writer.link == "http://www.linkedin.com/jobs/view/4100000002"
    assert writer.resume_version == "Robin Vale_Resume_2026.pdf"
    assert writer.notes == (
        "Contact Email: robin.vale@mail.example\n"
        "Contact Phone Number: +15550101234\n"
        "Question And Answers: Email address:robin.vale@mail.example | "
        "Mobile phone number:+1 5550101234"
    )
    assert apps["Content Strategist"].applied_on == D(2025, 12, 4)
    assert apps["Writer, Patient Education"].company.name == "Kestrel Health"


def test_it_imports_the_notion_job_tracker_template(alice: User) -> None:
    result = commit(alice, "notion_job_tracker.csv")
    assert result.created == 5
    apps = _apps(alice)
    assert {name: a.status for name, a in apps.items()} == {
        "Lumen Fields": "applied",
        "Verdant Sensing": "screen",
        "Northwind Atlas": "saved",
        "Cobalt Ridge": "interview",
        "Brindle Analytics": "rejected",
    }
    verdant = apps["Verdant Sensing"]
    assert (verdant.applied_on, verdant.salary) == (D(2026, 2, 2), "$130k-170k")
    assert verdant.link == "https://verdant.example/jobs/42"
    assert verdant.notes.startswith("They liked the sensor-fusion demo.\n\nPriority: High\n")
    assert "Referral Source: Former colleague (Tomas)" in verdant.notes
    assert "LinkedIn: https://www.linkedin.com/in/ines-moreau-example" in verdant.notes
    assert "Next Action Date: February 18, 2026" in verdant.notes
    assert apps["Lumen Fields"].location == "Remote (Global), USA"


def test_it_imports_the_notion_job_pipeline_once_its_own_word_is_answered(alice: User) -> None:
    asked = plan(alice, "notion_job_pipeline.csv")
    assert asked.unknown_statuses == ["👀 Reviewed"]
    assert [str(e) for e in asked.errors] == ["line 6, status: “👀 Reviewed” is not a stage I know"]
    result = commit(alice, "notion_job_pipeline.csv", statuses={"👀 Reviewed": "saved"})
    assert result.created == 5
    apps = _apps(alice)
    assert {name: (a.status, a.fit) for name, a in apps.items()} == {
        "Tessellate": ("applied", 4),  # 87
        "Gullwing": ("saved", 4),  # 72
        "Marlow & Finch": ("rejected", 3),  # 41
        "Halyard": ("saved", 5),  # 93
        "Quarry Bay": ("saved", 3),  # 58
    }
    tessellate = apps["Tessellate"]
    assert tessellate.channel == "company-site"  # greenhouse, an applicant tracking system
    assert tessellate.job_description == "Lead the roadmap for our analytics suite..."
    assert tessellate.notes.startswith("Applied the same day with the metrics one-pager\n\n")
    assert "Match Reasons: Owns a B2B analytics product like the last role" in tessellate.notes
    assert apps["Marlow & Finch"].channel == "job-board"


def test_it_imports_the_freecodecamp_spreadsheet(alice: User) -> None:
    result = commit(alice, "freecodecamp_job_search.csv")
    assert result.created == 5
    apps = _apps(alice)
    assert {name: a.status for name, a in apps.items()} == {
        "Bramble Software": "rejected",
        "Pinecrest Digital": "screen",
        "Ravel & Co": "interview",
        "Tallowmere": "applied",
        "Oakhurst Labs": "ghosted",
    }
    # Month first: 01/14/2026 and 01/20/2026 leave no doubt for the whole file.
    assert apps["Ravel & Co"].applied_on == D(2026, 1, 11)
    assert apps["Pinecrest Digital"].notes == "Phone screen Thursday 10am with the team lead"
