"""Parts of the profile page that belong to apps above accounts (the calendar feed, say).

accounts sits below them and cannot import them, so each such app registers a function in its
AppConfig.ready(); the profile page shows what each one renders, in the order registered.
"""

from __future__ import annotations

from collections.abc import Callable

from django.utils.safestring import SafeString

from nextyes.accounts.http import AuthedRequest

# A section renders itself (a template's HTML) for the signed-in person.
Section = Callable[[AuthedRequest], SafeString]

_registered: list[Section] = []


def register(section: Section) -> None:
    """Called from an AppConfig.ready(); registering the same function twice is harmless."""
    if section not in _registered:
        _registered.append(section)


def render_all(request: AuthedRequest) -> list[SafeString]:
    return [section(request) for section in _registered]
