"""View helpers every app uses."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

GET_POST = require_http_methods(["GET", "POST"])


def safe_next(request: HttpRequest, default: str) -> str:
    """Where to go after a form: the `next` the page gave, when it stays on this site."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if target and allowed else default


def is_htmx(request: HttpRequest) -> bool:
    """Whether htmx sent the request (django-htmx's middleware sets `request.htmx`); a request
    built without that middleware (a test's RequestFactory) counts as a plain one."""
    return bool(getattr(request, "htmx", False))
