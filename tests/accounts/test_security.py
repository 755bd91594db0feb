from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from pytest_django import Settings

from nextyes.accounts.models import User


def test_it_sends_a_strict_content_security_policy(client: Client, alice: User) -> None:
    response = client.get("/accounts/login/")
    policy = response.headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in policy
    assert directives["frame-ancestors"] == "'none'"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_it_renders_pages_without_inline_script(alice_client: Client) -> None:
    body = alice_client.get("/accounts/profile/").content.decode()
    assert "<script>" not in body
    assert "<script src=" in body


def test_it_marks_the_session_cookie_http_only(client: Client, alice: User) -> None:
    from tests.conftest import PASSWORD

    response = client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    cookie = response.cookies["sessionid"]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"


def _settings_value(name: str, **env: str) -> str:
    code = f"import nextyes.settings as s; print(s.{name})"
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_it_marks_cookies_secure_behind_https(tmp_path: Path) -> None:
    assert (
        _settings_value(
            "SESSION_COOKIE_SECURE", NEXTYES_DATA_DIR=str(tmp_path), NEXTYES_HTTPS="true"
        )
        == "True"
    )
    assert (
        _settings_value("CSRF_COOKIE_SECURE", NEXTYES_DATA_DIR=str(tmp_path), NEXTYES_HTTPS="false")
        == "False"
    )


def test_it_makes_and_keeps_a_secret_key_when_none_is_given(tmp_path: Path) -> None:
    env = {"NEXTYES_DATA_DIR": str(tmp_path), "NEXTYES_SECRET_KEY": ""}
    first = _settings_value("SECRET_KEY", **env)
    assert len(first) > 40
    assert _settings_value("SECRET_KEY", **env) == first
    assert oct((tmp_path / "secret_key").stat().st_mode)[-3:] == "600"


def test_it_reads_secrets_from_files(tmp_path: Path) -> None:
    secret = tmp_path / "key"
    secret.write_text("from-a-file\n")
    value = _settings_value(
        "SECRET_KEY", NEXTYES_DATA_DIR=str(tmp_path), NEXTYES_SECRET_KEY_FILE=str(secret)
    )
    assert value == "from-a-file"


def test_it_uses_sqlite_in_wal_mode_by_default(tmp_path: Path) -> None:
    env = {"NEXTYES_DATA_DIR": str(tmp_path), "DATABASE_URL": ""}
    assert _settings_value("DATABASES['default']['ENGINE']", **env) == "django.db.backends.sqlite3"
    assert str(tmp_path) in _settings_value("DATABASES['default']['NAME']", **env)
    assert "journal_mode=WAL" in _settings_value("DATABASES['default']['OPTIONS']", **env)


def test_it_switches_to_postgresql_from_database_url(tmp_path: Path) -> None:
    env = {"NEXTYES_DATA_DIR": str(tmp_path), "DATABASE_URL": "postgres://u@db.example:5432/ny"}
    assert (
        _settings_value("DATABASES['default']['ENGINE']", **env) == "django.db.backends.postgresql"
    )


@pytest.mark.django_db
def test_it_warns_when_exposed_without_https(settings: Settings) -> None:
    from django.core.management.base import SystemCheckError

    settings.ALLOWED_HOSTS = ["jobs.example.org"]
    settings.HTTPS = False
    settings.DEBUG = False
    with pytest.raises(SystemCheckError) as info:
        call_command("check", "--deploy", "--fail-level", "WARNING")
    assert "nextyes.W001" in str(info.value)


def test_it_answers_a_lost_link_kindly(alice_client: Client) -> None:
    response = alice_client.get("/no-such-page/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "This page isn’t here" in body and "Nothing of yours was changed" in body
    assert "Back to Today" in body
