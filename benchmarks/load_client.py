"""The load benchmark's browser: cookies per person, forms read from the page, the mix of actions.

Imported by load.py. Plain http.client over keep-alive connections, one per client thread, so
nothing outside the standard library is needed.
"""

from __future__ import annotations

import datetime as dt
import http.client
import random
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

from load_data import ADDED_COMPANY, PASSWORD, WIN_TEXT, Person

LOGIN = "/accounts/login/"
TIMEOUT = 120.0  # seconds; a request waiting longer than this is counted as an error


@dataclass
class Sample:
    started: float  # time.monotonic() when the request was sent
    kind: str  # "view", "save" or "sign-in page"
    name: str  # which page or save
    ms: float
    status: int  # 0 when the connection failed
    error: str = ""  # empty when the request did what it should


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: str
    error: str  # empty when the request did what it should


@dataclass
class Browser:
    """One person's cookies; `anonymous` browsers send none (the sign-in page baseline)."""

    person: Person | None
    cookies: dict[str, str] = field(default_factory=dict)

    def cookie_header(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    def take_cookies(self, response: http.client.HTTPResponse) -> None:
        for header in response.headers.get_all("Set-Cookie") or []:
            pair, _, attributes = header.partition(";")
            name, _, value = pair.strip().partition("=")
            gone = not value or value == '""' or "max-age=0" in attributes.lower()
            if gone:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value


class Connection:
    """A keep-alive connection that reconnects after an error; every request becomes a Sample."""

    def __init__(self, port: int, record: Callable[[Sample], None]) -> None:
        self.port = port
        self.record = record
        self.conn: http.client.HTTPConnection | None = None
        self.reused = False  # whether the last request went over an already open connection

    def request(
        self,
        browser: Browser,
        method: str,
        path: str,
        *,
        kind: str,
        name: str,
        form: dict[str, str] | None = None,
        htmx: bool = False,
        check: Callable[[int, dict[str, str], str], str] | None = None,
    ) -> Reply:
        """Send one request; `check(status, headers, body)` says what went wrong, if anything."""
        headers = {"Host": f"127.0.0.1:{self.port}", "User-Agent": "nextyes-load"}
        if browser.cookies:
            headers["Cookie"] = browser.cookie_header()
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if htmx:
            headers["HX-Request"] = "true"
        started = time.monotonic()
        try:
            try:
                response = self._send(method, path, body, headers)
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                if not self.reused:
                    raise
                # The server closed an idle keep-alive connection: a browser sends it again.
                self.close()
                response = self._send(method, path, body, headers)
            text = response.read().decode("utf-8", errors="replace")
        except (OSError, http.client.HTTPException) as exc:
            ms = (time.monotonic() - started) * 1000
            self.close()
            error = f"{type(exc).__name__}: {exc}"
            self.record(Sample(started, kind, name, ms, 0, error))
            return Reply(0, {}, "", error)
        ms = (time.monotonic() - started) * 1000
        browser.take_cookies(response)
        answer = {k.lower(): v for k, v in response.getheaders()}
        error = ""
        if response.status >= 400:
            error = f"HTTP {response.status}"
        elif "database is locked" in text:
            error = "database is locked"
        elif check is not None:
            error = check(response.status, answer, text)
        if answer.get("connection", "").lower() == "close":
            self.close()
        self.record(Sample(started, kind, name, ms, response.status, error))
        return Reply(response.status, answer, text, error)

    def _send(
        self, method: str, path: str, body: str | None, headers: dict[str, str]
    ) -> http.client.HTTPResponse:
        self.reused = self.conn is not None
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        self.conn.request(method, path, body=body, headers=headers)
        return self.conn.getresponse()

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


# --- Forms as a browser sees them.


class _Forms(HTMLParser):
    """Every <form>'s action and the values a browser would send without anyone typing."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[tuple[str, dict[str, str]]] = []
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.forms.append((a.get("action", ""), {}))
        if not self.forms:
            return
        fields = self.forms[-1][1]
        # A browser sends a select's selected option, else its first one.
        selecting = tag == "option" and self._select is not None
        if selecting and ("selected" in a or self._select not in fields):
            fields[str(self._select)] = a.get("value", "")
        if not a.get("name"):
            return
        if tag == "input":
            kind = a.get("type", "text")
            if kind in {"checkbox", "radio"} and "checked" not in a:
                return
            if kind not in {"submit", "button", "file"}:
                fields[a["name"]] = a.get("value", "on" if kind == "checkbox" else "")
        elif tag == "select":
            self._select = a["name"]
            fields.pop(a["name"], None)
        elif tag == "textarea":
            self._textarea = a["name"]
            fields[a["name"]] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            fields = self.forms[-1][1]
            # Browsers drop the newline that follows <textarea>.
            fields[self._textarea] = fields[self._textarea].removeprefix("\n")
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea is not None and self.forms:
            self.forms[-1][1][self._textarea] += data


def form_with(page: str, field_name: str) -> dict[str, str] | None:
    """The values of the page's form that has `field_name`, as a browser would send them."""
    parser = _Forms()
    parser.feed(page)
    for _action, fields in parser.forms:
        if field_name in fields:
            return dict(fields)
    return None


# --- Signing in.


def sign_in(conn: Connection, browser: Browser) -> str:
    """GET the sign-in page, POST the name and password with its CSRF token; '' when signed in."""
    assert browser.person is not None
    page = conn.request(browser, "GET", LOGIN, kind="sign-in", name="sign-in page")
    form = form_with(page.body, "csrfmiddlewaretoken") if page.status == 200 else None
    if form is None:
        return f"the sign-in page answered {page.status} without its form"
    form.update(username=browser.person.username, password=PASSWORD)

    def signed_in(status: int, headers: dict[str, str], body: str) -> str:
        if status != 302 or headers.get("location") != "/":
            return f"sign-in answered {status} to {headers.get('location', '(no redirect)')}"
        return ""

    reply = conn.request(
        browser, "POST", LOGIN, kind="sign-in", name="sign in", form=form, check=signed_in
    )
    if reply.error or "sessionid" not in browser.cookies:
        return reply.error or "no session cookie after signing in"
    return ""


# --- The mix: what a person does, weighted; each action is one or two requests.


def _redirects_to(prefix: str, exact: bool = False) -> Callable[[int, dict[str, str], str], str]:
    def check(status: int, headers: dict[str, str], body: str) -> str:
        to = headers.get("location", "")
        if status != 302 or not (to == prefix if exact else to.startswith(prefix)):
            return f"save not done: {status} to {to or '(no redirect)'}"
        return ""

    return check


def _contains(marker: str) -> Callable[[int, dict[str, str], str], str]:
    def check(status: int, headers: dict[str, str], body: str) -> str:
        if status != 200 or marker not in body:
            return f"save not done: {status} without {marker!r}"
        return ""

    return check


def _page(status: int, headers: dict[str, str], body: str) -> str:
    """A page view must be the page, not a redirect to the sign-in page."""
    if status != 200:
        return f"page answered {status} to {headers.get('location', '')}"
    return ""


@dataclass
class Counts:
    """How many saves of each kind went through, to compare with the rows in the database."""

    added: int = 0
    moved: int = 0
    wins: int = 0
    checkins: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, name: str) -> None:
        with self.lock:
            setattr(self, name, getattr(self, name) + 1)


