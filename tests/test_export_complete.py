"""Everything a person owns is in their export: generated from the models.

A model belongs to a person when it has a foreign key or one-to-one to the user, or a required link
to a model that does. A new one fails `test_it_exports_every_model_a_person_owns` until its app
registers a section in its `exports.py` (see `nextyes.lib.exports`), or until it is added to
NOT_EXPORTED below with the reason it must not leave.
"""

from __future__ import annotations

import datetime as dt
import decimal
import io
import json
import zipfile
from typing import Any

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import connection, models
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.cli import main
from nextyes.inbox.models import MailAccount
from nextyes.journal.models import CheckIn, ThoughtRecord, TrapSuggestion
from nextyes.pipeline import services
from nextyes.pipeline.models import StageEvent
from nextyes.pipeline.transfer import exporter
from nextyes.recovery.models import Ritual
from tests.test_isolation import alice_world, of

# Owned models that never leave, and why. Keep it short: everything else is the person's.
NOT_EXPORTED = {
    "api.AccessToken": "a hash of a personal access token: a credential for this server only, "
    "useless anywhere else",
    "pipeline.ImportDraft": "a CSV upload waiting for its column mapping: a temporary copy, "
    "deleted once imported, keyed by a secret token",
    "momentum.CalendarFeed": "the secret address of the calendar feed: a key to this server, "
    "made anew on first use elsewhere",
    "pipeline.ImportRun": "the bookkeeping of a CSV import written in batches (state, counts); "
    "the applications it brought are exported as applications",
    "inbox.MailTask": "the bookkeeping of mail work the worker did (progress, a summary); "
    "the mail it read is exported as mail and import runs",
    "insights.GhostingProposal": "worked out again from the applications by the daily job",
}


def _label(model: type[models.Model]) -> str:
    return model._meta.label


def owned_models() -> list[type[models.Model]]:
    """Every model with a link to the user, or a required link to a model that has one."""
    user_model = get_user_model()
    links = {
        model: [
            f.related_model
            for f in model._meta.concrete_fields
            if (f.many_to_one or f.one_to_one) and (f.related_model is user_model or not f.null)
        ]
        for model in apps.get_models()
        if model is not user_model
    }
    found = {model for model, targets in links.items() if user_model in targets}
    grew = True
    while grew:
        more = {m for m, targets in links.items() if m not in found and found & set(targets)}
        found |= more
        grew = bool(more)
    return sorted(found, key=_label)


# Any: any model field, and a value of its type
def _value(field: models.Field[Any, Any], user: User, n: int) -> Any:
    """A valid value for a required field (choices first, then by type)."""
    if field.choices:
        return field.choices[0][0]
    if isinstance(field, models.DateTimeField):
        return timezone.now()
    if isinstance(field, models.DateField):
        return dt.date(2026, 3, 2)
    if isinstance(field, models.BooleanField):
        return False
    if isinstance(field, models.IntegerField):
        return 1
    if isinstance(field, models.FloatField):
        return 0.5
    if isinstance(field, models.DecimalField):
        return decimal.Decimal(1)
    if isinstance(field, models.EmailField):
        return f"{user.username}{n}@example.com"
    if isinstance(field, models.URLField):
        return f"https://example.com/{user.username}/{n}"
    if isinstance(field, models.JSONField):
        return {}
    text = f"{user.username} {field.model._meta.model_name} {n}"
    return text[: field.max_length] if field.max_length else text


def one_row(model: type[models.Model], user: User) -> models.Model:
    """The person's first row of `model`, made from required fields when there is none."""
    user_model = get_user_model()
    owner_links = [
        f.name
        for f in model._meta.concrete_fields
        if f.is_relation and f.related_model is user_model
    ]
    rows = model._default_manager.filter(**{name: user for name in owner_links})
    if owner_links and rows.exists():
        return rows.order_by("pk")[0]
    values: dict[str, Any] = {}
    for field in model._meta.concrete_fields:
        if field.name in owner_links:
            values[field.name] = user
        elif field.is_relation and not field.null:
            assert field.related_model is not None and not isinstance(field.related_model, str)
            values[field.name] = one_row(field.related_model, user)
        elif not (
            field.null
            or field.has_default()
            or getattr(field, "auto_now", False)
            or getattr(field, "auto_now_add", False)
            or isinstance(field, models.AutoField)
        ):
            values[field.name] = _value(field, user, model._default_manager.count())
    return model._default_manager.create(**values)


def everything_of(user: User) -> None:
    """The tracker, journal, ritual, goals and inbox of isolation's world, then one row of the rest."""
    alice_world(user)
    for model in owned_models():
        one_row(model, user)


def _ids(model: type[models.Model], user: User) -> set[int]:
    return set(rows_of(model, user).values_list("pk", flat=True))


# Any: rows of any owned model
def rows_of(model: type[models.Model], user: User) -> models.QuerySet[Any]:
    user_model = get_user_model()
    for field in model._meta.concrete_fields:
        if field.is_relation and field.related_model is user_model:
            return model._default_manager.filter(**{field.name: user})
    parent = next(f for f in model._meta.concrete_fields if f.is_relation and not f.null)
    assert parent.related_model is not None and not isinstance(parent.related_model, str)
    return model._default_manager.filter(
        **{f"{parent.name}__in": rows_of(parent.related_model, user)}
    )


def test_it_lists_only_owned_models_it_does_not_export() -> None:
    owned = {_label(model) for model in owned_models()}
    assert set(NOT_EXPORTED) <= owned, "NOT_EXPORTED names a model that no longer belongs to anyone"


