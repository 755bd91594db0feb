""" "Import a NextYes export" on the import and export page: offered to an empty account only."""

from __future__ import annotations

import json

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.pipeline import services
from nextyes.pipeline.transfer import exporter
from nextyes.pipeline.transfer.restore import held
from tests.conftest import make_user
from tests.test_isolation import alice_world

PAGE = "pipeline:import"


def _upload(content: bytes, name: str = "nextyes-export.json") -> dict[str, object]:
    return {"export": SimpleUploadedFile(name, content, content_type="application/json")}


def test_it_offers_the_restore_to_an_empty_account_only(alice: User, bob: User) -> None:
    alices, bobs = Client(), Client()
    alices.force_login(alice)
    bobs.force_login(bob)
    assert "Import a NextYes export" in bobs.get(reverse(PAGE)).content.decode()
    alice_world(alice)
    assert "Import a NextYes export" not in alices.get(reverse(PAGE)).content.decode()


def test_it_brings_a_whole_export_back_from_the_web(alice: User, client: Client) -> None:
    alice_world(alice)
    content = json.dumps(exporter.export_data(alice)).encode()
    carol = make_user("carol")
    client.force_login(carol)
    response = client.post(reverse("pipeline:restore_export"), _upload(content), follow=True)
    page = response.content.decode()
    assert "Welcome back:" in page and "records are here again" in page
    assert "enter them again to sync mail" in page
    assert held(carol) == held(alice)
    assert "Import a NextYes export" not in page


def test_it_refuses_kindly_and_writes_nothing(alice: User, bob: User, bob_client: Client) -> None:
    alice_world(alice)
    content = json.dumps(exporter.export_data(alice)).encode()
    services.create_application(bob, company="Globex", role="Ops")
    before = held(bob)
    page = bob_client.post(reverse("pipeline:restore_export"), _upload(content), follow=True)
    assert "already holds data" in page.content.decode()
    assert held(bob) == before
    page = bob_client.post(
        reverse("pipeline:restore_export"), _upload(b"Company,Role\n", "mine.csv"), follow=True
    )
    assert "not a NextYes export" in page.content.decode()
