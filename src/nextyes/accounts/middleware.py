from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone

Handler = Callable[[HttpRequest], HttpResponse]


class UserTimezoneMiddleware:
    """Show every date in the signed-in person's own timezone."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            try:
                timezone.activate(zoneinfo.ZoneInfo(user.timezone))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.deactivate()
        else:
            timezone.deactivate()
        return self.get_response(request)


class FirstRunMiddleware:
    """On a fresh install (no account yet) send every page to “create your account”."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # A signed-in person proves an account exists; only anonymous visits need the query.
        if not request.user.is_authenticated and not get_user_model().objects.exists():
            signup = reverse("accounts:signup")
            # The help page must reach someone in trouble even before any account exists.
            if not request.path.startswith((signup, "/static/", reverse("journal:help"))):
                return redirect(signup)
        return self.get_response(request)
