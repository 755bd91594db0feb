"""A database held by another writer: the served app says "one moment" and keeps the form.

SQLite lets one writer in at a time. Here a second process holds the write lock past the app's
short wait (NEXTYES_DB_BUSY_SECONDS), as a runaway writer would; the person's save must come back
as a kind 503 page holding what they typed, and go through once the lock is gone.
"""

from __future__ import annotations

import http.cookiejar
import re
import sqlite3
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError
from django.http import HttpResponse
from django.test import RequestFactory

from nextyes.accounts.busy import BusyMiddleware
from tests.serving import serve


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    data_dir = tmp_path_factory.mktemp("busy")
    with serve(data_dir, NEXTYES_DB_BUSY_SECONDS="1") as base:
        yield base, data_dir


class Browser:
    def __init__(self, base: str) -> None:
        self.base = base
        jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def get(self, path: str) -> tuple[int, str]:
        try:
            response = self.opener.open(self.base + path, timeout=30)
            return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def post(self, path: str, fields: dict[str, str]) -> tuple[int, str, str]:
        """Status, page and final path of a form post, with the CSRF token of the page."""
        _status, page = self.get(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert token, page[:500]
        return self.send(path, {"csrfmiddlewaretoken": token.group(1), **fields})

    def send(self, path: str, fields: dict[str, str]) -> tuple[int, str, str]:
        data = urllib.parse.urlencode(fields).encode()
        headers = {"Referer": self.base + path}
        request = urllib.request.Request(self.base + path, data=data, headers=headers)
        try:
            response = self.opener.open(request, timeout=30)
            return (
                response.status,
                response.read().decode(),
                urllib.parse.urlparse(response.url).path,
            )
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), path


def test_a_save_during_a_long_lock_gets_a_kind_page_that_keeps_the_form(
    server: tuple[str, Path],
) -> None:
    base, data_dir = server
    browser = Browser(base)
    password = "a long and quiet river"
    fields = {"username": "alice", "password1": password, "password2": password}
    assert browser.post("/accounts/signup/", fields)[2] == "/"
    browser.get("/applications/")  # today's "last seen" is written before the lock

    holder = sqlite3.connect(
        data_dir / "nextyes.sqlite3", timeout=10
    )  # waits out the app's own last write
    holder.execute("BEGIN IMMEDIATE")  # the write lock, as a runaway writer would hold it
    try:
        started = time.monotonic()
        form = {"company": "Acme Robotics", "role": "Data Engineer", "channel": "referral"}
        status, page, _path = browser.post("/applications/new/", form)
        waited = time.monotonic() - started
        # Reading still works while the lock is held: only the save waits, then gives up kindly.
        assert browser.get("/applications/")[0] == 200
    finally:
        holder.rollback()
        holder.close()

    assert status == 503
    assert "One moment, please" in page and "Nothing was changed" in page
    assert "Traceback" not in page
    assert 'value="Acme Robotics"' in page and 'value="Data Engineer"' in page
    assert waited < 15, "the save gave up after its short wait, not the old 20 s"

    # The kept form goes through with one click once the lock is gone.
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token
    status, page, path = browser.send(
        "/applications/new/", {"csrfmiddlewaretoken": token.group(1), **form}
    )
    assert status == 200 and path.startswith("/applications/")
    assert "Acme Robotics" in browser.get("/applications/")[1]


def test_a_page_view_during_a_lock_still_reads(server: tuple[str, Path]) -> None:
    base, data_dir = server
    holder = sqlite3.connect(
        data_dir / "nextyes.sqlite3", timeout=10
    )  # waits out the app's own last write
    holder.execute("BEGIN IMMEDIATE")
    try:
        status, page = Browser(base).get("/accounts/login/")
    finally:
        holder.rollback()
        holder.close()
    assert status == 200 and "Sign in" in page


def test_a_file_alone_is_not_offered_again_as_an_empty_form(rf: RequestFactory) -> None:
    """Only a file was sent (an upload): there is nothing to keep, so no "send it again" button
    that would post an empty form; the page leads back to choose the file."""
    upload = SimpleUploadedFile("big.csv", b"Company,Role\nAcme,Engineer\n", "text/csv")
    request = rf.post("/transfer/", {"file": upload})
    response = BusyMiddleware(lambda r: HttpResponse()).process_exception(
        request, OperationalError("database is locked")
    )
    assert response is not None and response.status_code == 503
    page = response.content.decode()
    assert "choose it again" in page and 'href="/transfer/"' in page
    assert "Send it again" not in page and "kept below" not in page
