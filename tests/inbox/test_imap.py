"""IMAP sync against a real server (pymap): incremental reads, UIDVALIDITY, errors, TLS."""

from __future__ import annotations

import datetime as dt
import imaplib
from pathlib import Path
from typing import Any

import pytest

from nextyes.accounts.models import User
from nextyes.inbox import imap, imap_connect, imap_names, secrets
from nextyes.inbox.models import FolderState, MailAccount, MailImport, MailMessage, SeenMessage
from tests.inbox.imap_server import ImapServer, TLSProxy, free_port, tls_certificate
from tests.inbox.mail_helpers import message, saved_account

pytestmark = pytest.mark.usefixtures("by_subject", "mail_key", "local_imap")

MARCH = dt.datetime(2026, 3, 5, 9, 0, tzinfo=dt.UTC)
JANUARY = dt.datetime(2026, 1, 10, 9, 0, tzinfo=dt.UTC)


def account_for(owner: User, server: ImapServer, **extra: object) -> MailAccount:
    return saved_account(owner, server, **{"name": "Work mail", **extra})


def mails(*subjects: str) -> list[bytes]:
    return [message(subject, f"About {subject}.") for subject in subjects]


def test_it_reads_everything_since_the_start_date_and_marks_nothing_read(
    alice: User, imap_server: ImapServer
) -> None:
    imap_server.append("INBOX", *mails("Rejection: Old Co", "Interview: Old Co"), received=JANUARY)
    imap_server.append(
        "INBOX", *mails("Rejection: Acme", "Interview: Globex", "Garden club"), received=MARCH
    )
    account = account_for(alice, imap_server, since=dt.date(2026, 3, 1))

    result = imap.sync_account(account)

    assert result.ok, result.problems
    assert (result.new, result.kept) == (3, 2)
    subjects = set(MailMessage.objects.filter(owner=alice).values_list("subject", flat=True))
    assert subjects == {"Rejection: Acme", "Interview: Globex"}
    assert SeenMessage.objects.filter(owner=alice).count() == 1
    run = MailImport.objects.get(owner=alice)
    assert (run.kind, run.source, run.read) == ("imap", "Work mail/INBOX", 3)
    state = FolderState.objects.get(account=account, folder="INBOX")
    assert state.uidvalidity == imap_server.uidvalidity("INBOX")
    assert imap_server.seen_flags("INBOX") == 0
    account.refresh_from_db()
    assert account.last_error == "" and account.last_synced_at is not None


def test_it_fetches_only_the_new_messages_the_second_time(
    alice: User, imap_server: ImapServer
) -> None:
    imap_server.append("INBOX", *mails("Rejection: Acme", "Received: Globex", "Newsletter"))
    account = account_for(alice, imap_server)
    assert imap.sync_account(account).new == 3
    first_uid = FolderState.objects.get(account=account).last_uid

    imap_server.append("INBOX", *mails("Offer: Initech", "Interview: Hooli"))
    result = imap.sync_account(account)

    assert (result.new, result.kept, result.folders[0].duplicates) == (2, 2, 0)
    assert MailMessage.objects.filter(owner=alice).count() == 4
    assert FolderState.objects.get(account=account).last_uid > first_uid


def test_it_reads_nothing_and_records_no_run_when_nothing_is_new(
    alice: User, imap_server: ImapServer
) -> None:
    imap_server.append("INBOX", *mails("Rejection: Acme"))
    account = account_for(alice, imap_server)
    imap.sync_account(account)

    result = imap.sync_account(account)

    assert result.ok and result.new == 0
    assert MailImport.objects.filter(owner=alice).count() == 1


def test_it_reads_a_recreated_folder_again_without_adding_anything_twice(
    alice: User, imap_server: ImapServer
) -> None:
    imap_server.append("Jobs", *mails("Rejection: Acme", "Interview: Globex"))
    account = account_for(alice, imap_server, folders=["Jobs"])
    imap.sync_account(account)
    before = imap_server.uidvalidity("Jobs")

    imap_server.recreate("Jobs")
    imap_server.append("Jobs", *mails("Rejection: Acme", "Interview: Globex", "Offer: Initech"))
    assert imap_server.uidvalidity("Jobs") != before
    result = imap.sync_account(account)

    folder = result.folders[0]
    assert folder.restarted
    assert (folder.new, folder.kept, folder.duplicates) == (3, 1, 2)
    assert MailMessage.objects.filter(owner=alice).count() == 3
    assert FolderState.objects.get(account=account).uidvalidity == imap_server.uidvalidity("Jobs")


