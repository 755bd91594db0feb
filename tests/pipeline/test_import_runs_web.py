"""A big file on the web: imported in the background while a progress page says how far it got."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from pytest_django import Settings

from nextyes.accounts.models import User
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, ImportDraft, ImportRun, RunState
from tests.worker.helpers import run_worker


def _csv(rows: int) -> bytes:
    lines = ["Company,Role,Status,Date applied"]
    lines += [f"Firm {i % 30},Role {i},Applied,2025-06-{1 + i % 28:02d}" for i in range(rows)]
    return ("\n".join(lines) + "\n").encode()


def _to_preview(client: Client, content: bytes) -> str:
    upload = SimpleUploadedFile("big.csv", content, "text/csv")
    response = client.post(reverse("pipeline:import"), {"file": upload})
    draft = ImportDraft.objects.latest("created_at")
    assert response["Location"] == reverse("pipeline:import_map", args=[draft.token])
    return reverse("pipeline:import_preview", args=[draft.token])


@pytest.mark.django_db(transaction=True)
def test_a_big_file_goes_on_in_the_background(
    client: Client, alice: User, settings: Settings
) -> None:
    settings.IMPORT_BACKGROUND_ROWS = 50
    client.force_login(alice)
    response = client.post(_to_preview(client, _csv(400)))
    run = ImportRun.objects.get(owner=alice)
    assert response["Location"] == reverse("pipeline:import_run", args=[run.token])

    waiting = client.get(response["Location"]).content.decode()
    assert 'http-equiv="refresh"' in waiting  # the page keeps looking while the worker works
    assert not Application.objects.filter(owner=alice).exists()
    assert run_worker().tasks == 1
    page = client.get(response["Location"]).content.decode()
    assert "Your import is done" in page
    assert "Imported 400 applications (0 were already there)." in page
    assert 'http-equiv="refresh"' not in page  # nothing left to wait for
    assert Application.objects.filter(owner=alice).count() == 400
    assert not ImportDraft.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_worker_that_died_half_way_leaves_nothing_twice(
    client: Client, alice: User, settings: Settings
) -> None:
    settings.IMPORT_BACKGROUND_ROWS = 50
    client.force_login(alice)
    client.post(_to_preview(client, _csv(400)))
    run = ImportRun.objects.get(owner=alice)
    # What a worker killed while staging leaves: a hidden row of the run, its count saved.
    half = services.create_application(alice, company="Firm 1", role="Role 1")
    Application.every_row.filter(pk=half.pk).update(import_run=run)
    ImportRun.objects.filter(pk=run.pk).update(written=1)

    run_worker()

    run.refresh_from_db()
    assert run.state == RunState.DONE
    assert Application.objects.filter(owner=alice).count() == 400  # the half row went
    assert Application.objects.filter(owner=alice, role="Role 1").count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_big_import_waiting_long_for_the_worker_is_not_given_up(
    client: Client, alice: User, settings: Settings
) -> None:
    settings.IMPORT_BACKGROUND_ROWS = 50
    client.force_login(alice)
    response = client.post(_to_preview(client, _csv(100)))
    run = ImportRun.objects.get(owner=alice)
    ImportRun.objects.filter(pk=run.pk).update(updated_at=timezone.now() - dt.timedelta(hours=1))

    page = client.get(response["Location"]).content.decode()  # the page looks for stale runs

    assert "cut off" not in page and ImportRun.objects.get(pk=run.pk).state == RunState.STAGING
    run_worker()
    assert Application.objects.filter(owner=alice).count() == 100


def test_the_progress_page_shows_how_far_it_got_and_can_stop_it(
    alice_client: Client, alice: User
) -> None:
    run = ImportRun.objects.create(owner=alice, filename="big.csv", total=1000)
    url = reverse("pipeline:import_run", args=[run.token])
    assert (
        "Checking all 1000 rows before anything is written"
        in alice_client.get(url).content.decode()
    )
    ImportRun.objects.filter(pk=run.pk).update(written=400)
    page = alice_client.get(url).content.decode()
    assert "Importing big.csv" in page
    assert "400 of 1000 applications read in." in page
    assert '<progress max="100" value="32"' in page  # 80% of the way is writing: 0.8 × 400/1000
    assert 'http-equiv="refresh"' in page  # it updates itself, no JavaScript needed

    stopped = alice_client.post(reverse("pipeline:import_stop", args=[run.token]), follow=True)
    text = stopped.content.decode()
    assert "Stopping. Nothing from this file will be added." in text
    assert "This import stopped" in text and "you can simply try again" in text
    assert ImportRun.objects.get(pk=run.pk).state == RunState.FAILED


def test_a_second_import_while_one_runs_leads_to_the_first(
    alice_client: Client, alice: User
) -> None:
    running = ImportRun.objects.create(owner=alice, filename="first.csv", total=900)
    response = alice_client.post(_to_preview(alice_client, _csv(3)), follow=True)
    assert response.redirect_chain[-1][0] == reverse("pipeline:import_run", args=[running.token])
    assert "An import is already under way" in response.content.decode()
    home = alice_client.get(reverse("pipeline:import")).content.decode()
    assert "first.csv is being imported (0%)." in home
    assert not Application.objects.exists()


def test_the_upload_limit_is_the_configured_one(alice_client: Client, settings: Settings) -> None:
    settings.IMPORT_MAX_MB = 1
    page = alice_client.get(reverse("pipeline:import")).content.decode()
    assert "Up to 1 MB." in page
    upload = SimpleUploadedFile("big.csv", b"Company,Role\n" + b"A,B\n" * 300_000, "text/csv")
    response = alice_client.post(reverse("pipeline:import"), {"file": upload})
    assert response.status_code == 400
    assert "the limit is 1 MB" in response.content.decode()
