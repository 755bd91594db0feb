"""Reading an IMAP mailbox incrementally, into the same import the files go through.

Per folder, the server's UIDVALIDITY and the highest UID read are remembered (`FolderState`):
a later sync asks only for UIDs above it. When UIDVALIDITY changes (the folder was recreated,
the server rebuilt its index), the old UIDs mean nothing, so the folder is read again from the
start; Message-ID dedupe makes that add nothing twice. The new position is stored only after
the messages are saved, so a sync that fails half-way reads the rest next time. Messages are
fetched with BODY.PEEK, so nothing is marked read on the server, and the mailbox is opened
read-only. Mail that reached the server before the account's start date (IMAP SINCE, by arrival
date) is never read, on the first sync or any later one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import ipaddress
import re
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.debug import sensitive_variables

from nextyes.inbox import secrets
from nextyes.inbox.imap_names import encode_folder, folder_names
from nextyes.inbox.models import FolderState, ImportKind, MailAccount, Security
from nextyes.inbox.own_mail import is_sent_folder
from nextyes.inbox.reading import MAX_MESSAGE_BYTES, RawMail
from nextyes.lib.ownership import owned

TIMEOUT = 10  # seconds a silent server is waited for, on connect and on each read
FETCH_CHUNK = 50  # messages per FETCH: few round trips, bounded memory
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")

# Called with (folder, messages read so far, new messages in the folder).
Progress = Callable[[str, int, int], None]


class ImapProblem(Exception):
    """Something the person can fix or wait out, said plainly (never with the password)."""


PLAIN_REFUSED = _lazy(
    "This NextYes only connects to mail servers over TLS or STARTTLS, so your password is "
    "never sent in the clear. Choose one of them (the instance owner can allow plain "
    "connections with NEXTYES_IMAP_ALLOW_PLAIN=true)."
)


@dataclass
class FolderResult:
    folder: str
    new: int = 0  # messages fetched from the server
    kept: int = 0
    not_kept: int = 0
    duplicates: int = 0
    skipped: int = 0
    restarted: bool = False  # UIDVALIDITY changed: read again from the start
    waiting: int = 0  # new messages left for the next sync (over the limit)
    error: str = ""
    import_id: int | None = None


@dataclass
class SyncResult:
    account: str
    folders: list[FolderResult] = field(default_factory=list)
    error: str = ""  # the account could not be reached at all

    @property
    def ok(self) -> bool:
        return not self.error and not any(f.error for f in self.folders)

    @property
    def new(self) -> int:
        return sum(f.new for f in self.folders)

    @property
    def kept(self) -> int:
        return sum(f.kept for f in self.folders)

    @property
    def waiting(self) -> int:
        return sum(f.waiting for f in self.folders)

    @property
    def problems(self) -> list[str]:
        if self.error:
            return [self.error]
        return [f"{f.folder}: {f.error}" for f in self.folders if f.error]

    def as_dict(self) -> dict[str, Any]:
        return {
            "account": self.account,
            "ok": self.ok,
            "new": self.new,
            "kept": self.kept,
            "waiting": self.waiting,
            "error": self.error,
            "folders": [asdict(f) for f in self.folders],
        }


# --- Connecting ------------------------------------------------------------------------------


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
        raise ImapProblem(_explain(exc, host, port)) from None
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
        raise ImapProblem(_explain(exc, host, port)) from None
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


def _is_private(sockaddr: Any) -> bool:
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
        return self.ssl_context.wrap_socket(sock, server_hostname=self.host)


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


def _explain(exc: BaseException, host: str, port: int) -> str:
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


def _reply(exc: BaseException) -> str:
    """The server's words from an imaplib error (often the repr of bytes)."""
    text = str(exc.args[0] if exc.args else exc)
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    return text[:200].rstrip(". ") or type(exc).__name__


def _close(conn: imaplib.IMAP4) -> None:
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
        raise ImapProblem(_explain(exc, host, port)) from None
    finally:
        _close(conn)


# --- Syncing ---------------------------------------------------------------------------------


def sync_account(
    account: MailAccount, progress: Progress | None = None, *, limit: int | None = None
) -> SyncResult:
    """Read each of the account's folders for new mail and import it; errors go on the account.

    One folder failing (gone, a dropped connection) does not stop the others; a failure to
    connect or sign in stores nothing but the error. `limit` reads at most that many messages
    per folder, oldest first (a web request must end in time); the rest wait for the next sync.
    """
    result = SyncResult(account=account.name)
    try:
        conn = open_account(account)
    except ImapProblem as problem:
        result.error = str(problem)
        _finish(account, result)
        return result
    try:
        for folder in account.folders or ["INBOX"]:
            folder_result = FolderResult(folder=folder)
            result.folders.append(folder_result)
            try:
                _sync_folder(conn, account, folder_result, progress, limit)
            except ImapProblem as problem:
                folder_result.error = str(problem)
            except (imaplib.IMAP4.error, OSError) as exc:
                folder_result.error = _explain(exc, account.host, account.port)
    finally:
        _close(conn)
    _finish(account, result)
    return result


