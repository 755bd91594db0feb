"""The moment of the no (issue 13): whichever way a rejection arrives, the next page the person
sees offers its ritual ("Take five minutes now") or lets it wait ("Later", remembered)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.cli import main
from nextyes.inbox import proposing
from nextyes.inbox.models import MailMessage
from nextyes.lib.dates import today_for
from nextyes.pipeline import services
from nextyes.pipeline.models import Application
from nextyes.recovery import selectors
from nextyes.recovery import services as recovery
from nextyes.recovery.models import Ritual
from tests.pipeline.transfer_helpers import commit

D = dt.timedelta
PANEL = 'class="rejection-prompt"'


def _applied(user: User, company: str = "Acme") -> Application:
    applied = today_for(user) - D(days=20)
    return services.create_application(user, company=company, role="Analyst", applied_on=applied)


def _panel(html: str) -> str:
    return html.split(PANEL)[1].split("</section>")[0] if PANEL in html else ""


def _page(client: Client, name: str = "momentum:today", *args: object) -> str:
    return str(client.get(reverse(name, args=args)).content.decode())


def test_it_offers_the_ritual_on_the_next_page_after_a_plain_board_move(
    alice: User, alice_client: Client
) -> None:
    app = _applied(alice)
    response = alice_client.post(
        reverse("pipeline:move", args=[app.pk]), {"stage": "rejected"}, follow=True
    )
    ritual = Ritual.objects.get(owner=alice)
    panel = _panel(response.content.decode())
    assert "A no from Acme" in panel
    assert "it is not a verdict on you" in panel
    assert f'href="{reverse("recovery:ritual", args=[ritual.pk])}">Take five minutes now' in panel
    assert reverse("recovery:ritual_later", args=[ritual.pk]) in panel
    # The card went into the Closed drawer, which opens for it.
    assert (
        response.redirect_chain[-1][0] == reverse("pipeline:board") + f"?closed=open#card-{app.pk}"
    )
    assert '<details id="closed" class="closed-drawer" open>' in response.content.decode()


def test_it_sends_the_panel_out_of_band_with_the_boards_htmx_swap(
    alice: User, alice_client: Client
) -> None:
    app = _applied(alice)
    response = alice_client.post(
        reverse("pipeline:move", args=[app.pk]),
        {"stage": "rejected"},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="board-columns"')
    assert '<div id="rejection-prompt" hx-swap-oob="true">' in html
    assert "A no from Acme" in _panel(html)
    # Later, from the swapped panel, brings the person back to the board.
    assert f'name="next" value="{reverse("pipeline:board")}"' in _panel(html)
    # Another move swaps an empty panel in once the first is answered.
    recovery.answer_prompt(Ritual.objects.get(owner=alice))
    other = _applied(alice, "Globex")
    response = alice_client.post(
        reverse("pipeline:move", args=[other.pk]),
        {"stage": "screen"},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert '<div id="rejection-prompt" hx-swap-oob="true">' in html and PANEL not in html


def test_it_offers_it_after_a_rejection_added_on_the_application_page(
    alice: User, alice_client: Client
) -> None:
    app = _applied(alice)
    response = alice_client.post(
        reverse("pipeline:event_new", args=[app.pk]),
        {"stage": "rejected", "occurred_on": today_for(alice).isoformat()},
        follow=True,
    )
    assert Ritual.objects.filter(owner=alice, applications=app).exists()
    assert "A no from Acme" in _panel(response.content.decode())


def test_it_offers_it_on_today_after_the_cli_moved_one(
    alice: User, alice_client: Client, capsys: pytest.CaptureFixture[str]
) -> None:
    app = _applied(alice)
    assert main(["move", str(app.pk), "rejected"]) == 0
    html = _page(alice_client)
    assert "A no from Acme" in _panel(html)
    # The open ritual also stays near the top of Today, above goals and next actions.
    assert html.index(PANEL) < html.index('id="rituals-title"') < html.index("today-grid")


def test_it_offers_one_panel_for_an_import_with_every_company(
    alice: User, alice_client: Client
) -> None:
    today = today_for(alice)
    lines = ["Company,Role,Status,Date Applied"]
    lines += [f"{c},Analyst,Rejected,{(today - D(days=3)).isoformat()}" for c in ("Acme", "Globex")]
    commit(alice, "\n".join(lines) + "\n")
    assert "A no from Acme and Globex" in _panel(_page(alice_client))


def test_it_offers_it_after_a_rejection_from_the_mail(alice: User, alice_client: Client) -> None:
    _applied(alice)
    message = MailMessage.objects.create(
        owner=alice,
        message_id="no-1",
        content_hash="0" * 64,
        sent_at=timezone.now() - D(days=1),
        label="rejection",
        sender_name="Acme Talent",
        sender_address="talent@acme.com",
        subject="Your application",
        text="",
        confidence=0.97,
    )
    (proposal,) = proposing.propose(alice, [message])
    alice_client.post(reverse("inbox:proposal_apply", args=[proposal.pk]))
    ritual = Ritual.objects.get(owner=alice)
    # The ritual's own pages do not invite to themselves; every other page does.
    assert PANEL not in _page(alice_client, "recovery:ritual_step", ritual.pk, "feel")
    assert "A no from Acme" in _panel(_page(alice_client, "pipeline:list"))


def test_later_remembers_the_answer_and_keeps_the_ritual_on_today(
    alice: User, alice_client: Client
) -> None:
    app = _applied(alice)
    services.move_application(app, "rejected")
    ritual = Ritual.objects.get(owner=alice)
    url = reverse("recovery:ritual_later", args=[ritual.pk])
    response = alice_client.post(url, {"next": reverse("pipeline:contacts")})
    assert response.status_code == 302 and response["Location"] == reverse("pipeline:contacts")
    ritual.refresh_from_db()
    assert ritual.prompt_answered and ritual.status == "open"
    html = _page(alice_client)
    assert PANEL not in html
    assert "After the no from Acme: take a few minutes" in html
    # With htmx the panel is swapped away in place.
    response = alice_client.post(url, headers={"HX-Request": "true"})
    assert response.status_code == 200 and response.content == b""


def test_later_is_a_post_and_only_for_the_owner(alice: User, bob_client: Client) -> None:
    app = _applied(alice)
    services.move_application(app, "rejected")
    ritual = Ritual.objects.get(owner=alice)
    url = reverse("recovery:ritual_later", args=[ritual.pk])
    assert bob_client.post(url).status_code == 404
    assert bob_client.get(url).status_code == 404
    assert PANEL not in _page(bob_client)
    ritual.refresh_from_db()
    assert not ritual.prompt_answered
    bob_client.force_login(alice)  # the fixtures' clients are one client
    assert bob_client.get(url).status_code == 405


def test_it_offers_only_fresh_rituals_nobody_has_started(alice: User) -> None:
    app = _applied(alice)
    services.move_application(app, "rejected")
    ritual = Ritual.objects.get(owner=alice)
    prompt = selectors.pending_prompt(alice)
    assert prompt is not None and (prompt.ritual_id, prompt.companies) == (ritual.pk, "Acme")
    recovery.save_step(ritual, "feel", {"emotions": [], "intensity": None, "feeling_note": ""})
    assert selectors.pending_prompt(alice) is None
    Ritual.objects.filter(pk=ritual.pk).update(visited_steps=[])
    assert selectors.pending_prompt(alice) is not None
    old = today_for(alice) - D(days=selectors.PROMPT_DAYS + 1)
    Ritual.objects.filter(pk=ritual.pk).update(opened_on=old)
    assert selectors.pending_prompt(alice) is None
    Ritual.objects.filter(pk=ritual.pk).update(opened_on=today_for(alice), status="set-aside")
    assert selectors.pending_prompt(alice) is None


def test_it_offers_the_newest_of_several(alice: User) -> None:
    for company in ("Acme", "Globex"):
        services.move_application(_applied(alice, company), "rejected")
    prompt = selectors.pending_prompt(alice)
    assert prompt is not None and prompt.companies == "Globex"
