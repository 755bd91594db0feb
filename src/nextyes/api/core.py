"""The API itself: one NinjaAPI under /api/, its routers, its authentication and throttling.

`/api/openapi.json` is the OpenAPI 3 schema and `/api/docs` the interactive docs, served from
ninja's own static files (ninja is in INSTALLED_APPS), so nothing is fetched from a CDN and the
page works under the strict Content-Security-Policy.
"""

from __future__ import annotations

from ninja import NinjaAPI

from nextyes.api import errors
from nextyes.api.auth import BrowserSession, PerCaller, TokenAuth
from nextyes.api.routes import applications, insights, interviews, journal, people

api = NinjaAPI(
    title="NextYes API",
    version="1",
    description=(
        "Your job search, from your own tools. Send a personal access token as "
        "`Authorization: Bearer …`; a signed-in browser works too (with its CSRF token). "
        'Lists answer `{"items": [...], "count": N}` and take `limit` and `offset`; every '
        'error answers `{"detail": ..., "field"?: ...}`; dates are ISO 8601.'
    ),
    urls_namespace="api",
    auth=[TokenAuth(), BrowserSession()],
    throttle=[PerCaller()],
)
errors.install(api)
for module in (applications, interviews, people, journal, insights):
    api.add_router("/", module.router)
