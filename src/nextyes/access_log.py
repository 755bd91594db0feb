"""Gunicorn's access log, without the secrets some addresses carry.

A buddy's link holds its secret in the path (/buddy/<secret>/, insights/urls.py), and the
database keeps only its fingerprint: the log must not keep the secret either. The calendar feed's
address (/calendar/<secret>.ics, momentum/urls.py) is a key in the same way.
"""

from __future__ import annotations

import re
from typing import Any

from gunicorn.glogging import Logger

SECRET_IN_PATH = re.compile(r"/buddy/(?!from/)[^/?\s]+")
MASK = "/buddy/…"
FEED_IN_PATH = re.compile(r"/calendar/(?!new-link/)[^/?\s]+")
FEED_MASK = "/calendar/…"


def masked(text: str) -> str:
    return FEED_IN_PATH.sub(FEED_MASK, SECRET_IN_PATH.sub(MASK, text))


# gunicorn ships no types, so its Logger is Any to mypy.
class AccessLogger(Logger):  # type: ignore[misc]
    """Gunicorn's logger, with secrets in paths masked (the path and the request line)."""

    # gunicorn's own (untyped) signature; the atoms are its format values.
    def atoms(
        self, resp: object, req: object, environ: object, request_time: object
    ) -> dict[str, object]:
        atoms: dict[str, Any] = super().atoms(resp, req, environ, request_time)
        for key in ("U", "r"):
            if isinstance(atoms.get(key), str):
                atoms[key] = masked(atoms[key])
        return atoms