def test_it_starts_over_when_the_server_is_rebuilt(alice: User, imap_server: ImapServer) -> None:
    imap_server.append("INBOX", *mails("Rejection: Acme"))
    account = account_for(alice, imap_server)
    imap.sync_account(account)

    imap_server.restart()  # a new store: same UIDs, new UIDVALIDITY
    imap_server.append("INBOX", *mails("Rejection: Acme", "Interview: Globex"))
    result = imap.sync_account(account)

    assert result.folders[0].restarted
    assert (result.new, result.kept) == (2, 1)
    assert MailMessage.objects.filter(owner=alice).count() == 2


def test_it_says_clearly_when_the_password_is_wrong_and_stores_nothing(
    alice: User, imap_server: ImapServer
) -> None:
    imap_server.append("INBOX", *mails("Rejection: Acme"))
    account = account_for(
        alice, imap_server, password_encrypted=secrets.encrypt("not the password")
    )

    result = imap.sync_account(account)

    assert not result.ok
    assert "did not accept the user name or password" in result.error
    assert "not the password" not in result.error
    account.refresh_from_db()
    assert "app password" in account.last_error
    assert account.last_synced_at is None
    assert not MailMessage.objects.exists()
    assert not MailImport.objects.exists()
    assert not FolderState.objects.exists()


def test_one_missing_folder_does_not_stop_the_others(alice: User, imap_server: ImapServer) -> None:
    imap_server.append("INBOX", *mails("Rejection: Acme"))
    imap_server.append("Jobs", *mails("Interview: Globex"))
    account = account_for(alice, imap_server, folders=["Gone", "INBOX", "Jobs"])

    result = imap.sync_account(account)

    assert [f.folder for f in result.folders if f.error] == ["Gone"]
    assert result.new == 2
    account.refresh_from_db()
    assert account.last_error.startswith("Gone: The folder “Gone” was not found")
    assert set(FolderState.objects.values_list("folder", flat=True)) == {"INBOX", "Jobs"}


