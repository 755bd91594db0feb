"""The address of the person's browser, as far as we can trust it.

Behind our own proxies (NEXTYES_PROXY_DEPTH=N) each proxy appends the address it saw to
X-Forwarded-For, so the N-th entry from the right was written by our outermost proxy; everything to
its left came from the client and can be made up. With no proxy depth set, the header is ignored.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _valid(address: str) -> str | None:
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str:
    """REMOTE_ADDR, or the N-th X-Forwarded-For address from the right with N proxies in front."""
    remote = request.META.get("REMOTE_ADDR", "") or ""
    depth = int(getattr(settings, "PROXY_DEPTH", 0))
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if depth <= 0 or not forwarded:
        return remote
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    if not hops:
        return remote
    # Fewer entries than proxies: all of them were written by our proxies, the leftmost is nearest.
    chosen = hops[-depth] if len(hops) >= depth else hops[0]
    return _valid(chosen) or remote
