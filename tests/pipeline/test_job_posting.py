"""Reading a job ad's schema.org data from saved pages of real boards' shapes (job_pages/)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nextyes.pipeline.job_posting import JobPosting, extract, from_title

PAGES = Path(__file__).parent / "job_pages"


def read(name: str, url: str = "https://jobs.example/ad") -> JobPosting:
    return extract((PAGES / f"{name}.html").read_text(encoding="utf-8"), url)


def test_greenhouse_escaped_description_and_no_salary_or_deadline() -> None:
    posting = read("greenhouse")
    assert (posting.company, posting.role) == ("Lumen Kites", "Platform Engineer")
    assert posting.location == "Lisbon, Portugal"
    assert posting.description == (
        "About the team\n\nWe keep the kites flying.\n\n- Run our build farm\n- Tune the deploys"
    )
    assert (posting.salary, posting.closes_on) == ("", None)
    assert posting.structured


def test_teaching_vacancies_free_text_salary_and_end_of_day_deadline() -> None:
    posting = read("teaching_vacancies")
    assert posting.company == "Brookmere Academy"
    assert posting.role == "Teacher of Geography"
    assert posting.location == "Harrowgate, North East"
    assert posting.salary == "MPS/UPS, £31,650 to £49,084"
    assert posting.closes_on == dt.date(2027, 1, 15)


def test_la_bonne_alternance_full_address_and_html_description() -> None:
    posting = read("labonnealternance")
    assert posting.company == "Atelier Brise"
    assert posting.role == "Développeur web en alternance"
    assert posting.location == "Nantes, Pays de la Loire, FR"
    assert posting.closes_on == dt.date(2027, 2, 28)
    assert "- Écrire du code propre\n- Tester avec l'équipe" in posting.description
    assert "<" not in posting.description


def test_vincere_currency_beside_the_salary() -> None:
    posting = read("vincere")
    assert posting.salary == "€50,000–60,000 a year"
    assert posting.company == "Pellucid Bank"
    assert posting.location == "Dublin, IE"
    assert posting.closes_on == dt.date(2026, 12, 19)


def test_personio_graph_reference_and_two_workplaces() -> None:
    posting = read("personio")
    assert posting.company == "Fernweh Räder GmbH"
    assert posting.role == "Werkstudent (m/w/d) Marketing"
    assert posting.location == "Hamburg, DE; Bremen, DE"
    assert posting.salary == "€16 an hour"
    assert posting.description.startswith("Deine Aufgaben\n\n- Kampagnen planen")


def test_successfactors_microdata_with_java_dates() -> None:
    posting = read("successfactors")
    assert posting.company == "Alpenluft Flugsicherung"
    assert posting.role == "Network Architect (80-100%)"
    assert posting.location == "Wangen bei Dübendorf, CH"
    assert posting.closes_on == dt.date(2026, 12, 31)
    assert posting.description.startswith("Your mission\n\nDesign the network")
    assert "color" not in posting.description  # the inline <style> is not text


def test_wp_job_manager_microdata_nested_items() -> None:
    posting = read("wp_job_manager")
    assert posting.company == "Copper Kettle Café"
    assert posting.role == "Barista (weekends)"
    assert posting.location == "Brighton, UK"
    assert posting.closes_on == dt.date(2026, 12, 24)
    assert posting.description == (
        "We need a friendly barista for Saturday and Sunday mornings.\n\n"
        "Latte art is a plus, a smile is a must."
    )


def test_lists_remote_work_string_figures_and_a_broken_script() -> None:
    posting = read("graph_and_lists")
    assert posting.company == "Quiet Harbour"
    assert posting.role == "Support Specialist"
    assert posting.location == "Remote (Canada, USA)"
    assert posting.salary == "CAD 55,000–65,000 a year"
    # The day the ad names, not the UTC day (that would be 1 February).
    assert posting.closes_on == dt.date(2027, 1, 31)


def test_open_graph_title_when_there_is_no_posting_data() -> None:
    posting = extract((PAGES / "og_only.html").read_text(encoding="utf-8"))
    assert (posting.company, posting.role) == ("Orchard Mutual", "Claims Handler")
    assert (
        posting.link == "https://www.linkedin.com/jobs/view/claims-handler-at-orchard-mutual-1234"
    )
    assert not posting.structured


def test_a_page_that_is_no_job_ad_gives_only_its_address() -> None:
    posting = read("no_posting")
    assert posting == JobPosting(link="https://jobs.example/ad")


def test_the_browsers_address_wins_over_the_postings_own() -> None:
    assert read("teaching_vacancies", url="https://mine.example/x").link == "https://mine.example/x"
    assert read("teaching_vacancies", url="").link.startswith("https://teaching-vacancies")


@pytest.mark.parametrize(
    ("title", "company", "role"),
    [
        ("Designer at Acme | Jobs", "Acme", "Designer"),
        ("Acme hiring Designer in Berlin | LinkedIn", "Acme", "Designer"),
        ("Head of Sales", "", "Head of Sales"),
        ("   ", "", ""),
    ],
)
def test_a_title_alone(title: str, company: str, role: str) -> None:
    posting = from_title(title)
    assert (posting.company, posting.role) == (company, role)


@pytest.mark.parametrize(
    ("salary", "written"),
    [
        ({"currency": "USD", "value": 120000}, "$120,000"),
        (
            {"currency": "GBP", "value": {"minValue": 30000, "unitText": "YEAR"}},
            "from £30,000 a year",
        ),
        (
            {"currency": "EUR", "value": {"maxValue": 25.5, "unitText": "HOUR"}},
            "up to €25.50 an hour",
        ),
        (
            {"currency": "USD", "value": {"value": "$100,000", "unitText": "YEAR"}},
            "$100,000 a year",
        ),
        ({"currency": "CHF", "value": {"minValue": 90000, "maxValue": 90000}}, "CHF 90,000"),
    ],
)
def test_salary_forms(salary: dict[str, object], written: str) -> None:
    import json

    page = json.dumps({"@type": "JobPosting", "title": "X", "baseSalary": salary})
    html = f'<script type="application/ld+json">{page}</script>'
    assert extract(html).salary == written


def test_long_values_are_cut_to_the_fields_sizes() -> None:
    html = '<script type="application/ld+json">{"@type":"JobPosting","title":"%s"}</script>' % (
        "R" * 500
    )
    assert len(extract(html).role) == 200
