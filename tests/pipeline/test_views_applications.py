from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, Company, Contact, StageEvent
from tests.conftest import page

D = dt.date


@pytest.fixture
def acme(alice: User) -> Application:
    return services.create_application(
        alice,
        company="Acme",
        role="Engineer",
        applied_on=D(2026, 3, 2),
        channel="referral",
        fit=4,
        location="Lyon",
        salary="50–60k",
        notes="Met Jo at the meetup",
    )


# --- The list.


def test_it_lists_applications_with_their_details(alice_client: Client, acme: Application) -> None:
    html = page(alice_client.get(reverse("pipeline:list")))
    assert "1 application" in html
    assert "Acme" in html and "Engineer" in html and "Referral" in html and "Lyon" in html
    assert reverse("pipeline:application", args=[acme.pk]) in html


def test_it_tells_a_new_person_how_to_start(alice_client: Client) -> None:
    html = page(alice_client.get(reverse("pipeline:list")))
    assert "No applications yet" in html
    assert "No applications match" not in html


def test_it_says_when_nothing_matches(alice_client: Client, acme: Application) -> None:
    html = page(alice_client.get(reverse("pipeline:list"), data={"q": "zeppelin"}))
    assert "No applications match these filters." in html
    assert "No applications yet" not in html


def test_it_searches_company_role_notes_and_location(alice: User, alice_client: Client) -> None:
    services.create_application(alice, company="Acme", role="Engineer", notes="met at meetup")
    services.create_application(alice, company="Globex", role="Designer", location="Paris")
    services.create_application(alice, company="Initech", role="Data engineer")

    def rows(q: str) -> set[str]:
        html = page(alice_client.get(reverse("pipeline:list"), data={"q": q}))
        return {name for name in ("Acme", "Globex", "Initech") if name in html}

    assert rows("engineer") == {"Acme", "Initech"}
    assert rows("globex") == {"Globex"}
    assert rows("MEETUP") == {"Acme"}
    assert rows("paris designer") == {"Globex"}


def test_it_filters_by_status_channel_and_dates(alice: User, alice_client: Client) -> None:
    a = services.create_application(
        alice, company="Acme", role="One", applied_on=D(2026, 1, 10), channel="referral"
    )
    services.move_application(a, "screen", on=D(2026, 1, 20))
    services.create_application(alice, company="Globex", role="Two", applied_on=D(2026, 2, 10))
    services.create_application(alice, company="Initech", role="Three", channel="referral")

    def rows(**params: str) -> set[str]:
        html = page(alice_client.get(reverse("pipeline:list"), data=params))
        return {name for name in ("Acme", "Globex", "Initech") if name in html}

    assert rows(status="screen") == {"Acme"}
    assert rows(channel="referral") == {"Acme", "Initech"}
    assert rows(**{"from": "2026-02-01"}) == {"Globex"}
    assert rows(to="2026-01-31") == {"Acme"}
    assert rows(**{"from": "2026-01-01", "to": "2026-12-31", "channel": "job-board"}) == {"Globex"}


def test_it_explains_a_reversed_date_range(alice_client: Client, acme: Application) -> None:
    html = page(
        alice_client.get(reverse("pipeline:list"), data={"from": "2026-03-01", "to": "2026-01-01"})
    )
    assert "This date is before the “from” date." in html


def test_it_sorts_by_the_chosen_column(alice: User, alice_client: Client) -> None:
    services.create_application(alice, company="Beta", role="B", applied_on=D(2026, 1, 2), fit=2)
    services.create_application(alice, company="alpha", role="C", applied_on=D(2026, 1, 3), fit=5)
    services.create_application(alice, company="Gamma", role="A", applied_on=D(2026, 1, 1))

    def order(sort: str) -> list[str]:
        html = page(alice_client.get(reverse("pipeline:list"), data={"sort": sort}))
        return sorted(("alpha", "Beta", "Gamma"), key=lambda name: html.index(f"<td>{name}</td>"))

    assert order("company") == ["alpha", "Beta", "Gamma"]
    assert order("-company") == ["Gamma", "Beta", "alpha"]
    assert order("-applied_on") == ["alpha", "Beta", "Gamma"]
    assert order("role") == ["Gamma", "Beta", "alpha"]
    assert order("-fit") == ["alpha", "Beta", "Gamma"]  # no fit goes last
    html = page(alice_client.get(reverse("pipeline:list"), data={"sort": "company"}))
    assert 'aria-sort="ascending"' in html


