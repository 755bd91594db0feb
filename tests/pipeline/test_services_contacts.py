from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from nextyes.accounts.models import User
from nextyes.lib.dates import today_for
from nextyes.pipeline import selectors, services
from nextyes.pipeline.contact_forms import ContactForm, TouchpointForm
from nextyes.pipeline.models import Company, Contact, Touchpoint

D = dt.date


def test_it_creates_a_contact_at_a_company_linked_to_applications(alice: User) -> None:
    app = services.create_application(alice, company="Acme", role="Engineer")
    contact = services.create_contact(
        alice,
        name="  Sam   Rivera ",
        title="Recruiter",
        company="acme",
        relationship="recruiter",
        email="sam@acme.com",
        applications=[app],
    )
    assert contact.name == "Sam Rivera"
    assert contact.company == app.company
    assert list(contact.applications.all()) == [app]
    assert Company.objects.filter(owner=alice).count() == 1


def test_it_creates_a_contact_without_a_company(alice: User) -> None:
    contact = services.create_contact(alice, name="Jo", company="  ")
    assert contact.company is None


def test_it_links_only_the_owners_applications(alice: User, bob: User) -> None:
    bobs = services.create_application(bob, company="Bobco", role="Dev")
    with pytest.raises(ValidationError) as exc:
        services.create_contact(alice, name="Sam", applications=[bobs])
    assert exc.value.message_dict == {"applications": ["That is not one of your records."]}
    assert not Contact.objects.exists()
    contact = services.create_contact(alice, name="Sam")
    with pytest.raises(ValidationError):
        services.link_applications(contact, [bobs])
    assert not contact.applications.exists()


def test_it_links_and_unlinks_applications(alice: User) -> None:
    one = services.create_application(alice, company="Acme", role="One")
    two = services.create_application(alice, company="Acme", role="Two")
    contact = services.create_contact(alice, name="Sam", applications=[one])
    services.link_applications(contact, [two])
    assert set(contact.applications.all()) == {one, two}
    services.unlink_application(contact, one)
    assert list(contact.applications.all()) == [two]
    services.update_contact(contact, applications=[])
    assert not contact.applications.exists()


def test_a_contact_form_rejects_another_users_application(alice: User, bob: User) -> None:
    bobs = services.create_application(bob, company="Bobco", role="Dev")
    mine = services.create_application(alice, company="Acme", role="Dev")
    form = ContactForm(
        {"name": "Sam", "relationship": "peer", "applications": [mine.pk, bobs.pk]}, user=alice
    )
    assert not form.is_valid()
    assert form.errors["applications"] == ["Pick among your own applications."]


def test_a_touchpoint_form_rejects_another_users_application(alice: User, bob: User) -> None:
    bobs = services.create_application(bob, company="Bobco", role="Dev")
    contact = services.create_contact(alice, name="Sam")
    form = TouchpointForm(
        {"occurred_on": "2026-03-01", "kind": "email", "application": bobs.pk}, contact=contact
    )
    assert not form.is_valid()
    assert form.errors["application"] == ["Pick among your own applications."]


def test_it_refuses_a_link_that_is_not_linkedin(alice: User) -> None:
    with pytest.raises(ValidationError) as exc:
        services.create_contact(alice, name="Sam", linkedin_url="https://example.com/in/sam")
    assert "LinkedIn address" in str(exc.value)
    contact = services.create_contact(
        alice, name="Sam", linkedin_url="https://www.linkedin.com/in/sam-rivera"
    )
    assert contact.linkedin_url.endswith("/in/sam-rivera")


def test_it_adds_a_touchpoint_with_a_follow_up(alice: User) -> None:
    app = services.create_application(alice, company="Acme", role="Dev")
    contact = services.create_contact(alice, name="Sam")
    touchpoint = services.add_touchpoint(
        contact,
        kind="email",
        occurred_on=D(2026, 3, 1),
        note="Sent my portfolio",
        application=app,
        follow_up_on=D(2026, 3, 8),
    )
    assert (touchpoint.owner, touchpoint.follow_up_on) == (alice, D(2026, 3, 8))
    # Talking about an application links the contact to it.
    assert list(contact.applications.all()) == [app]
    listed = selectors.contacts_with_dates(alice).get()
    assert (listed.last_touch_on, listed.next_follow_up_on) == (D(2026, 3, 1), D(2026, 3, 8))  # type: ignore[attr-defined]


def test_it_defaults_a_touchpoint_to_today(alice: User) -> None:
    contact = services.create_contact(alice, name="Sam")
    touchpoint = services.add_touchpoint(contact, kind="call")
    assert touchpoint.occurred_on == today_for(alice)


