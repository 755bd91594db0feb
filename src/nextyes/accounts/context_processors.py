from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def nextyes(request: HttpRequest) -> dict[str, object]:
    # Only open sign-up is offered on the sign-in page; invitees arrive with their own link.
    return {"signup_enabled": settings.SIGNUP_MODE == "open"}
