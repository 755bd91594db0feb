"""System checks that catch a misconfigured install before it serves anyone."""

from __future__ import annotations

import os
from collections.abc import Sequence

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import Error, Warning, register


@register()
def check_data_dir(app_configs: Sequence[AppConfig] | None, **kwargs: object) -> list[Error]:
    data_dir = settings.DATA_DIR
    if not os.access(data_dir, os.W_OK):
        return [
            Error(
                f"The data directory {data_dir} is not writable.",
                hint="Set NEXTYES_DATA_DIR to a folder this user can write to.",
                id="nextyes.E001",
            )
        ]
    return []


@register(deploy=True)
def check_https(app_configs: Sequence[AppConfig] | None, **kwargs: object) -> list[Warning]:
    public = [h for h in settings.ALLOWED_HOSTS if h not in {"127.0.0.1", "localhost", "[::1]"}]
    if public and not settings.HTTPS:
        return [
            Warning(
                "NextYes is reachable from other hosts but cookies are not marked Secure.",
                hint="Serve it behind HTTPS and set NEXTYES_HTTPS=true.",
                id="nextyes.W001",
            )
        ]
    return []


# Not deploy-only: `nextyes serve` runs the plain checks, so the warning shows at start-up.
@register()
def check_proxy_depth(app_configs: Sequence[AppConfig] | None, **kwargs: object) -> list[Warning]:
    # NEXTYES_HTTPS means a TLS proxy in front; without a depth every visitor looks like the proxy.
    if settings.HTTPS and settings.PROXY_DEPTH <= 0:
        return [
            Warning(
                "NEXTYES_HTTPS is on but NEXTYES_PROXY_DEPTH is 0: sign-in throttling sees every "
                "visitor as your proxy, so one person's mistyped passwords pause everyone.",
                hint="Set NEXTYES_PROXY_DEPTH to the number of proxies in front (1 for one nginx "
                "or Caddy). See docs/deployment.md.",
                id="nextyes.W003",
            )
        ]
    return []


# Not deploy-only: `nextyes serve` runs the plain checks, so the warning shows at start-up.
@register()
def check_open_signup(app_configs: Sequence[AppConfig] | None, **kwargs: object) -> list[Warning]:
    public = [h for h in settings.ALLOWED_HOSTS if h not in {"127.0.0.1", "localhost", "[::1]"}]
    if public and settings.SIGNUP_MODE == "open":
        return [
            Warning(
                "Sign-up is open (NEXTYES_SIGNUP=open) on a NextYes other hosts can reach: anyone "
                "who finds it can make an account.",
                hint="Use NEXTYES_SIGNUP=invite (the default) and send invitation links instead.",
                id="nextyes.W004",
            )
        ]
    return []
