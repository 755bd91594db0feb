"""The request a signed-in page gets: `request.user` is a `User`, never an anonymous visitor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpRequest

if TYPE_CHECKING:
    from nextyes.accounts.models import User


class AuthedRequest(HttpRequest):
    """For the views behind `login_required` (and the helpers they hand the request to); a view
    open to visitors keeps `HttpRequest`. Only a type: Django still builds an `HttpRequest`."""

    user: User
