from __future__ import annotations

import pytest

from nextyes.pipeline.transfer.mapping import guess_mapping, mapping_problems
from tests.pipeline.transfer_helpers import table_of


def _named(source: str) -> dict[str, str]:
    table = table_of(source)
    return {table.header[i]: f for i, f in guess_mapping(table).items() if f}


def test_it_guesses_a_huntr_export() -> None:
    assert _named("huntr_export.csv") == {
        "Title": "role",
        "Employer": "company",
        "List": "status",
        "Location": "location",
        "URL": "link",
        "Salary": "salary",
        "Date Created": "keep",
        "Date Applied": "applied_on",
        "Last Modified": "stage_on",
        "Notes": "notes",
    }


def test_it_guesses_a_teal_export() -> None:
    assert _named("teal_export.csv") == {
        "Company": "company",
        "Job Position": "role",
        "Status": "status",
        "Excitement": "fit",
        "Date Saved": "keep",
        "Date Applied": "applied_on",
        "Follow Up": "keep",
        "Max. Salary": "salary",
        "Location": "location",
        "Job Link": "link",
        "Notes": "notes",
    }


def test_it_guesses_a_french_spreadsheet() -> None:
    named = _named("european_semicolon.csv")
    assert named["Entreprise"] == "company"
    assert named["Poste"] == "role"
    assert named["Statut"] == "status"
    assert named["Date de candidature"] == "applied_on"
    assert named["Source"] == "channel"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Employer", "company"),
        ("Company Name", "company"),
        ("Position", "role"),
        ("Role", "role"),
        ("Stage", "status"),
        ("Date", "applied_on"),
        ("Date Applied", "applied_on"),
        ("Link", "link"),
        ("Channel", "channel"),
        ("Source", "channel"),
        ("Résumé version", "resume_version"),
        ("Fit", "fit"),
        ("Remote?", "work_mode"),
    ],
)
def test_it_knows_the_usual_header_names(header: str, field: str) -> None:
    table = table_of(f"{header},Other\nx,y\n")
    assert guess_mapping(table)[0] == field


def test_it_takes_a_column_of_urls_as_the_link_whatever_its_header() -> None:
    named = _named("Company,Role,Ref\nAcme,Dev,https://a.example/1\nGlobex,Ops,https://b.example\n")
    assert named["Ref"] == "link"


def test_it_guesses_from_values_when_headers_say_nothing() -> None:
    text = "Company,Role,Col A,Col B,Col C\nAcme,Dev,Applied,2026-03-01,LinkedIn\nGlobex,Ops,Rejected,2026-03-02,Referral\n"
    named = _named(text)
    assert (named["Col A"], named["Col B"], named["Col C"]) == ("status", "applied_on", "channel")


def test_it_prefers_the_stronger_header_name() -> None:
    named = _named("Date,Date Applied,Company,Role\n2026-01-01,2026-01-02,A,B\n")
    assert named["Date Applied"] == "applied_on"
    assert "Date" not in named or named["Date"] != "applied_on"


def test_it_says_what_a_mapping_lacks() -> None:
    assert mapping_problems({0: "company", 1: "company", 2: ""}) == [
        "Choose the column that holds the role.",
        "Two columns are set to “Company”; choose one of them.",
    ]


def test_it_keeps_columns_without_a_field_in_the_notes_but_leaves_out_ids() -> None:
    text = "ID,Company,Role,Sector,Empty,\n7,Acme,Dev,Robotics,,x\n8,Globex,Ops,Data,,y\n"
    table = table_of(text)
    assert guess_mapping(table) == {0: "", 1: "company", 2: "role", 3: "keep", 4: "", 5: "keep"}


def test_it_does_not_take_a_profile_link_for_the_channel() -> None:
    text = (
        "Company,Role,Job URL,LinkedIn\n"
        "Acme,Dev,https://acme.example/1,https://www.linkedin.com/in/someone\n"
    )
    assert _named(text) == {
        "Company": "company",
        "Role": "role",
        "Job URL": "link",
        "LinkedIn": "keep",
    }
