"""A real IMAP server for the tests: pymap's in-memory backend, run as a subprocess.

Mail is put in as a mail client would: APPEND through imaplib, signed in as the test user.
`tls_certificate` makes a self-signed certificate (for 127.0.0.1) so STARTTLS and TLS are
tested with real verification: point SSL_CERT_FILE at it and the default SSL context trusts it.
`TLSProxy` stands in for a server that speaks TLS from the first byte (port 993 style), which
pymap itself does not offer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import ipaddress
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

USER = "alice@example.org"
PASSWORD = "correct horse battery staple"
PYMAP = Path(sys.executable).parent / "pymap"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(port: int, process: subprocess.Popen[bytes], seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"pymap exited: {process.stdout.read() if process.stdout else ''!r}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise RuntimeError("pymap did not start listening")


@dataclass
class ImapServer:
    """One pymap process; `restart()` starts a fresh, empty one on the same port."""

    port: int = field(default_factory=free_port)
    cert: Path | None = None
    key: Path | None = None
    process: subprocess.Popen[bytes] | None = None
    host: str = "127.0.0.1"
    user: str = USER
    password: str = PASSWORD

    def start(self) -> ImapServer:
        tls = ["--cert", str(self.cert), "--key", str(self.key)] if self.cert else ["--no-tls"]
        command = [str(PYMAP), "--host", self.host, "--port", str(self.port), *tls]
        command += ["dict", "--demo-user", self.user, "--demo-password", self.password]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        _wait_for(self.port, self.process)
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.process is not None and self.process.stdout is not None:
            self.process.stdout.close()
        self.process = None

    def restart(self) -> None:
        """A fresh server: every folder is new, so every UIDVALIDITY changes."""
        self.stop()
        self.start()

    @contextlib.contextmanager
    def client(self) -> Iterator[imaplib.IMAP4]:
        conn = imaplib.IMAP4(self.host, self.port, timeout=5)
        if self.cert:
            conn.starttls(ssl_context=ssl.create_default_context(cafile=str(self.cert)))
        plain = f"\0{self.user}\0{self.password}".encode()  # SASL PLAIN: UTF-8 passwords too
        conn.authenticate("PLAIN", lambda _challenge: plain)
        try:
            yield conn
        finally:
            with contextlib.suppress(imaplib.IMAP4.error, OSError):
                conn.logout()

    def append(self, folder: str, *raws: bytes, received: dt.datetime | None = None) -> None:
        """Deliver messages to a folder (created when missing); `received` is the server date."""
        with self.client() as conn:
            conn.create(folder)  # "already exists" is fine
            when = imaplib.Time2Internaldate(received) if received else None
            for raw in raws:
                typ, data = conn.append(folder, None, when, raw.replace(b"\n", b"\r\n"))
                assert typ == "OK", data

    def recreate(self, folder: str) -> None:
        """Delete the folder and make it again, empty: a new UIDVALIDITY."""
        with self.client() as conn:
            assert conn.delete(folder)[0] == "OK"
            assert conn.create(folder)[0] == "OK"

    def uidvalidity(self, folder: str) -> int:
        with self.client() as conn:
            _typ, data = conn.status(folder, "(UIDVALIDITY)")
        return int(data[0].split(b"UIDVALIDITY ")[1].rstrip(b")"))

    def seen_flags(self, folder: str) -> int:
        """How many messages of the folder are marked read on the server."""
        with self.client() as conn:
            conn.select(folder, readonly=True)
            _typ, data = conn.search(None, "SEEN")
        return len((data[0] or b"").split())


def tls_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate and key for 127.0.0.1 (and localhost)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "NextYes test IMAP")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "imap-cert.pem", folder / "imap-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class TLSProxy:
    """Accepts TLS connections and relays them in the clear to a plain IMAP server."""

    def __init__(self, target_port: int, cert: Path, key: Path) -> None:
        self.target_port = target_port
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.context.load_cert_chain(cert, key)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = int(self.listener.getsockname()[1])
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while self.running:
            try:
                raw, _addr = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._relay, args=(raw,), daemon=True).start()

    def _relay(self, raw: socket.socket) -> None:
        raw.settimeout(10)
        try:
            client = self.context.wrap_socket(raw, server_side=True)
        except (ssl.SSLError, OSError):
            raw.close()
            return
        # The timeout guards the handshake only: once relaying, the client may
        # stay quiet for a long while (loading the classifier on a busy machine),
        # and a timeout here would cut a healthy connection.
        client.settimeout(None)
        upstream = socket.create_connection(("127.0.0.1", self.target_port), 5)
        upstream.settimeout(None)
        threading.Thread(target=_pipe, args=(upstream, client), daemon=True).start()
        _pipe(client, upstream)

    def close(self) -> None:
        self.running = False
        self.listener.close()
        self.thread.join(2)


def _pipe(source: socket.socket, target: socket.socket) -> None:
    try:
        while chunk := source.recv(65536):
            target.sendall(chunk)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            with contextlib.suppress(OSError):
                sock.close()
