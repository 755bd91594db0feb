"""Small safety items: no caching of private pages, no /admin/, no search text in the access log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.conf import settings
from django.test import Client

from nextyes.accounts.models import User


def test_it_keeps_private_pages_out_of_every_cache(alice_client: Client) -> None:
    pages = {"/accounts/profile/": "Your profile", "/accounts/password/": "Change your password"}
    for url, text in pages.items():
        response = alice_client.get(url)
        assert text in response.content.decode()
        cache = response.headers["Cache-Control"]
        assert "no-store" in cache and "private" in cache, (url, cache)


def test_it_keeps_the_sign_in_form_out_of_caches_too(client: Client, alice: User) -> None:
    response = client.get("/accounts/login/")
    assert "Sign in" in response.content.decode()
    assert "no-store" in response.headers["Cache-Control"]


def test_it_has_no_admin_site(alice_client: Client) -> None:
    response = alice_client.get("/admin/")
    assert response.status_code == 404
    assert "This page isn’t here" in response.content.decode()
    assert "django.contrib.admin" not in settings.INSTALLED_APPS


def test_it_keeps_search_text_out_of_the_access_log(tmp_path: Path) -> None:
    from gunicorn.config import Config
    from gunicorn.glogging import Logger

    from nextyes.cli.server import gunicorn_args

    args = gunicorn_args("127.0.0.1", 8000, 1)
    log_format = args[args.index("--access-logformat") + 1]
    config = Config()
    config.set("accesslog", str(tmp_path / "access.log"))
    config.set("access_log_format", log_format)
    logger = Logger(config)
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/applications/?q=Quillfeather+salary",
        "PATH_INFO": "/applications/",
        "QUERY_STRING": "q=Quillfeather+salary",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "192.0.2.7",
        "HTTP_REFERER": "http://127.0.0.1:8000/contacts/?q=Ottoline",
        "HTTP_USER_AGENT": "Firefox",
    }
    response = type("Response", (), {"status": "200 OK", "sent": 512, "headers": []})()
    logger.access(response, [], environ, dt.timedelta(milliseconds=12))
    line = (tmp_path / "access.log").read_text()
    assert '"GET /applications/ HTTP/1.1" 200 512' in line
    assert "192.0.2.7" in line
    assert "Quillfeather" not in line and "Ottoline" not in line and "?" not in line
