"""`nextyes serve` runs the real production server (gunicorn + whitenoise) on a fresh data dir."""

from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("served")
    port = _free_port()
    env = {
        **os.environ,
        "NEXTYES_DATA_DIR": str(data_dir),
        "DATABASE_URL": "",  # always a fresh SQLite file here, even in the PostgreSQL run
        "NEXTYES_SECRET_KEY": "",
        "DJANGO_SETTINGS_MODULE": "nextyes.settings",
        "NEXTYES_WORKERS": "1",
    }
    log = (data_dir / "server.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "nextyes", "serve", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/accounts/login/", timeout=2)
            break
        except urllib.error.HTTPError:
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail("nextyes serve exited: " + Path(log.name).read_text())
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("nextyes serve did not answer in 60 s: " + Path(log.name).read_text())
    yield base
    proc.terminate()
    proc.wait(timeout=20)
    log.close()


def test_it_serves_a_fresh_install_with_gunicorn(served: str) -> None:
    response = urllib.request.urlopen(served + "/")
    assert response.url.endswith("/accounts/signup/")
    assert "gunicorn" in response.headers["Server"]
    page = response.read().decode()
    assert "Create your account" in page
    # Static files are collected with hashed names and served by whitenoise.
    css = re.search(r'href="(/static/nextyes/app\.[0-9a-f]+\.css)"', page)
    assert css, page
    style = urllib.request.urlopen(served + css.group(1))
    assert style.headers["Content-Type"].startswith("text/css")
    assert "max-age" in style.headers["Cache-Control"]


def test_it_signs_up_through_the_served_app(served: str) -> None:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(served + "/accounts/signup/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token
    form = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token.group(1),
            "username": "alice",
            "password1": "a long and quiet river",
            "password2": "a long and quiet river",
        }
    ).encode()
    request = urllib.request.Request(
        served + "/accounts/signup/", data=form, headers={"Referer": served + "/accounts/signup/"}
    )
    response = opener.open(request)
    assert urllib.parse.urlparse(response.url).path == "/"
    assert any(cookie.name == "sessionid" for cookie in jar)