STAGES = ["acknowledged", "screen", "interview", "assessment", "rejected", "ghosted", "offer"]


def act(conn: Connection, browser: Browser, action: str, rng: random.Random, done: Counts) -> None:
    """One action of the mix for one person."""
    person = browser.person
    assert person is not None
    views = {
        "today": "/",
        "board": "/board/",
        "list": "/applications/",
        "insights": "/insights/",
        "review": "/review/",
    }
    if action in views:
        conn.request(browser, "GET", views[action], kind="view", name=action, check=_page)
    elif action == "application":
        pk = rng.choice(person.application_ids)
        path = f"/applications/{pk}/"
        conn.request(browser, "GET", path, kind="view", name=action, check=_page)
    elif action == "sign-in page":
        conn.request(Browser(None), "GET", LOGIN, kind="sign-in page", name=action, check=_page)
    elif action == "check in":
        csrf = browser.cookies.get("csrftoken", "")
        form = {
            "csrfmiddlewaretoken": csrf,
            "quick": "1",
            "next": "/",
            "mood": str(rng.randint(1, 5)),
        }
        reply = conn.request(
            browser, "POST", "/checkin/", kind="save", name=action, form=form, htmx=True,
            check=_contains("checkin-done"),
        )  # fmt: skip
        if not reply.error:
            done.add("checkins")
    elif action == "move":
        pk = rng.choice(person.application_ids)
        form = {
            "csrfmiddlewaretoken": browser.cookies.get("csrftoken", ""),
            "stage": rng.choice(STAGES),
        }
        reply = conn.request(
            browser, "POST", f"/applications/{pk}/move/", kind="save", name=action, form=form,
            htmx=True, check=_contains("Moved "),
        )  # fmt: skip
        if not reply.error:
            done.add("moved")
    elif action == "win":
        form = {
            "csrfmiddlewaretoken": browser.cookies.get("csrftoken", ""),
            "next": "/",
            "kind": "other",
            "text": f"{WIN_TEXT}: sent a tailored application ({rng.randint(1, 999)})",
        }
        reply = conn.request(
            browser, "POST", "/wins/new/", kind="save", name=action, form=form,
            check=_redirects_to("/", exact=True),
        )  # fmt: skip
        if not reply.error:
            done.add("wins")
    elif action == "add application":
        # As a person does it: open the form, fill it in, save.
        page = conn.request(
            browser, "GET", "/applications/new/", kind="view", name="new application form",
            check=_page,
        )  # fmt: skip
        fields = None if page.error else form_with(page.body, "company")
        if fields is None:
            return
        fields.update(
            company=f"{ADDED_COMPANY} {rng.choice(['Labs', 'Cloud', 'Health'])} {rng.randint(1, 99)}",
            role=rng.choice(["Data Engineer", "Backend Developer", "Analyst"]),
            # Yesterday: never a future day in any of the people's timezones.
            applied_on=(dt.date.today() - dt.timedelta(days=1)).isoformat(),
            link=f"https://jobs.example/{rng.randint(1, 10**9)}",
            notes="Found it on the company site; the team looks kind.",
        )
        reply = conn.request(
            browser, "POST", "/applications/new/", kind="save", name=action, form=fields,
            check=_redirects_to("/applications/"),
        )  # fmt: skip
        if not reply.error:
            done.add("added")
    else:
        raise ValueError(action)


# Weights per action: about three views for each save, and the sign-in page as the baseline.
MIX = {
    "today": 18,
    "board": 10,
    "list": 8,
    "application": 12,
    "insights": 5,
    "review": 5,
    "sign-in page": 10,
    "check in": 5,
    "move": 6,
    "win": 5,
    "add application": 4,
}
