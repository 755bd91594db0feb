"""`nextyes serve` (what `make run` starts) runs the web server and the worker together.

A 20,000-message upload answers at once; the worker reads it while the page shows how far it
got, by a plain refresh and by the part htmx polls; then the page shows the final counts.
Ctrl+C stops both processes.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from tests.serving import free_port, serve
from tests.worker.processes import ROOT, big_mbox, environment

MESSAGES = 20_000


def signed_up(base: str) -> urllib.request.OpenerDirector:
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    form = {
        "username": "alice",
        "password1": "a long quiet river",
        "password2": "a long quiet river",
    }
    post(opener, base, "/accounts/signup/", urllib.parse.urlencode(form).encode(), {})
    return opener


def csrf(opener: urllib.request.OpenerDirector, base: str, path: str) -> str:
    page = opener.open(base + path).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token, page
    return token.group(1)


def post(
    opener: urllib.request.OpenerDirector,
    base: str,
    path: str,
    body: bytes,
    headers: dict[str, str],
    *,
    form_path: str | None = None,
) -> str:
    token = csrf(opener, base, form_path or path)
    if not headers:  # a urlencoded form: add the token to it
        body = body + b"&csrfmiddlewaretoken=" + token.encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
    else:
        headers = {**headers, "X-CSRFToken": token}
    request = urllib.request.Request(
        base + path, data=body, headers={**headers, "Referer": base + path}
    )
    return str(opener.open(request, timeout=60).read().decode())


def multipart(name: str, data: bytes) -> tuple[bytes, dict[str, str]]:
    boundary = "nextyes-test-boundary"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="mail"; filename="{name}"\r\n'
            "Content-Type: application/mbox\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def test_a_big_upload_answers_at_once_then_shows_its_progress(tmp_path: Path) -> None:
    data = big_mbox(tmp_path / "big.mbox", MESSAGES).read_bytes()
    (tmp_path / "data").mkdir()
    with serve(tmp_path / "data", NEXTYES_SECRET_KEY="tests-only-not-secret") as base:
        opener = signed_up(base)
        body, headers = multipart("big.mbox", data)

        started = time.monotonic()
        page = post(opener, base, "/inbox/upload/", body, headers, form_path="/inbox/")
        answered = time.monotonic() - started

        # The answer is the inbox page, before the mail is read (the old way took ~6 s here).
        assert "Your mail is uploaded. NextYes is reading it now" in page
        assert answered < 5, answered
        task = re.search(r'id="mail-task-(\d+)"', page)
        assert task, page
        fragment_url = f"{base}/inbox/tasks/{task.group(1)}/"

        seen_progress = False
        seen_fragment = False
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            refreshed = opener.open(base + "/inbox/").read().decode()  # a plain refresh
            if re.search(r"reading: [\d,]+ messages so far", refreshed):
                seen_progress = True
                polled = opener.open(
                    urllib.request.Request(fragment_url, headers={"HX-Request": "true"})
                )
                fragment = polled.read().decode()
                # htmx swaps this part every 2 s while the work goes on; no page around it.
                seen_fragment = seen_fragment or (
                    'hx-trigger="every 2s"' in fragment and "<html" not in fragment
                )
            if "Read 20,000 messages" in refreshed:
                break
            time.sleep(0.1)
        else:
            raise AssertionError("the upload was not read in 4 minutes:\n" + refreshed)

        assert seen_progress and seen_fragment
        final = opener.open(fragment_url).read().decode()
        assert "Read 20,000 messages" in final and "hx-trigger" not in final  # polling stops
        last_poll = opener.open(urllib.request.Request(fragment_url, headers={"HX-Request": "1"}))
        assert last_poll.headers["HX-Refresh"] == "true"  # the page reloads to list the mail
        assert re.search(r"<dt>Read</dt><dd>20000</dd>", refreshed)  # the import's report


def test_ctrl_c_stops_the_server_and_the_worker(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log = tmp_path / "serve.log"
    port = free_port()
    with log.open("wb") as out:
        serving = subprocess.Popen(
            [sys.executable, "-m", "nextyes", "serve", "--port", str(port), "--workers", "1"],
            env=environment(data_dir),
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, as a terminal gives it
        )
    children: list[int] = []
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        children = child_pids(serving.pid)
        text = log.read_text()
        if "The worker is running" in text and "Listening at" in text and len(children) == 2:
            break
        assert serving.poll() is None, text
        time.sleep(0.3)
    else:
        serving.kill()
        raise AssertionError("serve did not start both:\n" + log.read_text())
    assert urllib.request.urlopen(f"http://127.0.0.1:{port}/accounts/login/").status == 200

    os.killpg(serving.pid, signal.SIGINT)  # what Ctrl+C in the terminal does

    assert serving.wait(timeout=40) == 0, log.read_text()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(pid) for pid in children), log.read_text()
    assert "The worker stopped." in log.read_text()


def child_pids(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == parent:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"