def test_a_connection_cut_mid_fetch_leaves_the_folder_to_be_read_again(
    alice: User, imap_server: ImapServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    imap_server.append("INBOX", *mails("Rejection: Acme", "Interview: Globex"))
    account = account_for(alice, imap_server)
    real_uid = imaplib.IMAP4.uid

    # Any: stands in for imaplib's untyped private _simple_command
    def cut(self: imaplib.IMAP4, command: str, *args: Any) -> Any:
        if command == "FETCH":
            raise imaplib.IMAP4.abort("socket error: EOF")
        return real_uid(self, command, *args)

    monkeypatch.setattr(imaplib.IMAP4, "uid", cut)
    result = imap.sync_account(account)
    assert "was cut" in result.folders[0].error
    assert not FolderState.objects.exists()
    assert not MailMessage.objects.exists()

    monkeypatch.setattr(imaplib.IMAP4, "uid", real_uid)
    assert imap.sync_account(account).kept == 2


def test_it_says_when_the_server_is_not_there(alice: User, imap_server: ImapServer) -> None:
    account = account_for(alice, imap_server, port=free_port())

    result = imap.sync_account(account)

    assert "refused the connection" in result.error


def test_it_asks_for_the_password_again_when_the_key_changed(
    alice: User, imap_server: ImapServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    account = account_for(alice, imap_server)
    monkeypatch.setenv("NEXTYES_MAIL_KEY", "4Jb0Xv7Z3p6Vb5L9m8Qe2Rt1Yu0Io9Pa8Sd7Fg6Hj5k=")

    result = imap.sync_account(account)

    assert "enter the password again" in result.error
    account.refresh_from_db()
    assert "enter the password again" in account.last_error


def test_it_lists_folders_with_their_real_names(imap_server: ImapServer) -> None:
    imap_server.append(imap_names.encode_folder("Candidatures été"), *mails("Rejection: Acme"))
    imap_server.append("Jobs", *mails("Rejection: Acme"))

    folders = imap_connect.folders_of(
        imap_server.host, imap_server.port, "none", imap_server.user, imap_server.password
    )

    assert folders[0] == "INBOX"
    assert {"Jobs", "Candidatures été"} <= set(folders)


def test_it_reads_a_folder_with_a_non_ascii_name(alice: User, imap_server: ImapServer) -> None:
    imap_server.append(imap_names.encode_folder("Candidatures été"), *mails("Rejection: Acme"))
    account = account_for(alice, imap_server, folders=["Candidatures été"])

    assert imap.sync_account(account).kept == 1


def test_folder_names_survive_modified_utf7() -> None:
    for name in ["INBOX", "Candidatures été", "R&D", "日本語", 'Say "hi"']:
        quoted = imap_names.encode_folder(name)
        inner = quoted[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        assert imap_names.decode_folder(inner) == name
    assert imap_names.encode_folder("Candidatures été") == '"Candidatures &AOk-t&AOk-"'


# --- STARTTLS and TLS, with a certificate the test makes and trusts ---


@pytest.fixture
def certificate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    cert, key = tls_certificate(tmp_path)
    # OpenSSL reads this when the default context loads its trusted certificates.
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    return cert, key


def test_it_reads_mail_over_starttls(alice: User, certificate: tuple[Path, Path]) -> None:
    server = ImapServer(cert=certificate[0], key=certificate[1]).start()
    try:
        server.append("INBOX", *mails("Rejection: Acme"))
        account = account_for(alice, server, security="starttls")
        result = imap.sync_account(account)
    finally:
        server.stop()
    assert result.ok, result.problems
    assert result.kept == 1


def test_it_reads_mail_over_tls(
    alice: User, imap_server: ImapServer, certificate: tuple[Path, Path]
) -> None:
    imap_server.append("INBOX", *mails("Rejection: Acme"))
    proxy = TLSProxy(imap_server.port, *certificate)
    try:
        account = account_for(alice, imap_server, security="tls", port=proxy.port)
        result = imap.sync_account(account)
    finally:
        proxy.close()
    assert result.ok, result.problems
    assert result.kept == 1


def test_it_refuses_a_certificate_it_cannot_verify(
    alice: User, imap_server: ImapServer, tmp_path: Path
) -> None:
    cert, key = tls_certificate(tmp_path)  # not trusted: SSL_CERT_FILE is not set
    proxy = TLSProxy(imap_server.port, cert, key)
    try:
        account = account_for(alice, imap_server, security="tls", port=proxy.port)
        result = imap.sync_account(account)
    finally:
        proxy.close()
    assert "could not be verified" in result.error


def test_starttls_on_a_server_without_it_is_explained(alice: User, imap_server: ImapServer) -> None:
    account = account_for(alice, imap_server, security="starttls")

    result = imap.sync_account(account)

    assert "does not offer STARTTLS" in result.error


def test_a_limited_sync_reads_the_oldest_first_and_leaves_the_rest_for_next_time(
    alice: User, imap_server: ImapServer
) -> None:
    imap_server.append("INBOX", *mails("Rejection: A", "Rejection: B", "Rejection: C"))
    account = account_for(alice, imap_server)

    first = imap.sync_account(account, limit=2)
    assert (first.new, first.waiting) == (2, 1)
    assert set(MailMessage.objects.values_list("subject", flat=True)) == {
        "Rejection: A",
        "Rejection: B",
    }

    second = imap.sync_account(account, limit=2)
    assert (second.new, second.waiting, second.kept) == (1, 0, 1)


def test_mail_older_than_the_start_date_is_never_read_even_later(
    alice: User, imap_server: ImapServer
) -> None:
    imap_server.append("INBOX", *mails("Rejection: Acme"), received=MARCH)
    account = account_for(alice, imap_server, since=dt.date(2026, 3, 1))
    imap.sync_account(account)

    # An old message moved into the folder keeps its old arrival date.
    imap_server.append("INBOX", *mails("Rejection: Old Co"), received=JANUARY)
    imap_server.append("INBOX", *mails("Interview: Globex"), received=MARCH)

    assert imap.sync_account(account).new == 1
    assert not MailMessage.objects.filter(subject="Rejection: Old Co").exists()


def test_synced_mail_becomes_a_proposal_like_imported_mail(
    alice: User, imap_server: ImapServer
) -> None:
    from nextyes.inbox.models import Proposal
    from nextyes.pipeline import services as pipeline

    acme = pipeline.create_application(
        alice, company="Acme", role="Data Analyst", applied_on=dt.date(2026, 2, 20)
    )
    imap_server.append(
        "INBOX",
        message("Rejection: Data Analyst at Acme", "Thank you.", sender="Acme <jobs@acme.example>"),
    )

    imap.sync_account(account_for(alice, imap_server))

    proposal = Proposal.objects.get(owner=alice)
    assert (proposal.application, proposal.stage) == (acme, "rejected")


def test_a_password_with_accents_signs_in(alice: User) -> None:
    server = ImapServer(password="mot de passe été").start()
    try:
        server.append("INBOX", *mails("Rejection: Acme"))
        result = imap.sync_account(account_for(alice, server))
    finally:
        server.stop()
    assert result.ok, result.problems
    assert result.kept == 1
