"""When the database is busy for longer than its short wait, say so kindly and keep the form.

SQLite lets one writer in at a time and each writer waits up to NEXTYES_DB_BUSY_SECONDS for its
turn; imports write in batches of well under a second, so this is rare. When it still happens
the person gets a page that tries again by itself (a page view) or sends their form again with
one click (a save), never a 500 and never a lost note.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import OperationalError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

Handler = Callable[[HttpRequest], HttpResponse]
RETRY_SECONDS = 2
# Written by SQLite ("database is locked", "database table is locked") and PostgreSQL when a
# lock_timeout or statement_timeout is set ("canceling statement due to lock timeout").
BUSY_WORDS = ("locked", "busy", "lock timeout")


def is_busy(error: BaseException) -> bool:
    return isinstance(error, OperationalError) and any(w in str(error).lower() for w in BUSY_WORDS)


class BusyMiddleware:
    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not is_busy(exception):
            return None
        fields = [
            (name, value)
            for name, values in request.POST.lists()
            if name != "csrfmiddlewaretoken"
            for value in values
        ]
        context = {
            "again": request.get_full_path(),
            "is_post": request.method == "POST",
            "fields": fields,
            "had_files": bool(request.FILES),
            "seconds": RETRY_SECONDS,
        }
        response = render(request, "busy.html", context, status=503)
        response["Retry-After"] = str(RETRY_SECONDS)
        return response
