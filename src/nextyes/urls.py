from django.urls import include, path

from nextyes.api.core import api
from nextyes.home import install

urlpatterns = [
    # Installing NextYes as an app: the worker must sit at the root to look after every page.
    path("manifest.webmanifest", install.manifest, name="manifest"),
    path("sw.js", install.service_worker, name="service_worker"),
    path("offline/", install.offline, name="offline"),
    # Today, then the rest of momentum's pages: both in the `momentum` namespace.
    path("", include("nextyes.home.urls")),
    path("", include("nextyes.pipeline.urls")),
    path("", include("nextyes.recovery.urls")),
    path("", include("nextyes.journal.urls")),
    path("", include("nextyes.insights.urls")),
    path("", include("nextyes.inbox.urls")),
    path("", include("nextyes.reminders.urls")),
    path("accounts/", include("nextyes.accounts.urls")),
    path("accounts/tokens/", include("nextyes.api.urls")),
    # The REST API, its OpenAPI schema (/api/openapi.json) and docs (/api/docs): docs/api.md.
    path("api/", api.urls),
]
