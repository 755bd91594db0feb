"""`nextyes import json`: a whole export back into an empty account, the same rows with new ids."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model

from nextyes.accounts.models import User
from nextyes.cli import main
from nextyes.journal.models import TrapSuggestion
from nextyes.lib import exports
from nextyes.momentum.models import EffortPoint
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, StageEvent
from nextyes.pipeline.transfer import exporter
from nextyes.pipeline.transfer.restore import held
from tests.conftest import make_user
from tests.test_export_complete import everything_of

# Who the account is, not what it holds: never carried from one account to another.
ACCOUNT = {"id", "last_login", "date_joined", "username"}


# Any: the export's JSON document
def _export(tmp_path: Path, name: str) -> tuple[Path, dict[str, Any]]:
    path = tmp_path / f"{name}.json"
    assert main(["export", "json", "-o", str(path), "--user", name]) == 0
    return path, json.loads(path.read_text(encoding="utf-8"))


def _links(label: str, key: str) -> str | None:
    """The label of the rows a key of `label`'s rows points at by id, if it is a link."""
    model = apps.get_model(label)
    for f in model._meta.concrete_fields:
        if f.is_relation and f.attname == key and f.related_model is not get_user_model():
            return str(f.related_model._meta.label)
    for m2m in model._meta.many_to_many:
        if exports.ids_key(m2m.name) == key:
            return str(m2m.related_model._meta.label)
    if key == "contact_ids":  # an application's contacts, the other side of Contact.applications
        return "pipeline.Contact"
    return None


def _rekeyed(value: str, prefixes: Mapping[str, str], places: dict[str, dict[object, int]]) -> str:
    """ "application:12" as "application:#3", its row's place: ids inside keys follow too."""
    prefix, _, rest = value.partition(":")
    old, colon, tail = rest.partition(":")
    if prefix not in prefixes or not old.isdigit():
        return value
    return f"{prefix}:#{places[prefixes[prefix]].get(int(old), 'outside')}{colon}{tail}"


# Any: the export's JSON document
def canonical(data: dict[str, Any]) -> dict[str, object]:
    """The export with every id replaced by the row's place in its list: ids aside, all of it."""
    rows = exporter.rows_by_model(data)
    places = {
        label: {row[apps.get_model(label)._meta.pk.attname]: n for n, row in enumerate(found)}
        for label, found in rows.items()
    }
    nested = {"events", "interviews", "touchpoints"}
    keyed = {section.model: section.id_keys for section in exports.sections()}
    out: dict[str, Any] = {}
    for label, found in rows.items():
        pk = apps.get_model(label)._meta.pk.attname
        out[label] = []
        for row in found:
            fixed: dict[str, object] = {}
            for key, value in row.items():
                target = _links(label, key)
                if key == pk or key in nested:
                    continue
                if key in keyed.get(label, {}) and isinstance(value, str) and ":" in value:
                    fixed[key] = _rekeyed(value, keyed[label][key], places)
                elif target and isinstance(value, list):
                    fixed[key] = [places[target].get(v, f"outside {v}") for v in value]
                elif target and value is not None:
                    fixed[key] = places[target].get(value, f"outside {value}")
                else:
                    fixed[key] = value
            out[label].append(fixed)
    profile = {**data["profile"], **data["user"]}
    # Rights on this server (is_owner: the first account runs it) stay with the account too.
    out["profile"] = {
        k: v for k, v in profile.items() if k not in ACCOUNT and not k.startswith("is_")
    }
    return out


def test_it_restores_everything_into_an_empty_account(
    alice: User, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    everything_of(alice)
    alice.country, alice.week_start, alice.north_star = "FR", 6, "Work that helps patients"
    alice.save()
    path, before = _export(tmp_path, "alice")
    make_user("carol")
    capsys.readouterr()
    assert main(["import", "json", str(path), "--user", "carol"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Imported ")
    assert "into “carol”:" in out
    _, after = _export(tmp_path, "carol")
    assert canonical(after) == canonical(before)
    # Every row counted, model by model, and alice's own rows untouched.
    old, new = exporter.rows_by_model(before), exporter.rows_by_model(after)
    assert {k: len(v) for k, v in new.items()} == {k: len(v) for k, v in old.items()}
    assert exporter.rows_by_model(exporter.export_data(alice)) == old


def test_it_follows_ids_inside_the_points_ledger(alice: User, bob: User, tmp_path: Path) -> None:
    services.create_application(bob, company="Bob's own", role="Ops")  # ids differ between them
    app = services.create_application(alice, company="Acme", role="Dev")
    services.move_application(app, "applied")
    assert EffortPoint.objects.filter(owner=alice, key=f"application:{app.pk}").exists()
    path, _ = _export(tmp_path, "alice")
    carol = make_user("carol")
    assert main(["import", "json", str(path), "--user", "carol"]) == 0
    copy = Application.objects.get(owner=carol)
    assert list(EffortPoint.objects.filter(owner=carol).values_list("key", flat=True)) == [
        f"application:{copy.pk}"
    ]
    # Moving it again earns nothing twice: the ledger knows this application.
    services.move_application(copy, "screen")
    services.move_application(copy, "applied")
    assert EffortPoint.objects.filter(owner=carol).count() == 1


def test_it_refuses_an_account_that_already_holds_data(
    alice: User, bob: User, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    everything_of(alice)
    path, _ = _export(tmp_path, "alice")
    services.create_application(bob, company="Globex", role="Ops")
    capsys.readouterr()
    assert main(["import", "json", str(path), "--user", "bob"]) == 1
    err = capsys.readouterr().err
    assert "already holds data" in err and "nothing was imported" in err
    assert held(bob) == {"pipeline.Company": 1, "pipeline.Application": 1, "pipeline.StageEvent": 1}


def test_it_writes_nothing_when_the_export_does_not_fit(
    alice: User, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    everything_of(alice)
    alice.north_star = "Work that helps patients"
    alice.save()
    _, data = _export(tmp_path, "alice")
    # The last row of a late section links to a thought that is not in the file: by then many
    # batches went in, each in its own transaction, and all of them must go again.
    data["trap_suggestions"][-1]["record_id"] = 999_999
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    carol = make_user("carol")
    capsys.readouterr()
    assert main(["import", "json", str(broken), "--user", "carol"]) == 1
    assert "nothing was imported" in capsys.readouterr().err
    assert held(carol) == {}
    assert not StageEvent.objects.filter(owner=carol).exists()
    assert not TrapSuggestion.objects.filter(owner=carol).exists()
    carol.refresh_from_db()
    assert carol.north_star == ""


def test_it_says_plainly_when_a_file_is_not_an_export(
    alice: User, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "mine.csv"
    csv.write_text("Company,Role\nAcme,Dev\n", encoding="utf-8")
    assert main(["import", "json", str(csv), "--user", "alice"]) == 1
    assert "is not a NextYes export" in capsys.readouterr().err
    other = tmp_path / "other.json"
    other.write_text('{"format": "something-else"}', encoding="utf-8")
    assert main(["import", "json", str(other), "--user", "alice"]) == 1
    assert "This is not a NextYes export" in capsys.readouterr().err