def _finish(account: MailAccount, result: SyncResult) -> None:
    account.last_error = "; ".join(result.problems)[:500]
    if not result.error:
        account.last_synced_at = timezone.now()
    account.save(update_fields=["last_error", "last_synced_at"])


def _sync_folder(
    conn: imaplib.IMAP4,
    account: MailAccount,
    out: FolderResult,
    progress: Progress | None,
    limit: int | None,
) -> None:
    from nextyes.inbox.services import import_messages

    typ, data = conn.select(encode_folder(out.folder), readonly=True)
    if typ != "OK":
        raise ImapProblem(
            _("The folder “%(folder)s” was not found on the server (%(reply)s).")
            % {"folder": out.folder, "reply": _reply(imaplib.IMAP4.error(data[0] if data else ""))}
        )
    validity = _uidvalidity(conn, out.folder)
    state = owned(FolderState, account.owner).filter(account=account, folder=out.folder).first()
    last_uid = 0
    if state is not None and state.uidvalidity == validity:
        last_uid = state.last_uid
    elif state is not None:
        out.restarted = True
    uids = _new_uids(conn, last_uid, account.since)
    if limit is not None and len(uids) > limit:
        out.waiting, uids = len(uids) - limit, uids[:limit]
    if uids:
        report = None
        if progress is not None:
            report = _folder_progress(progress, out.folder)
        imported = import_messages(
            account.owner,
            _fetch(conn, uids, out.folder),
            total=len(uids),
            source_name=f"{account.name}/{out.folder}",
            kind=ImportKind.IMAP,
            keep_other=account.keep_other,
            progress=report,
            sent=is_sent_folder(out.folder),  # the person's own mail, whatever its From says
        )
        out.new, out.kept, out.not_kept = imported.read, imported.kept, imported.not_kept
        out.duplicates, out.skipped = imported.duplicates, imported.skipped
        out.import_id = imported.import_id
    # Only now, with the messages saved, does the folder's position move on.
    FolderState.objects.update_or_create(
        owner=account.owner,
        account=account,
        folder=out.folder,
        defaults={"uidvalidity": validity, "last_uid": max([last_uid, *uids])},
    )


def _folder_progress(progress: Progress, folder: str) -> Callable[[int, int, int], None]:
    def report(_done: int, total: int, read: int) -> None:
        progress(folder, read, total)

    return report


def _uidvalidity(conn: imaplib.IMAP4, folder: str) -> int:
    _typ, data = conn.response("UIDVALIDITY")
    if not data or data[0] is None:
        _typ, data = conn.status(encode_folder(folder), "(UIDVALIDITY)")
        found = re.search(rb"UIDVALIDITY (\d+)", data[0] or b"") if data else None
        if not found:
            raise ImapProblem(_("The server gave no UIDVALIDITY for “%(f)s”.") % {"f": folder})
        return int(found.group(1))
    return int(data[0])


def _new_uids(conn: imaplib.IMAP4, last_uid: int, since: dt.date | None) -> list[int]:
    criteria = ["UID", f"{last_uid + 1}:*"]
    if since is not None:
        criteria += ["SINCE", f"{since.day:02d}-{_MONTHS[since.month - 1]}-{since.year}"]
    typ, data = conn.uid("SEARCH", *criteria)
    if typ != "OK":
        raise ImapProblem(_("The server refused to search the folder (%(r)s).") % {"r": data})
    found = {int(n) for n in (data[0] or b"").split() if n.isdigit()}
    # "n:*" always includes the newest message, even when its UID is below n.
    return sorted(uid for uid in found if uid > last_uid)


def _fetch(conn: imaplib.IMAP4, uids: list[int], folder: str) -> Iterator[RawMail]:
    """The messages' bytes, a chunk of UIDs per FETCH; at most the import's size limit each."""
    done = 0
    for start in range(0, len(uids), FETCH_CHUNK):
        chunk = uids[start : start + FETCH_CHUNK]
        typ, data = conn.uid(
            "FETCH",
            ",".join(map(str, chunk)),
            f"(UID RFC822.SIZE BODY.PEEK[]<0.{MAX_MESSAGE_BYTES}>)",
        )
        if typ != "OK":
            raise ImapProblem(_("The server refused to send messages (%(r)s).") % {"r": data})
        for uid, body, size in sorted(_fetched(data)):
            done += 1
            yield RawMail(
                data=body,
                where=f"{folder}, UID {uid}",
                done=done,
                cut=size is not None and size > len(body),
            )


def _fetched(data: list[Any]) -> Iterator[tuple[int, bytes, int | None]]:
    """(uid, bytes, full size) from a FETCH answer; UID may come before or after the literal."""
    for index, item in enumerate(data):
        if not isinstance(item, tuple) or len(item) < 2:
            continue
        after = data[index + 1] if index + 1 < len(data) else b""
        meta = item[0] + b" " + (after if isinstance(after, bytes) else b"")
        uid = _UID.search(meta)
        if uid is None:
            continue
        size = _SIZE.search(meta)
        yield int(uid.group(1)), item[1], int(size.group(1)) if size else None