def test_a_later_touchpoint_clears_the_follow_up(alice: User) -> None:
    contact = services.create_contact(alice, name="Sam")
    services.add_touchpoint(
        contact, kind="email", occurred_on=D(2026, 3, 1), follow_up_on=D(2026, 3, 8)
    )
    services.add_touchpoint(contact, kind="message", occurred_on=D(2026, 3, 4))
    assert selectors.contacts_with_dates(alice).get().next_follow_up_on == D(2026, 3, 8)  # type: ignore[attr-defined]
    services.add_touchpoint(
        contact, kind="call", occurred_on=D(2026, 3, 9), follow_up_on=D(2026, 4, 1)
    )
    listed = selectors.contacts_with_dates(alice).get()
    assert (listed.last_touch_on, listed.next_follow_up_on) == (D(2026, 3, 9), D(2026, 4, 1))  # type: ignore[attr-defined]


def test_it_refuses_a_follow_up_before_the_touchpoint(alice: User) -> None:
    contact = services.create_contact(alice, name="Sam")
    with pytest.raises(ValidationError) as exc:
        services.add_touchpoint(
            contact, kind="email", occurred_on=D(2026, 3, 8), follow_up_on=D(2026, 3, 1)
        )
    assert "follow_up_on" in exc.value.message_dict
    assert not Touchpoint.objects.exists()


def test_it_refuses_a_touchpoint_about_someone_elses_application(alice: User, bob: User) -> None:
    bobs = services.create_application(bob, company="Bobco", role="Dev")
    contact = services.create_contact(alice, name="Sam")
    with pytest.raises(ValidationError):
        services.add_touchpoint(contact, kind="email", application=bobs)
    assert not Touchpoint.objects.exists()
    assert not contact.applications.exists()


def test_it_updates_and_deletes_a_touchpoint(alice: User) -> None:
    contact = services.create_contact(alice, name="Sam")
    touchpoint = services.add_touchpoint(contact, kind="email", occurred_on=D(2026, 3, 1))
    services.update_touchpoint(
        touchpoint, kind="coffee", note="Great chat", follow_up_on=D(2026, 3, 15)
    )
    touchpoint.refresh_from_db()
    assert (touchpoint.kind, touchpoint.note, touchpoint.follow_up_on) == (
        "coffee",
        "Great chat",
        D(2026, 3, 15),
    )
    assert services.delete_touchpoint(touchpoint) == contact
    assert not Touchpoint.objects.exists()


def test_it_deletes_a_contact_and_an_unused_company(alice: User) -> None:
    app = services.create_application(alice, company="Acme", role="Dev")
    kept = services.create_contact(alice, name="Sam", company="Acme")
    gone = services.create_contact(alice, name="Jo", company="Lonely Inc")
    services.add_touchpoint(kept, kind="email")
    services.delete_contact(kept)
    services.delete_contact(gone)
    assert not Contact.objects.exists()
    assert not Touchpoint.objects.exists()
    assert list(Company.objects.values_list("name", flat=True)) == [app.company.name]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Acme.com, @acme.io", "acme.com, acme.io"),
        ("  jobs@Acme.COM ;acme.com  mail.acme.co.uk ", "acme.com, mail.acme.co.uk"),
        ("", ""),
        ("bücher.de", "bücher.de"),
    ],
)
def test_it_normalises_mail_domains(raw: str, clean: str) -> None:
    assert services.normalise_mail_domains(raw) == clean


@pytest.mark.parametrize("bad", ["acme", "acme..com", "-acme.com", "acme.com/jobs", "10.0.0.1"])
def test_it_names_the_bad_mail_domain(bad: str) -> None:
    with pytest.raises(ValidationError) as exc:
        services.normalise_mail_domains(f"acme.com, {bad}")
    assert f"“{bad}” doesn't look like a mail domain" in exc.value.message_dict["mail_domains"][0]


def test_it_updates_a_company(alice: User) -> None:
    app = services.create_application(alice, company="Acme", role="Dev")
    company = services.update_company(
        app.company, name=" ACME  Corp ", website="https://acme.com", mail_domains="@Acme.com"
    )
    company.refresh_from_db()
    assert (company.name, company.website, company.mail_domains) == (
        "ACME Corp",
        "https://acme.com",
        "acme.com",
    )
    assert company.domains == ["acme.com"]


def test_it_refuses_to_rename_a_company_to_a_name_already_used(alice: User, bob: User) -> None:
    acme = services.create_application(alice, company="Acme", role="Dev").company
    services.create_application(alice, company="Globex", role="Dev")
    services.create_application(bob, company="Initech", role="Dev")
    with pytest.raises(ValidationError) as exc:
        services.update_company(acme, name="globex")
    assert "You already have a company called “globex”" in exc.value.message_dict["name"][0]
    acme.refresh_from_db()
    assert acme.name == "Acme"
    # Another person's company names do not count.
    assert services.update_company(acme, name="Initech").name == "Initech"
