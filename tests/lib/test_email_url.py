"""NEXTYES_EMAIL_URL read into Django's email settings."""

from __future__ import annotations

import pytest

from nextyes.lib.email_url import CONSOLE, NOWHERE, SMTP, email_config


def test_no_url_sends_nothing() -> None:
    config = email_config("")
    assert (config.backend, config.enabled) == (NOWHERE, False)


def test_smtp_with_starttls_by_default_and_an_encoded_password() -> None:
    config = email_config("smtp://me%40example.com:p%40ss%3Aword@mail.example.com:587")
    assert (config.backend, config.enabled, config.host, config.port) == (
        SMTP,
        True,
        "mail.example.com",
        587,
    )
    assert (config.user, config.password) == ("me@example.com", "p@ss:word")
    assert (config.use_tls, config.use_ssl, config.timeout) == (True, False, 10)


@pytest.mark.parametrize(
    ("url", "tls", "ssl", "port"),
    [
        ("smtp://mail.example.com?tls=ssl", False, True, 465),
        ("smtps://mail.example.com", False, True, 465),
        ("smtp://127.0.0.1:1025?tls=none&timeout=3", False, False, 1025),
        ("smtp://mail.example.com", True, False, 587),
    ],
)
def test_tls_choices(url: str, tls: bool, ssl: bool, port: int) -> None:
    config = email_config(url)
    assert (config.use_tls, config.use_ssl, config.port) == (tls, ssl, port)


def test_console_prints_instead() -> None:
    assert email_config("console://").backend == CONSOLE


@pytest.mark.parametrize(
    "url", ["http://mail.example.com", "smtp://", "smtp://host?tls=maybe", "smtp://h?timeout=x"]
)
def test_a_url_that_cannot_work_stops_the_start(url: str) -> None:
    with pytest.raises(ValueError, match="NEXTYES_EMAIL_URL"):
        email_config(url)
