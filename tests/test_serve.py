"""`nextyes serve` runs the real production server (gunicorn + whitenoise) on a fresh data dir."""

from __future__ import annotations

import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest

from tests.serving import serve


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve(tmp_path_factory.mktemp("served")) as base:
        yield base


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
