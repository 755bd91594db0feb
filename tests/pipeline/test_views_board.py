from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from pytest_django import DjangoAssertNumQueries, Settings

from nextyes.accounts.models import User
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, StageEvent

D = dt.date


def board_html(client: Client, **headers: str) -> str:
    return client.get(reverse("pipeline:board"), headers=headers).content.decode()


def test_it_welcomes_a_new_person_with_a_way_to_start(alice_client: Client) -> None:
    html = board_html(alice_client)
    assert "Add your first application" in html
    assert reverse("pipeline:application_new") in html
    assert reverse("pipeline:import") in html
    assert 'class="column' not in html


def test_it_shows_each_card_in_its_status_column(alice: User, alice_client: Client) -> None:
    acme = services.create_application(
        alice, company="Acme", role="Engineer", applied_on=D(2026, 3, 2), channel="referral", fit=4
    )
    services.move_application(acme, "screen", on=D(2026, 3, 9))
    services.create_application(alice, company="Globex", role="Analyst")

    html = board_html(alice_client)

    # Issue 13: eight open stages side by side, four ended ones folded into the drawer.
    assert html.count('<section class="column stage-') == 12
    drawer = html.split('<details id="closed"')[1].split("</details>\n</div>")[0]
    assert drawer.count('<section class="column stage-') == 4
    assert 'id="col-screen" data-stage="screen" aria-label="Screen">' in html
    screen = html.split('data-stage="screen"')[1].split("</section>")[0]
    assert f'data-application-id="{acme.pk}"' in screen
    assert f'<article class="card stage-screen" id="card-{acme.pk}"' in screen
    assert "Engineer" in screen and "Acme" in screen
    assert "days here" in screen  # since 9 March
    saved = html.split('data-stage="saved"')[1].split("</section>")[0]
    assert "Globex" in saved and "Analyst" in saved
    assert "Add application" in html


def test_it_keeps_people_to_their_own_cards(alice: User, bob: User, bob_client: Client) -> None:
    services.create_application(alice, company="Acme", role="Engineer")
    services.create_application(bob, company="Initech", role="Tester")
    html = board_html(bob_client)
    assert "Initech" in html
    assert "Acme" not in html


def test_it_moves_a_card_with_the_plain_form(alice: User, alice_client: Client) -> None:
    app = services.create_application(
        alice, company="Acme", role="Engineer", applied_on=D(2026, 3, 2)
    )
    response = alice_client.post(
        reverse("pipeline:move", args=[app.pk]), {"stage": "screen"}, follow=True
    )
    app.refresh_from_db()
    assert app.status == "screen"
    assert list(app.events.values_list("stage", flat=True)) == ["applied", "screen"]
    html = response.content.decode()
    assert "Moved Engineer at Acme to Screen." in html
    assert response.redirect_chain[-1][0].endswith(f"#card-{app.pk}")


def test_it_moves_a_card_with_htmx_and_returns_only_the_columns(
    alice: User, alice_client: Client
) -> None:
    app = services.create_application(
        alice, company="Acme", role="Engineer", applied_on=D(2026, 3, 2)
    )
    response = alice_client.post(
        reverse("pipeline:move", args=[app.pk]),
        {"stage": "interview"},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert "<html" not in html
    assert html.lstrip().startswith('<div id="board-columns"')
    interview = html.split('data-stage="interview"')[1].split("</section>")[0]
    assert f'data-application-id="{app.pk}"' in interview
    assert "Moved Engineer at Acme to Interview (round 1)." in html
    event = StageEvent.objects.get(application=app, stage="interview")
    assert event.round == 1
    app.refresh_from_db()
    assert app.status == "interview"


def test_it_refuses_a_stage_that_does_not_exist(alice: User, alice_client: Client) -> None:
    app = services.create_application(alice, company="Acme", role="Engineer")
    response = alice_client.post(
        reverse("pipeline:move", args=[app.pk]), {"stage": "hired"}, follow=True
    )
    assert "Please pick one of the stages" in response.content.decode()
    assert app.events.count() == 1


def test_it_gives_bob_a_404_when_he_moves_alices_card(alice: User, bob_client: Client) -> None:
    app = services.create_application(alice, company="Acme", role="Engineer")
    url = reverse("pipeline:move", args=[app.pk])
    assert bob_client.post(url, {"stage": "screen"}).status_code == 404
    assert bob_client.get(url).status_code == 404
    app.refresh_from_db()
    assert app.status == "saved" and app.events.count() == 1


def test_it_caps_a_column_and_links_to_the_rest(
    alice: User, alice_client: Client, settings: Settings
) -> None:
    company = services.company_named(alice, "Acme")
    for n in range(23):
        services.create_application(alice, company=company, role=f"Role {n:02}")
    html = board_html(alice_client)
    saved = html.split('data-stage="saved"')[1].split("</section>")[0]
    assert saved.count('<article class="card') == 20
    assert "3 more — see them in the list" in saved
    assert f"{reverse('pipeline:list')}?status=saved" in saved


def test_it_shows_the_most_recently_changed_cards_first(alice: User, alice_client: Client) -> None:
    old = services.create_application(alice, company="Acme", role="Old", applied_on=D(2026, 1, 1))
    new = services.create_application(alice, company="Acme", role="New", applied_on=D(2026, 2, 1))
    html = board_html(alice_client)
    assert html.index(f'data-application-id="{new.pk}"') < html.index(
        f'data-application-id="{old.pk}"'
    )


def test_it_builds_the_board_in_a_few_queries(
    alice: User, alice_client: Client, django_assert_max_num_queries: DjangoAssertNumQueries
) -> None:
    company = services.company_named(alice, "Acme")
    stages = ["saved", "applied", "screen", "interview", "rejected", "ghosted"]
    rows = [
        Application(owner=alice, company=company, role=f"Role {n}", status=stages[n % len(stages)])
        for n in range(60)
    ]
    Application.objects.bulk_create(rows)
    # Session, user, one query for every card whatever their number, one for the panel after a
    # no (issue 13).
    with django_assert_max_num_queries(5):
        html = board_html(alice_client)
    assert html.count('<article class="card') == 60


@pytest.mark.parametrize("name", ["board", "list"])
def test_it_sends_a_stranger_to_sign_in(client: Client, alice: User, name: str) -> None:
    response = client.get(reverse(f"pipeline:{name}"))
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]