def test_it_pages_fifty_at_a_time(alice: User, alice_client: Client) -> None:
    company = services.company_named(alice, "Acme")
    Application.objects.bulk_create(
        [Application(owner=alice, company=company, role=f"Role {n:02}") for n in range(55)]
    )
    first = page(alice_client.get(reverse("pipeline:list"), data={"sort": "role"}))
    second = page(alice_client.get(reverse("pipeline:list"), data={"sort": "role", "page": "2"}))
    assert "55 applications" in first and "Page 1 of 2" in first
    assert first.count("<tr data-application-id") == 50
    assert second.count("<tr data-application-id") == 5
    assert "Role 54" in second and "Role 54" not in first


def test_it_returns_only_the_results_to_htmx(alice_client: Client, acme: Application) -> None:
    html = page(
        alice_client.get(
            reverse("pipeline:list"), data={"q": "acme"}, headers={"HX-Request": "true"}
        )
    )
    assert "<html" not in html
    assert html.lstrip().startswith('<div id="application-results"')
    assert "Engineer" in html


def test_it_lists_only_the_persons_own(bob_client: Client, acme: Application) -> None:
    html = page(bob_client.get(reverse("pipeline:list")))
    assert "Acme" not in html
    assert "No applications yet" in html


# --- One application.


def test_it_shows_an_application_with_its_timeline(
    alice: User, alice_client: Client, acme: Application
) -> None:
    services.move_application(acme, "interview", on=D(2026, 3, 10), note="With the team lead")
    jo = Contact.objects.create(owner=alice, name="Jo Martin")
    jo.applications.add(acme)
    html = page(alice_client.get(reverse("pipeline:application", args=[acme.pk])))
    assert "Engineer at Acme" in html
    assert "50–60k" in html and "Met Jo at the meetup" in html
    assert "Interview (round 1)" in html and "With the team lead" in html
    assert "2 Mar 2026" in html
    assert reverse("pipeline:contact", args=[jo.pk]) in html and "Jo Martin" in html
    assert 'id="add-event"' in html


def test_it_defaults_a_new_step_to_the_persons_today(
    alice_client: Client, acme: Application
) -> None:
    from nextyes.lib.dates import today_for

    html = page(alice_client.get(reverse("pipeline:application", args=[acme.pk])))
    assert f'value="{today_for(acme.owner).isoformat()}"' in html


def test_it_adds_an_application(alice: User, alice_client: Client) -> None:
    response = alice_client.post(
        reverse("pipeline:application_new"),
        {
            "company": " acme  corp",
            "role": "Engineer",
            "channel": "job-board",
            "applied_on": "2026-03-02",
            "fit": "3",
        },
        follow=True,
    )
    app = Application.objects.get(owner=alice)
    assert app.company.name == "acme corp" and app.fit == 3 and app.status == "applied"
    assert "Added Engineer at acme corp." in response.content.decode()


def test_it_explains_what_is_wrong_with_the_form(alice: User, alice_client: Client) -> None:
    response = alice_client.post(
        reverse("pipeline:application_new"),
        {"company": "", "role": "", "channel": "job-board", "fit": "7", "link": "not a link"},
    )
    html = response.content.decode()
    assert "Which company is this with?" in html
    assert "What is the role called?" in html
    assert "Please use a number from 1 to 5." in html
    assert "That doesn&#x27;t look like a web address." in html
    assert not Application.objects.filter(owner=alice).exists()


def test_it_edits_an_application(alice: User, alice_client: Client, acme: Application) -> None:
    response = alice_client.post(
        reverse("pipeline:application_edit", args=[acme.pk]),
        {
            "company": "Globex",
            "role": "Senior engineer",
            "channel": "recruiter",
            "applied_on": "2026-03-05",
            "fit": "5",
            "work_mode": "remote",
        },
        follow=True,
    )
    acme.refresh_from_db()
    assert (acme.company.name, acme.role, acme.work_mode, acme.fit) == (
        "Globex",
        "Senior engineer",
        "remote",
        5,
    )
    assert acme.events.get(stage="applied").occurred_on == D(2026, 3, 5)
    assert "Saved your changes to Senior engineer at Globex." in response.content.decode()


