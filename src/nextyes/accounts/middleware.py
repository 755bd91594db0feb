from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.db import OperationalError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control

from nextyes.accounts.busy import is_busy

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
            # So may the files that make it installable, which hold nothing personal.
            shell = (reverse("manifest"), reverse("service_worker"), reverse("offline"))
            # The API answers for itself (401 without a token) rather than with a sign-up page.
            allowed = (signup, "/static/", "/api/", reverse("journal:help"), *shell)
            if not request.path.startswith(allowed):
                return redirect(signup)
        return self.get_response(request)


class NoStoreMiddleware:
    """Keep every page out of shared and browser caches.

    Everything NextYes renders is either someone's private data or a form with a CSRF token, so no
    page may be kept by a proxy or shown again from the back/forward cache on a shared computer.
    Static files never get here: whitenoise answers them first, with their long cache lifetime.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        patch_cache_control(response, no_store=True, private=True)
        return response


class LastSeenMiddleware:
    """Note the day a signed-in person was last here, for the owner's list (one write a day)."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            today = timezone.now().date()
            if user.last_seen != today:
                try:
                    get_user_model().objects.filter(pk=user.pk).update(last_seen=today)
                    user.last_seen = today
                except OperationalError as error:  # busy: a nicety, tried again next request
                    if not is_busy(error):
                        raise
        return self.get_response(request)
