"""The mail accounts pages: add, edit, test, remove and "check now", as the person sees them."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.inbox import secrets
from nextyes.inbox.models import FolderState, MailAccount, MailImport, MailMessage
from tests.conftest import page
from tests.inbox.imap_server import ImapServer
from tests.inbox.mail_helpers import message, saved_account
from tests.worker.helpers import run_worker

pytestmark = pytest.mark.usefixtures("by_subject", "mail_key", "local_imap")

TYPED = "s3cret app pw"


def form_data(server: ImapServer | None = None, **extra: object) -> dict[str, object]:
    return {
        "name": "Personal mail",
        "host": server.host if server else "imap.example.org",
        "port": server.port if server else "",
        "security": "none" if server else "tls",
        "username": server.user if server else "alice@example.org",
        "password": server.password if server else TYPED,
        "folder_names": "INBOX\nJobs, INBOX",
        "since": "2026-03-01",
        **extra,
    }


def check_now(client: Client, account: MailAccount) -> str:
    """Press "Check now", let the worker do it, and read the accounts page."""
    response = client.post(reverse("inbox:account_sync", args=[account.pk]))
    assert response.status_code == 302
    run_worker()
    return page(client.get(reverse("inbox:accounts")))


def test_the_inbox_page_links_to_the_accounts(alice_client: Client) -> None:
    body = page(alice_client.get(reverse("inbox:index")))
    assert reverse("inbox:accounts") in body


def test_it_adds_an_account_with_its_password_encrypted(alice: User, alice_client: Client) -> None:
    response = alice_client.post(reverse("inbox:account_add"), form_data(), follow=True)

    assert "“Personal mail” is saved." in page(response)
    account = MailAccount.objects.get(owner=alice)
    assert (account.port, account.folders) == (993, ["INBOX", "Jobs"])
    assert str(account.since) == "2026-03-01"
    assert TYPED not in account.password_encrypted
    assert secrets.decrypt(account.password_encrypted) == TYPED
    assert TYPED not in page(response)


def test_a_new_account_needs_a_password_and_its_own_name(alice: User, alice_client: Client) -> None:
    response = alice_client.post(reverse("inbox:account_add"), form_data(password=""))
    assert response.status_code == 400
    assert "Enter the password for this mailbox." in page(response)

    alice_client.post(reverse("inbox:account_add"), form_data())
    again = alice_client.post(reverse("inbox:account_add"), form_data(name="personal MAIL"))
    assert "You already have an account with this name." in page(again)
    assert MailAccount.objects.filter(owner=alice).count() == 1


def test_editing_never_shows_the_password_and_blank_keeps_it(
    alice: User, alice_client: Client, imap_server: ImapServer
) -> None:
    account = saved_account(alice, imap_server)
    token = account.password_encrypted
    url = reverse("inbox:account_edit", args=[account.pk])

    body = page(alice_client.get(url))
    assert imap_server.password not in body and token not in body
    assert 'name="password"' in body and "Leave empty to keep the saved password" in body

    alice_client.post(url, form_data(imap_server, password="", folder_names="Jobs"))
    account.refresh_from_db()
    assert account.password_encrypted == token and account.folders == ["Jobs"]

    alice_client.post(url, form_data(imap_server, password="a new one"))
    account.refresh_from_db()
    assert secrets.decrypt(account.password_encrypted) == "a new one"


def test_testing_the_connection_lists_the_folders(
    alice: User, alice_client: Client, imap_server: ImapServer
) -> None:
    imap_server.append("Jobs", message("Rejection: Acme", "No."))

    response = alice_client.post(
        reverse("inbox:account_add"), {**form_data(imap_server), "action": "test"}
    )

    body = page(response)
    assert "Connected and signed in." in body
    assert "<code>INBOX</code>" in body and "<code>Jobs</code>" in body
    assert not MailAccount.objects.exists()  # a test saves nothing


def test_testing_with_a_wrong_password_says_so(
    alice_client: Client, imap_server: ImapServer
) -> None:
    data = {**form_data(imap_server, password="wrong"), "action": "test"}

    body = page(alice_client.post(reverse("inbox:account_add"), data))

    assert "The connection test did not work" in body
    assert "did not accept the user name or password" in body


def test_check_now_reads_new_mail_and_says_what_it_kept(
    alice: User, alice_client: Client, imap_server: ImapServer
) -> None:
    imap_server.append("INBOX", message("Rejection: Acme", "No."), message("Digest", "Tips."))
    account = saved_account(alice, imap_server)

    waiting = page(alice_client.post(reverse("inbox:account_sync", args=[account.pk]), follow=True))
    assert "Checking “Personal mail” now." in waiting and "waiting to start" in waiting
    assert not MailMessage.objects.exists()  # the request only queued it
    run_worker()

    body = page(alice_client.get(reverse("inbox:accounts")))
    assert "Personal mail: 2 new messages read, 1 kept about your search." in body
    assert "Last checked:" in body
    assert MailMessage.objects.filter(owner=alice, subject="Rejection: Acme").exists()
    assert "Personal mail: no new mail." in check_now(alice_client, account)


def test_check_now_shows_the_error_on_the_account(
    alice: User, alice_client: Client, imap_server: ImapServer
) -> None:
    account = saved_account(alice, imap_server, password_encrypted=secrets.encrypt("wrong"))

    body = check_now(alice_client, account)

    # Why it failed, on the page that started it: the task's note and the account's card.
    assert "this did not work." in body
    assert body.count("did not accept the user name or password") == 2
    assert alice_client.get(reverse("inbox:account_sync", args=[account.pk])).status_code == 405


def test_removing_an_account_keeps_its_mail(
    alice: User, alice_client: Client, imap_server: ImapServer
) -> None:
    imap_server.append("INBOX", message("Rejection: Acme", "No."))
    account = saved_account(alice, imap_server)
    check_now(alice_client, account)
    url = reverse("inbox:account_delete", args=[account.pk])

    assert "The mail it already brought in stays" in page(alice_client.get(url))
    response = alice_client.post(url, follow=True)

    assert "“Personal mail” is removed." in page(response)
    assert not MailAccount.objects.exists() and not FolderState.objects.exists()
    assert MailMessage.objects.filter(owner=alice).count() == 1


def test_the_accounts_page_shows_only_ones_own(
    alice: User, bob_client: Client, imap_server: ImapServer
) -> None:
    saved_account(alice, imap_server)

    body = page(bob_client.get(reverse("inbox:accounts")))

    assert "Personal mail" not in body and "No mail account yet." in body


def test_pointing_an_account_at_another_mailbox_starts_its_folders_over(
    alice: User, alice_client: Client, imap_server: ImapServer
) -> None:
    imap_server.append("INBOX", message("Rejection: Acme", "No."))
    account = saved_account(alice, imap_server)
    check_now(alice_client, account)
    url = reverse("inbox:account_edit", args=[account.pk])

    alice_client.post(url, form_data(imap_server, password="", folder_names="INBOX"))
    assert FolderState.objects.filter(account=account).count() == 1  # nothing changed

    alice_client.post(url, form_data(imap_server, password="", username="other@example.org"))
    assert not FolderState.objects.filter(account=account).exists()


def test_check_now_reads_a_whole_backlog_a_chunk_at_a_time(
    alice: User, alice_client: Client, imap_server: ImapServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("nextyes.inbox.tasks.SYNC_CHUNK", 2)
    imap_server.append("INBOX", *[message(f"Rejection: Co {n}", "No.") for n in range(5)])
    account = saved_account(alice, imap_server)

    body = check_now(alice_client, account)

    assert "Personal mail: 5 new messages read, 5 kept about your search." in body
    # Three chunks, each saved with the folder's position before the next was read.
    assert MailImport.objects.filter(owner=alice, kind="imap").count() == 3
    assert "Personal mail: no new mail." in check_now(alice_client, account)
