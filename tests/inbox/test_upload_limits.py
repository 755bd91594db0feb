"""Mail uploads have a size limit (NEXTYES_MAIL_UPLOAD_MAX_MB): over it, nothing is imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.test import Client, override_settings
from django.utils.datastructures import MultiValueDict

from nextyes.accounts.models import User
from nextyes.inbox.forms import UploadForm
from nextyes.inbox.models import MailImport, MailMessage, SeenMessage
from tests.inbox.test_views import mixed_bytes, upload

pytestmark = pytest.mark.usefixtures("by_subject")

MB = 1024 * 1024


def padded(tmp_path: Path, size: int) -> bytes:
    """A real mbox with a job-search message, grown past `size` bytes by a long last message."""
    start = mixed_bytes(tmp_path)
    filler = b"From someone@example.org Thu Jan  1 00:00:00 2026\nSubject: Big\n\n"
    return start + filler + b"x" * 76 + (b"\n" + b"x" * 76) * (size // 77)


@override_settings(MAIL_UPLOAD_MAX_MB=1)
def test_an_upload_over_the_limit_is_refused_and_nothing_is_imported(
    alice_client: Client, tmp_path: Path
) -> None:
    big = padded(tmp_path, 2 * MB)

    response = upload(alice_client, ("mail.mbox", big))

    assert response.status_code == 413
    body = response.content.decode()
    assert "takes at most 1 MB at a time, so nothing was imported" in body
    assert not MailImport.objects.exists()
    assert not MailMessage.objects.exists() and not SeenMessage.objects.exists()

    answer = upload(alice_client, ("mail.mbox", big), HTTP_ACCEPT="application/json")
    assert answer.status_code == 413
    assert "nothing was imported" in answer.json()["errors"][0]


@override_settings(MAIL_UPLOAD_MAX_MB=1)
def test_files_over_the_limit_together_are_refused_by_the_form(tmp_path: Path) -> None:
    half = padded(tmp_path, MB // 2 + 1000)
    files: list[UploadedFile[bytes]] = [SimpleUploadedFile(f"{n}.mbox", half) for n in range(3)]

    form = UploadForm(data={}, files=MultiValueDict({"mail": [files[0]]}))
    assert form.is_valid(), form.errors

    form = UploadForm(data={}, files=MultiValueDict({"mail": files}))
    assert not form.is_valid()
    assert "so nothing was imported" in str(form.errors["mail"])


@override_settings(MAIL_UPLOAD_MAX_MB=1)
def test_an_upload_under_the_limit_is_imported(
    alice: User, alice_client: Client, tmp_path: Path
) -> None:
    response = upload(alice_client, ("mail.mbox", mixed_bytes(tmp_path)))

    assert response.status_code == 302
    assert MailImport.objects.get(owner=alice).read == 3
