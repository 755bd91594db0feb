from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from django.test import Client
from django.urls import reverse
from pytest_django import DjangoAssertNumQueries

from nextyes.accounts.models import User
from nextyes.lib.dates import today_for
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, Company, Contact, Touchpoint
from tests.conftest import page

if TYPE_CHECKING:
    # What the test client answers (the stubs' name; not importable at run time).
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

DAY = dt.timedelta(days=1)


def messages_of(response: Response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


@pytest.fixture
def acme_app(alice: User) -> Application:
    return services.create_application(alice, company="Acme", role="Backend engineer")


@pytest.fixture
def sam(alice: User, acme_app: Application) -> Contact:
    return services.create_contact(
        alice,
        name="Sam Rivera",
        title="Talent partner",
        company="Acme",
        relationship="recruiter",
        email="sam@acme.com",
        linkedin_url="https://www.linkedin.com/in/sam-rivera",
        notes="Met at the meetup",
        applications=[acme_app],
    )


# --- List ----------------------------------------------------------------------------------


def test_it_explains_contacts_when_there_are_none(alice_client: Client) -> None:
    response = alice_client.get(reverse("pipeline:contacts"))
    html = page(response)
    assert "recruiters, interviewers, mentors, peers and friends" in html
    assert "Add your first contact" in html
    assert reverse("pipeline:contact_new") in html


def test_it_lists_contacts_with_last_touch_and_overdue_follow_up(
    alice_client: Client, alice: User, sam: Contact
) -> None:
    today = today_for(alice)
    services.add_touchpoint(
        sam, kind="email", occurred_on=today - 10 * DAY, follow_up_on=today - 2 * DAY
    )
    jo = services.create_contact(alice, name="Jo Lee", relationship="mentor")
    services.add_touchpoint(
        jo, kind="coffee", occurred_on=today - DAY, follow_up_on=today + 5 * DAY
    )
    services.create_contact(alice, name="amira", relationship="peer")
    html = page(alice_client.get(reverse("pipeline:contacts")))
    # Sorted by name, case-insensitively.
    assert html.index("amira") < html.index("Jo Lee") < html.index("Sam Rivera")
    assert "Acme" in html and "Recruiter" in html and "Mentor" in html
    assert (today - 10 * DAY).isoformat() in html
    assert f'datetime="{(today - 2 * DAY).isoformat()}"' in html
    assert html.count("· overdue") == 1
    sam_row = html[html.index("Sam Rivera") :].split("</tr>")[0]
    assert "· overdue" in sam_row


def test_it_searches_by_name_company_and_email(
    alice_client: Client, alice: User, sam: Contact
) -> None:
    services.create_contact(alice, name="Jo Lee", email="jo@globex.com", company="Globex")
    url = reverse("pipeline:contacts")
    assert "Sam Rivera" in page(alice_client.get(url, {"q": "acme"}))
    assert "Jo Lee" not in page(alice_client.get(url, {"q": "acme"}))
    assert "Jo Lee" in page(alice_client.get(url, {"q": "jo@glob"}))
    assert "Sam Rivera" in page(alice_client.get(url, {"q": "rivera"}))
    nobody = page(alice_client.get(url, {"q": "zzz"}))
    assert "Nobody matches that search" in nobody


def test_it_filters_by_relationship(alice_client: Client, alice: User, sam: Contact) -> None:
    services.create_contact(alice, name="Jo Lee", relationship="mentor")
    html = page(alice_client.get(reverse("pipeline:contacts"), {"relationship": "mentor"}))
    assert "Jo Lee" in html
    assert "Sam Rivera" not in html


def test_live_search_returns_only_the_results(alice_client: Client, sam: Contact) -> None:
    response = alice_client.get(reverse("pipeline:contacts"), {"q": "sam"}, HTTP_HX_REQUEST="true")
    html = page(response)
    assert "Sam Rivera" in html
    assert "<html" not in html


def test_it_lists_contacts_without_a_query_per_contact(
    alice_client: Client, alice: User, django_assert_max_num_queries: DjangoAssertNumQueries
) -> None:
    today = today_for(alice)
    for i in range(15):
        contact = services.create_contact(alice, name=f"Person {i}", company=f"Company {i}")
        services.add_touchpoint(contact, kind="email", occurred_on=today, follow_up_on=today + DAY)
    # Session, user, the contacts (with company and dates), whether any exist.
    with django_assert_max_num_queries(6):
        html = page(alice_client.get(reverse("pipeline:contacts")))
    assert html.count("Company ") == 15


# --- Contact page ----------------------------------------------------------------------------


def test_it_shows_a_contact_with_applications_and_timeline(
    alice_client: Client, alice: User, sam: Contact, acme_app: Application
) -> None:
    today = today_for(alice)
    services.add_touchpoint(
        sam,
        kind="coffee",
        occurred_on=today - DAY,
        note="Talked about the team",
        application=acme_app,
    )
    html = page(alice_client.get(reverse("pipeline:contact", args=[sam.pk])))
    assert "Talent partner at Acme" in html
    assert 'href="mailto:sam@acme.com"' in html
    assert "https://www.linkedin.com/in/sam-rivera" in html
    assert reverse("pipeline:application", args=[acme_app.pk]) in html
    assert "Backend engineer — Acme" in html
    assert "Talked about the team" in html and "Coffee" in html
    # The add form starts on today and offers the contact's application.
    assert f'value="{today.isoformat()}"' in html
    assert reverse("pipeline:touchpoint_new", args=[sam.pk]) in html


def test_it_warns_about_an_overdue_follow_up(
    alice_client: Client, alice: User, sam: Contact
) -> None:
    today = today_for(alice)
    services.add_touchpoint(
        sam, kind="email", occurred_on=today - 9 * DAY, follow_up_on=today - DAY
    )
    html = page(alice_client.get(reverse("pipeline:contact", args=[sam.pk])))
    assert "A follow-up was due on" in html


# --- Create, edit, delete contacts ---------------------------------------------------------


def test_it_prefills_a_new_contact_from_an_application(
    alice_client: Client, acme_app: Application
) -> None:
    url = reverse("pipeline:contact_new") + f"?application={acme_app.pk}"
    html = page(alice_client.get(url))
    assert f'<option value="{acme_app.pk}" selected>' in html
    assert 'value="Acme"' in html
    response = alice_client.post(
        url,
        {
            "name": "Dana",
            "company": "Acme",
            "relationship": "interviewer",
            "applications": [acme_app.pk],
        },
    )
    dana = Contact.objects.get(name="Dana")
    assert list(dana.applications.all()) == [acme_app]
    assert dana.company == acme_app.company
    # Back to the application the person started from.
    assert response["Location"] == reverse("pipeline:application", args=[acme_app.pk])
    assert "Contact saved." in page(alice_client.get(reverse("pipeline:contacts")))


def test_it_prefills_the_company(alice_client: Client, acme_app: Application) -> None:
    url = reverse("pipeline:contact_new") + f"?company={acme_app.company_id}"
    assert 'value="Acme"' in page(alice_client.get(url))


def test_it_creates_a_contact_with_a_new_company(alice_client: Client, alice: User) -> None:
    response = alice_client.post(
        reverse("pipeline:contact_new"),
        {"name": "Jo Lee", "company": "Globex", "relationship": "mentor", "email": "jo@globex.com"},
        follow=True,
    )
    jo = Contact.objects.get(owner=alice)
    assert (jo.name, jo.company.name if jo.company else None) == ("Jo Lee", "Globex")
    assert "Contact saved." in messages_of(response)
    assert "Jo Lee" in page(response)


def test_it_explains_bad_contact_input(alice_client: Client) -> None:
    response = alice_client.post(
        reverse("pipeline:contact_new"),
        {"name": "", "relationship": "peer", "email": "sam@", "linkedin_url": "example.com/sam"},
    )
    html = page(response)
    assert "Please give a name" in html
    assert "That doesn&#x27;t look like an email address" in html
    assert "This should be a LinkedIn address" in html
    assert not Contact.objects.exists()


def test_it_edits_a_contact(alice_client: Client, alice: User, sam: Contact) -> None:
    url = reverse("pipeline:contact_edit", args=[sam.pk])
    html = page(alice_client.get(url))
    assert 'value="Sam Rivera"' in html and 'value="Acme"' in html
    response = alice_client.post(
        url,
        {"name": "Sam R.", "company": "Globex", "relationship": "peer", "applications": []},
        follow=True,
    )
    sam.refresh_from_db()
    assert (sam.name, sam.company.name if sam.company else None) == ("Sam R.", "Globex")
    assert not sam.applications.exists()
    assert "Contact saved." in messages_of(response)


def test_it_deletes_a_contact_after_confirming(alice_client: Client, sam: Contact) -> None:
    url = reverse("pipeline:contact_delete", args=[sam.pk])
    assert "Delete Sam Rivera?" in page(alice_client.get(url))
    assert Contact.objects.filter(pk=sam.pk).exists()
    response = alice_client.post(url, follow=True)
    assert not Contact.objects.filter(pk=sam.pk).exists()
    assert "Sam Rivera was removed from your contacts." in messages_of(response)


# --- Touchpoints ---------------------------------------------------------------------------


def test_it_logs_a_touchpoint_with_a_follow_up(
    alice_client: Client, alice: User, sam: Contact, acme_app: Application
) -> None:
    today = today_for(alice)
    assert f'value="{today.isoformat()}"' in page(
        alice_client.get(reverse("pipeline:touchpoint_new", args=[sam.pk]))
    )
    response = alice_client.post(
        reverse("pipeline:touchpoint_new", args=[sam.pk]),
        {
            "occurred_on": today.isoformat(),
            "kind": "email",
            "note": "Thank-you note after the screen",
            "application": acme_app.pk,
            "follow_up_on": (today + 7 * DAY).isoformat(),
        },
        follow=True,
    )
    touchpoint = Touchpoint.objects.get()
    assert (touchpoint.contact, touchpoint.application) == (sam, acme_app)
    assert touchpoint.follow_up_on == today + 7 * DAY
    assert "Touchpoint saved." in messages_of(response)
    assert "Thank-you note after the screen" in page(response)


def test_it_shows_touchpoint_errors_on_the_contact_page(
    alice_client: Client, alice: User, sam: Contact
) -> None:
    today = today_for(alice)
    response = alice_client.post(
        reverse("pipeline:touchpoint_new", args=[sam.pk]),
        {"occurred_on": today.isoformat(), "kind": "", "follow_up_on": (today - DAY).isoformat()},
    )
    html = page(response)
    assert "Sam Rivera" in html
    assert "This field is required." in html
    assert not Touchpoint.objects.exists()
    response = alice_client.post(
        reverse("pipeline:touchpoint_new", args=[sam.pk]),
        {
            "occurred_on": today.isoformat(),
            "kind": "call",
            "follow_up_on": (today - DAY).isoformat(),
        },
    )
    assert "The next follow-up should come after the day of this touchpoint." in page(response)
    assert not Touchpoint.objects.exists()


def test_it_edits_and_deletes_a_touchpoint(alice_client: Client, sam: Contact) -> None:
    touchpoint = services.add_touchpoint(sam, kind="email", occurred_on=dt.date(2026, 3, 1))
    edit = reverse("pipeline:touchpoint_edit", args=[touchpoint.pk])
    assert 'value="2026-03-01"' in page(alice_client.get(edit))
    alice_client.post(edit, {"occurred_on": "2026-03-02", "kind": "call", "note": "Quick call"})
    touchpoint.refresh_from_db()
    assert (touchpoint.occurred_on, touchpoint.kind, touchpoint.note) == (
        dt.date(2026, 3, 2),
        "call",
        "Quick call",
    )
    delete = reverse("pipeline:touchpoint_delete", args=[touchpoint.pk])
    assert "Delete this touchpoint?" in page(alice_client.get(delete))
    response = alice_client.post(delete, follow=True)
    assert not Touchpoint.objects.exists()
    assert "Touchpoint deleted." in messages_of(response)


# --- Companies -----------------------------------------------------------------------------


def test_it_edits_a_company_and_normalises_mail_domains(
    alice_client: Client, acme_app: Application, sam: Contact
) -> None:
    url = reverse("pipeline:company_edit", args=[acme_app.company_id])
    html = page(alice_client.get(url))
    assert "Sam Rivera" in html and "Backend engineer" in html
    response = alice_client.post(
        url,
        {"name": "Acme Corp", "website": "acme.com", "mail_domains": "@Acme.com, jobs@ACME.io"},
        follow=True,
    )
    company = Company.objects.get(pk=acme_app.company_id)
    assert (company.name, company.website, company.mail_domains) == (
        "Acme Corp",
        "https://acme.com",
        "acme.com, acme.io",
    )
    assert "Company saved." in messages_of(response)


def test_it_names_the_bad_mail_domain(alice_client: Client, acme_app: Application) -> None:
    url = reverse("pipeline:company_edit", args=[acme_app.company_id])
    response = alice_client.post(url, {"name": "Acme", "mail_domains": "acme.com, acme"})
    assert "“acme” doesn&#x27;t look like a mail domain" in page(response)
    assert Company.objects.get(pk=acme_app.company_id).mail_domains == ""


def test_it_explains_a_company_name_already_used(
    alice_client: Client, alice: User, acme_app: Application
) -> None:
    services.create_application(alice, company="Globex", role="Dev")
    url = reverse("pipeline:company_edit", args=[acme_app.company_id])
    response = alice_client.post(url, {"name": "GLOBEX", "mail_domains": ""})
    html = page(response)
    assert "You already have a company called “GLOBEX”" in html
    assert "Edit Acme" in html
    assert Company.objects.get(pk=acme_app.company_id).name == "Acme"


def test_it_returns_to_the_page_it_came_from_but_only_on_this_site(
    alice_client: Client, sam: Contact, acme_app: Application
) -> None:
    url = reverse("pipeline:company_edit", args=[acme_app.company_id])
    back = reverse("pipeline:contact", args=[sam.pk])
    response = alice_client.post(url, {"name": "Acme", "next": back})
    assert response["Location"] == back
    response = alice_client.post(url, {"name": "Acme", "next": "https://evil.example/"})
    assert response["Location"].startswith(reverse("pipeline:contacts"))


# --- Isolation -----------------------------------------------------------------------------


def _snapshot() -> list[object]:
    return [
        list(Contact.objects.values().order_by("pk")),
        list(Touchpoint.objects.values().order_by("pk")),
        list(Company.objects.values().order_by("pk")),
        list(Contact.applications.through.objects.values().order_by("pk")),
    ]


def test_bob_gets_404_on_alices_contacts_touchpoints_and_companies(
    bob_client: Client, sam: Contact, acme_app: Application
) -> None:
    touchpoint = services.add_touchpoint(sam, kind="email")
    before = _snapshot()
    assert bob_client.get(reverse("pipeline:contact", args=[sam.pk])).status_code == 404
    urls = [
        reverse("pipeline:contact_edit", args=[sam.pk]),
        reverse("pipeline:contact_delete", args=[sam.pk]),
        reverse("pipeline:touchpoint_new", args=[sam.pk]),
        reverse("pipeline:touchpoint_edit", args=[touchpoint.pk]),
        reverse("pipeline:touchpoint_delete", args=[touchpoint.pk]),
        reverse("pipeline:company_edit", args=[acme_app.company_id]),
        reverse("pipeline:contact_new") + f"?application={acme_app.pk}",
        reverse("pipeline:contact_new") + f"?company={acme_app.company_id}",
    ]
    data = {"name": "Hijacked", "kind": "call", "occurred_on": "2026-01-01", "relationship": "peer"}
    for url in urls:
        assert bob_client.get(url).status_code == 404, url
        assert bob_client.post(url, data).status_code == 404, url
    assert _snapshot() == before
    listing = page(bob_client.get(reverse("pipeline:contacts")))
    assert "Sam Rivera" not in listing
    assert "Add your first contact" in listing


def test_it_asks_strangers_to_sign_in(client: Client, sam: Contact) -> None:
    response = client.get(reverse("pipeline:contact", args=[sam.pk]))
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]
