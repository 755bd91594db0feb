"""IMAP passwords encrypted at rest with a key that never goes into the database.

The key comes from `NEXTYES_MAIL_KEY` (or the file `NEXTYES_MAIL_KEY_FILE` names); without
either, a key is generated on first use into `DATA_DIR/mail.key` (mode 600), the way the
secret key is. A copy of the database alone (a backup, a dump) then holds no usable password.
Losing or changing the key is survivable: the account says the password must be entered again.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.utils.translation import gettext as _

from nextyes.lib.env import env_str

KEY_ENV = "NEXTYES_MAIL_KEY"
KEY_FILE_NAME = "mail.key"


class KeyProblem(Exception):
    """The mail key is set but unusable (not a Fernet key, unreadable file)."""


class PasswordUnreadable(Exception):
    """A stored password cannot be decrypted with the current key: it must be entered again."""


def key_file() -> Path:
    return Path(settings.DATA_DIR) / KEY_FILE_NAME


def configured_key() -> bytes | None:
    """The key from the environment or the key file, without creating one (None: no key yet)."""
    try:
        text = env_str(KEY_ENV)
    except OSError as exc:
        raise KeyProblem(
            _("%(name)s_FILE cannot be read: %(reason)s")
            % {"name": KEY_ENV, "reason": exc.strerror or exc}
        ) from exc
    if text:
        return _checked(text.encode("ascii", "replace"), KEY_ENV)
    path = key_file()
    try:
        raw = path.read_bytes().strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeyProblem(
            _("The mail key file %(path)s cannot be read: %(reason)s")
            % {"path": path, "reason": exc.strerror or exc}
        ) from exc
    return _checked(raw, str(path))


def _checked(key: bytes, where: str) -> bytes:
    try:
        Fernet(key)
    except (ValueError, TypeError) as exc:
        raise KeyProblem(
            _(
                "The mail key in %(where)s is not a valid key (a 44-character Fernet key, e.g. "
                "from `python -c 'from cryptography.fernet import Fernet; "
                "print(Fernet.generate_key().decode())'`)."
            )
            % {"where": where}
        ) from exc
    return key


def _key() -> bytes:
    """The configured key, or a new one written to the data dir the first time one is needed."""
    key = configured_key()
    if key is not None:
        return key
    path = key_file()
    new = Fernet.generate_key()
    try:
        # O_EXCL: two processes creating it at once must not each write their own key.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return configured_key() or new
    with os.fdopen(fd, "wb") as out:
        out.write(new + b"\n")
    return new


def encrypt(password: str) -> str:
    """A Fernet token of the password (text, safe to store)."""
    return Fernet(_key()).encrypt(password.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    """The password, or `PasswordUnreadable` when this key did not encrypt it."""
    try:
        key = configured_key()
    except KeyProblem as exc:
        raise PasswordUnreadable(str(exc)) from exc
    if key is None:
        raise PasswordUnreadable(no_key_message())
    try:
        return Fernet(key).decrypt(token.encode("ascii", "replace")).decode("utf-8")
    except (InvalidToken, ValueError, UnicodeDecodeError) as exc:
        raise PasswordUnreadable(changed_key_message()) from exc


def no_key_message() -> str:
    return _(
        "The saved password cannot be read: the mail key is missing (%(name)s, or %(file)s). "
        "Restore it, or enter the password again."
    ) % {"name": KEY_ENV, "file": key_file()}


def changed_key_message() -> str:
    return _(
        "The saved password cannot be read with the current mail key (was the key changed?). "
        "Please enter the password again."
    )
