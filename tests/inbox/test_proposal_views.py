"""The proposals page: listed in words, applied (to the ritual), edited, dismissed, undone, in bulk."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.inbox import proposals, proposing
from nextyes.inbox.models import InboxSettings, MailMessage, Proposal
from nextyes.lib.dates import zone_for
from nextyes.pipeline import services as pipeline
from nextyes.pipeline.models import Application, Interview
from nextyes.recovery.models import Ritual


def mail(user: User, label: str, **fields: object) -> MailMessage:
    values = {
        "sender_name": "Acme Talent",
        "sender_address": "talent@acme.com",
        "subject": "Your application",
        "text": "",
        "confidence": 0.97,
        **fields,
    }
    return MailMessage.objects.create(
        owner=user,
        message_id=f"{label}-{values['subject']}-{values['sender_address']}",
        content_hash="0" * 64,
        sent_at=timezone.now() - dt.timedelta(days=1),
        label=label,
        **values,
    )


@pytest.fixture
def acme(alice: User) -> Application:
    applied = timezone.localdate() - dt.timedelta(days=20)
    return pipeline.create_application(
        alice, company="Acme", role="Data Analyst", applied_on=applied
    )


@pytest.fixture
def rejection(alice: User, acme: Application) -> Proposal:
    return proposing.propose(alice, [mail(alice, "rejection")])[0]


def test_it_lists_proposals_in_words(alice_client: Client, alice: User, acme: Application) -> None:
    proposing.propose(
        alice,
        [
            mail(alice, "rejection"),
            mail(
                alice,
                "interview",
                sender_name="Hi",
                sender_address="x@globex.example",
                subject="Interview with Globex",
                confidence=0.91,
            ),
        ],
    )
    body = alice_client.get(reverse("inbox:proposals")).content.decode()
    assert "Acme — Data Analyst" in body
    assert "rejection" in body and "(97%)" in body and "mark rejected on" in body
    assert "Globex" in body and "interview invitation" in body and "create an application?" in body
    assert "Apply all 1 at 95% or more" in body or "Apply the one at 95% or more" in body
    inbox = alice_client.get(reverse("inbox:index")).content.decode()
    assert "2 proposals to review" in inbox


def test_applying_a_rejection_offers_its_ritual_in_the_panel(
    alice_client: Client, alice: User, acme: Application, rejection: Proposal
) -> None:
    response = alice_client.post(reverse("inbox:proposal_apply", args=[rejection.pk]), follow=True)
    ritual = Ritual.objects.get(owner=alice)
    assert response.redirect_chain == [(reverse("inbox:proposals"), 302)]
    body = response.content.decode()
    # The same panel as on the board: now or later, not a jump into the ritual.
    assert "A no from Acme" in body and "Take five minutes now" in body
    assert reverse("recovery:ritual", args=[ritual.pk]) in body
    assert reverse("recovery:ritual_later", args=[ritual.pk]) in body
    assert "Done: Acme: rejected." in body
    acme.refresh_from_db()
    assert acme.status == "rejected"
    # "Later" brings the list back without the panel; the ritual waits on Today.
    later = alice_client.post(
        reverse("recovery:ritual_later", args=[ritual.pk]),
        {"next": reverse("inbox:proposals")},
        follow=True,
    )
    assert "A no from Acme" not in later.content.decode()
    assert later.redirect_chain[-1][0] == reverse("inbox:proposals")


def test_with_htmx_a_rejection_brings_the_panel_and_an_offer_swaps_in_place(
    alice_client: Client, alice: User, acme: Application, rejection: Proposal
) -> None:
    response = alice_client.post(
        reverse("inbox:proposal_apply", args=[rejection.pk]), HTTP_HX_REQUEST="true"
    )
    body = response.content.decode()
    assert "HX-Redirect" not in response
    assert f'id="proposal-{rejection.pk}"' in body and "Done: Acme: rejected." in body
    assert '<div id="rejection-prompt" hx-swap-oob="true">' in body
    assert "A no from Acme" in body and 'name="next" value="/inbox/proposals/"' in body
    offer = proposing.propose(alice, [mail(alice, "offer", subject="Good news")])[0]
    response = alice_client.post(
        reverse("inbox:proposal_apply", args=[offer.pk]), HTTP_HX_REQUEST="true"
    )
    body = response.content.decode()
    assert f'id="proposal-{offer.pk}"' in body and "Undo" in body and "Done:" in body
    assert "rejection-prompt" not in body


def test_undo_from_the_page(
    alice_client: Client, alice: User, acme: Application, rejection: Proposal
) -> None:
    alice_client.post(reverse("inbox:proposal_apply", args=[rejection.pk]))
    page = alice_client.get(reverse("inbox:proposals")).content.decode()
    assert "Recent decisions" in page and "Undo" in page
    response = alice_client.post(reverse("inbox:proposal_undo", args=[rejection.pk]), follow=True)
    assert "Undone: it is as it was before." in response.content.decode()
    acme.refresh_from_db()
    assert acme.status == "applied"
    assert not Ritual.objects.filter(owner=alice).exists()


def test_edit_then_apply_an_interview_with_a_time(
    alice_client: Client, alice: User, acme: Application
) -> None:
    proposal = proposing.propose(alice, [mail(alice, "interview", subject="Acme: let's talk")])[0]
    url = reverse("inbox:proposal_edit", args=[proposal.pk])
    assert "Save and apply" in alice_client.get(url).content.decode()
    on = timezone.localdate()
    response = alice_client.post(
        url,
        {
            "application": acme.pk,
            "stage": "interview",
            "on": on.isoformat(),
            "interview_at": f"{(on + dt.timedelta(days=5)).isoformat()}T10:30",
        },
    )
    assert response.status_code == 302
    interview = Interview.objects.get(owner=alice)
    assert interview.application == acme
    assert interview.scheduled_at.astimezone(zone_for(alice)).hour == 10


def test_edit_needs_a_company_for_a_new_application(
    alice_client: Client, alice: User, rejection: Proposal
) -> None:
    response = alice_client.post(
        reverse("inbox:proposal_edit", args=[rejection.pk]),
        {"application": "", "company_name": "", "stage": "rejected", "on": "2026-03-01"},
    )
    assert response.status_code == 400
    assert "Which company is it?" in response.content.decode()


def test_dismiss_and_bulk_apply(alice_client: Client, alice: User, acme: Application) -> None:
    made = proposing.propose(
        alice,
        [
            mail(alice, "received", subject="Acme: received"),
            mail(alice, "offer", subject="Acme: an offer", confidence=0.6),
        ],
    )
    alice_client.post(reverse("inbox:proposal_dismiss", args=[made[1].pk]))
    assert Proposal.objects.get(pk=made[1].pk).status == "dismissed"
    response = alice_client.post(
        reverse("inbox:proposals_apply_all"), {"ids": [made[0].pk]}, follow=True
    )
    assert "Applied 1 proposal." in response.content.decode()
    acme.refresh_from_db()
    assert acme.status == "acknowledged"


def test_apply_all_above_the_suggested_confidence(
    alice_client: Client, alice: User, acme: Application, rejection: Proposal
) -> None:
    response = alice_client.post(reverse("inbox:proposals_apply_all"), {"above": "1"})
    assert response["Location"] == reverse("inbox:proposals")
    assert "A no from Acme" in alice_client.get(response["Location"]).content.decode()
    assert Proposal.objects.get(pk=rejection.pk).status == "applied"


def test_the_auto_apply_setting(alice_client: Client, alice: User) -> None:
    alice_client.post(reverse("inbox:settings"), {"auto_apply": "on", "threshold": "95"})
    assert InboxSettings.objects.get(owner=alice).auto_apply_threshold == 0.95
    page = alice_client.get(reverse("inbox:settings")).content.decode()
    assert 'value="95"' in page
    alice_client.post(reverse("inbox:settings"), {"threshold": "95"})
    assert InboxSettings.objects.get(owner=alice).auto_apply_threshold is None
    bad = alice_client.post(reverse("inbox:settings"), {"auto_apply": "on", "threshold": "120"})
    assert bad.status_code == 400


def test_a_decided_proposal_is_not_applied_again(
    alice_client: Client, alice: User, rejection: Proposal
) -> None:
    proposals.dismiss(rejection)
    response = alice_client.post(reverse("inbox:proposal_apply", args=[rejection.pk]), follow=True)
    assert "already decided" in response.content.decode()


def test_the_page_asks_to_sign_in_first(client: Client, alice: User) -> None:
    response = client.get(reverse("inbox:proposals"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_applying_a_new_application_without_a_name_asks_for_it(
    alice_client: Client, alice: User
) -> None:
    [proposal] = proposing.propose(
        alice, [mail(alice, "offer", sender_name="Jo", sender_address="jo@gmail.com")]
    )
    assert proposal.company_name == ""
    response = alice_client.post(reverse("inbox:proposal_apply", args=[proposal.pk]))
    assert response["Location"] == reverse("inbox:proposal_edit", args=[proposal.pk])
    response = alice_client.post(
        response["Location"],
        {"company_name": "Vandelay", "role": "Importer", "stage": "offer", "on": "2026-03-02"},
    )
    assert Application.objects.get(owner=alice).company.name == "Vandelay"


def test_today_points_to_the_updates_waiting_in_the_mail(alice: User, alice_client: Client) -> None:
    assert "from your mail to review" not in alice_client.get("/").content.decode()
    message = MailMessage.objects.create(
        owner=alice,
        message_id="a@b.example",
        content_hash="1" * 64,
        subject="Your application to Acme",
        label="rejection",
        confidence=0.97,
    )
    for _ in range(2):
        Proposal.objects.create(owner=alice, message=message, kind="create", confidence=0.97)
    page = alice_client.get("/").content.decode()
    assert "2 updates from your mail to review" in page
    assert "/inbox/proposals/" in page
