"""What makes NextYes installable: the web app manifest, the service worker, the offline page.

The service worker caches only the app shell (styles, scripts, icons, the offline page); pages
with someone's data are never cached, so a shared or lost device keeps nothing of them.
"""

from __future__ import annotations

import hashlib
import json

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _

# The files every page needs; a page's own stylesheet is fetched from the network as usual.
SHELL_FILES = (
    "nextyes/tokens.css",
    "nextyes/app.css",
    "nextyes/controls.css",
    "nextyes/journal.css",
    "nextyes/care.css",
    "nextyes/app.js",
    "vendor/htmx.min.js",
    "nextyes/favicon.svg",
    "nextyes/icons/icon-192.png",
    "nextyes/icons/icon-512.png",
)
ICON_SIZES = (192, 512)
BRAND = "#2f6f5e"
BACKGROUND = "#f7f6f2"


def manifest(request: HttpRequest) -> JsonResponse:
    icons = [
        {
            "src": static(f"nextyes/icons/icon-{size}.png"),
            "sizes": f"{size}x{size}",
            "type": "image/png",
        }
        for size in ICON_SIZES
    ]
    icons.append(
        {
            "src": static("nextyes/icons/maskable-512.png"),
            "sizes": "512x512",
            "type": "image/png",
            "purpose": "maskable",
        }
    )
    data = {
        "name": "NextYes",
        "short_name": "NextYes",
        "description": _("Track your job search, bounce back from a no, keep your momentum."),
        "start_url": reverse("momentum:today"),
        "scope": "/",
        "display": "standalone",
        "background_color": BACKGROUND,
        "theme_color": BRAND,
        "icons": icons,
        # A phone can share a job's page to NextYes: it lands on the "Save this job?" form.
        "share_target": {
            "action": reverse("pipeline:save_job"),
            "method": "GET",
            "params": {"title": "title", "text": "text", "url": "url"},
        },
    }
    return JsonResponse(data, content_type="application/manifest+json")


def service_worker(request: HttpRequest) -> HttpResponse:
    shell = [static(name) for name in SHELL_FILES] + [reverse("offline")]
    # Hashed static names change with their content, so a new release gets a new cache.
    version = hashlib.sha256("\n".join(shell).encode()).hexdigest()[:12]
    context = {
        "shell": json.dumps(shell),
        "offline": json.dumps(reverse("offline")),
        "version": json.dumps(f"nextyes-shell-{version}"),
    }
    response = render(request, "install/sw.js", context, content_type="text/javascript")
    # Served from the root so it may look after every page of the site.
    response["Service-Worker-Allowed"] = "/"
    return response


def offline(request: HttpRequest) -> HttpResponse:
    """The page the service worker shows when a page cannot be fetched; it holds nobody's data."""
    return render(request, "install/offline.html")
