"""Reaching an IMAP server without putting the password at risk, and listing its folders.

Only TLS or STARTTLS unless the instance owner allows plain connections; the host is resolved
once and the connection pinned to the address that was checked (no private addresses unless
allowed), so a DNS answer cannot change between the check and the connect. Failures come back
as an `ImapProblem` with a plain sentence, never the password.
"""

from __future__ import annotations

import contextlib
import imaplib
import ipaddress
import socket
import ssl
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.debug import sensitive_variables

from nextyes.inbox import secrets
from nextyes.inbox.imap_names import folder_names
from nextyes.inbox.models import MailAccount, Security

TIMEOUT = 10  # seconds a silent server is waited for, on connect and on each read


class ImapProblem(Exception):
    """Something the person can fix or wait out, said plainly (never with the password)."""


PLAIN_REFUSED = _lazy(
    "This NextYes only connects to mail servers over TLS or STARTTLS, so your password is "
    "never sent in the clear. Choose one of them (the instance owner can allow plain "
    "connections with NEXTYES_IMAP_ALLOW_PLAIN=true)."
)


@sensitive_variables("password")
def connect(
    host: str,
    port: int,
    security: str,
    username: str,
    password: str,
    *,
    timeout: float | None = None,
) -> imaplib.IMAP4:
    """A signed-in connection, or `ImapProblem` saying what went wrong in words.

    The words are ours, one fixed sentence per kind of failure: whatever the server (or a
    service on a port that is not IMAP) says is never passed on to the page.
    """
    addresses = destination(host, port, security)
    try:
        conn = _open(host, port, security, addresses, timeout or TIMEOUT)
    except (imaplib.IMAP4.error, OSError) as exc:
        raise ImapProblem(explain(exc, host, port)) from None
    try:
        _login(conn, username, password)
    except (imaplib.IMAP4.error, OSError) as exc:
        _drop(conn)
        if isinstance(exc, imaplib.IMAP4.error) and not isinstance(exc, imaplib.IMAP4.abort):
            raise ImapProblem(
                _(
                    "The server did not accept the user name or password. "
                    "Many providers need an app password here rather than your usual one."
                )
            ) from None
        raise ImapProblem(explain(exc, host, port)) from None
    return conn


Address = tuple[int, Any]  # (socket family, socket address) from getaddrinfo


def destination(host: str, port: int, security: str) -> list[Address]:
    """Where a connection may go: the host's addresses, once the owner's rules allow them.

    Plain IMAP (the password in the clear) needs NEXTYES_IMAP_ALLOW_PLAIN; a host with any
    loopback, private, link-local or unspecified address needs NEXTYES_IMAP_ALLOW_PRIVATE, so a
    form cannot be used to probe the server's own network. The connection then goes to exactly
    the addresses checked here (no second lookup that could answer differently).
    """
    if security == Security.PLAIN and not settings.IMAP_ALLOW_PLAIN:
        raise ImapProblem(PLAIN_REFUSED)
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError):
        raise ImapProblem(
            _("The server name %(host)s could not be found.") % {"host": host}
        ) from None
    addresses: list[Address] = [(family, addr) for family, _t, _p, _n, addr in found]
    if not settings.IMAP_ALLOW_PRIVATE and any(_is_private(addr) for _f, addr in addresses):
        raise ImapProblem(
            _(
                "%(host)s points to an address on a private or local network. NextYes only connects "
                "to such a server when the instance owner sets NEXTYES_IMAP_ALLOW_PRIVATE=true."
            )
            % {"host": host}
        )
    return addresses


def _is_private(sockaddr: Sequence[object]) -> bool:
    try:
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
    except ValueError:
        return True  # not an address we understand: not one we connect to
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    # Loopback, private, link-local, unspecified, and anything else not on the public internet
    # (shared 100.64/10, documentation ranges, multicast).
    return bool(
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_unspecified
        or ip.is_multicast
        or ip.is_reserved
        or not ip.is_global
    )


def _connect_any(addresses: list[Address], timeout: float) -> socket.socket:
    """A TCP connection to the first of the checked addresses that answers."""
    last: OSError = OSError("no address")
    for family, sockaddr in addresses:
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.settimeout(timeout)  # the connect and every later read
        try:
            sock.connect(sockaddr)
        except OSError as exc:
            sock.close()
            last = exc
            continue
        return sock
    raise last


class _PinnedIMAP4(imaplib.IMAP4):
    """IMAP4 that connects to the checked addresses; `host` stays the name (for STARTTLS)."""

    def __init__(self, host: str, port: int, addresses: list[Address], timeout: float) -> None:
        self._addresses = addresses
        super().__init__(host, port, timeout=timeout)

    def _create_socket(self, timeout: float | None) -> socket.socket:
        return _connect_any(self._addresses, timeout or TIMEOUT)


