"""Sign-in throttling: per client address across names, and per account across addresses.

- Per address: NEXTYES_LOGIN_FAILURE_LIMIT failures from one address, whatever the names, pause
  that address for NEXTYES_LOGIN_PAUSE_MINUTES. One address cannot try name after name.
- Per account: the same number of failures on one name from any addresses pause that name, but
  only for NEXTYES_LOGIN_ACCOUNT_PAUSE_MINUTES, and never for a browser that has signed in to that
  account before (it carries a signed "known browser" cookie). So many addresses cannot guess one
  password quickly, and a stranger cannot keep the real person out of their own account.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from django.conf import settings
from django.db.models import Sum
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

KNOWN_BROWSER_COOKIE = "nextyes_known"
_SALT = "nextyes.accounts.known-browser"
_KNOWN_FOR = dt.timedelta(days=365)


def remember_browser(response: HttpResponse, username: str) -> None:
    """Mark this browser as one that signed in to `username` (signed, so it cannot be forged)."""
    response.set_signed_cookie(
        KNOWN_BROWSER_COOKIE,
        username,
        salt=_SALT,
        max_age=int(_KNOWN_FOR.total_seconds()),
        httponly=True,
        secure=settings.SESSION_COOKIE_SECURE,
        samesite="Lax",
    )


def is_known_browser(request: HttpRequest, username: str | None) -> bool:
    if not username:
        return False
    value = request.get_signed_cookie(
        KNOWN_BROWSER_COOKIE, default=None, salt=_SALT, max_age=_KNOWN_FOR
    )
    return value == username


# Any: django-axes ships no types; this is its AccessAttempt query set.
def _total(attempts: Any) -> int:
    return int(attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0)


# django-axes ships no types, so its handler is Any to mypy.
class NextYesAxesHandler(AxesDatabaseHandler):  # type: ignore[misc]
    """Axes' database handler with a shorter, known-browser-exempt pause for the per-name count."""

    def get_failures(
        self, request: HttpRequest, credentials: dict[str, object] | None = None
    ) -> int:
        # AXES_LOCKOUT_PARAMETERS is ["ip_address", "username"]: one query set for each.
        by_address, by_name = self.get_user_attempts(request, credentials)
        username = get_client_username(request, credentials)
        if is_known_browser(request, username):
            return _total(by_address)
        recent = timezone.now() - dt.timedelta(minutes=settings.LOGIN_ACCOUNT_PAUSE_MINUTES)
        return max(_total(by_address), _total(by_name.filter(attempt_time__gte=recent)))