def test_it_exports_every_model_a_person_owns(alice: User, bob: User) -> None:
    everything_of(alice)
    everything_of(bob)
    found = exporter.rows_by_model(exporter.export_data(alice))
    problems = []
    for model in owned_models():
        label = _label(model)
        if label in NOT_EXPORTED:
            continue
        assert model._meta.pk is not None
        pk = model._meta.pk.attname
        exported = {row[pk] for row in found.get(label, [])}
        mine, theirs = _ids(model, alice), _ids(model, bob)
        assert mine, f"{label}: the test made no row for alice"
        if exported != mine:
            problems.append(f"{label}: exported {sorted(exported)}, alice owns {sorted(mine)}")
        if exported & theirs:
            problems.append(f"{label}: bob's rows {sorted(exported & theirs)} in alice's export")
    assert not problems, (
        "Register a Section in the app's exports.py, or add the model to NOT_EXPORTED "
        "with the reason it must not leave:\n" + "\n".join(problems)
    )


def test_it_keeps_links_and_the_profile(alice: User, bob: User) -> None:
    world = alice_world(alice)
    alice.country, alice.week_start = "FR", 6
    alice.save()
    of(world, "ritual", Ritual).events.add(of(world, "event", StageEvent))
    TrapSuggestion.objects.create(
        owner=alice, record=of(world, "thought", ThoughtRecord), slug="fortune-telling", score=0.8
    )
    data = exporter.export_data(alice)
    [ritual] = data["rituals"]
    assert ritual["application_ids"] == [world["application"].pk]
    assert ritual["event_ids"] == [world["event"].pk]
    [thought] = data["thought_records"]
    assert thought["thought"] == "I will never get hired"
    assert thought["application_id"] == world["application"].pk
    [suggestion] = data["trap_suggestions"]
    assert (suggestion["record_id"], suggestion["slug"]) == (thought["id"], "fortune-telling")
    assert data["checkins"][0]["note"] == "Heavy day after the no"
    assert data["goals"][0]["weekly_target"] == "2.0"
    assert (data["profile"]["country"], data["profile"]["week_start"]) == ("FR", 6)
    assert data["sections"]["checkins"] == "journal.CheckIn"


def test_it_never_lets_a_secret_out(alice: User, monkeypatch: pytest.MonkeyPatch) -> None:
    from cryptography.fernet import Fernet

    from nextyes.inbox import secrets

    monkeypatch.setenv("NEXTYES_MAIL_KEY", Fernet.generate_key().decode())
    token = secrets.encrypt("hunter2-imap-password")
    MailAccount.objects.create(
        owner=alice,
        name="Home",
        host="imap.example.com",
        username="alice",
        password_encrypted=token,
    )
    data = exporter.export_data(alice)
    text = json.dumps(data)
    archive = zipfile.ZipFile(io.BytesIO(exporter.export_zip(alice)))
    csvs = "".join(archive.read(name).decode("utf-8-sig") for name in archive.namelist())
    for secret in (token, "hunter2-imap-password", alice.password):
        assert secret not in text and secret not in csvs
    assert data["mail_accounts"][0]["host"] == "imap.example.com"
    assert "password_encrypted" not in data["mail_accounts"][0]
    assert "password" not in data["profile"] and "is_superuser" not in data["profile"]
    assert "password_encrypted" in data["left_out"]["mail_accounts"]


def test_it_writes_one_csv_per_kind_of_record(alice: User) -> None:
    alice_world(alice)
    archive = zipfile.ZipFile(io.BytesIO(exporter.export_zip(alice)))
    checkins = archive.read("checkins.csv").decode("utf-8-sig").splitlines()
    assert checkins[0].startswith("id,day,mood,emotions")
    assert "Heavy day after the no" in checkins[1]
    assert "profile.csv" in archive.namelist() and "mail_accounts.csv" in archive.namelist()


def test_it_reads_each_kind_of_record_once_however_many_there_are(alice: User) -> None:
    everything_of(alice)
    with CaptureQueriesContext(connection) as few:
        exporter.export_data(alice)
    app = services.create_application(alice, company="Globex", role="Ops")
    for n in range(5):
        record = ThoughtRecord.objects.create(owner=alice, thought=f"thought {n}", application=app)
        TrapSuggestion.objects.create(owner=alice, record=record, slug="labelling")
        ritual = Ritual.objects.create(owner=alice, opened_on=dt.date(2026, 3, n + 1))
        ritual.applications.add(app)
    with CaptureQueriesContext(connection) as many:
        exporter.export_data(alice)
    assert len(many) == len(few)


def test_it_writes_the_journal_from_the_command_line(
    alice: User, bob: User, capsys: pytest.CaptureFixture[str]
) -> None:
    alice_world(alice)
    bob_world = alice_world(bob)
    checkin = of(bob_world, "checkin", CheckIn)
    checkin.note = "Bob's own hard day"
    checkin.save()
    assert main(["export", "json", "--user", "alice"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert [c["note"] for c in data["checkins"]] == ["Heavy day after the no"]
    assert [g["text"] for g in data["gratitude"]] == ["My sister's call"]
    assert [a["text"] for a in data["aspirations"]] == ["Work that helps patients"]
    assert "Bob's own hard day" not in out


def test_it_downloads_the_journal_from_the_web(alice_client: Client, alice: User) -> None:
    alice_world(alice)
    data = json.loads(alice_client.get(reverse("pipeline:export_json")).content)
    assert [w["text"] for w in data["wins"]] == ["Sent 5"]
    assert [lesson["text"] for lesson in data["lessons"]] == ["Tailor the summary"]