class _PinnedIMAP4_SSL(imaplib.IMAP4_SSL):
    """IMAP4_SSL that connects to the checked addresses and verifies the certificate by name."""

    def __init__(
        self,
        host: str,
        port: int,
        addresses: list[Address],
        context: ssl.SSLContext,
        timeout: float,
    ) -> None:
        self._addresses = addresses
        super().__init__(host, port, ssl_context=context, timeout=timeout)

    def _create_socket(self, timeout: float | None) -> socket.socket:
        sock = _connect_any(self._addresses, timeout or TIMEOUT)
        wrapped: socket.socket = self.ssl_context.wrap_socket(sock, server_hostname=self.host)
        return wrapped


def _open(
    host: str, port: int, security: str, addresses: list[Address], timeout: float
) -> imaplib.IMAP4:
    if security == Security.TLS:
        context = ssl.create_default_context()
        return _PinnedIMAP4_SSL(host, port, addresses, context, timeout)
    conn = _PinnedIMAP4(host, port, addresses, timeout)
    if security == Security.STARTTLS:
        try:
            conn.starttls(ssl_context=ssl.create_default_context())
        except BaseException:
            _drop(conn)
            raise
    return conn


def _drop(conn: imaplib.IMAP4) -> None:
    """Close a connection that failed half-way, without another word to the server."""
    with contextlib.suppress(OSError):
        conn.shutdown()


@sensitive_variables("password", "plain")
def _login(conn: imaplib.IMAP4, username: str, password: str) -> None:
    if (username + password).isascii():
        conn.login(username, password)
        return
    # LOGIN is ASCII-only in imaplib; SASL PLAIN carries UTF-8.
    plain = f"\0{username}\0{password}".encode()
    conn.authenticate("PLAIN", lambda _challenge: plain)


@sensitive_variables("password")
def open_account(account: MailAccount) -> imaplib.IMAP4:
    """Connect and sign in with the account's stored (encrypted) password, at its saved host."""
    try:
        password = secrets.decrypt(account.password_encrypted)
    except secrets.PasswordUnreadable as exc:
        raise ImapProblem(str(exc)) from None
    return connect(account.host, account.port, account.security, account.username, password)


def explain(exc: BaseException, host: str, port: int) -> str:
    """One fixed sentence per kind of failure; nothing the server said is repeated."""
    where = f"{host}:{port}"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return _(
            "The certificate of %(where)s could not be verified. Check the server name; "
            "NextYes does not connect to a server it cannot verify."
        ) % {"where": where}
    if isinstance(exc, ssl.SSLError):
        return _(
            "The secure connection to %(where)s failed (a TLS problem). Do the port and the "
            "security choice match (TLS is usually 993, STARTTLS 143)?"
        ) % {"where": where}
    if isinstance(exc, TimeoutError | socket.timeout):
        return _("%(where)s did not answer in time. Is the server name and port right?") % {
            "where": where
        }
    if isinstance(exc, socket.gaierror):
        return _("The server name %(host)s could not be found.") % {"host": host}
    if isinstance(exc, ConnectionRefusedError):
        return _("%(where)s refused the connection. Is the port right?") % {"where": where}
    if isinstance(exc, imaplib.IMAP4.error) and ("STARTTLS" in str(exc) or "TLS not" in str(exc)):
        return _("%(where)s does not offer STARTTLS. Try TLS (usually port 993).") % {
            "where": where
        }
    if isinstance(exc, imaplib.IMAP4.abort):
        return _(
            "The connection to %(where)s was cut, or what answered there is not an IMAP server."
        ) % {"where": where}
    if isinstance(exc, OSError):
        return _("Could not reach %(where)s. Is the server name and port right?") % {"where": where}
    return _(
        "What answered at %(where)s did not behave like an IMAP server. Is the port right?"
    ) % {"where": where}


def server_words(exc: BaseException) -> str:
    """The server's words from an imaplib error (often the repr of bytes)."""
    text = str(exc.args[0] if exc.args else exc)
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    return text[:200].rstrip(". ") or type(exc).__name__


def sign_out(conn: imaplib.IMAP4) -> None:
    with contextlib.suppress(imaplib.IMAP4.error, OSError):
        conn.logout()


# --- Folders ---------------------------------------------------------------------------------


def list_folders(conn: imaplib.IMAP4) -> list[str]:
    """The folders that can be read, by their displayed names (INBOX first)."""
    typ, data = conn.list()
    return folder_names(data) if typ == "OK" else []


@sensitive_variables("password")
def folders_of(host: str, port: int, security: str, username: str, password: str) -> list[str]:
    """Sign in, list the folders, sign out: the form's "test connection"."""
    conn = connect(host, port, security, username, password)
    try:
        return list_folders(conn)
    except (imaplib.IMAP4.error, OSError) as exc:
        raise ImapProblem(explain(exc, host, port)) from None
    finally:
        sign_out(conn)
