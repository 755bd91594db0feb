"""The "Save this job?" page: what the bookmarklet and the phone's share target land on."""

from __future__ import annotations

import json
from pathlib import Path

from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from nextyes.accounts.models import User
from nextyes.pipeline import bookmarklet, services
from nextyes.pipeline.models import Application
from tests.conftest import page

PAGES = Path(__file__).parent / "job_pages"
URL = reverse("pipeline:save_job")
AD = "https://boards.example/jobs/42"


def markup(name: str) -> str:
    return (PAGES / f"{name}.html").read_text(encoding="utf-8")


def sent(name: str, **more: str) -> dict[str, str]:
    return {"url": AD, "title": "A job", "markup": markup(name), **more}


def test_the_signed_in_person_sees_the_ad_filled_in(alice_client: Client) -> None:
    html = page(alice_client.post(URL, sent("vincere")))
    assert "Save this job?" in html
    assert 'value="Pellucid Bank"' in html
    assert 'value="Senior Data Analyst"' in html
    assert 'value="€50,000–60,000 a year"' in html
    assert 'value="2026-12-19"' in html
    assert f'value="{AD}"' in html
    assert "boards.example" in html
    # The form posts to the usual, CSRF-protected "Add application".
    assert f'action="{reverse("pipeline:application_new")}"' in html
    assert not Application.objects.exists()


def test_confirming_saves_a_lead(alice: User, alice_client: Client) -> None:
    response = alice_client.post(
        reverse("pipeline:application_new"),
        {
            "company": "Pellucid Bank",
            "role": "Senior Data Analyst",
            "channel": "job-board",
            "closes_on": "2026-12-19",
        },
    )
    app = Application.objects.get(owner=alice)
    assert response.status_code == 302
    assert (app.status, str(app.closes_on)) == ("saved", "2026-12-19")


def test_a_post_from_another_site_arrives_without_the_cookie_and_is_relayed(
    client: Client, alice: User
) -> None:
    html = page(client.post(URL, sent("greenhouse")))
    assert "Saving the job…" in html
    assert 'name="relayed" value="1"' in html
    assert "nextyes/save_job" in html
    # The page's markup goes on untouched (escaped inside the attribute).
    assert "Lumen Kites" in html
    # No CSRF token here: a new one would replace the person's cookie.
    assert "csrfmiddlewaretoken" not in html
    assert "csrftoken" not in client.cookies


def test_the_relayed_post_with_the_cookie_shows_the_form(alice_client: Client) -> None:
    html = page(alice_client.post(URL, sent("greenhouse", relayed="1")))
    assert 'value="Lumen Kites"' in html and 'value="Platform Engineer"' in html


def test_someone_signed_out_is_asked_to_sign_in(client: Client, alice: User) -> None:
    response = client.post(URL, sent("greenhouse", relayed="1"))
    assert response.status_code == 403
    assert "sign in to NextYes in this browser" in page(response)


def test_a_page_without_posting_data_keeps_its_address_and_title(alice_client: Client) -> None:
    html = page(alice_client.post(URL, sent("no_posting", title="Gardener at Fernhill | Jobs")))
    assert 'value="Fernhill"' in html and 'value="Gardener"' in html
    assert "did not describe the job in a way we can read" in html


def test_a_phones_share_fills_what_it_knows(alice_client: Client) -> None:
    html = page(
        alice_client.get(
            URL,
            {
                "title": "Orchard Mutual hiring Claims Handler in Leeds | LinkedIn",
                "text": "Look at this https://jobs.example/claims-7",
            },
        )
    )
    assert 'value="Orchard Mutual"' in html and 'value="Claims Handler"' in html
    assert 'value="https://jobs.example/claims-7"' in html


def test_a_share_while_signed_out_goes_to_sign_in_and_back(client: Client, alice: User) -> None:
    response = client.get(URL, {"url": "https://jobs.example/1"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))
    assert "save-job" in response["Location"]


def test_bobs_save_never_touches_alices_company_of_the_same_name(
    alice: User, bob: User, bob_client: Client
) -> None:
    services.create_application(alice, company="Pellucid Bank", role="Teller")
    html = page(bob_client.post(URL, sent("vincere")))
    assert "Teller" not in html
    bob_client.post(
        reverse("pipeline:application_new"),
        {"company": "Pellucid Bank", "role": "Analyst", "channel": "job-board"},
    )
    mine = Application.objects.get(owner=bob)
    assert mine.company.owner == bob
    assert Application.objects.filter(owner=alice).get().role == "Teller"


def test_the_manifest_offers_the_share_target(client: Client, alice: User) -> None:
    manifest = json.loads(client.get(reverse("manifest")).content)
    assert manifest["share_target"] == {
        "action": URL,
        "method": "GET",
        "params": {"title": "title", "text": "text", "url": "url"},
    }


def test_the_profile_offers_the_bookmarklet_for_this_sites_address(alice_client: Client) -> None:
    html = page(alice_client.get(reverse("accounts:profile")))
    assert "Save to NextYes" in html
    assert escape(bookmarklet.href("http://testserver/save-job/")) in html


def test_the_bookmarklet_is_one_line_that_posts_into_a_new_tab() -> None:
    code = bookmarklet.script("https://nextyes.example/save-job/")
    assert "\n" not in code
    assert '"https://nextyes.example/save-job/"' in code
    assert 'form.target = "_blank"' in code
