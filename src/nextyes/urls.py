from django.urls import include, path

urlpatterns = [
    # Today, then the rest of momentum's pages: both in the `momentum` namespace.
    path("", include("nextyes.home.urls")),
    path("", include("nextyes.pipeline.urls")),
    path("", include("nextyes.recovery.urls")),
    path("", include("nextyes.journal.urls")),
    path("", include("nextyes.insights.urls")),
    path("", include("nextyes.inbox.urls")),
    path("accounts/", include("nextyes.accounts.urls")),
]
