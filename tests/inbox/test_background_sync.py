"""Mail accounts checked by themselves: the worker's job queues a check when an account is due."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.inbox.models import MailAccount, MailMessage, MailTask
from nextyes.worker.models import PeriodicRun
from tests.conftest import page
from tests.inbox.imap_server import ImapServer
from tests.inbox.mail_helpers import message, saved_account
from tests.worker.helpers import run_worker

pytestmark = pytest.mark.usefixtures("by_subject", "mail_key", "local_imap")


def test_an_account_is_checked_every_15_minutes_by_default(
    alice: User, alice_client: Client, imap_server: ImapServer
) -> None:
    imap_server.append("INBOX", message("Rejection: Acme", "No."))
    account = saved_account(alice, imap_server)
    assert account.sync_every == 15

    run_worker()  # never checked: due at once

    assert MailMessage.objects.filter(owner=alice, subject="Rejection: Acme").exists()
    body = page(alice_client.get(reverse("inbox:accounts")))
    assert "Checked by itself every 15 minutes." in body
    assert "Personal mail: 1 new message read, 1 kept about your search." in body

    # Ten minutes later nothing is due; twenty minutes later it is.
    imap_server.append("INBOX", message("Interview: Globex", "Tuesday?"))
    PeriodicRun.objects.update(last_run_at=timezone.now() - dt.timedelta(hours=1))
    MailAccount.objects.filter(pk=account.pk).update(
        last_synced_at=timezone.now() - dt.timedelta(minutes=10)
    )
    run_worker()
    assert not MailMessage.objects.filter(subject="Interview: Globex").exists()

    PeriodicRun.objects.update(last_run_at=timezone.now() - dt.timedelta(hours=1))
    MailAccount.objects.filter(pk=account.pk).update(
        last_synced_at=timezone.now() - dt.timedelta(minutes=20)
    )
    MailTask.objects.update(created_at=timezone.now() - dt.timedelta(minutes=20))
    run_worker()
    assert MailMessage.objects.filter(owner=alice, subject="Interview: Globex").exists()


def test_an_account_set_to_zero_waits_for_check_now(
    alice: User, alice_client: Client, imap_server: ImapServer
) -> None:
    imap_server.append("INBOX", message("Rejection: Acme", "No."))
    saved_account(alice, imap_server, sync_every=0)

    run_worker()

    assert not MailTask.objects.exists() and not MailMessage.objects.exists()
    assert "Checked only when you ask." in page(alice_client.get(reverse("inbox:accounts")))


def test_the_interval_is_set_in_the_account_form(
    alice: User, alice_client: Client, imap_server: ImapServer
) -> None:
    account = saved_account(alice, imap_server)
    url = reverse("inbox:account_edit", args=[account.pk])
    assert 'name="sync_every"' in page(alice_client.get(url))

    form = {
        "name": "Personal mail",
        "host": imap_server.host,
        "port": imap_server.port,
        "security": "none",
        "username": imap_server.user,
        "password": "",
        "folder_names": "INBOX",
        "sync_every": "60",
    }
    alice_client.post(url, form)
    assert MailAccount.objects.get(pk=account.pk).sync_every == 60

    refused = alice_client.post(url, {**form, "sync_every": "20000"})
    assert "At most once a week" in page(refused)
