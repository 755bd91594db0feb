"""The inbox page: upload (plain form and the script's JSON), the list, a message, the purge."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from pytest_django import Settings

from nextyes.accounts.models import User
from nextyes.inbox import services
from nextyes.inbox.models import MailImport, MailMessage, SeenMessage
from tests.inbox.mail_helpers import mbox, message
from tests.worker.helpers import run_worker

CORPUS = Path(__file__).parent / "corpus"


def mixed_bytes(tmp_path: Path) -> bytes:
    return mbox(
        tmp_path / "mail.mbox",
        [
            message("Rejection: Data Analyst at Acme", "We went another way, Alice."),
            message("Interview: Globex", "Can you talk on Tuesday?"),
            message("Garden club news", "Lemon cake inside."),
        ],
    ).read_bytes()


# Any: form fields by name, and the test client's response
def upload(client: Client, *files: tuple[str, bytes], **extra: Any) -> Any:
    uploads = [SimpleUploadedFile(name, data, "application/mbox") for name, data in files]
    data: dict[str, Any] = {"mail": uploads}
    if extra.pop("keep_other", False):
        data["keep_other"] = "on"
    follow = extra.pop("follow", False)
    response = client.post(reverse("inbox:upload"), data, **extra)
    run_worker()  # the upload is read by the worker, after the request answered
    return client.get(reverse("inbox:index")) if follow else response


def test_it_shows_an_empty_inbox_with_the_upload_form(alice_client: Client) -> None:
    body = alice_client.get(reverse("inbox:index")).content.decode()
    assert "No mail here yet." in body
    assert "Nothing imported yet." in body
    assert 'enctype="multipart/form-data"' in body
    assert "nextyes/inbox.js" in body


def test_it_imports_an_uploaded_mbox_without_javascript(
    alice: User, alice_client: Client, tmp_path: Path, by_subject: None
) -> None:
    response = upload(alice_client, ("mail.mbox", mixed_bytes(tmp_path)))
    assert response.status_code == 302
    page = alice_client.get(response["Location"]).content.decode()
    assert "Read 3 messages: 2 kept about your search." in page
    assert "Rejection: Data Analyst at Acme" in page
    assert "Interview: Globex" in page
    assert "Garden club news" not in page
    assert "90%" in page
    assert "<strong>mail.mbox</strong>" in page
    run = MailImport.objects.get(owner=alice)
    assert (run.kind, run.source, run.kept, run.not_kept) == ("upload", "mail.mbox", 2, 1)


def test_it_answers_the_upload_script_with_json(
    alice_client: Client, tmp_path: Path, by_subject: None
) -> None:
    response = upload(
        alice_client, ("mail.mbox", mixed_bytes(tmp_path)), HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 200
    assert response.json()["redirect"] == reverse("inbox:index")
    # The summary waits for the page the script goes to.
    assert "Read 3 messages" in alice_client.get(reverse("inbox:index")).content.decode()


def test_it_imports_several_eml_files_at_once_and_shows_what_it_skipped(
    alice: User, alice_client: Client, by_subject: None
) -> None:
    files = [(name, (CORPUS / name).read_bytes()) for name in ("latin1.eml", "empty.eml")]
    response = upload(alice_client, *files, keep_other=True, follow=True)
    page = response.content.decode()
    assert "Read 2 messages: 1 kept about your search. 1 could not be read (see the report)." in (
        page
    )
    assert "Votre candidature à Rhône Données" in page
    assert "empty.eml</span>: empty message" in page
    assert MailImport.objects.get(owner=alice).source == "empty.eml, latin1.eml"


def test_it_asks_for_a_file_when_none_is_chosen(alice_client: Client) -> None:
    response = alice_client.post(reverse("inbox:upload"), {})
    assert response.status_code == 400
    assert "Choose a file to upload." in response.content.decode()
    json_response = alice_client.post(reverse("inbox:upload"), {}, HTTP_ACCEPT="application/json")
    assert json_response.status_code == 400
    assert json_response.json() == {"errors": ["Choose a file to upload."]}
    assert not MailImport.objects.exists()


def test_it_adds_nothing_when_the_same_mbox_is_uploaded_again(
    alice: User, alice_client: Client, tmp_path: Path, by_subject: None
) -> None:
    data = mixed_bytes(tmp_path)
    upload(alice_client, ("mail.mbox", data))
    page = upload(alice_client, ("mail.mbox", data), follow=True).content.decode()
    assert "Read 3 messages: 0 kept about your search. 3 already here." in page
    assert MailMessage.objects.filter(owner=alice).count() == 2


def test_it_filters_by_label(alice_client: Client, tmp_path: Path, by_subject: None) -> None:
    upload(alice_client, ("mail.mbox", mixed_bytes(tmp_path)))
    page = alice_client.get(reverse("inbox:index"), {"label": "interview"}).content.decode()
    assert "Interview: Globex" in page
    assert "Rejection: Data Analyst at Acme" not in page
    assert "Rejection (1)" in page


def test_it_shows_one_message(alice: User, alice_client: Client, by_subject: None) -> None:
    services.import_mail(alice, CORPUS / "shift_jis.eml", keep_other=True)
    mail = MailMessage.objects.get(owner=alice)
    page = alice_client.get(reverse("inbox:message", args=[mail.pk])).content.decode()
    assert "面接のご案内" in page
    assert "一次面接のご案内をお送りします" in page
    assert "saiyou@sakura-soft.example" in page


def test_it_shows_another_persons_message_to_no_one(
    alice: User, bob_client: Client, by_subject: None
) -> None:
    services.import_mail(alice, CORPUS / "latin1.eml", keep_other=True)
    mail = MailMessage.objects.get(owner=alice)
    assert bob_client.get(reverse("inbox:message", args=[mail.pk])).status_code == 404
    page = bob_client.get(reverse("inbox:index")).content.decode()
    assert "Rhône" not in page and "latin1.eml" not in page


def test_it_confirms_then_forgets_all_mail(
    alice: User, bob: User, alice_client: Client, tmp_path: Path, by_subject: None
) -> None:
    upload(alice_client, ("mail.mbox", mixed_bytes(tmp_path)))
    services.import_mail(bob, tmp_path / "mail.mbox")
    confirm = alice_client.get(reverse("inbox:purge")).content.decode()
    assert "NextYes will remove 2 kept messages, 1 remembered ids and 1 import reports." in confirm
    assert MailMessage.objects.filter(owner=alice).count() == 2  # a GET changes nothing
    page = alice_client.post(reverse("inbox:purge"), follow=True).content.decode()
    assert "Your mail is forgotten: 2 messages removed, with every id and report." in page
    assert "No mail here yet." in page
    assert not MailMessage.objects.filter(owner=alice).exists()
    assert not SeenMessage.objects.filter(owner=alice).exists()
    assert MailMessage.objects.filter(owner=bob).count() == 2


def test_it_says_where_a_stopped_import_got_to(alice: User, alice_client: Client) -> None:
    MailImport.objects.create(
        owner=alice,
        source="big.mbox",
        status="stopped",
        read=1000,
        report={"saved_up_to": "big.mbox, message 1000 (byte 123456)", "error": "interrupted"},
    )
    page = alice_client.get(reverse("inbox:index")).content.decode()
    assert "stopped part-way" in page
    assert "Everything up to big.mbox, message 1000 (byte 123456) is saved." in page


def test_it_sends_signed_out_visitors_to_sign_in(client: Client, alice: User) -> None:
    for name in ("inbox:index", "inbox:purge", "inbox:upload"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_it_imports_a_large_upload_that_django_wrote_to_disk(
    alice: User, alice_client: Client, tmp_path: Path, by_subject: None, settings: Settings
) -> None:
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 100  # every upload goes to a temporary file
    page = upload(alice_client, ("mail.mbox", mixed_bytes(tmp_path)), follow=True)
    assert "Read 3 messages: 2 kept about your search." in page.content.decode()
    assert MailImport.objects.get(owner=alice).source == "mail.mbox"
