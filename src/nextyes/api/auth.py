"""Who is calling: a personal access token (`Authorization: Bearer …`) or the browser's session.

Both give `request.auth` a `Caller`. A read token may only read: anything else is a 403. The
session keeps Django's CSRF check for unsafe methods; a token needs none (no cookie is involved).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.errors import HttpError
from ninja.security import HttpBearer, SessionAuth
from ninja.throttling import BaseThrottle, SimpleRateThrottle
from ninja.utils import check_csrf

from nextyes.accounts.models import User
from nextyes.api import tokens
from nextyes.api.models import AccessToken, Scope

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_FAILED = (
    "The page's security check (CSRF) did not pass. Send the X-CSRFToken header with the "
    "csrftoken cookie, or use a personal access token."
)
READ_ONLY = "This token may only read. Create a write token to change things."


@dataclass(frozen=True)
class Caller:
    user: User
    token: AccessToken | None  # None for a browser session

    @property
    def throttle_key(self) -> str:
        # The hash, not the id: ids come back after a rollback, hashes never do.
        return f"token:{self.token.token_hash[:24]}" if self.token else f"session:{self.user.pk}"


def caller(request: HttpRequest) -> Caller:
    """The Caller that authentication put on the request (every route requires one)."""
    found = getattr(request, "auth", None)
    assert isinstance(found, Caller)
    return found


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Caller | None:
        found = tokens.check(token.strip())
        if found is None:
            return None
        if found.scope != Scope.WRITE and request.method not in SAFE_METHODS:
            raise HttpError(403, _(READ_ONLY))
        return Caller(found.owner, found)


class BrowserSession(SessionAuth):
    """The signed-in browser, with CSRF checked on unsafe methods (SessionAuth's csrf=True)."""

    def _get_key(self, request: HttpRequest) -> str | None:
        # Nobody signed in: no session to protect, so the answer is 401, not a CSRF 403.
        if not request.user.is_authenticated:
            return None
        if check_csrf(request) is not None:
            raise HttpError(403, _(CSRF_FAILED))
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request: HttpRequest, key: str | None) -> Caller | None:
        user = request.user
        return Caller(user, None) if isinstance(user, User) and user.is_active else None


class PerCaller(SimpleRateThrottle):
    """NEXTYES_API_RATE requests per token (or per signed-in person), read on each request so
    the setting can change without a restart of the module."""

    scope = "nextyes-api"
    cache = cache

    def __init__(self) -> None:
        BaseThrottle.__init__(self)

    def allow_request(self, request: HttpRequest) -> bool:
        self.rate = settings.API_RATE
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return bool(super().allow_request(request))

    def get_cache_key(self, request: HttpRequest) -> str | None:
        found = getattr(request, "auth", None)
        return f"throttle_api_{found.throttle_key}" if isinstance(found, Caller) else None
