from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, Contact, Interview, Touchpoint
from nextyes.pipeline.transfer import exporter
from tests.pipeline.transfer_helpers import commit, table_of

D = dt.date


def _search(user: User, company: str = "Acme") -> Application:
    app = services.create_application(
        user, company=company, role="Engineer", applied_on=D(2026, 3, 2), notes="Café ☕"
    )
    services.move_application(app, "interview", on=D(2026, 3, 9))
    contact = Contact.objects.create(owner=user, name=f"Sam at {company}", company=app.company)
    contact.applications.add(app)
    interview = Interview.objects.create(
        owner=user,
        application=app,
        scheduled_at=dt.datetime(2026, 3, 9, 14, 0, tzinfo=dt.UTC),
        kind="video",
    )
    interview.contacts.add(contact)
    Touchpoint.objects.create(
        owner=user, contact=contact, application=app, occurred_on=D(2026, 3, 10), kind="email"
    )
    return app


def test_it_exports_everything_as_one_json_document(alice: User, bob: User) -> None:
    alice.north_star = "A kind team"
    alice.save()
    app = _search(alice)
    _search(bob, company="Bob's secret employer")
    data = exporter.export_data(alice)
    assert (data["format"], data["version"]) == ("nextyes-export", 2)
    assert data["user"] == {
        "username": "alice",
        "display_name": "Alice",
        "timezone": "Europe/Paris",
        "north_star": "A kind team",
    }
    assert [c["name"] for c in data["companies"]] == ["Acme"]
    [application] = data["applications"]
    assert application["company"] == "Acme" and application["status"] == "interview"
    assert application["notes"] == "Café ☕"
    assert [(e["stage"], e["occurred_on"]) for e in application["events"]] == [
        ("applied", "2026-03-02"),
        ("interview", "2026-03-09"),
    ]
    [contact] = data["contacts"]
    assert application["contact_ids"] == [contact["id"]]
    assert application["interviews"][0]["scheduled_at"] == "2026-03-09T14:00:00+00:00"
    assert application["interviews"][0]["contact_ids"] == [contact["id"]]
    assert contact["touchpoints"][0]["application_id"] == app.pk
    assert "Bob's secret employer" not in json.dumps(data)


def test_it_exports_one_csv_per_entity_in_a_zip(alice: User, bob: User) -> None:
    _search(alice)
    _search(bob, company="Bob's secret employer")
    archive = zipfile.ZipFile(io.BytesIO(exporter.export_zip(alice)))
    assert {
        "applications.csv",
        "companies.csv",
        "contacts.csv",
        "events.csv",
        "interviews.csv",
        "touchpoints.csv",
    } <= set(archive.namelist())
    applications = archive.read("applications.csv").decode("utf-8-sig")
    assert applications.splitlines()[0].startswith("id,company_id,company,role,link")
    assert "Café ☕" in applications
    assert len(archive.read("events.csv").decode("utf-8-sig").splitlines()) == 3
    everything = b"".join(archive.read(n) for n in archive.namelist())
    assert b"Bob's secret employer" not in everything


def test_it_reimports_its_own_applications_csv(alice: User, bob: User) -> None:
    _search(alice)
    services.create_application(alice, company="Globex", role="Ops", channel="referral")
    archive = zipfile.ZipFile(io.BytesIO(exporter.export_zip(alice)))
    csv_bytes = archive.read("applications.csv")
    result = commit(bob, csv_bytes)
    assert result.created == 2
    moved = {
        a.role: (a.company.name, a.status, a.applied_on, a.channel)
        for a in Application.objects.filter(owner=bob)
    }
    assert moved == {
        "Engineer": ("Acme", "interview", D(2026, 3, 2), "job-board"),
        "Ops": ("Globex", "saved", None, "referral"),
    }
    assert table_of(csv_bytes).delimiter == ","


def test_it_downloads_the_json_export_with_a_dated_name(alice_client: Client, alice: User) -> None:
    _search(alice)
    response = alice_client.get(reverse("pipeline:export_json"))
    assert response["Content-Disposition"].startswith('attachment; filename="nextyes-export-20')
    assert response["Content-Disposition"].endswith('.json"')
    assert response["Cache-Control"] == "private, no-store"
    assert json.loads(response.content)["applications"][0]["role"] == "Engineer"


def test_it_downloads_the_zip_export(alice_client: Client, alice: User) -> None:
    _search(alice)
    response = alice_client.get(reverse("pipeline:export_csv"))
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].endswith('.zip"')
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert "applications.csv" in names


def test_it_exports_only_the_signed_in_persons_data(bob_client: Client, alice: User) -> None:
    _search(alice)
    data = json.loads(bob_client.get(reverse("pipeline:export_json")).content)
    assert data["user"]["username"] == "bob"
    assert data["applications"] == [] and data["contacts"] == [] and data["companies"] == []


def test_it_asks_to_sign_in_before_exporting(client: Client, alice: User) -> None:
    response = client.get(reverse("pipeline:export_json"))
    assert response.status_code == 302 and "login" in response["Location"]
