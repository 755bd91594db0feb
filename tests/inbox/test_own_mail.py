"""The person's own mail: stored when it is about the search, never a proposal."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.exceptions import ValidationError

from nextyes.accounts.models import User
from nextyes.inbox import imap, own_mail, proposals, secrets
from nextyes.inbox.account_forms import AccountForm
from nextyes.inbox.models import MailAccount, MailMessage, Proposal
from nextyes.inbox.services import import_mail
from tests.inbox.imap_server import ImapServer
from tests.inbox.mail_helpers import mbox, message

ME = "Alice Martin <alice@example.org>"
THANKS = message(
    "Interview: thank you for your time",
    "Hi Dana,\n\nThank you for taking the time to meet with me yesterday about the Data Analyst "
    "role. I enjoyed hearing about the team.\n\nBest regards,\nAlice",
    sender=ME,
)
REPLY = message(
    "Rejection: Re: Your application to Acme",
    "Hi Sam,\n\nThank you for letting me know. I would be grateful for any feedback.\n\nAlice\n\n"
    "On Mon, 2 Mar 2026, Acme Talent wrote:\n> Unfortunately we have decided to move forward "
    "with other candidates.",
    sender="alice+jobs@Example.org",
)
THEIRS = message(
    "Rejection: Your application to Acme",
    "Unfortunately we have decided to move forward with other candidates.",
)


def _mailbox(tmp_path: Path) -> Path:
    return mbox(tmp_path / "mail.mbox", [THANKS, REPLY, THEIRS])


@pytest.mark.usefixtures("by_subject")
def test_it_keeps_the_persons_own_mail_about_the_search_but_proposes_nothing_for_it(
    alice: User, tmp_path: Path
) -> None:
    own_mail.set_my_addresses(alice, ["alice@example.org"])

    result = import_mail(alice, _mailbox(tmp_path))

    assert result.kept == 3
    mine = MailMessage.objects.filter(owner=alice, from_me=True)
    assert set(mine.values_list("subject", flat=True)) == {
        "Interview: thank you for your time",
        "Rejection: Re: Your application to Acme",
    }
    proposed = Proposal.objects.filter(owner=alice).values_list("message__subject", flat=True)
    assert list(proposed) == ["Rejection: Your application to Acme"]


@pytest.mark.usefixtures("by_subject")
def test_without_the_address_the_same_mail_would_be_proposed(alice: User, tmp_path: Path) -> None:
    import_mail(alice, _mailbox(tmp_path))

    assert Proposal.objects.filter(owner=alice).count() == 3
    assert not MailMessage.objects.filter(owner=alice, from_me=True).exists()


def test_the_shipped_model_never_proposes_the_persons_own_replies(
    alice: User, tmp_path: Path
) -> None:
    """The real classifier, on the person's thank-you and their "Re:" to a no."""
    own_mail.set_my_addresses(alice, ["alice@example.org"])
    thanks = message(
        "Thank you for the interview",
        "Hi Dana,\n\nThank you for taking the time to meet with me yesterday to discuss the Data "
        "Analyst role. I enjoyed learning about the team.\n\nBest regards,\nAlice",
        sender=ME,
    )
    reply = message(
        "Re: Your application to Acme",
        "Hi Sam,\n\nThank you for letting me know. I would be grateful for any feedback you "
        "could share.\n\nAlice\n\nOn Mon, 2 Mar 2026, Acme Talent <talent@acme.example> wrote:\n"
        "> Thank you for your interest in Acme. Unfortunately we have decided to move forward "
        "with other candidates whose experience more closely matches the role.",
        sender=ME,
    )

    import_mail(alice, mbox(tmp_path / "sent.mbox", [thanks, reply]), keep_other=True)

    assert MailMessage.objects.filter(owner=alice, from_me=True).count() == 2
    assert not Proposal.objects.filter(owner=alice).exists()


@pytest.mark.usefixtures("by_subject")
def test_saving_an_address_withdraws_waiting_proposals_for_mail_from_it(
    alice: User, tmp_path: Path
) -> None:
    import_mail(alice, _mailbox(tmp_path))
    theirs = Proposal.objects.get(owner=alice, message__subject__startswith="Rejection: Your")
    proposals.dismiss(theirs)

    withdrawn = own_mail.set_my_addresses(alice, ["Alice@Example.org"])

    assert withdrawn == 2
    assert MailMessage.objects.filter(owner=alice, from_me=True).count() == 2
    left = Proposal.objects.filter(owner=alice).values_list("message__subject", "status")
    assert list(left) == [("Rejection: Your application to Acme", "dismissed")]


def test_it_reads_addresses_one_per_line_or_comma_and_refuses_what_is_not_one() -> None:
    assert own_mail.parse_addresses("A@x.org, b@y.org\na@x.org") == ["a@x.org", "b@y.org"]
    with pytest.raises(ValidationError, match="not-an-address"):
        own_mail.parse_addresses("a@x.org not-an-address")


@pytest.mark.parametrize(
    ("folder", "sent"),
    [
        ("Sent", True),
        ("[Gmail]/Sent Mail", True),
        ("INBOX.Sent Items", True),
        ("Gesendet", True),
        ("Éléments envoyés", True),
        ("INBOX", False),
        ("Sent to recruiters later", False),
    ],
)
def test_it_knows_a_sent_folder_by_its_name(folder: str, sent: bool) -> None:
    assert own_mail.is_sent_folder(folder) is sent


def test_saving_a_mail_account_learns_its_address(alice: User, mail_key: str) -> None:
    data = {
        "name": "Personal",
        "host": "imap.example.org",
        "security": "tls",
        "username": "Alice@Example.org",
        "password": "app-password",
        "folder_names": "INBOX",
    }
    form = AccountForm(data, instance=MailAccount(), owner=alice)
    assert form.is_valid(), form.errors
    form.save()
    # A user name that is not an address teaches nothing.
    other = AccountForm({**data, "name": "Work", "username": "alice"}, owner=alice)
    assert other.is_valid(), other.errors
    other.save()

    assert own_mail.my_addresses(alice) == ["alice@example.org"]
    # Taken off by the person, it stays off when the account is edited for something else.
    own_mail.set_my_addresses(alice, [])
    account = MailAccount.objects.get(owner=alice, name="Personal")
    edit = AccountForm(
        {**data, "password": "", "folder_names": "INBOX\nJobs"}, instance=account, owner=alice
    )
    assert edit.is_valid(), edit.errors
    edit.save()
    assert own_mail.my_addresses(alice) == []


@pytest.mark.usefixtures("by_subject", "mail_key")
def test_mail_from_a_sent_folder_is_the_persons_own(alice: User, imap_server: ImapServer) -> None:
    imap_server.append("Sent", message("Interview: Re: next steps", "See you Tuesday."))
    account = MailAccount.objects.create(
        owner=alice,
        name="Work mail",
        host=imap_server.host,
        port=imap_server.port,
        security="none",
        username=imap_server.user,
        password_encrypted=secrets.encrypt(imap_server.password),
        folders=["Sent"],
    )

    result = imap.sync_account(account)

    assert result.ok, result.problems
    assert MailMessage.objects.get(owner=alice).from_me
    assert not Proposal.objects.filter(owner=alice).exists()
