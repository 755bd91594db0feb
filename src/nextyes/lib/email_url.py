"""`NEXTYES_EMAIL_URL` read into Django's email settings (docs/configuration.md, "Email").

    smtp://user:password@host:587            STARTTLS (the default for smtp://)
    smtp://user:password@host:465?tls=ssl    TLS from the first byte (also: smtps://host)
    smtp://127.0.0.1:1025?tls=none           no encryption: a relay on this machine only
    console://                               print each email instead of sending it

User and password are percent-encoded in the URL (an @ in a password is %40). `timeout` (seconds,
default 10) bounds a slow server. No URL: no email at all, and reminders stay in the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

SMTP = "django.core.mail.backends.smtp.EmailBackend"
CONSOLE = "django.core.mail.backends.console.EmailBackend"
# With no URL nothing leaves the machine; the in-app list still works.
NOWHERE = "django.core.mail.backends.dummy.EmailBackend"
TLS_MODES = ("starttls", "ssl", "none")


@dataclass(frozen=True)
class EmailConfig:
    """What settings.py sets as EMAIL_*; `enabled` says whether any email may go at all."""

    backend: str = NOWHERE
    enabled: bool = False
    host: str = "localhost"
    port: int = 25
    user: str = ""
    password: str = ""
    use_tls: bool = False
    use_ssl: bool = False
    timeout: int = 10


def email_config(url: str) -> EmailConfig:
    """The email settings `url` asks for; ValueError (at start-up) when it cannot work."""
    url = url.strip()
    if not url:
        return EmailConfig()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "console":
        return EmailConfig(backend=CONSOLE, enabled=True)
    if scheme not in {"smtp", "smtps"}:
        raise ValueError(
            f"NEXTYES_EMAIL_URL must start with smtp://, smtps:// or console://, not {scheme!r}"
        )
    if not parts.hostname:
        raise ValueError("NEXTYES_EMAIL_URL needs a host, e.g. smtp://user:pass@mail.example.com")
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    tls = query.get("tls", "ssl" if scheme == "smtps" else "starttls").lower()
    if tls not in TLS_MODES:
        raise ValueError(
            f"NEXTYES_EMAIL_URL: tls must be one of {', '.join(TLS_MODES)}, not {tls!r}"
        )
    try:
        timeout = int(query.get("timeout", "10"))
        port = parts.port or (465 if tls == "ssl" else 587)
    except ValueError as exc:
        raise ValueError(f"NEXTYES_EMAIL_URL: {exc}") from exc
    return EmailConfig(
        backend=SMTP,
        enabled=True,
        host=parts.hostname,
        port=port,
        user=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        use_tls=tls == "starttls",
        use_ssl=tls == "ssl",
        timeout=timeout,
    )
