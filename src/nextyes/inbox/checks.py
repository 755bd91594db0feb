"""A system check: IMAP accounts whose passwords the configured mail key cannot open."""

from __future__ import annotations

from collections.abc import Sequence

from django.apps import AppConfig
from django.core.checks import Warning, register
from django.db.utils import DatabaseError

from nextyes.inbox import secrets

W_MAIL_KEY = "nextyes.W002"


@register()
def check_mail_key(app_configs: Sequence[AppConfig] | None, **kwargs: object) -> list[Warning]:
    """Warn when IMAP accounts exist but their key is missing, unreadable or not the right one."""
    from nextyes.inbox.models import MailAccount

    try:
        token = MailAccount.objects.values_list("password_encrypted", flat=True).first()
    except DatabaseError:  # not migrated yet: nothing to check
        return []
    if token is None:
        return []
    hint = (
        f"Set {secrets.KEY_ENV} (or {secrets.KEY_ENV}_FILE) to the key the passwords were saved "
        f"with, or restore {secrets.key_file()}; otherwise each account needs its password again."
    )
    try:
        key = secrets.configured_key()
    except secrets.KeyProblem as problem:
        return [
            Warning(
                f"IMAP accounts exist but the mail key is unusable: {problem}",
                hint=hint,
                id=W_MAIL_KEY,
            )
        ]
    if key is None:
        return [
            Warning(
                "IMAP accounts exist but no mail key is configured, so their passwords cannot "
                "be read and mail cannot be synced.",
                hint=hint,
                id=W_MAIL_KEY,
            )
        ]
    try:
        secrets.decrypt(token)
    except secrets.PasswordUnreadable:
        return [
            Warning(
                "The mail key cannot read the saved IMAP passwords (was the key changed?).",
                hint=hint,
                id=W_MAIL_KEY,
            )
        ]
    return []
