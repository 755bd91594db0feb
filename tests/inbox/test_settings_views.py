"""The inbox settings page: the person's own addresses and what they taught NextYes."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.inbox import own_mail
from nextyes.inbox.models import InboxSettings, MailMessage, Proposal


def _mail_from(user: User, address: str) -> MailMessage:
    return MailMessage.objects.create(
        owner=user,
        message_id=f"{address}-1",
        content_hash="0" * 64,
        sender_address=address,
        subject="Re: Interview on Tuesday",
        label="interview",
        confidence=0.9,
    )


def test_it_saves_the_persons_addresses_and_withdraws_proposals_for_their_own_mail(
    alice: User, alice_client: Client
) -> None:
    mine = _mail_from(alice, "alice@example.org")
    Proposal.objects.create(owner=alice, message=mine, kind="create", stage="interview")

    response = alice_client.post(
        reverse("inbox:addresses"),
        {"addresses": "Alice@example.org\nalice@work.example"},
        follow=True,
    )

    page = response.content.decode()
    assert "Your addresses are saved." in page
    assert "1 waiting proposal was mail you sent" in page
    assert "alice@work.example" in page
    assert own_mail.my_addresses(alice) == ["alice@example.org", "alice@work.example"]
    assert not Proposal.objects.filter(owner=alice).exists()
    assert MailMessage.objects.get(pk=mine.pk).from_me


def test_it_says_which_address_it_cannot_read(alice: User, alice_client: Client) -> None:
    response = alice_client.post(reverse("inbox:addresses"), {"addresses": "alice at home"})

    assert response.status_code == 400
    assert "These do not look like email addresses: alice, at, home" in response.content.decode()
    assert not InboxSettings.objects.filter(owner=alice).exists()


def test_saving_addresses_keeps_the_auto_apply_setting(alice: User, alice_client: Client) -> None:
    alice_client.post(reverse("inbox:settings"), {"auto_apply": "on", "threshold": "97"})
    alice_client.post(reverse("inbox:addresses"), {"addresses": "alice@example.org"})

    settings = InboxSettings.objects.get(owner=alice)
    assert (settings.auto_apply_threshold, settings.my_addresses) == (0.97, ["alice@example.org"])


def test_the_page_says_nothing_was_taught_yet(alice_client: Client) -> None:
    page = alice_client.get(reverse("inbox:settings")).content.decode()

    assert "Nothing yet. When you change what a proposal says" in page
    assert "Forget what I taught NextYes" not in page


def test_bobs_addresses_never_touch_alices_mail(alice: User, bob: User, bob_client: Client) -> None:
    theirs = _mail_from(alice, "alice@example.org")
    Proposal.objects.create(owner=alice, message=theirs, kind="create", stage="interview")

    bob_client.post(reverse("inbox:addresses"), {"addresses": "alice@example.org"})

    assert Proposal.objects.filter(owner=alice).count() == 1
    assert not MailMessage.objects.get(pk=theirs.pk).from_me
    assert own_mail.my_addresses(alice) == []
    assert "alice@example.org" not in own_mail.my_addresses(alice)


def test_the_inbox_says_which_mail_the_person_sent(alice: User, alice_client: Client) -> None:
    mine = _mail_from(alice, "alice@example.org")
    own_mail.set_my_addresses(alice, ["alice@example.org"])

    page = alice_client.get(reverse("inbox:message", args=[mine.pk])).content.decode()

    assert "you sent this, so it proposes nothing" in page
