"""The REST API's contract (docs/api.md): lists, creation, moves, errors, the stats figures."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.test import Client

from nextyes.accounts.models import User
from nextyes.api.errors import NO_ENTRY
from nextyes.api.schemas import NUL
from nextyes.insights.stats import build_stats
from nextyes.journal.models import CheckIn, Win
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, Interview
from nextyes.recovery.models import Ritual
from tests.api.helpers import body, call, token_for


@pytest.fixture
def token(alice: User) -> str:
    return token_for(alice)


def test_it_lists_applications_as_items_and_count(alice: User, bob: User, token: str) -> None:
    services.create_application(
        alice, company="Acme", role="Data Engineer", applied_on=dt.date(2026, 3, 2)
    )
    services.create_application(alice, company="Globex", role="Analyst", channel="referral")
    services.create_application(bob, company="Bob's Co", role="Hidden")

    response = call("GET", "/api/applications", token)

    assert response.status_code == 200
    data = body(response)
    assert isinstance(data, dict) and data["count"] == 2
    by_role = {item["role"]: item for item in data["items"]}
    assert set(by_role) == {"Data Engineer", "Analyst"}
    acme = by_role["Data Engineer"]
    assert (acme["company"], acme["channel"], acme["status"], acme["applied_on"]) == (
        "Acme",
        "job-board",
        "applied",
        "2026-03-02",
    )
    assert isinstance(acme["id"], int)


def test_it_filters_and_pages_the_list(alice: User, token: str) -> None:
    for n in range(5):
        services.create_application(
            alice, company=f"Co {n}", role="Engineer", applied_on=dt.date(2026, 3, 1 + n)
        )
    services.create_application(alice, company="Referred", role="Lead", channel="referral")

    page = body(call("GET", "/api/applications?limit=2&offset=1&status=applied", token))
    referral = body(call("GET", "/api/applications?channel=referral", token))
    march = body(
        call("GET", "/api/applications?applied_from=2026-03-02&applied_to=2026-03-03", token)
    )

    assert isinstance(page, dict) and (page["count"], len(page["items"])) == (5, 2)
    assert isinstance(referral, dict) and [i["company"] for i in referral["items"]] == ["Referred"]
    assert isinstance(march, dict) and sorted(i["applied_on"] for i in march["items"]) == [
        "2026-03-02",
        "2026-03-03",
    ]


def test_it_creates_an_application_with_201(alice: User, token: str) -> None:
    response = call(
        "POST",
        "/api/applications",
        token,
        {
            "company": "Initech",
            "role": "Backend Developer",
            "channel": "referral",
            "applied_on": "2026-03-04",
            "link": "https://initech.example/jobs/7",
        },
    )

    assert response.status_code == 201, response.content
    data = body(response)
    assert isinstance(data, dict)
    saved = Application.objects.get(pk=data["id"], owner=alice)
    assert (saved.company.name, saved.role, saved.channel, saved.status) == (
        "Initech",
        "Backend Developer",
        "referral",
        "applied",
    )
    assert data["applied_on"] == "2026-03-04" and data["link"] == "https://initech.example/jobs/7"


def test_a_rejection_moved_through_the_api_opens_its_ritual(alice: User, token: str) -> None:
    app = services.create_application(
        alice, company="Acme", role="Engineer", applied_on=dt.date(2026, 3, 2)
    )

    response = call("POST", f"/api/applications/{app.pk}/move", token, {"stage": "rejected"})

    assert response.status_code == 200, response.content
    data = body(response)
    assert isinstance(data, dict) and data["status"] == "rejected"
    ritual = Ritual.objects.get(owner=alice)
    assert list(ritual.applications.all()) == [app]
    events = body(call("GET", f"/api/applications/{app.pk}/events", token))
    assert isinstance(events, list) and [e["stage"] for e in events] == ["applied", "rejected"]
    assert events[-1]["occurred_on"] == dt.date.today().isoformat() or events[-1]["occurred_on"]


def test_errors_have_one_shape(alice: User, token: str) -> None:
    missing = call("POST", "/api/applications", token, {"role": "Engineer"})
    bad_stage = call("POST", "/api/applications/1/move", token, {"stage": "hired"})
    bad_link = call(
        "POST", "/api/applications", token, {"company": "A", "role": "B", "link": "nope"}
    )
    nothing = call("GET", "/api/applications/999999", token)

    assert missing.status_code == 422 and body(missing) == {
        "detail": "Field required",
        "field": "company",
    }
    assert bad_stage.status_code == 422
    bad_stage_body = body(bad_stage)
    assert isinstance(bad_stage_body, dict) and bad_stage_body["field"] == "stage"
    assert bad_link.status_code == 422
    assert body(bad_link) == {"detail": "Enter a valid URL.", "field": "link"}
    assert nothing.status_code == 404 and set(json.loads(nothing.content)) == {"detail"}


def test_text_with_a_nul_character_is_refused_on_every_database(alice: User, token: str) -> None:
    win = call("POST", "/api/wins", token, {"text": "Sent\x00five"})
    feelings = call("POST", "/api/checkins", token, {"mood": 3, "emotions": ["calm\x00"]})

    assert win.status_code == 422
    assert body(win) == {"detail": NUL, "field": "text"}
    assert feelings.status_code == 422 and body(feelings) == {"detail": NUL, "field": "emotions"}
    assert not Win.objects.filter(owner=alice).exists()


def test_no_token_or_a_bad_one_is_401_and_a_read_token_may_not_write(alice: User) -> None:
    reader = token_for(alice, "read", name="reader")

    assert call("GET", "/api/applications").status_code == 401
    assert call("GET", "/api/applications", "nyt_not-a-real-token").status_code == 401
    assert call("GET", "/api/applications", reader).status_code == 200
    refused = call("POST", "/api/applications", reader, {"company": "A", "role": "B"})
    assert refused.status_code == 403
    assert body(refused) == {
        "detail": "This token may only read. Create a write token to change things."
    }
    assert not Application.objects.filter(owner=alice).exists()


def test_insights_are_the_figures_of_stats_json(alice: User, token: str) -> None:
    app = services.create_application(
        alice, company="Acme", role="Engineer", applied_on=dt.date(2026, 3, 2)
    )
    services.move_application(app, "screen", on=dt.date(2026, 3, 9))

    response = call("GET", "/api/insights", token)

    assert response.status_code == 200
    expected = json.loads(json.dumps(build_stats(alice).as_json()))
    assert body(response) == expected
    data = body(response)
    assert isinstance(data, dict) and data["funnel"]["applications"] == 1


def test_wins_checkins_interviews_and_contacts_go_through_their_services(
    alice: User, token: str
) -> None:
    app = services.create_application(alice, company="Acme", role="Engineer")

    win = call(
        "POST", "/api/wins", token, {"text": "Sent five applications", "kind": "application"}
    )
    checkin = call("POST", "/api/checkins", token, {"mood": 4, "note": "Good walk"})
    again = call("POST", "/api/checkins", token, {"mood": 2})
    interview = call(
        "POST",
        "/api/interviews",
        token,
        {"application_id": app.pk, "scheduled_at": "2026-03-10T10:00:00+01:00", "kind": "video"},
    )
    contact = call(
        "POST",
        "/api/contacts",
        token,
        {"name": "Sam Rivera", "company": "Acme", "application_ids": [app.pk]},
    )
    contact_data = body(contact)
    assert isinstance(contact_data, dict)
    touch = call(
        "POST",
        f"/api/contacts/{contact_data['id']}/touchpoints",
        token,
        {"kind": "email", "note": "Thanks!"},
    )
    lesson = call(
        "POST", "/api/lessons", token, {"text": "Tailor the summary", "tags": "CV, Interviews"}
    )

    assert [r.status_code for r in (win, interview, contact, touch, lesson)] == [201] * 5
    assert (checkin.status_code, again.status_code) == (200, 200)
    assert Win.objects.get(owner=alice, kind="application").text == "Sent five applications"
    only = CheckIn.objects.get(owner=alice)  # one a day: the second post updated it
    assert (only.mood, only.note) == (2, "Good walk")
    assert Interview.objects.get(owner=alice).round == 1
    assert contact_data["company"] == "Acme" and contact_data["application_ids"] == [app.pk]
    lesson_data = body(lesson)
    assert isinstance(lesson_data, dict) and lesson_data["tags"] == "cv, interviews"


def test_a_browser_session_works_with_csrf(alice: User) -> None:
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(alice)

    listed = browser.get("/api/applications")
    no_csrf = browser.post(
        "/api/applications", {"company": "A", "role": "B"}, content_type="application/json"
    )
    browser.get("/accounts/profile/")  # sets the csrftoken cookie, as any page does
    csrf = browser.cookies["csrftoken"].value
    with_csrf = browser.post(
        "/api/applications",
        {"company": "Acme", "role": "Engineer"},
        content_type="application/json",
        headers={"X-CSRFToken": csrf},
    )

    assert listed.status_code == 200
    assert no_csrf.status_code == 403
    assert with_csrf.status_code == 201, with_csrf.content
    assert Application.objects.get(owner=alice).company.name == "Acme"


def test_a_fresh_install_answers_the_api_not_a_sign_up_page(client: Client, db: None) -> None:
    response = client.get("/api/applications")

    assert response.status_code == 401
    assert body(response) == {"detail": NO_ENTRY}


def test_the_schema_and_docs_are_served(client: Client, db: None) -> None:
    schema = client.get("/api/openapi.json")
    docs = client.get("/api/docs")

    assert schema.status_code == 200
    paths = json.loads(schema.content)["paths"]
    assert {"/api/applications", "/api/applications/{id}/move", "/api/insights"} <= set(paths)
    assert docs.status_code == 200
    page = docs.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in page and "cdn" not in page.lower()
