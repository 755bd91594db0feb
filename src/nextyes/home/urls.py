"""The Today page keeps its old name, `momentum:today`, and its path "/".

It gathers from every app, so it lives in nextyes.home (the composition layer on top), while
momentum (below) cannot import it. Here the two are joined into the one `momentum` namespace.
"""

from django.urls import URLPattern, URLResolver, path

from nextyes.home import views
from nextyes.momentum import urls as momentum_urls

app_name = "momentum"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.today, name="today"),
    path("more/", views.more, name="more"),
    *momentum_urls.urlpatterns,
]