def test_it_prefills_the_edit_form(alice_client: Client, acme: Application) -> None:
    html = page(alice_client.get(reverse("pipeline:application_edit", args=[acme.pk])))
    assert 'value="Acme"' in html and 'value="2026-03-02"' in html


def test_it_asks_before_deleting_an_application(alice_client: Client, acme: Application) -> None:
    html = page(alice_client.get(reverse("pipeline:application_delete", args=[acme.pk])))
    assert "Delete this application?" in html and "Engineer at Acme" in html
    assert Application.objects.filter(pk=acme.pk).exists()
    response = alice_client.post(
        reverse("pipeline:application_delete", args=[acme.pk]), follow=True
    )
    assert "Deleted Engineer at Acme." in response.content.decode()
    assert not Application.objects.filter(pk=acme.pk).exists()
    assert not Company.objects.filter(name="Acme").exists()


# --- Stage events.


def test_it_adds_a_step_with_the_form(alice_client: Client, acme: Application) -> None:
    response = alice_client.post(
        reverse("pipeline:event_new", args=[acme.pk]),
        {"stage": "interview", "occurred_on": "2026-03-12", "round": "", "note": "Video call"},
        follow=True,
    )
    acme.refresh_from_db()
    event = acme.events.get(stage="interview")
    assert (event.round, event.note, acme.status) == (1, "Video call", "interview")
    assert "Added “Interview (round 1)”" in response.content.decode()


def test_it_keeps_a_step_with_errors_on_the_page(alice_client: Client, acme: Application) -> None:
    response = alice_client.post(
        reverse("pipeline:event_new", args=[acme.pk]), {"stage": "screen", "occurred_on": ""}
    )
    html = response.content.decode()
    assert "When did this happen?" in html and 'id="add-event"' in html
    assert acme.events.count() == 1


def test_it_corrects_a_step_and_the_status_follows(alice_client: Client, acme: Application) -> None:
    rejected = services.move_application(acme, "rejected", on=D(2026, 3, 20))
    html = page(alice_client.get(reverse("pipeline:event_edit", args=[rejected.pk])))
    assert 'value="2026-03-20"' in html
    alice_client.post(
        reverse("pipeline:event_edit", args=[rejected.pk]),
        {"stage": "screen", "occurred_on": "2026-03-20", "note": "It was a screen after all"},
    )
    acme.refresh_from_db()
    assert acme.status == "screen"
    assert StageEvent.objects.get(pk=rejected.pk).note == "It was a screen after all"


def test_it_removes_a_step_after_asking(alice_client: Client, acme: Application) -> None:
    screen = services.move_application(acme, "screen", on=D(2026, 3, 9))
    html = page(alice_client.get(reverse("pipeline:event_delete", args=[screen.pk])))
    assert "Remove this step from the timeline?" in html and "Screen" in html
    response = alice_client.post(reverse("pipeline:event_delete", args=[screen.pk]), follow=True)
    assert "Removed “Screen”" in response.content.decode()
    acme.refresh_from_db()
    assert acme.status == "applied"
    assert not StageEvent.objects.filter(pk=screen.pk).exists()


# --- Bob never reaches Alice's things.


def test_it_gives_bob_a_404_for_every_application_url(
    alice: User, bob_client: Client, acme: Application
) -> None:
    event = acme.events.get()
    urls = [
        reverse("pipeline:application", args=[acme.pk]),
        reverse("pipeline:application_edit", args=[acme.pk]),
        reverse("pipeline:application_delete", args=[acme.pk]),
        reverse("pipeline:event_new", args=[acme.pk]),
        reverse("pipeline:event_edit", args=[event.pk]),
        reverse("pipeline:event_delete", args=[event.pk]),
    ]
    for url in urls:
        assert bob_client.get(url).status_code == 404, url
        posted = {
            "company": "Bob's",
            "role": "Hacked",
            "channel": "other",
            "stage": "rejected",
            "occurred_on": "2026-01-01",
        }
        assert bob_client.post(url, posted).status_code == 404, url
    acme.refresh_from_db()
    assert (acme.role, acme.status, acme.events.count()) == ("Engineer", "applied", 1)
