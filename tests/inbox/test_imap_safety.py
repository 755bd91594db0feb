"""Where a mail password may go: TLS only, no private networks, the saved server only, a few
tests at a time, and never a word of what the server said on the page."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.inbox import imap_connect
from nextyes.inbox.models import MailAccount
from tests.conftest import page
from tests.inbox.imap_server import ImapServer
from tests.inbox.mail_helpers import saved_account
from tests.inbox.test_accounts_views import TYPED, form_data


def _noting(hosts: list[str]) -> Callable[..., list[str]]:
    """A stand-in for `folders_of` that notes the host it was asked and finds an INBOX."""

    def folders_of(host: str, *args: object) -> list[str]:
        hosts.append(host)
        return ["INBOX"]

    return folders_of


pytestmark = pytest.mark.usefixtures("mail_key")

BANNER = "SSH-2.0-OpenSSH_9.6 secret-build-4242"


@pytest.mark.parametrize("host", ["127.0.0.1", "10.0.0.1", "localhost"])
def test_private_and_local_hosts_are_refused_by_default(host: str) -> None:
    with pytest.raises(imap_connect.ImapProblem) as refused:
        imap_connect.folders_of(host, 993, "tls", "alice@example.org", TYPED)
    assert "NEXTYES_IMAP_ALLOW_PRIVATE" in str(refused.value)


def test_every_address_of_a_host_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    for host in ["169.254.169.254", "0.0.0.0", "192.168.1.1", "172.16.0.1", "100.64.0.1", "::1"]:
        with pytest.raises(imap_connect.ImapProblem, match="NEXTYES_IMAP_ALLOW_PRIVATE"):
            imap_connect.destination(host, 993, "tls")

    answers: list[tuple[str | int, ...]] = [("93.184.216.34", 993)]

    # Any: stands in for socket.getaddrinfo, whatever it is called with
    def resolve(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        family = {2: socket.AF_INET, 4: socket.AF_INET6}
        return [(family[len(a)], socket.SOCK_STREAM, 6, "", a) for a in answers]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    assert imap_connect.destination("public.example.org", 993, "tls") == [
        (socket.AF_INET, ("93.184.216.34", 993))
    ]
    answers.append(("fd00::1", 993, 0, 0))  # one private address among public ones is enough
    with pytest.raises(imap_connect.ImapProblem, match="NEXTYES_IMAP_ALLOW_PRIVATE"):
        imap_connect.destination("mixed.example.org", 993, "tls")


def test_plain_connections_are_refused_unless_the_owner_allows_them(
    alice: User, alice_client: Client
) -> None:
    response = alice_client.post(reverse("inbox:account_add"), form_data(security="none"))

    assert response.status_code == 400
    assert "NEXTYES_IMAP_ALLOW_PLAIN=true" in page(response)
    assert not MailAccount.objects.exists()
    with pytest.raises(imap_connect.ImapProblem, match="NEXTYES_IMAP_ALLOW_PLAIN"):
        imap_connect.connect("imap.example.org", 143, "none", "alice", TYPED)
    with override_settings(IMAP_ALLOW_PLAIN=True):
        alice_client.post(reverse("inbox:account_add"), form_data(security="none"))
    assert MailAccount.objects.get(owner=alice).security == "none"


def test_a_typed_password_is_never_sent_back_to_the_page(alice_client: Client) -> None:
    response = alice_client.post(reverse("inbox:account_add"), form_data(name=""))

    assert response.status_code == 400
    assert TYPED not in page(response)


@pytest.mark.usefixtures("local_imap")
def test_the_saved_password_only_goes_to_the_saved_server(
    alice: User, alice_client: Client, imap_server: ImapServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    account = saved_account(alice, imap_server)
    url = reverse("inbox:account_edit", args=[account.pk])
    sent: list[str] = []
    monkeypatch.setattr(imap_connect, "folders_of", _noting(sent))

    for changed in [{"host": "localhost"}, {"port": "1"}, {"username": "eve@example.org"}]:
        data = {**form_data(imap_server, password="", **changed), "action": "test"}
        body = page(alice_client.post(url, data))
        assert "please type the password again" in body
    assert sent == []

    data = {**form_data(imap_server, password=""), "action": "test"}
    assert "Connected and signed in." in page(alice_client.post(url, data))
    assert sent == [imap_server.host]

    # Saving another server without the password would send it there at the next check.
    response = alice_client.post(url, form_data(imap_server, password="", host="localhost"))
    assert response.status_code == 400
    account.refresh_from_db()
    assert account.host == imap_server.host


def test_a_sixth_test_in_ten_minutes_is_asked_to_wait(
    alice_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    tried: list[str] = []
    monkeypatch.setattr(imap_connect, "folders_of", _noting(tried))
    data = {**form_data(), "action": "test"}

    bodies = [page(alice_client.post(reverse("inbox:account_add"), data)) for _ in range(6)]

    assert all("Connected and signed in." in body for body in bodies[:5])
    assert all(TYPED not in body for body in bodies)  # tested, yet never sent back
    assert "Please wait a few minutes" in bodies[5]
    assert len(tried) == 5


@contextlib.contextmanager
def fake_server(*replies: bytes, silent: bool = False) -> Iterator[int]:
    """A TCP server on 127.0.0.1 that says `replies` (one per line it is sent) and nothing else."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(5)
    stop = threading.Event()

    def serve() -> None:
        with contextlib.suppress(OSError):
            conn, _addr = listener.accept()
            with conn:
                conn.settimeout(5)
                if silent:
                    stop.wait(5)
                    return
                conn.sendall(replies[0])
                for reply in replies[1:]:
                    line = conn.recv(4096)
                    if not line:
                        return
                    tag = line.split(b" ", 1)[0]
                    conn.sendall(reply.replace(b"TAG", tag))
                stop.wait(2)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1])
    finally:
        stop.set()
        listener.close()
        thread.join(5)


def ask_for_a_test(client: Client, port: int) -> str:
    data = {**form_data(host="127.0.0.1", port=port, security="none"), "action": "test"}
    return page(client.post(reverse("inbox:account_add"), data))


@pytest.mark.usefixtures("local_imap")
def test_a_banner_is_never_echoed(alice_client: Client) -> None:
    with fake_server(f"{BANNER}\r\n".encode()) as port:
        body = ask_for_a_test(alice_client, port)
    assert "The connection test did not work" in body
    assert "did not behave like an IMAP server" in body or "was cut" in body
    assert "secret-build-4242" not in body and "OpenSSH" not in body


@pytest.mark.usefixtures("local_imap")
def test_a_refused_sign_in_is_told_without_the_servers_words(alice_client: Client) -> None:
    greeting = b"* OK hello from secret-build-4242\r\n"
    capabilities = b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nTAG OK secret-build-4242\r\n"
    no = b"TAG NO [AUTHENTICATIONFAILED] user alice unknown on secret-build-4242\r\n"
    with fake_server(greeting, capabilities, no) as port:
        body = ask_for_a_test(alice_client, port)
    assert "did not accept the user name or password" in body
    assert "secret-build-4242" not in body and "AUTHENTICATIONFAILED" not in body


@pytest.mark.usefixtures("local_imap")
def test_a_silent_server_is_given_up_on_in_time(
    alice_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imap_connect, "TIMEOUT", 0.5)
    with fake_server(silent=True) as port:
        body = ask_for_a_test(alice_client, port)
    assert "did not answer in time" in body
