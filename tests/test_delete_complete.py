"""Deleting an account removes every row the person owns and nothing of anyone else's.

Generated from the models: every model with a link to the user, or a required link to a model that
has one (the same walk as the export check), gets a row for alice and one for bob first.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.db import models

from nextyes.accounts.models import User
from nextyes.cli import main
from tests.test_export_complete import everything_of, owned_models, rows_of


def _owned_ids(user: User) -> dict[type[models.Model], set[int]]:
    return {
        model: set(rows_of(model, user).values_list("pk", flat=True)) for model in owned_models()
    }


def test_it_deletes_every_row_a_person_owns_and_only_theirs(
    alice: User, bob: User, capsys: pytest.CaptureFixture[str]
) -> None:
    everything_of(alice)
    everything_of(bob)
    alices, bobs = _owned_ids(alice), _owned_ids(bob)
    assert all(alices.values()), [m for m, ids in alices.items() if not ids]
    bobs_values = {
        model: list(model._default_manager.filter(pk__in=ids).order_by("pk").values())
        for model, ids in bobs.items()
    }

    code = main(["user", "delete", "alice", "--yes"])
    out, err = capsys.readouterr()

    assert (code, err) == (0, ""), err
    assert "Deleted the account “alice” and everything in it:" in out
    assert "  applications: 1" in out
    left = {
        model._meta.label: ids
        for model, ids in alices.items()
        if model._default_manager.filter(pk__in=ids).exists()
    }
    assert not left, f"rows of alice's still there: {left}"
    for model, rows in bobs_values.items():
        now = list(model._default_manager.filter(pk__in=bobs[model]).order_by("pk").values())
        assert now == rows, f"bob's {model._meta.label} changed"


def test_it_counts_every_kind_it_removed(alice: User, capsys: pytest.CaptureFixture[str]) -> None:
    everything_of(alice)
    kinds = {
        str(model._meta.verbose_name_plural)
        for model in owned_models()
        if rows_of(model, alice).exists()
    }
    main(["user", "delete", "alice", "--yes"])
    out = capsys.readouterr().out
    printed = {line.strip().rsplit(":", 1)[0] for line in out.splitlines()[1:] if ":" in line}
    assert kinds <= printed, kinds - printed


def test_it_deletes_a_big_account_in_short_steps(
    alice: User, bob: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    import contextlib
    import types

    from django.db import transaction

    from nextyes.accounts import deletion
    from nextyes.pipeline.models import Application, Company

    company = Company.objects.create(owner=alice, name="Acme")
    Application.objects.bulk_create(
        [Application(owner=alice, company=company, role=f"Role {n}") for n in range(120)]
    )
    monkeypatch.setattr(deletion, "BATCH", 50)
    per_transaction: list[int] = []

    @contextlib.contextmanager
    def counted() -> Iterator[None]:
        before = Application.objects.filter(owner_id=alice.pk).count()
        with transaction.atomic():
            yield
        per_transaction.append(before - Application.objects.filter(owner_id=alice.pk).count())

    monkeypatch.setattr(deletion, "transaction", types.SimpleNamespace(atomic=counted))
    assert deletion.delete_account(alice)["applications"] == 120
    assert not Application.objects.filter(owner_id=alice.pk).exists()
    assert max(per_transaction) == 50 and per_transaction.count(50) == 2  # 50, 50, then 20


def test_it_closes_the_account_first_and_finishes_when_run_again(
    alice: User, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.contrib.auth import get_user_model
    from django.test import Client

    from nextyes.accounts import deletion
    from nextyes.pipeline.models import Application
    from tests.conftest import PASSWORD

    everything_of(alice)
    browser = Client()
    browser.force_login(alice)

    def power_cut(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(deletion, "_delete_in_batches", power_cut)
    assert main(["user", "delete", "alice", "--yes"]) == 130  # Ctrl+C half-way
    # Interrupted: nothing is half-visible to anyone, because nobody can use the account any more.
    assert not browser.get("/accounts/profile/").wsgi_request.user.is_authenticated
    assert not Client().login(username="alice", password=PASSWORD)
    monkeypatch.undo()
    capsys.readouterr()
    assert main(["user", "delete", "alice", "--yes"]) == 0
    assert "applications: 1" in capsys.readouterr().out
    assert not get_user_model().objects.filter(username="alice").exists()
    assert not Application.objects.filter(owner_id=alice.pk).exists()
