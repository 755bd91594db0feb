"""The registry each app adds its part of the export through, and how its rows read."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from decimal import Decimal

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.journal.models import CheckIn, ThoughtRecord
from nextyes.lib import exports
from nextyes.momentum.models import Goal
from nextyes.pipeline.transfer import exporter


def test_it_refuses_a_section_that_would_hide_the_tracker() -> None:
    with pytest.raises(ImproperlyConfigured, match="applications"):
        exports.register(exports.Section("applications", "journal.Win"))


def test_it_refuses_two_models_under_one_key() -> None:
    with pytest.raises(ImproperlyConfigured, match="checkins"):
        exports.register(exports.Section("checkins", "journal.Gratitude"))


def test_it_accepts_the_same_section_twice() -> None:
    before = exports.sections()
    exports.register(exports.Section("checkins", "journal.CheckIn"))
    assert exports.sections() == before


def test_it_writes_values_a_json_reader_understands(alice: User) -> None:
    CheckIn.objects.create(
        owner=alice, day=dt.date(2026, 3, 10), mood=3, sleep_hours=Decimal("7.5"), emotions=["sad"]
    )
    Goal.objects.create(owner=alice, kind="custom", label="Read", weekly_target=Decimal("2.5"))
    data = exporter.export_data(alice)
    [checkin] = data["checkins"]
    assert (checkin["day"], checkin["sleep_hours"], checkin["emotions"]) == (
        "2026-03-10",
        "7.5",
        ["sad"],
    )
    assert checkin["created_at"].endswith("+00:00")
    assert "owner_id" not in checkin
    assert data["goals"][0]["weekly_target"] == "2.5"


def test_it_writes_lists_as_json_in_the_csv(alice: User) -> None:
    emotions = [{"emotion": "shame", "intensity": 80}]
    ThoughtRecord.objects.create(owner=alice, thought="Nobody wants me", emotions=emotions)
    archive = zipfile.ZipFile(io.BytesIO(exporter.export_zip(alice)))
    text = archive.read("thought_records.csv").decode("utf-8-sig")
    [row] = list(csv.DictReader(io.StringIO(text)))
    assert row["thought"] == "Nobody wants me"
    assert row["emotions"] == '[{"emotion": "shame", "intensity": 80}]'


def test_it_tells_the_person_their_journal_is_in_the_export(alice_client: Client) -> None:
    page = alice_client.get(reverse("pipeline:import")).content.decode()
    assert "Both hold your journal, rituals, lessons, goals, wins and inbox too." in page
