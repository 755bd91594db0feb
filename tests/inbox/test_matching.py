"""Matching a message to one of the person's applications: domains, names, ATS senders, roles."""

from __future__ import annotations

import datetime as dt

from nextyes.accounts.models import User
from nextyes.inbox.matching import (
    Match,
    Matcher,
    guess_company,
    guess_role,
    learnable_domain,
    registrable,
)
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, Company


def app(
    user: User, company: str, role: str, *, domains: str = "", days_ago: int = 10
) -> Application:
    applied = dt.date(2026, 3, 1) - dt.timedelta(days=days_ago)
    made = services.create_application(user, company=company, role=role, applied_on=applied)
    if domains:
        Company.objects.filter(pk=made.company_id).update(mail_domains=domains)
    return made


def match(
    user: User, *, sender: str = "", address: str = "", subject: str = "", text: str = ""
) -> Match:
    return Matcher(user).match(
        sender_name=sender, sender_address=address, subject=subject, text=text
    )


def test_it_matches_the_sender_domain(alice: User) -> None:
    acme = app(alice, "Acme Corp", "Data Analyst", domains="acme.com")
    app(alice, "Globex", "Designer")
    found = match(alice, sender="Jane", address="jane@careers.acme.com", subject="Update")
    assert found.application == acme
    assert found.score >= 0.9
    assert found.reason == "sender domain acme.com"


def test_it_matches_the_company_website_domain(alice: User) -> None:
    acme = app(alice, "Acme", "Data Analyst")
    Company.objects.filter(pk=acme.company_id).update(website="https://www.acme.io/jobs")
    assert match(alice, address="people@acme.io", subject="Hello").application == acme


def test_it_matches_an_ats_sender_by_the_employer_in_its_display_name(alice: User) -> None:
    globex = app(alice, "Globex Corporation", "Backend Engineer")
    app(alice, "Initech", "Backend Engineer")
    found = match(
        alice,
        sender="Globex via Greenhouse",
        address="no-reply@us.greenhouse-mail.io",
        subject="Your application",
    )
    assert found.application == globex
    assert found.reason == "name in sender"


def test_it_never_learns_or_trusts_an_ats_or_free_mail_domain(alice: User) -> None:
    app(alice, "Umbrella", "Analyst", domains="greenhouse-mail.io")
    found = match(alice, sender="Someone", address="no-reply@greenhouse-mail.io", subject="Hi")
    assert found.application is None
    assert learnable_domain("no-reply@greenhouse-mail.io") == ""
    assert learnable_domain("jane.doe@gmail.com") == ""
    assert learnable_domain("jobs@mail.umbrella-corp.co.uk") == "umbrella-corp.co.uk"
    assert registrable("careers.acme.com") == "acme.com"


def test_it_finds_a_name_written_slightly_differently_in_the_subject(alice: User) -> None:
    hooli = app(alice, "Hooli Technologies", "Product Manager")
    found = match(
        alice,
        address="noreply@myworkday.com",
        subject="Update on your application to Hooli Technolgies",
    )
    assert found.application == hooli
    assert "subject" in found.reason


def test_it_finds_the_name_in_the_body_with_a_lower_score(alice: User) -> None:
    soylent = app(alice, "Soylent", "Chemist")
    found = match(
        alice,
        address="jobs@smartrecruiters.com",
        subject="About your application",
        text="Thank you for applying to Soylent. We read every application.",
    )
    assert found.application == soylent
    assert 0.5 <= found.score < 0.8


def test_it_does_not_find_a_short_name_inside_other_words_or_by_fuzziness(alice: User) -> None:
    app(alice, "Acme", "Analyst")
    app(alice, "Box", "Designer")
    assert match(alice, subject="Acne treatment tips", text="Acmeville news").application is None
    # "Box" is too short to look for in running text: only its domain or exact sender counts.
    assert (
        match(alice, subject="Your inbox is full", text="Check the box below").application is None
    )
    box = match(alice, sender="Box", address="no-reply@lever.co", subject="Your application")
    assert box.application is not None and box.application.company.name == "Box"


def test_it_does_not_match_a_company_named_like_an_everyday_word(alice: User) -> None:
    app(alice, "Indeed", "Analyst")
    app(alice, "Next", "Designer")
    found = match(
        alice,
        address="alerts@jobs.example",
        subject="Next steps for your application",
        text="We indeed received it.",
    )
    assert found.application is None


def test_it_does_not_choose_between_two_companies_named_equally_clearly(alice: User) -> None:
    app(alice, "Acme", "Analyst")
    app(alice, "Globex", "Designer")
    found = match(alice, subject="Acme and Globex: a joint hiring event")
    assert found.application is None
    assert found.reason.startswith("could be")


def test_the_role_breaks_ties(alice: User) -> None:
    analyst = app(alice, "Acme", "Data Analyst", domains="acme.com", days_ago=20)
    engineer = app(alice, "Acme", "Platform Engineer", domains="acme.com", days_ago=5)
    # Without a role, the most recent open application at that company.
    assert match(alice, address="hr@acme.com", subject="Update").application == engineer
    found = match(alice, address="hr@acme.com", subject="Your Data Analyst application")
    assert found.application == analyst
    assert "role named" in found.reason
    # Between two companies named in the body, the one whose role is named wins.
    globex = app(alice, "Globex", "Designer")
    both = match(alice, text="Acme and Globex are hiring. About the Designer role: thank you.")
    assert both.application == globex


def test_it_prefers_an_open_application_to_a_closed_one(alice: User) -> None:
    old = app(alice, "Acme", "Analyst", domains="acme.com", days_ago=2)
    services.move_application(old, "rejected", on=dt.date(2026, 2, 28))
    open_one = app(alice, "Acme", "Engineer", days_ago=30)
    assert match(alice, address="hr@acme.com", subject="Update").application == open_one


def test_it_never_matches_another_persons_applications(alice: User, bob: User) -> None:
    app(bob, "Acme", "Analyst", domains="acme.com")
    found = match(alice, sender="Acme Talent", address="hr@acme.com", subject="Acme: update")
    assert found.application is None


def test_it_guesses_a_new_company_and_role() -> None:
    assert guess_company("Startup Careers", "hello@startup.io", "Thanks") == "Startup"
    assert guess_company("Jane Doe", "hello@startup.io", "Thanks") == "Startup"
    assert guess_company("Initrode via Lever", "no-reply@hire.lever.co", "x") == "Initrode"
    assert guess_company("", "no-reply@greenhouse-mail.io", "Your application to Vandelay") == (
        "Vandelay"
    )
    assert guess_company("Jane", "jane@gmail.com", "hello") == ""
    assert guess_role("Your application for the Data Analyst position", "") == "Data Analyst"
    assert guess_role("Thanks", "We received your application for Product Designer at Wayne.") == (
        "Product Designer"
    )
