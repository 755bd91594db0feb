"""Calling the API as a test: a token of a given scope, and JSON requests that carry it."""

from __future__ import annotations

import json

from django.http import HttpResponse, HttpResponseBase
from django.test import Client

from nextyes.accounts.models import User
from nextyes.api import tokens


def token_for(user: User, scope: str = "write", name: str = "tests") -> str:
    return tokens.create_token(user, name, scope=scope)[1]


def call(
    method: str, url: str, token: str | None = None, body: object | None = None
) -> HttpResponse:
    """One request to the API, with `Authorization: Bearer token` when a token is given."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    data = json.dumps(body) if body is not None else None
    response = Client().generic(
        method, url, data=data or "", content_type="application/json", headers=headers
    )
    assert isinstance(response, HttpResponse)
    return response


def body(response: HttpResponseBase) -> object:
    return json.loads(response.content)  # type: ignore[attr-defined]
