from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest


def nextyes(request: HttpRequest) -> dict[str, Any]:
    return {"signup_enabled": settings.SIGNUP_ENABLED}
