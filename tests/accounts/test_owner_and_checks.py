"""Upgrading an install with accounts (its oldest account becomes the owner), and the deploy checks."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from pytest_django import Settings

BEFORE = [("accounts", "0003_user_country")]
AFTER = [("accounts", "0004_owner_and_invitations")]


@pytest.mark.django_db(transaction=True)
def test_it_makes_the_oldest_existing_account_the_owner() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old_user = executor.loader.project_state(BEFORE).apps.get_model("accounts", "User")
    joined = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    old_user.objects.create(username="later", date_joined=joined + dt.timedelta(days=3))
    old_user.objects.create(username="first", date_joined=joined)
    try:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(AFTER)
        new_user = executor.loader.project_state(AFTER).apps.get_model("accounts", "User")
        owners = new_user.objects.filter(is_owner=True).values_list("username", flat=True)
        assert list(owners) == ["first"]
    finally:
        call_command("migrate", verbosity=0)


def test_it_warns_behind_https_without_a_proxy_depth(settings: Settings) -> None:
    from nextyes.accounts.checks import check_proxy_depth

    settings.HTTPS, settings.PROXY_DEPTH = True, 0
    assert [w.id for w in check_proxy_depth(None)] == ["nextyes.W003"]
    assert "one person's mistyped passwords pause everyone" in check_proxy_depth(None)[0].msg
    settings.PROXY_DEPTH = 1
    assert check_proxy_depth(None) == []


def test_it_warns_when_anyone_on_the_internet_can_sign_up(settings: Settings) -> None:
    from nextyes.accounts.checks import check_open_signup

    settings.ALLOWED_HOSTS = ["jobs.example.org"]
    settings.SIGNUP_MODE = "open"
    assert [w.id for w in check_open_signup(None)] == ["nextyes.W004"]
    settings.SIGNUP_MODE = "invite"
    assert check_open_signup(None) == []
    settings.ALLOWED_HOSTS, settings.SIGNUP_MODE = ["127.0.0.1"], "open"
    assert check_open_signup(None) == []
